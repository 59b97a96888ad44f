"""`rathaus status`: every service at a glance for the operator on call, read from the source and not from
the services themselves, so it answers also when a worker is down: whether its HTTP process answers, how far
its consumer group is behind on the topics it reads (in all, and its worst partition), and its outbox (events
recorded but not yet published, and how long the oldest has waited)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from infra import acls
from infra.processes import answers
from services import registry
from shared.kernel.config import topic_prefix
from shared.kernel.kafka import connection, topic_name
from shared.kernel.outbox import outbox_state


@dataclass(frozen=True)
class ServiceStatus:
    name: str
    answers: bool
    lag: int | None = None  # None: the service consumes nothing
    worst_partition: str = ""
    outbox_depth: int | None = None  # None: it records no events
    oldest_waiting_seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def status() -> list[ServiceStatus]:
    admin = KafkaAdminClient(**connection(acls.ADMIN), request_timeout_ms=10_000)
    consumer = KafkaConsumer(**connection(acls.ADMIN))
    try:
        return [_status_of(service, admin, consumer) for service in registry.services()]
    finally:
        consumer.close()
        admin.close()


def _status_of(service: Any, admin: KafkaAdminClient, consumer: KafkaConsumer) -> ServiceStatus:
    up = answers(registry.url(service.name), timeout=2)
    lag, worst = _lag(service, admin, consumer) if service.consumes else (None, "")
    depth, age = (None, 0.0)
    if service.store is not None and service.database is not None:
        with service.database.engine.connect() as conn:
            depth, age = outbox_state(conn)
    return ServiceStatus(service.name, up, lag, worst, depth, age)


def _lag(service: Any, admin: KafkaAdminClient, consumer: KafkaConsumer) -> tuple[int, str]:
    """Messages on its topics its group has not committed; a partition it never committed counts whole."""
    group = topic_prefix() + service.name
    committed = admin.list_group_offsets(group).get(group, {})
    partitions = [
        TopicPartition(topic_name(topic), number)
        for topic in registry.consumed_topics(service)
        for number in sorted(consumer.partitions_for_topic(topic_name(topic)) or ())
    ]
    ends = consumer.end_offsets(partitions)
    behind = {
        tp: ends[tp] - (committed[tp].offset if tp in committed and committed[tp].offset >= 0 else 0)
        for tp in partitions
    }
    if not behind:
        return 0, ""
    worst = max(behind, key=lambda tp: behind[tp])
    return sum(behind.values()), f"{worst.topic}/{worst.partition}: {behind[worst]}" if behind[worst] else ""


def as_table(rows: list[ServiceStatus]) -> str:
    lines = [f"{'service':<14}{'http':<6}{'lag':>8}  {'outbox':>7}  {'oldest':>8}  worst partition"]
    for row in rows:
        lag = "-" if row.lag is None else str(row.lag)
        depth = "-" if row.outbox_depth is None else str(row.outbox_depth)
        oldest = f"{row.oldest_waiting_seconds:.0f} s" if row.outbox_depth else "-"
        answers = "ok" if row.answers else "DOWN"
        lines.append(f"{row.name:<14}{answers:<6}{lag:>8}  {depth:>7}  {oldest:>8}  {row.worst_partition}")
    return "\n".join(lines)
