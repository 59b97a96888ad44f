"""A migration that reshapes projections has them rebuilt from the service's store: fees' 0003 gives each
receivable the time of its newest payment, which only the events know. Every other row stays as it was."""

from __future__ import annotations

import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from services.fees import projection
from services.fees.handlers import settle
from services.fees.service import SERVICE as FEES
from services.fees.store import DATABASE
from services.fees.tables import metadata as fees_tables
from services.fees.tables import receivables
from services.notifications.store import DATABASE as NOTIFICATIONS
from services.routing import desk
from services.routing.service import SERVICE as ROUTING_SERVICE
from services.routing.store import DATABASE as ROUTING
from services.routing.tables import cases as case_table
from shared.kernel.db import make_engine
from shared.kernel.envelope import Event, NewEvent
from shared.kernel.migrations import current, history, migrate, pending, rebuilding
from shared.kernel.tables import create_store_tables
from shared.kernel.tables import events as event_table
from tests.helpers import INTAKE_STORE as INTAKE
from tests.helpers import submitted_and_taken, submitted_payload
from tests.unit.test_migrations import differences

PAID_AT = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)


def fees_before_0003(url: str) -> tuple[sa.Engine, dict[str, str]]:
    """A fees database at 0002 holding what the code of that time recorded for three applications, one of
    them paid (by today's code, which writes the same events and, but for the new column, the same rows);
    returns it and its receivables' Kassenzeichen by what became of them."""
    engine = make_engine(url)
    migrate(engine, DATABASE.migrations, target="0002")
    filled = make_engine("sqlite://")
    create_store_tables(filled, fees_tables)
    intake = make_engine("sqlite://")
    create_store_tables(intake)
    cases = {name: _submit(intake, filled) for name in ("paid", "unpaid", "part paid")}
    kassenzeichen = {name: _kassenzeichen(filled, case) for name, case in cases.items()}
    _pay(filled, kassenzeichen["paid"], 1300)
    _pay(filled, kassenzeichen["part paid"], 200)
    old = sa.MetaData()
    old.reflect(engine)
    with filled.connect() as source, engine.begin() as target:
        for table in [event_table, *reversed(projection.FROM_STORE.tables)]:
            columns = old.tables[table.name].columns.keys()
            rows = [dict(r._mapping) for r in source.execute(sa.select(*(table.c[c] for c in columns)))]
            if rows:
                target.execute(old.tables[table.name].insert(), rows)
    filled.dispose()
    intake.dispose()
    return engine, kassenzeichen


def projected(engine: sa.Engine) -> dict[str, list[dict[str, Any]]]:
    with engine.connect() as conn:
        return projected_on(conn)


def projected_on(conn: sa.Connection) -> dict[str, list[dict[str, Any]]]:
    """Every projection's rows, with the columns the database has, in a fixed order."""
    found = {}
    for table in projection.FROM_STORE.tables:
        columns = [sa.column(c["name"]) for c in sa.inspect(conn).get_columns(table.name)]
        rows = conn.execute(sa.select(sa.table(table.name, *columns))).mappings()
        found[table.name] = sorted((dict(row) for row in rows), key=repr)
    return found


def without(rows: dict[str, list[dict[str, Any]]], column: str) -> dict[str, list[dict[str, Any]]]:
    return {
        name: sorted(({k: v for k, v in r.items() if k != column} for r in found), key=repr)
        for name, found in rows.items()
    }


def test_a_reshaped_projection_is_rebuilt_from_the_store_and_keeps_every_row(tmp_path):
    engine, kassenzeichen = fees_before_0003(f"sqlite:///{tmp_path / 'fees.db'}")
    before = projected(engine)
    assert before["receivables"] and "last_payment_at" not in before["receivables"][0]
    with engine.connect() as conn:
        stored = conn.execute(sa.select(sa.func.count()).select_from(event_table)).scalar_one()

    # what `rathaus migrate --check` says: a database with events, so its projections are rebuilt
    assert rebuilding(DATABASE.migrations, pending(engine, DATABASE.migrations)) == ["0003"]
    migrated = migrate(engine, DATABASE.migrations, projections=DATABASE.projections)

    assert migrated.before == "0002" and "0003" in migrated.applied and migrated.rebuilt == stored
    assert current(engine) == migrated.applied[-1]
    after = projected(engine)
    assert without(after, "last_payment_at") == before
    with engine.connect() as conn:
        last_payment = dict(
            conn.execute(sa.select(receivables.c.kassenzeichen, receivables.c.last_payment_at)).all()
        )
    assert last_payment == {
        kassenzeichen["paid"]: PAID_AT,
        kassenzeichen["part paid"]: PAID_AT,
        kassenzeichen["unpaid"]: None,
    }
    assert differences(engine, DATABASE) == []
    engine.dispose()


def test_a_new_database_is_made_without_a_rebuild(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'fees.db'}")
    assert rebuilding(DATABASE.migrations, pending(engine, DATABASE.migrations)) == []
    migrated = migrate(engine, DATABASE.migrations, projections=DATABASE.projections)
    assert migrated.before is None and migrated.rebuilt is None
    engine.dispose()


def test_a_rebuild_no_projections_can_fill_is_refused_and_changes_nothing(tmp_path):
    """Notifications' deliveries hold what its delivery loop did besides what the events say: no replay can
    make them again, and notifications names no projections."""
    versions = tmp_path / "versions"
    shutil.copytree(NOTIFICATIONS.migrations, versions, ignore=shutil.ignore_patterns("__pycache__"))
    head = history(NOTIFICATIONS.migrations).get_current_head()
    (versions / "9999_reshaped.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "9999"\ndown_revision = "{head}"\nrebuilds_projections = True\n\n\n'
        "def upgrade() -> None:\n"
        '    op.add_column("recipients", sa.Column("reshaped", sa.Integer()))\n'
    )
    engine = make_engine(f"sqlite:///{tmp_path / 'notifications.db'}")
    migrate(engine, NOTIFICATIONS.migrations)
    with pytest.raises(RuntimeError, match="9999 rebuild projections, but the service names none"):
        migrate(engine, versions, projections=NOTIFICATIONS.projections)
    assert current(engine) == head
    assert "reshaped" not in {c["name"] for c in sa.inspect(engine).get_columns("recipients")}
    engine.dispose()


def test_the_office_s_cases_come_again_from_routing_s_store(tmp_path):
    """Routing's declared projections: a rebuild makes the office's view of each case as the live one was."""
    routing, intake, submitted = routed(tmp_path, "geburtsurkunde", "fuehrungszeugnis", "meldebescheinigung")
    withdrawal = NewEvent("ApplicationWithdrawn", {"withdrawn_by": "citizen", "reason": None})
    with intake.begin() as conn:
        [withdrawn] = INTAKE.append(conn, submitted[0].case_id, 1, [withdrawal])
    with routing.begin() as conn:
        ROUTING_SERVICE.handle(conn, withdrawn)
    live = _rows(routing, *ROUTING.projections.tables)
    assert len(live["cases"]) == 3 and {"routed", "withdrawn"} <= {row["state"] for row in live["cases"]}
    # the desk's chart: the withdrawn case left it
    assert sum(row["cases"] for row in live["open_cases"]) == 2
    with routing.begin() as conn:
        conn.execute(sa.text("UPDATE cases SET office_id = 'verlegt', version = 0"))

    assert ROUTING.projections.rebuild(routing) == 4
    assert _rows(routing, *ROUTING.projections.tables) == live
    routing.dispose()
    intake.dispose()


def test_the_desk_s_counts_of_open_cases_are_counted_once_by_the_migration_that_brings_them(tmp_path):
    """Routing's 0005: the office's open cases per state, from then on counted as the cases move, start as a
    count over the cases there are."""
    routing, intake, cases = routed(tmp_path, "geburtsurkunde", "eheurkunde", "gewerbeanmeldung")
    with routing.begin() as conn:  # one of them done, and the database as 0004 had it
        conn.execute(sa.update(case_table).where(case_table.c.case_id == cases[0].case_id).values(open=False))
        conn.execute(sa.text("DROP TABLE open_cases"))
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0004'"))

    migrate(routing, ROUTING.migrations)
    with routing.connect() as conn:
        by_office = {office: desk.open_by_state(conn, office) for office in ("standesamt", "gewerbeamt")}
    assert by_office == {"standesamt": {"routed": 1}, "gewerbeamt": {"routed": 1}}
    routing.dispose()
    intake.dispose()


def routed(tmp_path: Path, *service_ids: str) -> tuple[sa.Engine, sa.Engine, list[Event]]:
    """A routing database at the head holding a routed case of each service; intake's store in memory; the
    applications' events."""
    routing = make_engine(f"sqlite:///{tmp_path / 'routing.db'}")
    migrate(routing, ROUTING.migrations)
    intake = make_engine("sqlite://")
    create_store_tables(intake)
    submitted = [
        submitted_and_taken(intake, ROUTING_SERVICE, routing, submitted_payload(service_id))
        for service_id in service_ids
    ]
    return routing, intake, submitted


def _rows(engine: sa.Engine, *tables: sa.Table) -> dict[str, list[dict[str, Any]]]:
    with engine.connect() as conn:
        return {
            t.name: sorted((dict(r._mapping) for r in conn.execute(sa.select(t))), key=repr) for t in tables
        }


def _submit(intake: sa.Engine, fees: sa.Engine) -> str:
    return submitted_and_taken(intake, FEES, fees, submitted_payload("geburtsurkunde", copies=1)).case_id


def _kassenzeichen(fees: sa.Engine, case_id: str) -> str:
    with fees.connect() as conn:
        query = sa.select(receivables.c.kassenzeichen).where(receivables.c.case_id == case_id)
        return conn.execute(query).scalar_one()


def _pay(fees: sa.Engine, kassenzeichen: str, cents: int) -> None:
    payment = {"payment_id": uuid.uuid4().hex, "kassenzeichen": kassenzeichen, "amount_cents": cents}
    with fees.begin() as conn:
        assert settle(conn, "epaybl", {**payment, "paid_at": PAID_AT}, datetime.now(UTC)) is not None
