"""Reading the log as it is on Kafka: one case (only the partitions its key maps to), or everything."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kafka import KafkaConsumer, TopicPartition
from kafka.partitioner.default import murmur2

from services import registry
from services.audit.case_ranges import EVERY_CASE, CaseRange
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
    key: str | None = None  # the record's key: its case id, so that the case's messages keep their order


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
    cases: CaseRange = EVERY_CASE,
) -> Iterator[Message]:
    """Every message of the case topics, as they come. `verify` reads them with `check_payloads=False`: it
    checks a payload against its schema only where no store holds the event as the log does (the store
    checked it on append), and that check was most of the reading. `cases`: only the messages keyed by a
    case id in that range (a job of `verify`), the others passed over undecoded; an unkeyed one counts as
    keyed ""."""
    consumer = _consumer(bootstrap)
    try:
        wanted = all_partitions(consumer, topics or case_topics())
        with progress("reading the log", _length(consumer, wanted), wanted=show_progress) as bar:
            for message in _read(consumer, wanted, check_payloads, cases):
                yield message
                bar.update()
    finally:
        consumer.close()


def length(bootstrap: str | None = None) -> int:
    """How many messages the case topics hold now."""
    consumer = _consumer(bootstrap)
    try:
        return _length(consumer, all_partitions(consumer, case_topics()))
    finally:
        consumer.close()


def _length(consumer: KafkaConsumer, partitions: list[TopicPartition]) -> int:
    first, end = consumer.beginning_offsets(partitions), consumer.end_offsets(partitions)
    return sum(end[tp] - first[tp] for tp in partitions)


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
    consumer: KafkaConsumer,
    partitions: list[TopicPartition],
    check_payloads: bool = True,
    cases: CaseRange = EVERY_CASE,
) -> Iterator[Message]:
    for tp, record in records_to_end(consumer, partitions):
        key = record.key.decode(errors="replace") if record.key is not None else None
        if cases.holds(key or ""):
            yield _message(tp, record.offset, record.value, check_payloads, key)


def _message(tp: TopicPartition, offset: int, raw: bytes, check_payload: bool, key: str | None) -> Message:
    try:
        event = decode_recorded(raw, check_payload)
        return Message(tp.topic, tp.partition, offset, event, payload_checked=check_payload, key=key)
    except InvalidEvent as error:
        return Message(tp.topic, tp.partition, offset, None, str(error), key=key)
