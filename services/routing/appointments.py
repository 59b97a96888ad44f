"""The offices' visits on the desk: routing keeps the visits intake books, shows an office's day (each slot
free, booked or blocked), and records what the desk does about them: a slot blocked, a no-show."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.routing.desk import Refused
from services.routing.handlers import record
from services.routing.staff import Caseworker
from services.routing.store import STORE
from services.routing.tables import appointments, blocked_slots
from shared.contracts import RoutingEvent
from shared.contracts import appointments as calendar
from shared.kernel.envelope import TOWN_TIME, Event, NewEvent, utc_now


def day(conn: Connection, office_id: str, when: date) -> dict[str, Any]:
    """An office's day: each slot with what each counter holds, and the visits in order."""
    grid = calendar.slots(office_id, when)
    if not grid:
        return {"slots": [], "visits": []}
    start, end = grid[0], calendar.slot_end(office_id, grid[-1])
    visits = [
        dict(row._mapping)
        for row in conn.execute(
            sa.select(appointments)
            .where(
                appointments.c.office_id == office_id,
                appointments.c.starts_at >= start,
                appointments.c.starts_at < end,
            )
            .order_by(appointments.c.starts_at, appointments.c.counter)
        )
    ]
    blocks = conn.execute(
        sa.select(blocked_slots).where(
            blocked_slots.c.office_id == office_id,
            blocked_slots.c.starts_at >= start,
            blocked_slots.c.starts_at < end,
        )
    ).all()
    slots = []
    for slot in grid:
        booked = [v for v in visits if v["state"] != "cancelled" and v["starts_at"] <= slot < v["ends_at"]]
        blocked = [b for b in blocks if b.starts_at == slot]
        free = len(calendar.counters(office_id)) - len(booked) - len(blocked)
        slots.append({"starts_at": slot, "booked": len(booked), "blocked": blocked, "free": max(free, 0)})
    return {"slots": slots, "visits": visits}


def as_json(shown: dict[str, Any]) -> dict[str, Any]:
    """A day as the desk API answers it."""
    return {
        "slots": [
            {
                "starts_at": slot["starts_at"].isoformat(),
                "free": slot["free"],
                "booked": slot["booked"],
                "blocked": [{"reason": b.reason, "caseworker_id": b.caseworker_id} for b in slot["blocked"]],
            }
            for slot in shown["slots"]
        ],
        "visits": [
            {
                **{key: visit[key] for key in ("case_id", "service_id", "service_name", "counter", "state")},
                "starts_at": visit["starts_at"].isoformat(),
                "ends_at": visit["ends_at"].isoformat(),
                "visitor": visit["visitor"],
            }
            for visit in shown["visits"]
        ],
    }


def block(conn: Connection, worker: Caseworker, starts_at: datetime, reason: str) -> Event:
    """One counter's slot out of booking, recorded in the office's day; intake takes it out where free."""
    office_id, day = worker.office_id, starts_at.astimezone(TOWN_TIME).date()
    if office_id is None or starts_at not in calendar.slots(office_id, day):
        raise Refused(422, "Kein Termin", "Zu dieser Zeit vergibt Ihr Amt keine Termine.")
    if starts_at <= utc_now():
        raise Refused(409, "Vorbei", "Dieser Termin hat schon begonnen.")
    stream = calendar.calendar_stream(office_id, day)
    blocked = NewEvent(
        RoutingEvent.SLOT_BLOCKED,
        {
            "office_id": office_id,
            "starts_at": starts_at.astimezone(UTC).isoformat(),
            "caseworker_id": worker.id,
            "reason": reason,
        },
    )
    STORE.lock(conn)
    return record(conn, stream, [blocked])[0]


def missed(conn: Connection, worker: Caseworker, case_id: str) -> Event:
    """The citizen did not come: only for a booked visit of the worker's office that has begun."""
    visit = conn.execute(sa.select(appointments).where(appointments.c.case_id == case_id)).first()
    if visit is None or visit.office_id != worker.office_id:
        raise Refused(404, "Nicht gefunden", "Diesen Termin gibt es in Ihrem Amt nicht.")
    if visit.state != "booked":
        raise Refused(409, "Nicht möglich", "Der Termin ist abgesagt oder schon als versäumt vermerkt.")
    if visit.starts_at > utc_now():
        raise Refused(409, "Noch nicht", "Ein Termin ist erst versäumt, wenn er begonnen hat.")
    STORE.lock(conn)
    return record(conn, case_id, [NewEvent(RoutingEvent.APPOINTMENT_MISSED, {"caseworker_id": worker.id})])[0]
