"""Retention: a case's personal data is due for erasure once the case has ended, its service's period has run,
no fee of it is open and no legal hold stops it; the daily job erases it, recorded in its history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from services.intake import privacy, projection, retention
from services.intake.store import DATABASE, STORE
from shared.contracts import FeesEvent, IntakeEvent, RoutingEvent
from shared.kernel import case_keys
from shared.kernel.db import make_engine
from shared.kernel.envelope import NewEvent
from shared.kernel.migrations import migrate
from tests.helpers import new_case, recorded, submitted_payload

ENDED = datetime(2026, 3, 31, 9, 0, tzinfo=UTC)


@pytest.fixture
def intake(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    migrate(engine, DATABASE.migrations)
    yield engine
    engine.dispose()


def a_case(engine: sa.Engine, service_id: str = "meldebescheinigung", fee: int = 0, paid: int = 0) -> str:
    """An application that routing completed at ENDED, with its fee assessed and paid as given."""
    case_id = new_case()
    with engine.begin() as conn:
        application = NewEvent(IntakeEvent.APPLICATION_SUBMITTED, submitted_payload(service_id))
        STORE.record(conn, case_id, [application], projection.apply, 0)
        facts = [
            ("fees", FeesEvent.FEE_ASSESSED, _assessed(service_id, fee)),
            ("routing", RoutingEvent.CASE_COMPLETED, {"note": None, "caseworker_id": "krueger"}),
        ]
        if paid:
            facts.append(("fees", FeesEvent.PAYMENT_RECEIVED, _payment(paid)))
        for producer, event_type, payload in facts:
            projection.apply(conn, recorded(producer, event_type, payload, case_id=case_id, at=ENDED))
    return case_id


def test_a_case_is_due_once_its_period_has_run_and_not_before(intake):
    case_id = a_case(intake)  # Meldebescheinigung: twelve months
    with intake.connect() as conn:
        assert retention.due(conn, ENDED + timedelta(days=364)) == []
        [due] = retention.due(conn, datetime(2027, 3, 31, 9, 0, tzinfo=UTC))
    assert (due.case_id, due.due_at) == (case_id, datetime(2027, 3, 31, 9, 0, tzinfo=UTC))
    assert "12 Monate" in due.reason


def test_an_open_fee_or_a_legal_hold_keeps_the_case(intake):
    unpaid = a_case(intake, fee=1000)
    paid = a_case(intake, fee=1000, paid=1000)
    held = a_case(intake)
    assert retention.hold(held, "Widerspruchsverfahren anhängig", "dsb-mueller", intake)
    assert not retention.hold(held, "noch einmal", "dsb-mueller", intake)  # held already
    later = ENDED + timedelta(days=800)
    with intake.connect() as conn:
        assert [d.case_id for d in retention.due(conn, later)] == [paid]
    with pytest.raises(privacy.Held):
        privacy.erase(held, "Antrag nach Art. 17 DSGVO", "dsb-mueller", intake)
    assert retention.release(held, "dsb-mueller", intake)
    with intake.connect() as conn:
        assert {d.case_id for d in retention.due(conn, later)} == {paid, held}
        assert unpaid not in {d.case_id for d in retention.due(conn, later)}


def test_the_daily_job_erases_what_is_due_and_records_why(intake):
    case_id = a_case(intake, service_id="gewerbeanmeldung")  # sixty months
    with intake.connect() as conn:
        assert retention.due(conn, ENDED + timedelta(days=4 * 365)) == []
    [erased] = retention.erase_due(intake, ENDED + timedelta(days=5 * 366))
    assert erased.case_id == case_id
    assert case_keys.keys_of("intake", [case_id]) == {case_id: None}
    with intake.connect() as conn:
        history = STORE.read_stream(conn, case_id)
        assert history[-1].event_type == IntakeEvent.PERSONAL_DATA_ERASED
        assert history[-1].payload["erased_by"] == "retention"
        assert "60 Monate" in history[-1].payload["reason"]
        assert history[0].payload["applicant"] is None and history[0].payload["form"] is None
        assert retention.due(conn, ENDED + timedelta(days=9999)) == []  # erased once


def test_every_online_service_has_a_retention_period_with_its_source():
    from services.intake.domain import catalogue

    for service_id in catalogue.online():
        rule = retention.rule_for(service_id)
        assert rule is not None and rule["keep_months"] > 0 and rule["source"], service_id
    assert retention.lacks("ohne-regel") == [
        "intake: no retention period for ohne-regel (data/retention.json)"
    ]


def _assessed(service_id: str, total: int) -> dict:
    item = {
        "code": "X",
        "description": "Gebühr",
        "quantity": 1,
        "unit_cents": total,
        "amount_cents": total,
        "legal_source": "Satzung",
    }
    return {
        "service_id": service_id,
        "schedule_version": "v1",
        "line_items": [item] if total else [],
        "total_cents": total,
        "currency": "EUR",
    }


def _payment(cents: int) -> dict:
    return {
        "provider": "epay",
        "payment_id": new_case(),
        "kassenzeichen": "2026000001",
        "amount_cents": cents,
        "paid_at": ENDED.isoformat(),
        "outcome": "settled",
        "applied_cents": cents,
        "excess_cents": 0,
    }


def test_a_visit_is_due_a_month_after_its_time_or_its_cancellation(intake):
    from services.intake.tables import appointment_slots

    visited, cancelled = new_case(), new_case()
    booked = {
        "service_id": "personalausweis",
        "service_name": "Personalausweis",
        "office_id": "buergerbuero",
        "counter": 1,
        "starts_at": ENDED.isoformat(),
        "ends_at": (ENDED + timedelta(minutes=20)).isoformat(),
        "channel": "portal",
        "visitor": {"given_name": "Jana", "family_name": "Schröder", "email": "jana@example.org"},
    }
    with intake.begin() as conn:
        for case_id in (visited, cancelled):
            STORE.record(
                conn, case_id, [NewEvent(IntakeEvent.APPOINTMENT_BOOKED, booked)], projection.apply, 0
            )
        conn.execute(
            appointment_slots.insert().values(
                office_id="buergerbuero", starts_at=ENDED, counter=1, case_id=visited, taken_at=ENDED
            )
        )
        gone = {"cancelled_by": "citizen", "starts_at": ENDED.isoformat()}
        cancel = recorded("intake", IntakeEvent.APPOINTMENT_CANCELLED, gone, case_id=cancelled, at=ENDED)
        projection.apply(conn, cancel)
    with intake.connect() as conn:
        assert retention.due(conn, ENDED + timedelta(days=27)) == []
        due = retention.due(conn, ENDED + timedelta(days=32))
    assert sorted(d.case_id for d in due) == sorted([visited, cancelled])
    assert all("1 Monate" in d.reason for d in due)
