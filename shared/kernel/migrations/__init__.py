"""Each service database's migrations (Alembic), one history per service in `services/<name>/migrations/`.

`rathaus migrate` runs what is pending, and so does every process at its start unless `MIGRATE_AT_START=0`
(then it refuses, naming the command). Runs take a lock, so processes starting together migrate once. A
database with tables but no `alembic_version` is taken as the newest revision whose tables it has exactly:
one made before there were migrations is the first revision, the schema of 2026-12-06, and is upgraded from
there.

A revision that changes the shape of tables its events fill says `rebuilds_projections = True`: those tables
are then made beside the ones in use, the migrations run on them, the events are replayed into them by
today's code (`shared.kernel.projections`), and they replace the old ones at the commit (`_beside`)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from shared.kernel.tables import OutdatedDatabase

if TYPE_CHECKING:
    from shared.kernel.projections import Projections

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
# Any number, the same in every process: the PostgreSQL lock that lets one runner at a time into a database
LOCK_KEY = 8_160_201_612
# Where PostgreSQL builds the new projections while readers still read the old ones
BESIDE = "projections_rebuilt"


class PendingMigrations(RuntimeError):
    """The database is behind the code and this process may not migrate it."""


@dataclass(frozen=True)
class Migrated:
    before: str | None  # the revision it was at (an adopted one: the first); None for a new database
    applied: list[str]  # the revisions run now, oldest first
    adopted: bool = False  # made without a history, and taken as the revision whose tables it has
    rebuilt: int | None = None  # the events replayed into projections a revision reshaped


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


def migrate(
    engine: Engine, versions: Path, target: str = "head", projections: Projections | None = None
) -> Migrated:
    """Everything pending up to `target`, in one transaction: all of it or (on an error) none of it.
    `projections`: the tables the service's events fill, rebuilt where a pending revision reshapes them."""
    rebuilt = None
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
        if before is not None and (reshaped := _to_rebuild(versions, applied, target, projections)):
            with _beside(conn, versions, before, reshaped):
                command.upgrade(config, target)
                rebuilt = reshaped.replay(conn)
        elif applied:
            command.upgrade(config, target)
    if adopted or applied:
        log.info(
            "%s: %s%s%s",
            engine.url.render_as_string(hide_password=True),
            "made before migrations, taken as the first revision; " if adopted else "",
            f"migrated {' → '.join([before or 'new', *applied])}" if applied else "nothing more to run",
            f"; its projections rebuilt from {rebuilt} events" if rebuilt is not None else "",
        )
    return Migrated(before, applied, adopted, rebuilt)


def rebuilding(versions: Path, revisions: list[str]) -> list[str]:
    """Those of the revisions to run that have the service's projections rebuilt from the events: none
    where they begin with the first (a new database has no events to replay)."""
    script = history(versions)
    if any(script.get_revision(r).down_revision is None for r in revisions):
        return []
    return [r for r in revisions if getattr(script.get_revision(r).module, "rebuilds_projections", False)]


def _to_rebuild(
    versions: Path, applied: list[str], target: str, projections: Projections | None
) -> Projections | None:
    """The projections to rebuild, where a revision to be applied reshapes them."""
    script = history(versions)
    wanting = rebuilding(versions, applied)
    if not wanting:
        return None
    if projections is None:
        raise RuntimeError(
            f"the migrations {', '.join(wanting)} rebuild projections, but the service names none that its "
            "events fill (`ServiceDatabase(projections=...)`)"
        )
    if script.get_revision(target).revision != script.get_current_head():
        raise RuntimeError(
            f"the migrations {', '.join(wanting)} rebuild projections, which only the newest code can fill: "
            "migrate to the head"
        )
    return projections


@contextmanager
def _beside(conn: Connection, versions: Path, before: str, projections: Projections) -> Iterator[None]:
    """PostgreSQL: the projections as they are now, empty, in a schema of their own that comes first in the
    search path, so the migrations change them and the replay fills them while readers read the old tables
    (an ALTER on those would lock every reader out until the commit). They replace the old ones at the end,
    in the same transaction. SQLite changes and replays them in place: its readers keep the snapshot they
    began with until the commit, and there is but one writer anyway."""
    if conn.dialect.name != "postgresql":
        yield
        return
    home: str = conn.execute(sa.text("SELECT current_schema()")).scalar_one()
    path: str = conn.execute(sa.text("SHOW search_path")).scalar_one()
    wanted = {table.name for table in projections.tables}
    conn.execute(sa.text(f"CREATE SCHEMA {BESIDE}"))
    _search(conn, BESIDE)
    command.upgrade(_config(versions, conn), before)  # every table as it is now: names, keys, indexes and all
    unwanted = [name for name in sa.inspect(conn).get_table_names(BESIDE) if name not in wanted]
    conn.execute(sa.text(f"DROP TABLE {', '.join(f'{BESIDE}.{name}' for name in unwanted)}"))
    _search(conn, f"{BESIDE}, {path}")
    yield
    # Each table left beside replaces its namesake; a projection the migrations dropped is gone with it
    made = sa.inspect(conn).get_table_names(BESIDE)
    old = [name for name in sa.inspect(conn).get_table_names(home) if name in wanted or name in made]
    if old:
        conn.execute(sa.text(f"DROP TABLE {', '.join(f'{home}.{name}' for name in old)}"))
    for name in made:
        conn.execute(sa.text(f"ALTER TABLE {BESIDE}.{name} SET SCHEMA {home}"))
    conn.execute(sa.text(f"DROP SCHEMA {BESIDE}"))
    _search(conn, path)


def _search(conn: Connection, path: str) -> None:
    """The schemas unqualified names are looked up in, until the transaction ends."""
    conn.execute(sa.text("SELECT set_config('search_path', :path, true)"), {"path": path})


def migrate_at_start(engine: Engine, versions: Path, projections: Projections | None = None) -> None:
    """What a process does at its start: migrate, or, where the operator migrates by hand
    (`MIGRATE_AT_START=0`), refuse to run on a database that is behind."""
    if os.environ.get("MIGRATE_AT_START", "1") != "0":
        migrate(engine, versions, projections=projections)
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
        with scratch.begin() as step:  # the shapes alone: no lock, nothing to rebuild
            command.upgrade(_config(versions, step), revision)
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
