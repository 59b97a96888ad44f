"""Every Kafka topic of the platform, in this one place, and their idempotent creation."""

from __future__ import annotations

from dataclasses import dataclass, field

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from infra import acls
from infra.broker import min_in_sync
from services import registry
from shared.kernel.config import kafka_security_protocol, topic_prefix
from shared.kernel.kafka import connection

# The log is part of the audit record: nothing is ever deleted by time or size.
KEEP_FOREVER = {"retention.ms": "-1", "retention.bytes": "-1", "cleanup.policy": "delete"}


# Partitions of each case topic: the most instances of a worker that can share its topics' work
PARTITIONS = 6


@dataclass(frozen=True)
class Topic:
    name: str
    partitions: int = PARTITIONS
    config: dict[str, str] = field(default_factory=lambda: dict(KEEP_FOREVER))


# One topic per producing service, keyed by case id; one dead-letter topic per consuming service.
def topics() -> list[Topic]:
    producers = registry.producers()
    return [Topic(f"cases.{name}") for name in producers] + [
        Topic(f"dlq.{name}", partitions=1) for name in producers
    ]


def create_topics(bootstrap: str | None = None, prefix: str | None = None) -> list[str]:
    """Create what is missing, and grant each service what it may do on them (again: a grant that exists
    changes nothing); returns the names created. Existing topics are left as they are."""
    prefix = topic_prefix() if prefix is None else prefix
    admin = KafkaAdminClient(**connection(acls.ADMIN, bootstrap), request_timeout_ms=30_000)
    try:
        if kafka_security_protocol() != "PLAINTEXT":
            admin.create_acls(acls.grants(prefix))
        existing = set(admin.list_topics())
        missing = [t for t in topics() if prefix + t.name not in existing]
        # Three copies on a cluster of three or more nodes (decision 0027), one on a single node
        replicas = 3 if len(admin.describe_cluster()["brokers"]) >= 3 else 1
        in_sync = {"min.insync.replicas": str(min_in_sync(replicas))}
        created = []
        for topic in missing:
            try:
                admin.create_topics(
                    [
                        NewTopic(
                            prefix + topic.name,
                            topic.partitions,
                            replicas,
                            topic_configs={**topic.config, **in_sync},
                        )
                    ]
                )
                created.append(prefix + topic.name)
            except TopicAlreadyExistsError:
                pass
        return created
    finally:
        admin.close()
