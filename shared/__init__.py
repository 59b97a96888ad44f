"""What the four services share: the event envelope and schemas, the event store, outbox and consumer."""
