"""The office's view of its cases, from routing's own events alone (so that it can be rebuilt by replay)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import Connection

from services.routing.domain.lifecycle import FINAL, TRANSITIONS
from services.routing.store import STORE
from services.routing.tables import appointments, blocked_slots, cases, open_cases
from shared.contracts import RoutingEvent
from shared.kernel.envelope import Event
from shared.kernel.projections import Projections
from shared.kernel.rows import Record, rows_of


def apply(conn: Connection, event: Event) -> None:
    p = event.payload
    rows = rows_of(conn)
    if event.event_type == RoutingEvent.SLOT_BLOCKED:
        rows.append(
            blocked_slots,
            {
                "event_id": event.event_id,
                "office_id": p["office_id"],
                "starts_at": datetime.fromisoformat(p["starts_at"]),
                "caseworker_id": p["caseworker_id"],
                "reason": p["reason"],
            },
        )
        return
    if event.event_type == RoutingEvent.APPOINTMENT_MISSED:
        rows.update(conn, appointments, event.case_id, state="missed")
        return
    if event.event_type == RoutingEvent.CASE_ROUTED:
        rows.insert(
            cases,
            {
                "case_id": event.case_id,
                "office_id": p["office_id"],
                "service_id": p["service_id"],
                "service_name": p["service_name"],
                "state": "routed",
                "open": True,
                "payment_first": p["payment_first"],
                "routed_at": event.occurred_at,
                "due_on": date.fromisoformat(p["due_on"]),
                "remind_at": datetime.fromisoformat(p["remind_at"]),
                "claimed_by": None,
                "updated_at": event.occurred_at,
                "version": event.stream_version,
            },
        )
        rows.count(open_cases, (p["office_id"], "routed"), cases=1)
        return
    changes: dict[str, Any] = {"updated_at": event.occurred_at, "version": event.stream_version}
    if event.event_type in TRANSITIONS:
        state = TRANSITIONS[event.event_type][1]
        changes.update(state=state, open=state not in FINAL)
        if state != "routed":
            changes["remind_at"] = None  # someone works on it, or the citizen is to act: no reminder
        _count_move(conn, event.case_id, state)
    if event.event_type == RoutingEvent.CASE_CLAIMED:
        changes["claimed_by"] = p["caseworker_id"]
    elif event.event_type == RoutingEvent.PAYMENT_CONFIRMED:
        changes["remind_at"] = datetime.fromisoformat(p["remind_at"])
    elif event.event_type == RoutingEvent.CLAIM_REMINDER_RAISED:
        changes["remind_at"] = None
    rows.update(conn, cases, event.case_id, **changes)


def _count_move(conn: Connection, case_id: str, state: str) -> None:
    rows = rows_of(conn)
    before = rows.get(conn, cases, case_id)
    if before is None:
        return
    if before.open:
        rows.count(open_cases, (before.office_id, before.state), cases=-1)
    if state not in FINAL:
        rows.count(open_cases, (before.office_id, state), cases=1)


# Every routing event moves the office's row of its case (its version at least).
APPLY = dict.fromkeys(RoutingEvent, apply)
# What a migration that reshapes the office's cases, their counts or the blocked slots replays. A missed visit
# changes only its appointment, which intake's events make: not among the tables routing's store alone makes
# again.
FROM_STORE = Projections(
    STORE,
    (cases, open_cases, blocked_slots),
    {t: apply for t in RoutingEvent if t != RoutingEvent.APPOINTMENT_MISSED},
)


def case_row(conn: Connection, case_id: str) -> Record | None:
    return rows_of(conn).get(conn, cases, case_id)
