"""The citizen's view of a case follows every service's events, so a migration that reshapes it has it rebuilt
from intake's own store and, of the other services' topics, from the events intake's worker took: the same
rows come out, beside the old tables on PostgreSQL, and an event the worker has not taken yet stays out."""

from __future__ import annotations

import shutil
import uuid
from typing import Any

import pytest
import requests
import sqlalchemy as sa

from services.intake.store import DATABASE as INTAKE
from services.intake.tables import case_status, timeline
from shared.kernel.db import make_engine
from shared.kernel.migrations import BESIDE, current, history, migrate
from shared.kernel.tables import processed_events
from tests.e2e.servers import own_servers, platform_for
from tests.helpers import application_body, register_submitter, wait_for


@pytest.mark.timeout(300)
def test_the_citizens_view_is_rebuilt_from_the_store_and_what_the_worker_took(tmp_path):
    with own_servers(tmp_path, {}) as servers:
        with platform_for(servers, tmp_path) as platform:
            vendor = register_submitter(servers.env["INTAKE_DATABASE_URL"], "rebuild", ["*"])
            cases = [
                _submit(platform.url("intake"), vendor, form)
                for form in ("fuehrungszeugnis", "geburtsurkunde")
            ]
            intake = make_engine(servers.env["INTAKE_DATABASE_URL"])
            # routed, its fee requested and its receipt sent: facts from all four services
            wait_for(lambda: all(_complete(intake, case) for case in cases), timeout=90)
        before = _status(intake)

        # The receipt of the first case as if still on its way to intake's worker
        [sent_at] = [row["receipt_sent_at"] for row in before["case_status"] if row["case_id"] == cases[0]]
        with intake.begin() as conn:
            receipt = conn.execute(
                sa.select(timeline.c.event_id).where(
                    timeline.c.case_id == cases[0],
                    timeline.c.event_type == "NotificationSent",
                    timeline.c.occurred_at == sent_at,
                )
            ).scalar_one()
            taken = sa.delete(processed_events).where(
                processed_events.c.consumer == "intake", processed_events.c.event_id == receipt
            )
            assert conn.execute(taken).rowcount == 1
        versions = _with_a_reshaping_revision(tmp_path, INTAKE.migrations)
        # As a process of the platform: its broker and databases, until these servers stop
        with pytest.MonkeyPatch.context() as patch:
            for name, value in servers.env.items():
                patch.setenv(name, value)
            migrated = migrate(intake, versions, projections=INTAKE.projections)

        assert migrated.applied == ["9999"] and migrated.rebuilt and current(intake) == "9999"
        after = _status(intake)
        expected = {
            "case_status": [
                {**row, "receipt_sent_at": None} if row["case_id"] == cases[0] else row
                for row in before["case_status"]
            ],
            "timeline": [row for row in before["timeline"] if row["event_id"] != receipt],
        }
        assert after == expected
        with intake.connect() as conn:
            schemas = conn.execute(sa.text("SELECT schema_name FROM information_schema.schemata")).scalars()
            assert BESIDE not in set(schemas)
            assert "reshaped" in {c["name"] for c in sa.inspect(conn).get_columns("case_status")}
        intake.dispose()


def _submit(intake: str, vendor: str, form: str) -> str:
    response = requests.post(
        f"{intake}/api/v1/applications",
        json=application_body(form),
        headers={"Authorization": f"Bearer {vendor}", "Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    assert response.status_code == 202, response.text
    return response.json()["case_id"]


def _complete(intake: sa.Engine, case_id: str) -> bool:
    with intake.connect() as conn:
        row = conn.execute(sa.select(case_status).where(case_status.c.case_id == case_id)).first()
    return row is not None and None not in (row.office_id, row.kassenzeichen, row.receipt_sent_at)


def _status(intake: sa.Engine) -> dict[str, list[dict[str, Any]]]:
    """The view's rows as the code declares them, but when each was written."""
    with intake.connect() as conn:
        rows = {
            "case_status": [dict(r._mapping) for r in conn.execute(sa.select(case_status))],
            "timeline": [dict(r._mapping) for r in conn.execute(sa.select(timeline))],
        }
    for row in rows["case_status"]:
        row.pop("updated_at")
    return {name: sorted(found, key=repr) for name, found in rows.items()}


def _with_a_reshaping_revision(tmp_path, migrations) -> Any:
    """Intake's history and one more revision that reshapes the view and asks for its rebuild."""
    versions = tmp_path / "versions"
    shutil.copytree(migrations, versions, ignore=shutil.ignore_patterns("__pycache__"))
    head = history(migrations).get_current_head()
    (versions / "9999_reshaped.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "9999"\ndown_revision = "{head}"\nrebuilds_projections = True\n\n\n'
        "def upgrade() -> None:\n"
        '    op.add_column("case_status", sa.Column("reshaped", sa.Integer()))\n'
    )
    return versions
