"""The calendar file (RFC 5545) an appointment mail carries, through `icalendar`: one event with the case as
its UID, so that a calendar program replaces it on a move (a later SEQUENCE) and removes it on a cancel."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from icalendar import Calendar, Event, vCalAddress

PRODUCT = "-//Stadt Oschersleben (Bode)//Rathaus online//DE"


def visit(
    case_id: str,
    domain: str,
    payload: dict[str, Any],
    service_name: str,
    office: dict[str, Any],
    recorded_at: datetime,
    changes_before: int,
    cancelled: bool = False,
) -> str:
    """The file for a visit as booked or moved (`payload`: its event's), or as cancelled; `recorded_at` is
    when that event was recorded, `changes_before` how many files the case's visit had before this one.
    The sequence is the second it was recorded plus those: each change supersedes the one before, also two
    within one second, and a file sent before the count was added (its sequence the second alone) too."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "REQUEST")
    event = Event()
    event.add("uid", f"{case_id}@{domain}")
    event.add("dtstamp", recorded_at)
    event.add("sequence", int(recorded_at.timestamp()) + changes_before)
    event.add("dtstart", datetime.fromisoformat(payload["starts_at"]))
    if "ends_at" in payload:
        event.add("dtend", datetime.fromisoformat(payload["ends_at"]))
    event.add("summary", f"{service_name}: {office['name']}")
    event.add("location", office["address"])
    event.add("description", f"Vorgangsnummer {case_id}. Bitte bringen Sie Ihren bisherigen Ausweis mit.")
    organizer = vCalAddress(f"mailto:{office['email']}")
    organizer.params["cn"] = office["name"]
    event.add("organizer", organizer)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    calendar.add_component(event)
    return calendar.to_ical().decode()
