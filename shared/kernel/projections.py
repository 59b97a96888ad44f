"""Tables a service fills from its own events alone, so that its store can always make them again: on
`rathaus fees rebuild`, and after a migration that changes their shape (`shared.kernel.migrations`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from shared.kernel.envelope import Event
from shared.kernel.eventstore import EventStore
from shared.kernel.progress import progress
from shared.kernel.rows import rows_of
from shared.kernel.tables import events


@dataclass(frozen=True)
class StoreProjections:
    store: EventStore
    # Every table the events fill, children before the tables they refer to (emptied in this order)
    tables: tuple[sa.Table, ...]
    apply: Mapping[str, Callable[[Connection, Event], None]]

    def replay(self, conn: Connection, batch: int = 5000, show_progress: bool = False) -> int:
        """Empty the tables and replay the whole store into them, in the caller's transaction (the tables
        the names lead to: a migration's rebuild points them at new ones); returns the event count."""
        self.store.lock(conn)  # no append may slip in between the wipe and the replay
        total = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
        for table in self.tables:
            conn.execute(table.delete())
        rows_of(conn).all_known(*self.tables)
        after, replayed = 0, 0
        label = f"rebuilding the {self.store.producer} projections"
        with progress(label, total, wanted=show_progress) as bar:
            # Each chunk's rows are written in bulk when the next chunk is read (shared/kernel/rows.py)
            while chunk := self.store.read_all(conn, after=after, limit=batch):
                for position, event in chunk:
                    apply = self.apply.get(event.event_type)
                    if apply is not None:
                        apply(conn, event)
                    after = position
                replayed += len(chunk)
                bar.update(len(chunk))
        return replayed

    def rebuild(self, engine: Engine, batch: int = 5000, show_progress: bool = False) -> int:
        """The tables replayed afresh, in one transaction: readers see the old rows until it commits."""
        with engine.begin() as conn:
            return self.replay(conn, batch, show_progress)
