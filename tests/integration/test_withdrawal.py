"""A withdrawal races a decision: routing alone says whether it came in time, and fees and the citizen's
status follow routing, so a decided case keeps its fee and shows its decision."""

from __future__ import annotations

import sqlalchemy as sa

from services.intake import projection
from services.intake.store import STORE as INTAKE
from services.registry import producers
from shared.kernel.envelope import NewEvent
from tests.town import Town


def withdraw(town: Town, case_id: str) -> None:
    with town.engines["intake"].begin() as conn:
        version = INTAKE.version(conn, case_id)
        for event in INTAKE.append(
            conn,
            case_id,
            version,
            [NewEvent("ApplicationWithdrawn", {"withdrawn_by": "citizen", "reason": None})],
        ):
            projection.apply(conn, event)
    town.pump()


def fee_events(town: Town, case_id: str) -> list[str]:
    with town.engines["fees"].connect() as conn:
        rows = conn.execute(
            sa.text("SELECT event_type FROM events WHERE case_id = :c ORDER BY stream_version"),
            {"c": case_id},
        )
        return list(rows.scalars())


def status(town: Town, case_id: str) -> str:
    with town.engines["intake"].connect() as conn:
        return projection.state(projection.status_row(conn, case_id))


def test_a_withdrawal_in_time_cancels_the_fee_and_a_late_one_changes_nothing(
    new_database, topics, smtp_server
):
    town = Town({service: new_database() for service in producers()})
    early, late = town.apply_for("geburtsurkunde", "early"), town.apply_for("geburtsurkunde", "late")
    town.pump()
    town.pay(late)  # a certificate is paid before the office works on it
    town.pump()
    for step in ("claim", "approve"):
        assert town.act(late, step)
    town.pump()
    withdraw(town, early)
    withdraw(town, late)  # the citizen's withdrawal crossed the caseworker's approval
    assert fee_events(town, early)[-2:] == ["FeeWaived", "FeeBooked"]  # the cancellation and its booking
    assert fee_events(town, late) == [
        "FeeAssessed",
        "PaymentRequested",
        "FeeBooked",
        "PaymentReceived",
        "FeeBooked",
    ]
    assert status(town, early) == "withdrawn" and status(town, late) == "approved"
    town.dispose()
