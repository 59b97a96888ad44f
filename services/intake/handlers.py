"""What intake does: the citizen's commands (accept an application, withdraw it, answer the office), each one
transaction with its event, so accepted means durable; and what its worker does on the events it consumes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from services.intake import documents, projection, slots, tokens
from services.intake.domain.documents import Upload
from services.intake.store import STORE
from services.intake.submitters import Submitter
from services.intake.tables import applications, case_status, timeline
from shared.contracts import IntakeEvent, RoutingEvent
from shared.contracts.routing import DECIDED
from shared.kernel.envelope import NewEvent, canonical_json, utc_now
from shared.kernel.rows import rows_of
from shared.kernel.sql import dialect_insert


@dataclass(frozen=True)
class Accepted:
    case_id: str
    tracking_token: str


class KeyReused(Exception):
    """The Idempotency-Key came before with a different application."""


class NotPossible(Exception):
    """A citizen's step the case's state does not allow (reason: unknown, withdrawn, decided, no_question; for
    a visit, over: cancelled, or its time has come)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def submit(
    conn: Connection, submitter: Submitter, key: str, payload: dict[str, Any], uploads: list[Upload] = ()
) -> Accepted:
    """The case for this key: a new one with its event and its documents (scanned already), or the same one
    for a repeated request, in the caller's transaction (accepted once it commits). The application is
    stamped with who submitted it and through which channel."""
    payload = {
        **payload,
        "channel": submitter.channel,
        "submitted_by": {"kind": submitter.kind, "id": submitter.id},
    }
    # The same files again are the same request; new ids are given only to a new case's files
    sent = [[upload.kind, upload.filename, upload.sha256] for upload in uploads]
    request_sha256 = hashlib.sha256(
        canonical_json({**payload, "documents": sent} if sent else payload)
    ).hexdigest()
    case_id, repeated = claim(conn, submitter, key, request_sha256, payload["service_id"])
    if repeated is not None:
        return repeated
    new = NewEvent(
        IntakeEvent.APPLICATION_SUBMITTED,
        {**payload, **documents.keep(conn, case_id, list(uploads), utc_now())},
    )
    # All of it is new: nothing to read before writing the case's first event, its status and its line.
    STORE.start(conn, case_id)
    rows = rows_of(conn)
    rows.absent(case_status, case_id)
    rows.absent(timeline, new.event_id)
    _record(conn, case_id, 0, new)
    return Accepted(case_id, tokens.issue(conn, case_id))


def claim(
    conn: Connection, submitter: Submitter, key: str, request_sha256: str, service_id: str
) -> tuple[str, Accepted | None]:
    """A new case's id, with the submitter's key claimed for it; or, for a repeated request, the case the key
    made before (KeyReused when the key came with another request). In the caller's transaction."""
    case_id = STORE.new_case(conn)
    # One statement claims the key for a new case; only a repeated request reads what it had made.
    claimed = conn.execute(
        dialect_insert(conn, applications)
        .values(
            case_id=case_id,
            submitter_id=submitter.id,
            idempotency_key=key,
            request_sha256=request_sha256,
            service_id=service_id,
            submitted_at=utc_now(),
        )
        .on_conflict_do_nothing(index_elements=["submitter_id", "idempotency_key"])
        .returning(applications.c.case_id)
    ).first()
    if claimed is not None:
        return case_id, None
    existing = conn.execute(
        sa.select(applications).where(
            applications.c.submitter_id == submitter.id, applications.c.idempotency_key == key
        )
    ).one()
    if existing.request_sha256 != request_sha256:
        raise KeyReused(key)
    # Only digests of tokens are kept, so a repeat gets a new token for the same case.
    return existing.case_id, Accepted(existing.case_id, tokens.issue(conn, existing.case_id))


def withdraw(engine: Engine, case_id: str, withdrawn_by: str, reason: str | None) -> None:
    with engine.begin() as conn:
        row = projection.status_row(conn, case_id)
        if row is None:
            raise NotPossible("unknown")
        if row["withdrawn_at"]:
            raise NotPossible("withdrawn")
        if row["progress"] in DECIDED:
            raise NotPossible("decided")
        version = STORE.version(conn, case_id)
        _record(
            conn,
            case_id,
            version,
            NewEvent(IntakeEvent.APPLICATION_WITHDRAWN, {"withdrawn_by": withdrawn_by, "reason": reason}),
        )


def answer(engine: Engine, case_id: str, message: str, uploads: list[Upload] = ()) -> None:
    """The citizen's answer to the office's question, with the documents it brings (scanned already); only
    while a question is open."""
    with engine.begin() as conn:
        row = projection.status_row(conn, case_id)
        if row is None:
            raise NotPossible("unknown")
        if projection.state(row) != "information_requested":
            raise NotPossible("no_question")
        version = STORE.version(conn, case_id)
        supplied = {"message": message, **documents.keep(conn, case_id, list(uploads), utc_now())}
        _record(conn, case_id, version, NewEvent(IntakeEvent.INFORMATION_SUPPLIED, supplied))


def _record(conn: Connection, case_id: str, expected_version: int, new: NewEvent) -> None:
    # The citizen sees intake's own events at once; the worker applies them again, which changes nothing.
    STORE.record(conn, case_id, [new], projection.apply, expected_version)


# Intake's worker keeps the citizen's view of every case, and takes a slot the desk blocked out of booking.
CONSUMES = {**projection.APPLY, RoutingEvent.SLOT_BLOCKED: slots.on_slot_blocked}
