"""Tables that follow from events alone, so that the events can always make them again: on `rathaus fees
rebuild`, and after a migration that changes their shape (`shared.kernel.migrations`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import sqlalchemy as sa
from kafka import KafkaConsumer
from sqlalchemy.engine import Connection, Engine

from shared.kernel import case_keys
from shared.kernel.causal import causal_order, unique
from shared.kernel.envelope import Event
from shared.kernel.events import InvalidEvent, decode_recorded, signature_problems
from shared.kernel.eventstore import EventStore
from shared.kernel.kafka import all_partitions, connection, records_to_end
from shared.kernel.progress import progress
from shared.kernel.rows import rows_of
from shared.kernel.tables import events, processed_events


@dataclass(frozen=True)
class Projections:
    """The tables a service's events fill, and how to fill them again: with its own events from its store,
    and where they follow other services' events too (`topics`), with those of them its worker took."""

    store: EventStore
    # Every table the events fill, children before the tables they refer to (emptied in this order)
    tables: tuple[sa.Table, ...]
    apply: Mapping[str, Callable[[Connection, Event], None]]
    # Where they follow other services' events too: the topics the service's worker reads them from
    topics: Callable[[], list[str]] | None = None

    def replay(self, conn: Connection, batch: int = 5000, show_progress: bool = False) -> int:
        """Empty the tables and replay the events into them, in the caller's transaction (the tables the names
        lead to: a migration's rebuild points them at new ones); returns the event count."""
        self.store.lock(conn)  # no append may slip in between the wipe and the replay
        for table in self.tables:
            conn.execute(table.delete())
        rows_of(conn).all_known(*self.tables)
        if self.topics is None:
            return self._from_store(conn, batch, show_progress)
        # Its own events it reads from its store, where every one is, published or not
        others = [topic for topic in self.topics() if topic != self.store.topic]
        return self._from_store_and_log(conn, others, batch, show_progress)

    def rebuild(self, engine: Engine, batch: int = 5000, show_progress: bool = False) -> int:
        """The tables replayed afresh, in one transaction: readers see the old rows until it commits."""
        with engine.begin() as conn:
            return self.replay(conn, batch, show_progress)

    def _label(self) -> str:
        return f"rebuilding the {self.store.producer} projections"

    def _stored(self, conn: Connection, batch: int) -> Iterator[list[Event]]:
        """The store's events in store order, a chunk at a time."""
        after = 0
        while chunk := self.store.read_all(conn, after=after, limit=batch):
            yield [event for _, event in chunk]
            after = chunk[-1][0]

    def _from_store(self, conn: Connection, batch: int, show_progress: bool) -> int:
        total = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
        replayed = 0
        with progress(self._label(), total, wanted=show_progress) as bar:
            # Each chunk's rows are written in bulk when the next chunk is read (shared/kernel/rows.py)
            for chunk in self._stored(conn, batch):
                for event in chunk:
                    self._apply(conn, event)
                replayed += len(chunk)
                bar.update(len(chunk))
        return replayed

    def _from_store_and_log(
        self, conn: Connection, topics: list[str], batch: int, show_progress: bool
    ) -> int:
        """Its own events, and of the others' those its worker took: not one still on its way to the worker
        (it takes that one later), none it refused (a dead letter). In causal order, as the audit replays
        them: the order the projection's facts do not depend on beyond that."""
        own = [event for chunk in self._stored(conn, batch) for event in chunk]
        taken: set[str] = set(
            conn.execute(
                sa.select(processed_events.c.event_id).where(
                    processed_events.c.consumer == self.store.producer
                )
            ).scalars()
        )
        ordered = causal_order([*own, *_taken_from_log(self.store.producer, topics, taken)])
        with progress(self._label(), len(ordered), wanted=show_progress) as bar:
            for event in ordered:
                self._apply(conn, event)
                bar.update()
        return len(ordered)

    def _apply(self, conn: Connection, event: Event) -> None:
        apply = self.apply.get(event.event_type)
        if apply is not None:
            apply(conn, event)


def _taken_from_log(reader: str, topics: list[str], taken: set[str]) -> list[Event]:
    """The events of the topics whose ids are among `taken`, checked as the worker checked them when it took
    them (payload, signature), opened with their cases' keys (erased ones as erased)."""
    consumer = KafkaConsumer(**connection(reader), group_id=None, enable_auto_commit=False)
    found = []
    try:
        for _, record in records_to_end(consumer, all_partitions(consumer, topics)):
            try:
                event = decode_recorded(record.value)
            except InvalidEvent:
                continue  # dead-lettered when it came: never taken
            if event.event_id in taken:
                found.append(event)
    finally:
        consumer.close()
    sound = [
        event for event, problem in zip(found, signature_problems(found), strict=True) if problem is None
    ]
    return case_keys.readable(reader, unique(sound), lost_as_erased=True)
