"""The event-sourcing kernel every service runs on: the envelope and its hash chain, the event store with its
outbox, the relay, the consumer runner, the worker process, databases, Kafka clients and configuration."""
