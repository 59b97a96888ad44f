"""Each service database's migrations (Alembic), one history per service in `services/<name>/migrations/`.

`rathaus migrate` runs what is pending, and so does every process at its start unless `MIGRATE_AT_START=0`
(then it refuses, naming the command). Runs take a lock, so processes starting together migrate once. A
database with tables but no `alembic_version` is taken as the newest revision whose tables it has exactly:
one made before there were migrations is the first revision, the schema of 2026-12-06, and is upgraded from
there."""

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

from shared.kernel.tables import OutdatedDatabase

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
    adopted: bool = False  # made without a history, and taken as the revision whose tables it has


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
    """The revisions the database lacks, oldest first (one without a history: those after the revision
    whose tables it has)."""
    with engine.connect() as conn:
        at = MigrationContext.configure(conn).get_current_revision()
        if at is None and _made_before_migrations(conn):
            at = _revision_of_shape(conn, versions)
    return _between(versions, at)


def migrate(engine: Engine, versions: Path, target: str = "head") -> Migrated:
    """Everything pending up to `target`, in one transaction: all of it or (on an error) none of it."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        # SQLite: the engine's BEGIN IMMEDIATE has taken the database's write lock already
        before = MigrationContext.configure(conn).get_current_revision()
        adopted = before is None and _made_before_migrations(conn)
        config = _config(versions, conn)
        if adopted:
            before = _revision_of_shape(conn, versions)
            command.stamp(config, before)
        applied = _between(versions, before, target)
        if applied:
            command.upgrade(config, target)
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


def _shape(inspector: sa.Inspector) -> dict[str, set[str]]:
    tables = [name for name in inspector.get_table_names() if name != "alembic_version"]
    return {name: {column["name"] for column in inspector.get_columns(name)} for name in tables}


def _revision_of_shape(conn: Connection, versions: Path) -> str:
    """The newest revision whose tables the database has exactly, column for column: what it was made at
    without a history (by the version of 2026-12-06: the first; by `create_tables`, in tests: the head).
    None matches: it is refused, naming what it lacks of the first."""
    found = _shape(sa.inspect(conn))
    scratch = sa.create_engine("sqlite://")
    matching, first_shape = None, None
    for revision in _between(versions, None):
        migrate(scratch, versions, target=revision)
        shape = _shape(sa.inspect(scratch))
        first_shape = first_shape or shape
        if all(found.get(table) == columns for table, columns in shape.items()):
            matching = revision
    scratch.dispose()
    if matching is not None:
        return matching
    lacking = [
        f"the table {table}" if table not in found else f"{table}.{column}"
        for table, columns in (first_shape or {}).items()
        for column in (sorted(columns - found[table]) if table in found else [""])
    ]
    raise OutdatedDatabase(
        f"{conn.engine.url.render_as_string(hide_password=True)} has tables but no migration history, "
        f"and lacks {', '.join(lacking) or 'nothing, but has columns no migration made'}: it is older than "
        "the first migration (2026-12-06) or was changed by hand. Keep a copy of it and bring its tables "
        "to the first migration's shape by hand, or start that service's data afresh."
    )


def _between(versions: Path, at: str | None, target: str = "head") -> list[str]:
    """The revisions after `at` up to `target`, oldest first."""
    script = history(versions)
    newer = [r.revision for r in script.iterate_revisions(target, at or "base")]
    return [revision for revision in reversed(newer) if revision != at]
