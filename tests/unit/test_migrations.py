"""Each service database's migrations: they make exactly the tables the code declares, adopt a database made
before there were migrations, run all or nothing, and a process refuses a database that is behind when it may
not migrate it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from services import registry
from services.intake.store import DATABASE as INTAKE
from shared.kernel.db import ServiceDatabase, make_engine
from shared.kernel.migrations import PendingMigrations, current, history, migrate, pending
from shared.kernel.tables import OutdatedDatabase, create_tables


def revisions(database: ServiceDatabase) -> list[str]:
    """Its history's revisions, oldest first."""
    return [r.revision for r in reversed(list(history(database.migrations).walk_revisions()))]


def differences(engine: sa.Engine, database: ServiceDatabase) -> list:
    """What Alembic finds between the database and the tables the code declares (types included)."""
    declared = sa.MetaData()
    for tables in database.tables:
        for table in tables.sorted_tables:
            table.to_metadata(declared)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, declared))


@pytest.mark.parametrize("database", registry.migrated(), ids=lambda db: db.service)
def test_each_history_makes_the_tables_the_code_declares(tmp_path, database):
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    first = migrate(engine, database.migrations)
    assert first.before is None and first.applied and not first.adopted
    assert differences(engine, database) == []
    again = migrate(engine, database.migrations)  # every process start runs it: nothing more to do
    assert again.applied == [] and again.before == first.applied[-1]
    engine.dispose()


def test_a_database_made_before_migrations_is_taken_as_the_first_revision_rows_and_all(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'intake.db'}"
    engine = make_engine(url)
    as_made_before_migrations(engine, INTAKE)
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO tracking_tokens VALUES ('ab', 'case-1', '2026-12-01 10:00:00')"))
    assert current(engine) is None and pending(engine, INTAKE.migrations) == revisions(INTAKE)[1:]
    monkeypatch.setenv("INTAKE_DATABASE_URL", url)
    database = ServiceDatabase("intake", *INTAKE.own_tables)
    migrated = database.migrate()
    assert migrated.adopted and migrated.before == "0001"
    assert current(engine) == revisions(INTAKE)[-1]
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT case_id FROM tracking_tokens")).scalars().all() == ["case-1"]
    engine.dispose()


def as_made_before_migrations(engine: sa.Engine, database: ServiceDatabase) -> None:
    """The tables as the version of 2026-12-06 made them (its `create_all`): the first revision's, without
    Alembic's table (tests/e2e/test_upgrade.py shows the first revision is that version's schema)."""
    migrate(engine, database.migrations, target="0001")
    with engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE alembic_version"))


def test_a_database_older_than_the_first_migration_is_refused_at_start_by_name(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'intake.db'}"
    engine = make_engine(url)
    with engine.begin() as conn:  # the applications table as a version before 2026-12-06 made it
        conn.execute(sa.text("CREATE TABLE applications (case_id VARCHAR(36) PRIMARY KEY)"))
    monkeypatch.setenv("INTAKE_DATABASE_URL", url)
    with pytest.raises(OutdatedDatabase) as refused:
        ServiceDatabase("intake", *INTAKE.own_tables).setup()
    assert "applications.submitter_id" in str(refused.value)
    assert "older than the first migration" in str(refused.value)


def test_a_database_made_from_the_code_s_tables_is_taken_as_the_head(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    create_tables(engine, *INTAKE.tables)  # as tests and scratch databases make them
    migrated = migrate(engine, INTAKE.migrations)
    assert migrated.adopted and migrated.before == revisions(INTAKE)[-1] and migrated.applied == []
    engine.dispose()
    engine.dispose()


def test_a_process_that_may_not_migrate_refuses_naming_the_command(tmp_path, monkeypatch):
    monkeypatch.setenv("INTAKE_DATABASE_URL", f"sqlite:///{tmp_path / 'intake.db'}")
    monkeypatch.setenv("MIGRATE_AT_START", "0")
    database = ServiceDatabase("intake", *INTAKE.own_tables)
    with pytest.raises(PendingMigrations) as refused:
        database.setup()
    assert "rathaus migrate" in str(refused.value)
    database.migrate()
    database.setup()  # now it starts
    database.engine.dispose()


def test_a_migration_that_fails_leaves_the_database_as_it_was(tmp_path):
    versions = tmp_path / "versions"
    shutil.copytree(INTAKE.migrations, versions, ignore=shutil.ignore_patterns("__pycache__"))
    head = revisions(INTAKE)[-1]
    broken = f'''
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"


def upgrade() -> None:
    op.add_column("timeline", sa.Column("half_done", sa.Integer()))
    raise RuntimeError("the second step of this migration fails")
'''
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    migrate(engine, INTAKE.migrations)
    Path(versions / "9999_broken.py").write_text(broken)
    with pytest.raises(RuntimeError, match="second step"):
        migrate(engine, versions)
    assert current(engine) == head
    columns = {c["name"] for c in sa.inspect(engine).get_columns("timeline")}
    assert "half_done" not in columns
    engine.dispose()
