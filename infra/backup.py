"""`rathaus backup DIR` and `rathaus restore DIR`: every database of the platform (each service's, the
audit's, the key store) copied with PostgreSQL's own `pg_dump` in its custom format, or with SQLite's
backup API for the embedded default, the signing keys (files) and a manifest of what each held; and put
back with `pg_restore`.

The log is not in a backup: Kafka keeps it (with three brokers, three times). What a restore must not bring
back is a case key erased after the backup was made: after restoring, every case whose erasure is on the log
loses its key again. A store restored to a point older than the log lacks the events recorded since; the
restore says how many of each service's events the log holds that its store does not."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL

from infra.postgres import bin_dir
from infra.processes import answers
from services import registry
from services.audit import log
from shared.contracts import IntakeEvent
from shared.kernel import case_keys
from shared.kernel.db import ServiceDatabase
from shared.kernel.envelope import format_time, utc_now
from shared.kernel.migrations import current
from shared.kernel.signing import keys_dir
from shared.kernel.tables import events

MANIFEST = "manifest.json"


class PlatformRunning(RuntimeError):
    """A restore under running processes would mix the old rows with their new writes."""


@dataclass(frozen=True)
class Restored:
    databases: list[str]
    keys_erased_again: int
    events_only_on_the_log: dict[str, int]


def backup(into: Path) -> dict:
    """Every database into `into` (made private), and the manifest; returns the manifest."""
    into.mkdir(parents=True, exist_ok=True)
    into.chmod(0o700)
    manifest: dict = {"made_at": format_time(utc_now()), "databases": {}}
    for database in registry.migrated():
        url = database.engine.url
        if url.get_backend_name() == "postgresql":
            path = into / f"{database.service}.dump"
            _run([str(bin_dir() / "pg_dump"), "--format=custom", "--file", str(path)], url)
        else:
            path = into / f"{database.service}.sqlite"
            with sqlite3.connect(str(url.database)) as source, sqlite3.connect(path) as copy:
                source.backup(copy)
        path.chmod(0o600)
        manifest["databases"][database.service] = {
            "file": path.name,
            "revision": current(database.engine),
            "events": _event_count(database),
        }
    # The signing keys are files: the private ones to go on signing, the public ones to verify the record
    if keys_dir().is_dir():
        shutil.copytree(keys_dir(), into / "keys", dirs_exist_ok=True)
    (into / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def restore(source: Path) -> Restored:
    """Every database of the manifest back, replacing what each holds now; the platform must be stopped."""
    running = [name for name in registry.NAMES if answers(registry.url(name))]
    if running:
        raise PlatformRunning(f"stop the platform first: {', '.join(running)} still answer")
    manifest = json.loads((source / MANIFEST).read_text())
    wanted = {database.service: database for database in registry.migrated()}
    missing = sorted(wanted.keys() - manifest["databases"].keys())
    if missing:
        raise FileNotFoundError(f"the backup in {source} lacks {', '.join(missing)}")
    for service, database in wanted.items():
        path = source / manifest["databases"][service]["file"]
        url = database.engine.url
        database.engine.dispose()
        if url.get_backend_name() == "postgresql":
            restore_command = [str(bin_dir() / "pg_restore"), "--clean", "--if-exists", "--no-owner"]
            _run([*restore_command, "--single-transaction", "--exit-on-error", str(path)], url)
        else:
            with sqlite3.connect(path) as copy, sqlite3.connect(str(url.database)) as target:
                copy.backup(target)
    if (source / "keys").is_dir():
        shutil.copytree(source / "keys", keys_dir(), dirs_exist_ok=True)
    erased, on_log = _read_the_log()
    again = sum(1 for case_id in erased if case_keys.erase(case_id, role="intake"))
    behind = {name: count for name, count in _events_only_on_the_log(on_log).items() if count}
    return Restored(sorted(wanted), again, behind)


def _run(command: list[str], url: URL) -> None:
    """A PostgreSQL client program on the database; its password through the environment, never argv."""
    plain = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    env = {**os.environ, **({"PGPASSWORD": str(url.password)} if url.password else {})}
    subprocess.run([*command, "--dbname", plain], env=env, check=True, capture_output=True, text=True)


def _event_count(database: ServiceDatabase) -> int | None:
    if not sa.inspect(database.engine).has_table("events"):
        return None
    with database.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one())


def _read_the_log() -> tuple[set[str], dict[str, set[str]]]:
    """One pass over the log: the cases whose erasure is on it, and the ids of each service's events."""
    erased: set[str] = set()
    on_log: dict[str, set[str]] = {name: set() for name in registry.producers()}
    for message in log.read_all(check_payloads=False):
        event = message.event
        if event is None or event.producer not in on_log:
            continue
        on_log[event.producer].add(event.event_id)
        if event.event_type == IntakeEvent.PERSONAL_DATA_ERASED:
            erased.add(event.case_id)
    return erased, on_log


def _events_only_on_the_log(on_log: dict[str, set[str]]) -> dict[str, int]:
    """Per service, how many of its events are on its topic but not in its restored store."""
    behind = {}
    for service in registry.data_services():
        assert service.database is not None
        with service.database.engine.connect() as conn:
            stored = set(conn.execute(sa.select(events.c.event_id)).scalars())
        behind[service.name] = len(on_log[service.name] - stored)
    return behind
