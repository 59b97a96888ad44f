"""The services' migrations on PostgreSQL: the tables the code declares, types and all; one runner at a time
when processes start together; nothing half done when a step fails (PostgreSQL's DDL is transactional)."""

from __future__ import annotations

import shutil
import threading
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from services import registry
from services.fees import projection
from services.fees.store import DATABASE as FEES
from services.fees.tables import receivables
from services.intake.store import DATABASE as INTAKE
from shared.kernel.db import make_engine
from shared.kernel.envelope import Event
from shared.kernel.migrations import BESIDE, current, history, migrate
from tests.helpers import rathaus_cli
from tests.unit.test_migrations import differences
from tests.unit.test_rebuilt_projections import PAID_AT, fees_before_0003, projected, projected_on, without


@pytest.mark.parametrize("database", registry.migrated(), ids=lambda db: db.service)
def test_each_history_makes_the_tables_the_code_declares(new_database, database):
    engine = make_engine(new_database())
    migrate(engine, database.migrations)
    assert differences(engine, database) == []
    engine.dispose()


def test_processes_starting_together_migrate_once(postgres_url):
    engines = [make_engine(postgres_url) for _ in range(4)]
    outcomes: list = []
    threads = [
        threading.Thread(target=lambda e=e: outcomes.append(migrate(e, INTAKE.migrations))) for e in engines
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(len(o.applied) for o in outcomes)[:-1] == [0, 0, 0]  # one ran them, the others waited
    assert current(engines[0]) == history(INTAKE.migrations).get_current_head()
    for engine in engines:
        engine.dispose()


def test_a_migration_that_fails_leaves_the_database_as_it_was(postgres_url, tmp_path):
    versions = tmp_path / "versions"
    shutil.copytree(INTAKE.migrations, versions, ignore=shutil.ignore_patterns("__pycache__"))
    head = history(INTAKE.migrations).get_current_head()
    Path(versions / "9999_broken.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "9999"\ndown_revision = "{head}"\n\n\n'
        "def upgrade() -> None:\n"
        '    op.add_column("timeline", sa.Column("half_done", sa.Integer()))\n'
        '    raise RuntimeError("the second step of this migration fails")\n'
    )
    engine = make_engine(postgres_url)
    migrate(engine, INTAKE.migrations)
    with pytest.raises(RuntimeError, match="second step"):
        migrate(engine, versions)
    assert current(engine) == head
    assert "half_done" not in {c["name"] for c in sa.inspect(engine).get_columns("timeline")}
    engine.dispose()


def test_rathaus_migrate_says_what_is_behind_and_brings_it_up(new_database, tmp_path):
    env = {f"{db.service.upper()}_DATABASE_URL": new_database() for db in registry.migrated()}
    env["RATHAUS_VAR"] = str(tmp_path)
    checked = rathaus_cli("migrate", "--check", env=env)
    assert checked.returncode == 1 and "intake: lacks 0001" in checked.stdout
    assert "rathaus migrate" in checked.stderr
    migrated = rathaus_cli("migrate", env=env)
    assert migrated.returncode == 0, migrated.stderr
    assert "fees: new → 0001" in migrated.stdout
    again = rathaus_cli("migrate", "--check", env=env)
    assert again.returncode == 0 and again.stdout.count("up to date") == len(registry.migrated())


def test_readers_keep_the_old_projections_until_the_rebuilt_ones_replace_them(postgres_url):
    engine, kassenzeichen = fees_before_0003(postgres_url)
    before = projected(engine)
    replaying, go_on = threading.Event(), threading.Event()

    def held(conn: sa.Connection, event: Event) -> None:
        replaying.set()
        go_on.wait(60)
        projection.apply(conn, event)

    # The replay waits at its first event, inside the migration's transaction
    paused = replace(projection.FROM_STORE, apply=dict.fromkeys(projection.APPLY, held))
    outcome: list = []
    runner = threading.Thread(
        target=lambda: outcome.append(migrate(engine, FEES.migrations, projections=paused))
    )
    runner.start()
    try:
        assert replaying.wait(60)
        reader = make_engine(postgres_url)
        with reader.connect() as conn:
            conn.execute(sa.text("SET lock_timeout = '5s'"))  # blocked: an error, not a hang
            assert projected_on(conn) == before  # the old tables, rows and shape, not locked
        reader.dispose()
    finally:
        go_on.set()
        runner.join(120)

    [migrated] = outcome
    assert "0003" in migrated.applied and migrated.rebuilt
    assert without(projected(engine), "last_payment_at") == before
    with engine.connect() as conn:
        paid = conn.execute(
            sa.select(receivables.c.last_payment_at).where(
                receivables.c.kassenzeichen == kassenzeichen["paid"]
            )
        ).scalar_one()
        schemas = conn.execute(sa.text("SELECT schema_name FROM information_schema.schemata")).scalars().all()
    assert paid == PAID_AT and BESIDE not in schemas
    assert differences(engine, FEES) == []
    engine.dispose()
