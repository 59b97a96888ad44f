"""Visits at an office: its opening hours, counters and visit lengths per service are data (offices.json).
The grid of a day is pure: intake books on it, routing's desk shows it. A visit takes `visit_minutes` of
one counter, in whole slots of `slot_minutes` within one opening period."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from shared.contracts.offices import directory
from shared.contracts.working_days import is_working_day
from shared.kernel.envelope import TOWN_TIME

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def settings(office_id: str) -> dict[str, Any] | None:
    """The office's appointment data, or None for an office that takes none."""
    office = directory()["offices"].get(office_id) or {}
    found: dict[str, Any] | None = office.get("appointments")
    return found


def booking_window() -> dict[str, int]:
    window: dict[str, int] = directory()["booking"]
    return window


def visit_minutes(office_id: str, service_id: str) -> int | None:
    office = settings(office_id)
    return None if office is None else office["visit_minutes"].get(service_id)


def periods(office_id: str, day: date) -> list[tuple[datetime, datetime]]:
    """The office's opening periods on a day (none on a weekend or public holiday), in UTC."""
    office = settings(office_id)
    if office is None or not is_working_day(day):
        return []
    found = []
    for period in office["opening_hours"].get(WEEKDAYS[day.weekday()], []):
        opens, closes = (time.fromisoformat(part) for part in period.split("-"))
        found.append(
            (
                datetime.combine(day, opens, TOWN_TIME).astimezone(UTC),
                datetime.combine(day, closes, TOWN_TIME).astimezone(UTC),
            )
        )
    return found


def slots(office_id: str, day: date) -> list[datetime]:
    """Every slot's start on a day, in UTC."""
    office = settings(office_id)
    if office is None:
        return []
    step = timedelta(minutes=office["slot_minutes"])
    found = []
    for opens, closes in periods(office_id, day):
        start = opens
        while start + step <= closes:
            found.append(start)
            start += step
    return found


def visit_slots(office_id: str, service_id: str, starts_at: datetime) -> list[datetime] | None:
    """The slots a visit for this service starting then takes, or None where it may not start then (not a
    slot's start, or running past the end of its opening period)."""
    office, minutes = settings(office_id), visit_minutes(office_id, service_id)
    if office is None or minutes is None:
        return None
    step = timedelta(minutes=office["slot_minutes"])
    needed = [starts_at + step * n for n in range(-(-minutes // office["slot_minutes"]))]
    for opens, closes in periods(office_id, starts_at.astimezone(TOWN_TIME).date()):
        if opens <= starts_at and needed[-1] + step <= closes and (starts_at - opens) % step == timedelta(0):
            return needed
    return None


def slot_end(office_id: str, slot: datetime) -> datetime:
    office = settings(office_id)
    return slot + timedelta(minutes=office["slot_minutes"] if office else 0)


def calendar_stream(office_id: str, day: date) -> str:
    """The stream of an office's day, where the desk records what concerns its slots rather than a case
    (a blocked slot): a UUID made from the office and the day, so each day has one."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"rathaus:calendar:{office_id}:{day.isoformat()}"))


def bookable_days(now: datetime) -> list[date]:
    """The days a citizen may book from `now` on: today up to `days_ahead`, in the town's calendar."""
    today = now.astimezone(TOWN_TIME).date()
    return [today + timedelta(days=n) for n in range(booking_window()["days_ahead"] + 1)]


def bookable(starts_at: datetime, now: datetime) -> bool:
    """Whether a visit starting then may still be booked (or moved to) now."""
    window = booking_window()
    latest = datetime.combine(bookable_days(now)[-1], time.max, TOWN_TIME)
    return now + timedelta(minutes=window["earliest_minutes_ahead"]) <= starts_at <= latest


def free_starts(
    office_id: str, service_id: str, day: date, taken: set[tuple[datetime, int]], now: datetime
) -> list[datetime]:
    """The times a visit may start on a day: some counter has all its slots free. `taken`: (slot, counter)
    booked or blocked."""
    free = []
    for start in slots(office_id, day):
        needed = visit_slots(office_id, service_id, start)
        if needed is None or not bookable(start, now):
            continue
        if any(all((slot, counter) not in taken for slot in needed) for counter in counters(office_id)):
            free.append(start)
    return free


def counters(office_id: str) -> range:
    office = settings(office_id)
    return range(1, (office["counters"] if office else 0) + 1)


def offices_taking_appointments() -> list[str]:
    return [office_id for office_id in directory()["offices"] if settings(office_id) is not None]
