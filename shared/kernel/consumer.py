"""The consumer runner: effectively-once handling of events from Kafka into a service's database.

For each message: decode and validate it; in one database transaction, skip it if its event id is recorded,
else let the handler change state (and append events), and record the id; commit; only then commit the Kafka
offset. A message that cannot be processed goes to the service's dead-letter topic and the runner goes on.
A database or broker outage is not the message's fault: the runner waits and tries the same message again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from kafka.errors import KafkaError
from sqlalchemy.engine import Connection, Engine

from shared.kernel.envelope import Event, utc_now
from shared.kernel.events import InvalidEvent, decode, upcast
from shared.kernel.kafka import make_consumer, make_producer, topic_name
from shared.kernel.tables import processed_events

log = logging.getLogger(__name__)

Handler = Callable[[Connection, Event], None]
TRANSIENT = (sa.exc.OperationalError, sa.exc.InterfaceError, KafkaError)


def dead_letter_topic(service: str) -> str:
    return topic_name(f"dlq.{service}")


class ConsumerRunner:
    def __init__(self, service: str, engine: Engine, topics: list[str], handle: Handler) -> None:
        self.service = service
        self.engine = engine
        self.topics = [topic_name(t) for t in topics]
        self.handle = handle
        # kafka-python has no type hints
        self._consumer: Any = None
        self._dlq_producer: Any = None

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
        """Process one poll's worth of messages; returns how many were handled or dead-lettered."""
        consumer = self._consumer
        batches = consumer.poll(timeout_ms=timeout_ms)
        done = 0
        partitions = list(batches.items())
        for index, (partition, records) in enumerate(partitions):
            for position, record in enumerate(records):
                try:
                    self.process(record.value, record)
                except TRANSIENT:
                    # Rewind this and every later partition of the poll to its first unprocessed message.
                    consumer.seek(partition, records[position].offset)
                    for later, later_records in partitions[index + 1 :]:
                        consumer.seek(later, later_records[0].offset)
                    consumer.commit()
                    raise
                done += 1
        if done:
            consumer.commit()
        return done

    def process(self, raw: bytes, record: Any = None) -> None:
        try:
            event = upcast(decode(raw))
        except InvalidEvent as error:
            self.dead_letter(raw, record, str(error))
            return
        try:
            with self.engine.begin() as conn:
                if self._already_processed(conn, event.event_id):
                    return
                self.handle(conn, event)
                conn.execute(
                    processed_events.insert().values(
                        consumer=self.service, event_id=event.event_id, processed_at=utc_now()
                    )
                )
        except TRANSIENT:
            raise
        except Exception as error:  # a handler that cannot take this event: park it, keep going
            log.exception("%s cannot process %s %s", self.service, event.event_type, event.event_id)
            self.dead_letter(raw, record, f"{type(error).__name__}: {error}")

    def dead_letter(self, raw: bytes, record: Any, reason: str) -> None:
        log.warning("%s dead-letters a message: %s", self.service, reason)
        if self._dlq_producer is None:
            self._dlq_producer = make_producer()
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

    def close(self) -> None:
        if self._consumer is not None:
            self._consumer.close(autocommit=False)
            self._consumer = None
        if self._dlq_producer is not None:
            self._dlq_producer.close(timeout=5)
            self._dlq_producer = None

    def _already_processed(self, conn: Connection, event_id: str) -> bool:
        return (
            conn.execute(
                sa.select(processed_events.c.event_id).where(
                    processed_events.c.consumer == self.service, processed_events.c.event_id == event_id
                )
            ).first()
            is not None
        )
