"""The outbox relay: publishes committed events to Kafka with acks=all, then marks them published."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

import sqlalchemy as sa
from kafka.errors import KafkaError
from sqlalchemy.engine import Connection, Engine

from shared.kernel.bell import WORK_ARRIVED
from shared.kernel.envelope import utc_now
from shared.kernel.eventstore import EVENT_COLUMNS, event_from_row
from shared.kernel.kafka import make_producer, topic_name
from shared.kernel.metrics import EVENTS_PUBLISHED, OUTBOX_DEPTH, OUTBOX_OLDEST_AGE, Every
from shared.kernel.sql import one_of
from shared.kernel.tables import events, outbox

log = logging.getLogger(__name__)


class OutboxRelay:
    def __init__(self, engine: Engine, batch_size: int = 500, service: str = "") -> None:
        self.engine = engine
        self.batch_size = batch_size
        self.service = service  # the label of its metrics
        self._producer = None
        self._measure = Every(5.0)

    def publish_pending(self) -> int:
        """Publish one batch of unpublished events in outbox order; returns how many.

        Unpublished rows are found by their mark, not by a position high-water mark, so a row that committed
        late is still found. A crash between send and mark publishes the batch again: consumers de-duplicate
        by event id, so that costs bandwidth, never a second effect."""
        with self.engine.connect() as conn:
            if not _claim_relay(conn):
                return 0  # another relay of this database is publishing; one at a time keeps the order
            rows = conn.execute(
                sa.select(*EVENT_COLUMNS, outbox.c.id, outbox.c.topic)
                .join(events, events.c.position == outbox.c.position)
                .where(outbox.c.published_at.is_(None))
                .order_by(outbox.c.id)
                .limit(self.batch_size)
            ).all()
            if conn.dialect.name == "sqlite":
                conn.commit()  # SQLite's transaction is its write lock: let writers on while we publish
            if not rows:
                return 0
            self._publish(rows)
            self._mark_published(conn, [row.id for row in rows])
            conn.commit()
        EVENTS_PUBLISHED.labels(self.service).inc(len(rows))
        return len(rows)

    def note_state(self) -> None:
        """The outbox's depth and the age of its oldest row, for the metrics (every few seconds)."""
        if self._measure.due():
            with self.engine.connect() as conn:
                depth, oldest = outbox_state(conn)
            OUTBOX_DEPTH.labels(self.service).set(depth)
            OUTBOX_OLDEST_AGE.labels(self.service).set(oldest)

    def _publish(self, rows: Sequence[sa.Row]) -> None:
        producer = self._get_producer()
        futures = []
        for row in rows:
            event = event_from_row(row)
            futures.append(
                producer.send(
                    topic_name(row.topic),
                    key=event.case_id.encode(),
                    value=event.to_json(),
                    headers=[("event_type", event.event_type.encode())],
                )
            )
        producer.flush()
        for future in futures:
            future.get()  # raises if the broker did not take it with acks=all

    def _mark_published(self, conn: Connection, ids: list[int]) -> None:
        conn.execute(outbox.update().where(one_of(conn, outbox.c.id, ids)).values(published_at=utc_now()))

    def run(self, stop: threading.Event, idle_seconds: float = 0.1) -> None:
        nap = WORK_ARRIVED.listener()
        while not stop.is_set():
            try:
                published = self.publish_pending()
                self.note_state()
            except (KafkaError, sa.exc.OperationalError, sa.exc.InterfaceError) as error:
                log.warning("outbox relay waits: %s", error)
                self.close()
                stop.wait(1.0)
                continue
            if not published:
                nap(idle_seconds)
        self.close()

    def _get_producer(self):  # noqa: ANN202 - kafka-python has no type hints
        if self._producer is None:
            # A batch of up to 500 events goes out in a few requests per partition, not one request each.
            self._producer = make_producer(linger_ms=20, batch_size=512 * 1024)
        return self._producer

    def close(self) -> None:
        if self._producer is not None:
            try:
                self._producer.close(timeout=5)
            except KafkaError:
                pass
            self._producer = None


def outbox_state(conn: Connection) -> tuple[int, float]:
    """How many recorded events wait to be published, and how many seconds the oldest has waited."""
    waiting = outbox.c.published_at.is_(None)
    depth = conn.execute(sa.select(sa.func.count()).select_from(outbox).where(waiting)).scalar_one()
    if not depth:
        return 0, 0.0
    oldest = conn.execute(
        sa.select(events.c.occurred_at)
        .join(outbox, outbox.c.position == events.c.position)
        .where(waiting)
        .order_by(outbox.c.id)
        .limit(1)
    ).scalar_one_or_none()
    return depth, max((utc_now() - oldest).total_seconds(), 0.0) if oldest else 0.0


# Any number; the PostgreSQL lock that lets one relay per database publish at a time.
_RELAY_LOCK = 0x7261746861757302


def _claim_relay(conn: Connection) -> bool:
    """On PostgreSQL, a lock held until this relay's transaction ends. On SQLite (the embedded default, one
    worker per service) there is nothing to claim."""
    if conn.dialect.name != "postgresql":
        return True
    return bool(
        conn.execute(sa.text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": _RELAY_LOCK}).scalar()
    )
