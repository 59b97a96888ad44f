"""Reading the log as it is on Kafka: one case (only the partitions its key maps to), or everything."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kafka import KafkaConsumer, TopicPartition
from kafka.partitioner.default import murmur2

from services import registry
from shared.kernel.envelope import Event
from shared.kernel.events import InvalidEvent, decode_recorded
from shared.kernel.kafka import all_partitions, connection, records_to_end, topic_name
from shared.kernel.progress import progress

# Who the audit is to the broker: it may read every case topic and write nothing (infra/acls.py)
AUDIT_USER = "audit"


def case_topics() -> list[str]:
    return [f"cases.{producer}" for producer in registry.producers()]


@dataclass(frozen=True)
class Message:
    """One message of a case topic: the event as recorded, or why it cannot be read."""

    topic: str
    partition: int
    offset: int
    event: Event | None
    error: str | None = None
    payload_checked: bool = True  # False: read for `verify`, which checks what no store vouches for


def case_messages(case_id: str, bootstrap: str | None = None) -> list[Message]:
    """Every message of the case: in each case topic, only the partition its key (the case id) maps to."""
    consumer = _consumer(bootstrap)
    try:
        wanted = []
        for topic in case_topics():
            name = topic_name(topic)
            partitions = sorted(consumer.partitions_for_topic(name) or [])
            if partitions:
                wanted.append(TopicPartition(name, partition_of(case_id, partitions)))
        return [m for m in _read(consumer, wanted) if m.event is None or m.event.case_id == case_id]
    finally:
        consumer.close()


def partition_of(case_id: str, partitions: list[int]) -> int:
    """Where the producer put the case's messages: murmur2 of the key, as Kafka's default partitioner does."""
    return partitions[(murmur2(case_id.encode()) & 0x7FFFFFFF) % len(partitions)]


def all_messages(bootstrap: str | None = None, show_progress: bool = False) -> list[Message]:
    """Every message of the case topics, each checked whole, in memory (a report, a test)."""
    return list(read_all(bootstrap, show_progress=show_progress))


def read_all(
    bootstrap: str | None = None,
    show_progress: bool = False,
    check_payloads: bool = True,
    topics: list[str] | None = None,
) -> Iterator[Message]:
    """Every message of the case topics, as they come. `verify` reads them with `check_payloads=False`: it
    checks a payload against its schema only where no store holds the event as the log does (the store
    checked it on append), and that check was most of the reading."""
    consumer = _consumer(bootstrap)
    try:
        wanted = all_partitions(consumer, topics or case_topics())
        consumer.assign(wanted)
        first, end = consumer.beginning_offsets(wanted), consumer.end_offsets(wanted)
        total = sum(end[tp] - first[tp] for tp in wanted)
        with progress("reading the log", total, wanted=show_progress) as bar:
            for message in _read(consumer, wanted, check_payloads):
                yield message
                bar.update()
    finally:
        consumer.close()


def _consumer(bootstrap: str | None) -> KafkaConsumer:
    return KafkaConsumer(
        **connection(AUDIT_USER, bootstrap),
        group_id=None,
        enable_auto_commit=False,
        max_partition_fetch_bytes=2 * 1024 * 1024,
        fetch_max_bytes=8 * 1024 * 1024,
        request_timeout_ms=30_000,
    )


def _read(
    consumer: KafkaConsumer, partitions: list[TopicPartition], check_payloads: bool = True
) -> Iterator[Message]:
    for tp, record in records_to_end(consumer, partitions):
        yield _message(tp, record.offset, record.value, check_payloads)


def _message(tp: TopicPartition, offset: int, raw: bytes, check_payload: bool) -> Message:
    try:
        event = decode_recorded(raw, check_payload)
        return Message(tp.topic, tp.partition, offset, event, payload_checked=check_payload)
    except InvalidEvent as error:
        return Message(tp.topic, tp.partition, offset, None, str(error))
