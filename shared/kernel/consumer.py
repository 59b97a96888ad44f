"""The consumer runner: effectively-once handling of events from Kafka into a service's database, a batch at a
time.

What one poll returns (at most `max_poll_records` messages, or what came within its wait) is decoded and
validated once (a well-formed event of a type the service does not consume is passed over), then handled in
one database transaction: one query for the event ids already processed, the handler on the rest in log order,
one insert of their ids, one commit, and only then one commit of the Kafka offsets. A message that cannot be
decoded, or that its handler refuses, goes to the service's dead-letter topic: the batch is rolled back and
handled again in halves until that message stands alone, so the good events around it are kept. A database or
broker outage is not the messages' fault: the runner waits and handles the same messages again.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from kafka import TopicPartition
from kafka.errors import KafkaError
from sqlalchemy.engine import Connection, Engine

from shared.kernel import case_keys, logs
from shared.kernel.bell import WORK_ARRIVED
from shared.kernel.config import process_name
from shared.kernel.envelope import Event, utc_now
from shared.kernel.events import InvalidEvent, decode_wanted, signature_problems, upcast
from shared.kernel.kafka import make_consumer, make_producer, topic_name
from shared.kernel.metrics import CONSUMER_LAG, EVENTS_CONSUMED, EVENTS_DEAD_LETTERED, Every, note_memory
from shared.kernel.sql import one_of
from shared.kernel.tables import processed_events

log = logging.getLogger(__name__)

BatchHandler = Callable[[Connection, Sequence[Event]], None]
# An outage, never the message's fault: wait and handle the same messages again
TRANSIENT = (sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.PendingRollbackError, KafkaError)


def dead_letter_topic(service: str) -> str:
    return topic_name(f"dlq.{service}")


@dataclass(frozen=True)
class Message:
    raw: bytes
    event: Event
    record: Any = None  # the Kafka record it came in (None when handed in directly)


class ConsumerRunner:
    def __init__(
        self,
        service: str,
        engine: Engine,
        topics: list[str],
        handle: BatchHandler,
        consumes: Collection[str] | None = None,
    ) -> None:
        self.service = service
        # The event types its handler acts on (None: every one); a well-formed event of another known type
        # on its topics is passed over, its payload and hash unchecked, and leaves no trace
        self.consumes = consumes
        self.engine = engine
        self.topics = [topic_name(t) for t in topics]
        self.handle = handle
        # kafka-python has no type hints
        self._consumer: Any = None
        self._dlq_producer: Any = None
        self._lag_shown: set[TopicPartition] = set()
        self._measure = Every(5.0)
        self._process = process_name() or f"{service}-worker"

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                self._consumer = self._consumer or make_consumer(self.service, self.topics)
                self.poll_once()
            except TRANSIENT as error:
                log.warning("%s consumer waits: %s", self.service, error)
                stop.wait(1.0)
        self.close()

    def poll_once(self, timeout_ms: int = 500) -> int:
        """Handle one poll's worth of messages; returns how many were handled or dead-lettered."""
        consumer = self._consumer
        polled = consumer.poll(timeout_ms=timeout_ms)
        if self._measure.due():
            self._note_lag()
            note_memory(self.service, self._process)
        records = [record for partition_records in polled.values() for record in partition_records]
        if not records:
            return 0
        try:
            self._handle(self._decoded((record.value, record) for record in records))
        except TRANSIENT:
            # Handle the whole poll again once the outage is over; what did commit is skipped as processed.
            for partition, partition_records in polled.items():
                consumer.seek(partition, partition_records[0].offset)
            raise
        consumer.commit()
        return len(records)

    def _note_lag(self) -> None:
        """How far behind this instance is on each partition it holds now (what the last fetch saw); a
        partition it gave up in a rebalance shows 0 from it, its new holder shows the truth."""
        consumer = self._consumer
        held = set(consumer.assignment() or ())
        for gone in self._lag_shown - held:
            CONSUMER_LAG.labels(self.service, gone.topic, str(gone.partition)).set(0)
        for partition in held:
            highwater = consumer.highwater(partition)
            position = consumer.position(partition, timeout_ms=0)
            if highwater is not None and position is not None:
                behind = max(highwater - position, 0)
                CONSUMER_LAG.labels(self.service, partition.topic, str(partition.partition)).set(behind)
        self._lag_shown = held

    def process(self, *raw: bytes) -> None:
        """Messages handed in directly (as a redelivery would bring them), handled as one batch."""
        self._handle(self._decoded((each, None) for each in raw))

    def _decoded(self, messages: Any) -> list[Message]:
        """Decoded and validated once, here, their signatures checked together (on every core), then opened
        with their cases' keys (one query for the batch); what cannot be read is dead-lettered at once. A key
        store that does not answer is an outage: it raises, and the batch is polled again."""
        decoded = []
        for raw, record in messages:
            try:
                event = decode_wanted(raw, self.consumes, self._topic_owner(record), signed=False)
                if event is not None:
                    decoded.append((raw, event, record))
            except InvalidEvent as error:
                self.dead_letter(raw, record, str(error))
            # decoding touches nothing outside: whatever it raises is the message's
            except Exception as error:
                log.exception("%s cannot decode a message", self.service)
                self.dead_letter(raw, record, f"{type(error).__name__}: {error}")
        problems = signature_problems([event for _, event, _ in decoded])
        for (raw, _event, record), problem in zip(decoded, problems, strict=True):
            if problem is not None:
                self.dead_letter(raw, record, problem)
        decoded = [each for each, problem in zip(decoded, problems, strict=True) if problem is None]
        keys, _lost = case_keys.keys_for(self.service, (event for _, event, _ in decoded))
        readable = []
        for raw, event, record in decoded:
            try:
                readable.append(Message(raw, upcast(case_keys.opened(event, keys)), record))
            except (InvalidEvent, case_keys.KeyLost, ValueError) as error:
                self.dead_letter(raw, record, str(error), event.event_type)
        return readable

    @staticmethod
    def _topic_owner(record: Any) -> str | None:
        """The service whose topic a record came from (`cases.<service>`); None for one handed in directly."""
        stream_topics = topic_name("cases.")
        if record is None or not record.topic.startswith(stream_topics):
            return None
        return str(record.topic).removeprefix(stream_topics)

    def _handle(self, messages: list[Message]) -> None:
        if not messages:
            return
        try:
            with self.engine.begin() as conn:
                fresh = self._not_yet_processed(conn, messages)
                self.handle(conn, [message.event for message in fresh])
                if fresh:
                    now = utc_now()
                    conn.execute(
                        processed_events.insert(),
                        [
                            {"consumer": self.service, "event_id": m.event.event_id, "processed_at": now}
                            for m in fresh
                        ],
                    )
        except TRANSIENT:
            raise
        except Exception as error:  # some event of the batch cannot be taken: find it, keep the others
            if len(messages) > 1:
                middle = len(messages) // 2
                self._handle(messages[:middle])
                self._handle(messages[middle:])
                return
            [message] = messages
            event = message.event
            with logs.about(event.case_id, event.correlation_id):
                log.exception("%s cannot process %s %s", self.service, event.event_type, event.event_id)
            reason = f"{type(error).__name__}: {error}"
            self.dead_letter(message.raw, message.record, reason, event.event_type)
            return
        if fresh:
            WORK_ARRIVED.ring()  # the relay publishes what the batch recorded, now rather than after its nap
        for event_type, count in Counter(m.event.event_type for m in fresh).items():
            EVENTS_CONSUMED.labels(self.service, event_type).inc(count)

    def _not_yet_processed(self, conn: Connection, messages: list[Message]) -> list[Message]:
        """The messages whose events this service has not processed, each event once (the relay may have
        published one twice)."""
        ids = list(dict.fromkeys(message.event.event_id for message in messages))
        done: set[str] = set()
        for start in range(0, len(ids), 1000):
            done.update(
                conn.execute(
                    sa.select(processed_events.c.event_id).where(
                        processed_events.c.consumer == self.service,
                        one_of(conn, processed_events.c.event_id, ids[start : start + 1000]),
                    )
                ).scalars()
            )
        fresh = []
        for message in messages:
            if message.event.event_id not in done:
                done.add(message.event.event_id)
                fresh.append(message)
        return fresh

    def dead_letter(self, raw: bytes, record: Any, reason: str, event_type: str = "unreadable") -> None:
        log.warning("%s dead-letters a message: %s", self.service, reason)
        if self._dlq_producer is None:
            self._dlq_producer = make_producer(self.service)
        headers = [("error", reason[:1000].encode())]
        if record is not None:
            headers += [
                ("source_topic", record.topic.encode()),
                ("source_partition", str(record.partition).encode()),
                ("source_offset", str(record.offset).encode()),
            ]
        key = getattr(record, "key", None)
        self._dlq_producer.send(dead_letter_topic(self.service), key=key, value=raw, headers=headers).get(
            timeout=30
        )
        EVENTS_DEAD_LETTERED.labels(self.service, event_type).inc()

    def close(self) -> None:
        if self._consumer is not None:
            self._consumer.close(autocommit=False)
            self._consumer = None
        if self._dlq_producer is not None:
            self._dlq_producer.close(timeout=5)
            self._dlq_producer = None
