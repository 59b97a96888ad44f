"""Intake's worker and the citizens' requests share the case status table: neither waits for the other, and
neither's write undoes the other's."""

from __future__ import annotations

import threading

from services.intake import handlers, projection
from services.intake.service import SERVICE as INTAKE
from services.registry import producers
from shared.kernel.envelope import GENESIS_HASH, NewEvent, seal, utc_now
from shared.kernel.signing import signing_key
from tests.helpers import submitted_payload
from tests.town import Town


def fee_assessed(case_id: str, total_cents: int) -> object:
    """A FeeAssessed of fees' stream, as intake's worker would take it from `cases.fees`."""
    payload = {
        "service_id": "geburtsurkunde",
        "schedule_version": "2026-01",
        "line_items": [],
        "total_cents": total_cents,
        "currency": "EUR",
    }
    return seal(
        NewEvent("FeeAssessed", payload, schema_version=1),
        case_id=case_id,
        stream_version=1,
        producer="fees",
        prev_hash=GENESIS_HASH,
        occurred_at=utc_now(),
        signing_key=signing_key("fees"),
    )


def test_a_submission_does_not_wait_for_the_workers_open_batch(new_database, topics):
    town = Town({service: new_database() for service in producers()})
    case_id = town.apply_for("geburtsurkunde", "first")
    engine = town.engines["intake"]
    accepted: list[str] = []
    with engine.begin() as batch:
        INTAKE.handle_batch(batch, [fee_assessed(case_id, 1200)])
        payload = {**submitted_payload("geburtsurkunde"), "submitted_by": {"kind": "vendor", "id": "v"}}

        def apply() -> None:
            with engine.begin() as conn:
                accepted.append(handlers.submit(conn, town.vendor, "second", payload).case_id)

        citizen = threading.Thread(target=apply)
        citizen.start()
        citizen.join(20)  # were it waiting for the batch's lock, it would wait until the batch commits
        assert accepted, "the submission waited for the worker's batch"
    town.dispose()


def test_a_withdrawal_during_the_workers_batch_is_kept_with_the_fee(new_database, topics):
    town = Town({service: new_database() for service in producers()})
    case_id = town.apply_for("geburtsurkunde", "first")
    engine = town.engines["intake"]
    with engine.begin() as batch:
        INTAKE.handle_batch(batch, [fee_assessed(case_id, 1200)])  # the row is read and changed, not written
        citizen = threading.Thread(target=handlers.withdraw, args=(engine, case_id, "citizen", None))
        citizen.start()
        citizen.join(20)
        assert not citizen.is_alive(), "the withdrawal waited for the worker's batch"
    with engine.connect() as conn:
        row = projection.status_row(conn, case_id)
    assert row["fee_total_cents"] == 1200
    assert row["withdrawn_at"] is not None
    assert projection.state(row) == "withdrawn"
    town.dispose()
