"""Tests of the store, the outbox, the consumer and the CLI against real PostgreSQL, Kafka and SMTP."""
