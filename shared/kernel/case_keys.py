"""The key store: one AES-256 key per case, for the personal data sealed in its events
(shared/kernel/personal.py).

It is a database of its own (`keys`), beside the services' and never on Kafka, because it must be able to
forget: erasing a case's personal data deletes its key here, and every copy of its events (stores, topics,
dead letters, their backups) keeps only ciphertext nobody can open. On PostgreSQL each service's role may
read keys and add new ones; only the store's own role, which `rathaus privacy` uses, erases.

A case with sealed data and no row at all has lost its key, which is an error (restore the key store); a row
whose key is NULL was erased on purpose."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from shared.kernel.config import keys_database_url
from shared.kernel.db import ServiceDatabase, make_engine
from shared.kernel.envelope import Event, new_id, utc_now
from shared.kernel.events import latest_version, personal_fields, upcast
from shared.kernel.migrations import migrate_at_start
from shared.kernel.personal import ERASED, new_key, open_fields
from shared.kernel.sql import dialect_insert, one_of
from shared.kernel.tables import UTCDateTime

metadata = sa.MetaData()

case_keys = sa.Table(
    "case_keys",
    metadata,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("key", sa.LargeBinary(32), nullable=True),  # NULL once erased
    sa.Column("made_at", UTCDateTime, nullable=False),
    sa.Column("erased_at", UTCDateTime, nullable=True),
)

# Made and migrated with the store's own role (`rathaus run`, `rathaus migrate`), never by a service's
DATABASE = ServiceDatabase(
    "keys", metadata, events=False, migrations=Path(__file__).parent / "case_keys_migrations"
)


class KeyLost(RuntimeError):
    """Sealed personal data of a case the key store has no row for: it lost the key (restore it)."""


@cache
def _engine(url: str) -> Engine:
    # Checked (or migrated) once per process, as a service checks its own database at its start
    made = make_engine(url)
    migrate_at_start(made, DATABASE.migrations)
    return made


def engine(role: str | None = None) -> Engine:
    """The key store as `role` (a service, the audit) reaches it; None: the store's own role."""
    return _engine(keys_database_url(role))


def key_for(role: str, case_id: str) -> bytes | None:
    """The case's key, made now if it has none (the first personal data of a case makes it, normally its
    application); None once erased. Committed at once, before the event it seals: a key without its event
    harms no one, an event without its key could never be read."""
    return keys_made(role, [case_id])[case_id]


def keys_made(role: str, case_ids: Iterable[str]) -> dict[str, bytes | None]:
    """As `key_for`, for many cases in one transaction: for a batch whose every event seals personal data."""
    wanted = list(dict.fromkeys(case_ids))
    if not wanted:
        return {}
    with engine(role).begin() as conn:
        conn.execute(
            dialect_insert(conn, case_keys).on_conflict_do_nothing(index_elements=["case_id"]),
            [{"case_id": case_id, "key": new_key(), "made_at": utc_now()} for case_id in wanted],
        )
        return _keys_in(conn, wanted)


# New cases' ids made ahead with their keys, per process and key store (see `new_case`)
POOLED = 64
_pools: dict[tuple[int, str], list[tuple[str, bytes]]] = {}
_pools_lock = threading.Lock()


def new_case(role: str) -> tuple[str, bytes]:
    """A new case's id with its key, committed already. The ids are made ahead, `POOLED` at a time in one
    transaction of the key store, instead of one transaction (and one wait for the disk) per new case. An
    id taken and never used (a repeated request needed none, the process stopped) leaves a key without a
    case, which harms no one. Each process makes its own: a pool copied into a forked child would give two
    processes the same ids."""
    where = (os.getpid(), keys_database_url(role))
    with _pools_lock:
        pool = _pools.setdefault(where, [])
        if not pool:
            made = keys_made(role, [new_id() for _ in range(POOLED)])
            pool.extend((case_id, key) for case_id, key in made.items() if key is not None)
        return pool.pop()


def keys_of(role: str, case_ids: Iterable[str]) -> dict[str, bytes | None]:
    """The keys of these cases (None: erased); a case without a row is missing from the answer."""
    with engine(role).connect() as conn:
        return _keys_in(conn, list(dict.fromkeys(case_ids)))


def _keys_in(conn: Connection, case_ids: list[str]) -> dict[str, bytes | None]:
    found: dict[str, bytes | None] = {}
    for start in range(0, len(case_ids), 1000):
        chunk = case_ids[start : start + 1000]
        rows = conn.execute(
            sa.select(case_keys.c.case_id, case_keys.c.key).where(one_of(conn, case_keys.c.case_id, chunk))
        )
        found.update({row.case_id: None if row.key is None else bytes(row.key) for row in rows})
    return found


def erase(case_id: str, role: str | None = None) -> bool:
    """Deletes the case's key (as intake, the one service that erases, or the store's own role); True if it
    had one to delete."""
    with engine(role).begin() as conn:
        erased = conn.execute(
            sa.update(case_keys)
            .where(case_keys.c.case_id == case_id, case_keys.c.key.is_not(None))
            .values(key=None, erased_at=utc_now())
        )
        if (
            erased.rowcount == 0
            and not conn.execute(sa.select(case_keys.c.case_id).where(case_keys.c.case_id == case_id)).first()
        ):
            # A case that never had personal data sealed: its row says it may have none from now on
            conn.execute(
                sa.insert(case_keys).values(case_id=case_id, key=None, made_at=utc_now(), erased_at=utc_now())
            )
        return erased.rowcount > 0


def keys_for(role: str, events: Iterable[Event]) -> tuple[dict[str, bytes | None], set[str]]:
    """The keys of the cases whose events hold sealed fields (None: erased), in one query, and those of
    the cases the key store has no row for: their keys are lost."""
    sealed = {event.case_id for event in events if event.personal not in ("", ERASED)}
    keys = keys_of(role, sealed) if sealed else {}
    return keys, sealed - keys.keys()


def readable(role: str, events: Sequence[Event], lost_as_erased: bool = False) -> list[Event]:
    """The events as their readers take them: personal fields opened with their cases' keys (None where the
    key was erased), then upcast to the newest schemas. One query for the keys of all of them. A lost key
    raises `KeyLost`, unless the reader only shows what there is (`lost_as_erased`)."""
    keys, lost = keys_for(role, events)
    if lost_as_erased:
        keys.update(dict.fromkeys(lost))
    return [upcast(opened(event, keys)) for event in events]


def erased_payload(event_type: str, payload: dict[str, Any]) -> dict[str, Any]:
    """A payload as a reader takes it (newest schema) with its personal fields erased: exactly what its
    event reads as once the case's key is gone. For a projection that keeps a copy of a payload."""
    names = personal_fields(event_type, latest_version(event_type))
    return {**payload, **dict.fromkeys(names)} if names & payload.keys() else payload


def opened(event: Event, keys: dict[str, bytes | None]) -> Event:
    if not event.personal:
        return event
    if event.personal != ERASED and event.case_id not in keys:
        raise KeyLost(
            f"no key for case {event.case_id} in the key store, whose event {event.event_id} has sealed data"
        )
    names = personal_fields(event.event_type, event.schema_version)
    return replace(event, payload={**event.payload, **open_fields(event, keys.get(event.case_id), names)})
