"""A caseworker's leave to open one document of a case. Intake keeps the files, the desk (routing) knows who
may read them: the desk logs the read, then sends the browser to intake with a grant signed by routing's
own event key (shared/kernel/signing.py), which intake checks against routing's published key. No service
calls another, and a grant opens one document for one minute, nothing else."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from shared.kernel.signing import keyring, signing_key

GRANTOR = "routing"
LIFETIME = timedelta(minutes=1)


def _statement(case_id: str, document_id: str, staff_id: str, until: str) -> str:
    # Its own words, so that no event's hash can ever stand for a grant
    return hashlib.sha256(f"document-read:{case_id}:{document_id}:{staff_id}:{until}".encode()).hexdigest()


def grant(case_id: str, document_id: str, staff_id: str, now: datetime) -> dict[str, str]:
    """The query parameters that open the document at intake until a minute from now."""
    until = (now + LIFETIME).isoformat(timespec="seconds")
    key = signing_key(GRANTOR)
    return {
        "bearbeiter": staff_id,
        "bis": until,
        "schluessel": key.key_id,
        "signatur": key.sign(_statement(case_id, document_id, staff_id, until)),
    }


def refusal(case_id: str, document_id: str, params: dict[str, str], now: datetime) -> str | None:
    """Why these parameters open nothing, or None when routing granted this document and it is not late."""
    staff_id, until = params.get("bearbeiter", ""), params.get("bis", "")
    try:
        expires = datetime.fromisoformat(until)
    except ValueError:
        return "Der Link ist unvollständig."
    if expires.tzinfo is None:
        return "Der Link ist unvollständig."
    problem = keyring().problem(
        GRANTOR,
        params.get("schluessel", ""),
        params.get("signatur", ""),
        _statement(case_id, document_id, staff_id, until),
    )
    if problem is not None:
        return "Der Link ist nicht vom Schreibtisch des Amtes ausgestellt."
    if now > expires:
        return "Der Link ist abgelaufen; bitte das Dokument vom Vorgang aus neu öffnen."
    return None
