"""Visits the law requires in person (an identity card, a passport): the free times of the next weeks, and a
citizen's booking, move and cancellation, each one transaction with its event and its slots (slots.py)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from sqlalchemy.engine import Connection, Engine

from services.intake import projection, slots, tokens
from services.intake.domain import catalogue
from services.intake.handlers import Accepted, NotPossible, claim
from services.intake.store import STORE
from services.intake.submitters import Submitter
from shared.contracts import IntakeEvent
from shared.contracts import appointments as calendar
from shared.contracts.offices import office_of
from shared.kernel.envelope import Event, NewEvent, canonical_json, utc_now


def free_times(conn: Connection, service_id: str, now: datetime) -> dict[date, list[datetime]]:
    """The times a visit for the service may start, by day, for the days citizens may book."""
    office_id = office_of(service_id)
    days = [day for day in calendar.bookable_days(now) if calendar.periods(office_id, day)]
    occupied = slots.taken(conn, office_id, days)
    found = {day: calendar.free_starts(office_id, service_id, day, occupied, now) for day in days}
    return {day: starts for day, starts in found.items() if starts}


def book(
    conn: Connection,
    submitter: Submitter,
    key: str,
    service_id: str,
    visitor: dict[str, str],
    starts_at: datetime,
) -> Accepted:
    """A new case for the visit, in the caller's transaction; the same key and request again give the same
    case. slots.SlotTaken when the time was taken meanwhile, slots.NotBookable when it is no time to book."""
    service = catalogue.find(service_id)
    if service is None or not service.get("in_person_only"):
        raise slots.NotBookable(service_id)
    request_sha256 = hashlib.sha256(
        canonical_json({"service_id": service_id, "visitor": visitor, "starts_at": starts_at.isoformat()})
    ).hexdigest()
    case_id, repeated = claim(conn, submitter, key, request_sha256, service_id)
    if repeated is not None:
        return repeated
    visit = slots.take(conn, office_of(service_id), service_id, starts_at, case_id)
    booked = NewEvent(
        IntakeEvent.APPOINTMENT_BOOKED,
        {
            "service_id": service_id,
            "service_name": service["name_de"],
            "office_id": visit.office_id,
            "counter": visit.counter,
            "starts_at": visit.starts_at.isoformat(),
            "ends_at": visit.ends_at.isoformat(),
            "channel": submitter.channel,
            "visitor": visitor,
        },
    )
    STORE.record(conn, case_id, [booked], projection.apply, 0)
    return Accepted(case_id, tokens.issue(conn, case_id))


def move(engine: Engine, case_id: str, starts_at: datetime) -> slots.Booked:
    """The visit to another free time; its old slots are free again in the same step."""
    with engine.begin() as conn:
        history, visit = _open_visit(conn, case_id)
        service_id = history[0].payload["service_id"]
        slots.free(conn, case_id)
        new = slots.take(conn, visit.office_id, service_id, starts_at, case_id)
        moved = NewEvent(
            IntakeEvent.APPOINTMENT_MOVED,
            {
                "counter": new.counter,
                "starts_at": new.starts_at.isoformat(),
                "ends_at": new.ends_at.isoformat(),
                "previous_starts_at": visit.starts_at.isoformat(),
            },
            correlation_id=history[0].correlation_id,
        )
        STORE.record(conn, case_id, [moved], projection.apply, history[-1].stream_version)
        return new


def cancel(engine: Engine, case_id: str, cancelled_by: str) -> None:
    with engine.begin() as conn:
        history, visit = _open_visit(conn, case_id)
        slots.free(conn, case_id)
        cancelled = NewEvent(
            IntakeEvent.APPOINTMENT_CANCELLED,
            {"cancelled_by": cancelled_by, "starts_at": visit.starts_at.isoformat()},
            correlation_id=history[0].correlation_id,
        )
        STORE.record(conn, case_id, [cancelled], projection.apply, history[-1].stream_version)


def _open_visit(conn: Connection, case_id: str) -> tuple[list[Event], slots.Booked]:
    history = STORE.read_stream(conn, case_id)
    if not history or history[0].event_type != IntakeEvent.APPOINTMENT_BOOKED:
        raise NotPossible("unknown")
    visit = slots.current(conn, case_id)
    if visit is None or visit.starts_at <= utc_now():
        raise NotPossible("over")
    return history, visit
