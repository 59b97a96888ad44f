"""The auditors' tools: a case's timeline from the Kafka log, and the verification of the whole record."""
