"""The offices' slots: a row for each slot and counter taken, by a case's visit or blocked from the desk. Its
key is the slot itself, so the database refuses a second booking of it, whichever intake process tries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from services.intake.tables import appointment_slots
from shared.contracts import appointments as calendar
from shared.kernel.envelope import Event, utc_now
from shared.kernel.sql import dialect_insert


class SlotTaken(Exception):
    """The time is no longer free (booked meanwhile, or blocked)."""


class NotBookable(Exception):
    """Not a time the office offers for this service, or no longer (or not yet) one to book."""


@dataclass(frozen=True)
class Booked:
    office_id: str
    counter: int
    starts_at: datetime
    ends_at: datetime


def taken(conn: Connection, office_id: str, days: list[date]) -> set[tuple[datetime, int]]:
    """The (slot, counter) pairs booked or blocked on these days."""
    bounds = [period for day in days for period in calendar.periods(office_id, day)]
    if not bounds:
        return set()
    rows = conn.execute(
        sa.select(appointment_slots.c.starts_at, appointment_slots.c.counter).where(
            appointment_slots.c.office_id == office_id,
            appointment_slots.c.starts_at >= min(opens for opens, _ in bounds),
            appointment_slots.c.starts_at < max(closes for _, closes in bounds),
        )
    )
    return {(row.starts_at, row.counter) for row in rows}


def current(conn: Connection, case_id: str) -> Booked | None:
    """The case's visit as booked now, or None (cancelled, or no appointment)."""
    rows = conn.execute(
        sa.select(appointment_slots)
        .where(appointment_slots.c.case_id == case_id)
        .order_by(appointment_slots.c.starts_at)
    ).all()
    if not rows:
        return None
    return Booked(
        rows[0].office_id,
        rows[0].counter,
        rows[0].starts_at,
        calendar.slot_end(rows[0].office_id, rows[-1].starts_at),
    )


def visit_view(conn: Connection, case_id: str) -> dict[str, Any] | None:
    """The visit as the citizen's status shows it."""
    visit = current(conn, case_id)
    if visit is None:
        return None
    return {
        "office_id": visit.office_id,
        "starts_at": visit.starts_at.isoformat(),
        "ends_at": visit.ends_at.isoformat(),
    }


def take(conn: Connection, office_id: str, service_id: str, starts_at: datetime, case_id: str) -> Booked:
    now = utc_now()
    needed = calendar.visit_slots(office_id, service_id, starts_at)
    if needed is None or not calendar.bookable(starts_at, now):
        raise NotBookable(starts_at.isoformat())
    for counter in calendar.counters(office_id):
        # Each counter in a savepoint of its own: a slot another process holds fails only this try
        attempt = conn.begin_nested()
        try:
            conn.execute(
                appointment_slots.insert(),
                [
                    {"office_id": office_id, "starts_at": slot, "counter": counter, "case_id": case_id}
                    | {"blocked_by": None, "taken_at": now}
                    for slot in needed
                ],
            )
        except IntegrityError:
            attempt.rollback()
            continue
        attempt.commit()
        return Booked(office_id, counter, starts_at, calendar.slot_end(office_id, needed[-1]))
    raise SlotTaken(starts_at.isoformat())


def free(conn: Connection, case_id: str) -> None:
    conn.execute(appointment_slots.delete().where(appointment_slots.c.case_id == case_id))


def on_slot_blocked(conn: Connection, event: Event) -> None:
    """The desk blocked a slot: the first counter still free at that time is taken out of booking. Where
    every counter is booked already, the bookings stand (the desk shows the slot full)."""
    p = event.payload
    starts_at = datetime.fromisoformat(p["starts_at"])
    for counter in calendar.counters(p["office_id"]):
        inserted = conn.execute(
            dialect_insert(conn, appointment_slots)
            .values(
                office_id=p["office_id"],
                starts_at=starts_at,
                counter=counter,
                case_id=None,
                blocked_by=p["caseworker_id"],
                taken_at=event.occurred_at,
            )
            .on_conflict_do_nothing()
        )
        if inserted.rowcount:
            return
