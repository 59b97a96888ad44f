"""The auditor's check of citizens' files: each file an event describes is still in intake's store with the
SHA-256 the event recorded, or was erased with its case's personal data."""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from services.audit.case_ranges import CaseRange
from services.audit.findings import Verification
from services.intake.tables import documents
from shared.contracts import IntakeEvent
from shared.kernel.envelope import Event

WITH_FILES = (IntakeEvent.APPLICATION_SUBMITTED, IntakeEvent.INFORMATION_SUPPLIED)


def check(
    readable: list[Event], intake: Engine, in_scope: set[str], result: Verification, cases: CaseRange
) -> None:
    described = {
        document["document_id"]: (event, document)
        for event in readable
        if event.event_type in WITH_FILES and event.case_id in in_scope
        for document in event.payload.get("documents", [])
    }
    if not described:
        return
    erased_cases = {e.case_id for e in readable if e.event_type == IntakeEvent.PERSONAL_DATA_ERASED}
    stored = sa.select(documents.c.document_id, documents.c.content, documents.c.erased_at).where(
        cases.where(documents.c.case_id)
    )
    seen = set()
    with intake.connect() as conn:
        # One file at a time: a slice's files together may be far larger than memory
        for row in conn.execution_options(stream_results=True, yield_per=20).execute(stored):
            if row.document_id not in described:
                continue
            seen.add(row.document_id)
            event, document = described[row.document_id]
            if row.content is None:
                if row.erased_at is None or event.case_id not in erased_cases:
                    result.found(
                        "documents",
                        event.case_id,
                        event.event_id,
                        f"file {row.document_id} is empty, not erased",
                    )
            elif hashlib.sha256(row.content).hexdigest() != document["sha256"]:
                result.found(
                    "documents",
                    event.case_id,
                    event.event_id,
                    f"file {row.document_id} no longer has the SHA-256 its event recorded",
                )
    for document_id in described.keys() - seen:
        event, _ = described[document_id]
        result.found(
            "documents", event.case_id, event.event_id, f"file {document_id} is missing from intake's store"
        )
