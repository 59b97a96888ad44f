"""Erasing a case's personal data (Art. 17 DSGVO, or the end of its retention period): intake records
`PersonalDataErased` in the case's history, then the key store deletes the case's key. Every service removes
what it kept of the case's personal data when the event reaches it; every event of the case, wherever a copy
of it lies, keeps only ciphertext that no one can open. Fees, bookings and hashes are untouched."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from services.intake import documents, projection
from services.intake.store import DATABASE, STORE
from shared.contracts import IntakeEvent
from shared.kernel import case_keys
from shared.kernel.envelope import NewEvent, utc_now
from shared.kernel.events import personal_fields


class Held(RuntimeError):
    """A legal hold keeps the case's personal data: release it first."""


@dataclass(frozen=True)
class Erasure:
    case_id: str
    recorded: bool  # False: its history had the erasure already (a second run only makes sure of the key)
    key_deleted: bool  # False: it was gone already
    # Events recorded before personal data was sealed (before 2026-12-06) hold it in clear on the log and in
    # the stores, where nothing can remove it without breaking their hashes (decision 0022)
    unsealed_events: int


def erase(case_id: str, reason: str, erased_by: str, engine: Engine | None = None) -> Erasure:
    """Idempotent: run again after a crash between the two steps, it finishes the second."""
    with (engine or DATABASE.engine).begin() as conn:
        history = STORE.recorded_stream(conn, case_id)
        if not history:
            raise LookupError(f"intake knows no case {case_id}")
        recorded = not any(e.event_type == IntakeEvent.PERSONAL_DATA_ERASED for e in history)
        hold = projection.status_row(conn, case_id) or {}
        if recorded and hold.get("legal_hold"):
            raise Held(f"case {case_id} is under a legal hold ({hold['legal_hold']}): release it first")
        if recorded:
            erasure = NewEvent(
                IntakeEvent.PERSONAL_DATA_ERASED,
                {"reason": reason, "erased_by": erased_by},
                correlation_id=history[0].correlation_id,
            )
            STORE.record(conn, case_id, [erasure], projection.apply, history[-1].stream_version)
        # The files go with the event, in its transaction: their hashes stay in the log
        documents.erase(conn, case_id, utc_now())
    # After the event is committed: had the process died in between, a second run deletes the key
    key_deleted = case_keys.erase(case_id, role="intake")
    unsealed = sum(
        1
        for e in history
        if not e.personal and personal_fields(e.event_type, e.schema_version) & e.payload.keys()
    )
    return Erasure(case_id, recorded, key_deleted, unsealed)
