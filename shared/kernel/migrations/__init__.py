"""Each service database's migrations (Alembic), one history per service in `services/<name>/migrations/`.

`rathaus migrate` runs what is pending, and so does every process at its start unless `MIGRATE_AT_START=0`
(then it refuses, naming the command). Runs take a lock, so processes starting together migrate once. A
database made before there were migrations (tables, but no `alembic_version`) is taken as that history's
first revision, the schema of 2026-12-06, and upgraded from there."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
# Any number, the same in every process: the PostgreSQL lock that lets one runner at a time into a database
LOCK_KEY = 8_160_201_612


class PendingMigrations(RuntimeError):
    """The database is behind the code and this process may not migrate it."""


@dataclass(frozen=True)
class Migrated:
    before: str | None  # the revision it was at (an adopted one: the first); None for a new database
    applied: list[str]  # the revisions run now, oldest first
    adopted: bool = False  # made before there were migrations, and taken as the first revision


def history(versions: Path) -> ScriptDirectory:
    return ScriptDirectory.from_config(_config(versions))


def _config(versions: Path, connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.set_main_option("version_locations", str(versions))
    config.set_main_option("path_separator", "os")
    config.attributes["connection"] = connection
    return config


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def pending(engine: Engine, versions: Path) -> list[str]:
    """The revisions the database lacks, oldest first (a database of before migrations lacks all but the
    first)."""
    with engine.connect() as conn:
        at = MigrationContext.configure(conn).get_current_revision()
        if at is None and _made_before_migrations(conn):
            at = _first(versions)
    return _between(versions, at)


def migrate(engine: Engine, versions: Path) -> Migrated:
    """Everything pending, in one transaction: all of it or (on an error) none of it."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        # SQLite: the engine's BEGIN IMMEDIATE has taken the database's write lock already
        before = MigrationContext.configure(conn).get_current_revision()
        adopted = before is None and _made_before_migrations(conn)
        config = _config(versions, conn)
        if adopted:
            before = _first(versions)
            command.stamp(config, before)
        applied = _between(versions, before)
        if applied:
            command.upgrade(config, "head")
    if adopted or applied:
        log.info(
            "%s: %s%s",
            engine.url.render_as_string(hide_password=True),
            "made before migrations, taken as the first revision; " if adopted else "",
            f"migrated {' → '.join([before or 'new', *applied])}" if applied else "nothing more to run",
        )
    return Migrated(before, applied, adopted)


def migrate_at_start(engine: Engine, versions: Path) -> None:
    """What a process does at its start: migrate, or, where the operator migrates by hand
    (`MIGRATE_AT_START=0`), refuse to run on a database that is behind."""
    if os.environ.get("MIGRATE_AT_START", "1") != "0":
        migrate(engine, versions)
        return
    lacking = pending(engine, versions)
    if lacking:
        raise PendingMigrations(
            f"{engine.url.render_as_string(hide_password=True)} lacks the migrations {', '.join(lacking)}: "
            "keep a copy of it, then run `rathaus migrate`"
        )


def _made_before_migrations(conn: Connection) -> bool:
    return bool(sa.inspect(conn).get_table_names())


def _first(versions: Path) -> str:
    base = history(versions).get_base()
    if base is None:
        raise RuntimeError(f"{versions} has no first migration")
    return base


def _between(versions: Path, at: str | None) -> list[str]:
    """The revisions after `at` up to the head, oldest first."""
    script = history(versions)
    newer = [r.revision for r in script.iterate_revisions("head", at or "base")]
    return [revision for revision in reversed(newer) if revision != at]
