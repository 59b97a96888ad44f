"""Everything the platform holds about a person (Art. 15 DSGVO): every case whose application gives their
e-mail address, each with its events from all four topics (personal fields opened where they are not
erased), the rows each service's tables keep of it, and who read it in the audit view. The audit assembles
it because it alone reads every topic and every store, and changes nothing; each case put into a disclosure
is logged as read, by whom."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from services import registry
from services.audit import access, log, timeline
from services.audit.report import TEMPLATES
from shared.contracts import IntakeEvent
from shared.kernel import case_keys
from shared.kernel.causal import causal_order
from shared.kernel.envelope import Event, utc_now

BATCH = 5000  # applications opened with one query for their keys


# The events that name the person a case is about
FIRST_EVENTS = (IntakeEvent.APPLICATION_SUBMITTED, IntakeEvent.APPOINTMENT_BOOKED)


def cases_of(email: str, bootstrap: str | None = None) -> list[str]:
    """The cases whose application (or booked visit) gives this address (letter case aside), oldest first."""
    wanted = email.strip().casefold()
    found: list[tuple[datetime, str]] = []
    batch: list[Event] = []

    def match(applications: list[Event]) -> None:
        for event in timeline.readable(applications):
            # None once erased: nothing left to match
            applicant = event.payload.get("applicant") or event.payload.get("visitor") or {}
            if str(applicant.get("email", "")).casefold() == wanted:
                found.append((event.occurred_at, event.case_id))

    for message in log.read_all(bootstrap, check_payloads=False, topics=["cases.intake"]):
        if message.event is not None and message.event.event_type in FIRST_EVENTS:
            batch.append(message.event)
            if len(batch) >= BATCH:
                match(batch)
                batch = []
    match(batch)
    return list(dict.fromkeys(case_id for _, case_id in sorted(found)))


def applicant_email(case_id: str, bootstrap: str | None = None) -> str | None:
    """Whom a case's application names (None: no such case, or its personal data is erased)."""
    for message in log.case_messages(case_id, bootstrap):
        event = message.event
        if event is not None and event.event_type in FIRST_EVENTS:
            [opened] = timeline.readable([event])
            return (opened.payload.get("applicant") or opened.payload.get("visitor") or {}).get("email")
    return None


def disclose(
    cases: Iterable[str], stores: dict[str, Engine], read_by: str, subject: str | None = None
) -> dict[str, Any]:
    """The disclosure of these cases, in plain JSON values; each case is logged as read by `read_by`."""
    made: dict[str, Any] = {"subject": subject, "made_at": utc_now().isoformat(), "cases": []}
    for case_id in cases:
        access.record_read(read_by, "disclosure", case_id=case_id)
        events = causal_order(m.event for m in log.case_messages(case_id) if m.event)
        erased = case_keys.keys_of(log.AUDIT_USER, [case_id]).get(case_id, b"") is None
        made["cases"].append(
            {
                "case_id": case_id,
                "personal_data": "erased" if erased else "kept",
                "events": [
                    {
                        "at": event.occurred_at.isoformat(),
                        "by": event.producer,
                        "type": event.event_type,
                        "summary": timeline.summary(event),
                        "payload": event.payload,
                    }
                    for event in timeline.readable(events)
                ],
                "tables": _rows(case_id, stores),
                "read_in_audit_view": access.entries(case_id),
            }
        )
    return json.loads(as_json(made))


def as_json(made: dict[str, Any]) -> str:
    return json.dumps(made, ensure_ascii=False, indent=2, default=_plain)


def as_html(made: dict[str, Any], json_link: str | None = None) -> str:
    """A page a person can read and keep: printed, or sent as the answer to their request."""
    return TEMPLATES.get_template("disclosure.html").render(made=made, json_link=json_link)


def _rows(case_id: str, stores: dict[str, Engine]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Every row of every service's tables that belongs to the case: by its case id, or through a row that
    has one (a journal line through its entry). The desk's reads of the case are among them."""
    held: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for service in registry.data_services():
        assert service.database is not None
        via = {audited.table.name: audited.case_via for audited in service.audited if audited.case_via}
        tables: dict[str, list[dict[str, Any]]] = {}
        with stores[service.name].connect() as conn:
            for table in (table for own in service.database.own_tables for table in own.sorted_tables):
                if "case_id" in table.c:
                    query = sa.select(table).where(table.c.case_id == case_id)
                elif table.name in via:
                    mine, theirs = via[table.name]
                    of_case = sa.select(theirs).where(theirs.table.c.case_id == case_id)
                    query = sa.select(table).where(mine.in_(of_case))
                else:
                    continue
                rows = [dict(row) for row in conn.execute(query).mappings()]
                if rows:
                    tables[table.name] = rows
        held[service.name] = tables
    return held


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        # A file the person sent (intake's documents): named with its type, size and hash in the same row;
        # the office hands over a copy of the file itself apart
        return f"(Datei, {len(value)} Bytes)"
    raise TypeError(f"{type(value).__name__} in a disclosure")
