"""The log taken a slice of cases at a time, so that `verify` holds a bounded part of it however long it is.

A slice is the cases whose ids fall in one range of the UUIDs' hex digits, with all their messages: every
check of `verify` is about one case (its chains, its fee, its bookings, its projection rows), and the stores
and projections are read by the same range (`case_id >= first AND case_id < end`, along their case id
indexes). A log of at most `most` messages is taken whole, in memory, as one slice. A longer one is written
to a scratch file as it is read and read back range by range, in ranges just fine enough that each holds
about `most`."""

from __future__ import annotations

import marshal
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path

from services.audit.case_ranges import EVERY_CASE, CaseRange, ranges
from services.audit.log import Message
from shared.kernel.envelope import EVENT_FIELDS, Event


@dataclass
class Sliced:
    """The readable messages slice by slice (iterate for each range and its messages), how many there are,
    and how many could not be read at all."""

    total: int
    unreadable: int
    _slices: Iterator[tuple[CaseRange, list[Message]]]

    def __iter__(self) -> Iterator[tuple[CaseRange, list[Message]]]:
        return self._slices


@contextmanager
def sliced(messages: Iterable[Message], most: int, within: CaseRange = EVERY_CASE) -> Iterator[Sliced]:
    """`messages` (of the cases `within`) read once, whole, then handed out a slice at a time (see the
    module's note)."""
    unreadable = 0

    def readable() -> Iterator[Message]:
        nonlocal unreadable
        for message in messages:
            if message.event is None:
                unreadable += 1  # a poison message; the consumers dead-lettered it
            else:
                yield message

    stream = readable()
    first = list(islice(stream, most + 1))
    if len(first) <= most:
        yield Sliced(len(first), unreadable, iter([(within, first)]))
        return
    with tempfile.TemporaryDirectory(prefix="rathaus-verify-") as scratch:
        spill = _Spill(Path(scratch) / "log.db")
        try:
            spill.add(first)
            del first
            while batch := list(islice(stream, 10_000)):
                spill.add(batch)
            total = spill.finish()
            digits = 1
            while total / len(parts := _parts(ranges(digits), within)) > most:
                digits += 1
            yield Sliced(total, unreadable, ((cases, spill.read(cases)) for cases in parts))
        finally:
            spill.close()


def _parts(cases: list[CaseRange], within: CaseRange) -> list[CaseRange]:
    return [part for each in cases if (part := each.within(within)) is not None]


class _Spill:
    """The log's messages in a scratch SQLite file (Python's own sqlite3: a file of this run, not a store),
    each with its key (its case id), in the order they were read."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute("CREATE TABLE log (seq INTEGER PRIMARY KEY, key TEXT NOT NULL, message BLOB)")

    def add(self, messages: list[Message]) -> None:
        # By the key the message was picked by (its case id, unless it was keyed wrongly: then it is named
        # in the slice of its key, as a job of several picks it by that key, and not lost between slices)
        self.db.executemany(
            "INSERT INTO log (key, message) VALUES (?, ?)",
            [(m.key or "", _packed(m.event, m)) for m in messages if m.event],
        )

    def finish(self) -> int:
        self.db.execute("CREATE INDEX log_by_key ON log (key, seq)")
        self.db.commit()
        return int(self.db.execute("SELECT count(*) FROM log").fetchone()[0])

    def read(self, cases: CaseRange) -> list[Message]:
        rows = self.db.execute(
            "SELECT message FROM log WHERE key >= ? AND (? IS NULL OR key < ?) ORDER BY seq",
            (cases.first or "", cases.end, cases.end),
        )
        return [_unpacked(message) for (message,) in rows]

    def close(self) -> None:
        self.db.close()


# Plain values for marshal, which writes and reads them several times faster than pickle writes the objects:
# a scratch file of this run only, read back by the same interpreter
_OCCURRED_AT = EVENT_FIELDS.index("occurred_at")


def _packed(event: Event, message: Message) -> bytes:
    values = [getattr(event, name) for name in EVENT_FIELDS]
    values[_OCCURRED_AT] = event.occurred_at.isoformat()
    checked = message.payload_checked
    return marshal.dumps((message.topic, message.partition, message.offset, checked, message.key, values))


def _unpacked(blob: bytes) -> Message:
    topic, partition, offset, payload_checked, key, values = marshal.loads(blob)
    values[_OCCURRED_AT] = datetime.fromisoformat(values[_OCCURRED_AT])
    return Message(topic, partition, offset, Event(*values), payload_checked=payload_checked, key=key)
