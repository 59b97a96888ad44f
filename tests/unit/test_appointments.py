"""The offices' appointment grid (opening hours, counters, visit lengths as data) and the calendar file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from services.notifications.domain import calendar_file, templates
from shared.contracts import appointments as calendar
from shared.contracts.offices import directory
from shared.kernel.envelope import TOWN_TIME

TUESDAY = date(2027, 1, 12)
NOW = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TOWN_TIME).astimezone(UTC)


def test_a_day_s_slots_follow_the_opening_hours_in_the_town_s_time():
    slots = calendar.slots("buergerbuero", TUESDAY)
    # 08:00-12:00 and 13:00-18:00 in 20-minute slots
    assert len(slots) == 12 + 15
    assert (
        slots[0] == local(TUESDAY, 8)
        and slots[11] == local(TUESDAY, 11, 40)
        and slots[12] == local(TUESDAY, 13)
    )
    assert calendar.slots("buergerbuero", date(2027, 1, 13)) == []  # Wednesday: closed
    assert calendar.slots("buergerbuero", date(2027, 1, 16)) == []  # Saturday
    assert calendar.slots("buergerbuero", date(2026, 12, 25)) == []  # Christmas, a Friday
    assert calendar.slots("standesamt", TUESDAY) == []  # takes no appointments


def test_a_visit_starts_on_a_slot_and_ends_within_its_opening_period():
    assert calendar.visit_slots("buergerbuero", "personalausweis", local(TUESDAY, 11, 40)) == [
        local(TUESDAY, 11, 40)
    ]
    assert calendar.visit_slots("buergerbuero", "personalausweis", local(TUESDAY, 11, 50)) is None
    assert calendar.visit_slots("buergerbuero", "personalausweis", local(TUESDAY, 12)) is None  # lunch
    assert calendar.visit_slots("buergerbuero", "meldebescheinigung", local(TUESDAY, 8)) is None


def test_only_the_window_of_the_next_weeks_is_bookable():
    window = calendar.booking_window()
    assert calendar.bookable(NOW + timedelta(minutes=window["earliest_minutes_ahead"]), NOW)
    assert not calendar.bookable(NOW + timedelta(minutes=window["earliest_minutes_ahead"] - 1), NOW)
    assert not calendar.bookable(NOW + timedelta(days=window["days_ahead"] + 1), NOW)


def test_a_time_is_free_while_one_counter_has_it():
    start = local(TUESDAY, 8)
    counters = list(calendar.counters("buergerbuero"))
    assert counters == [1, 2]
    assert start in calendar.free_starts("buergerbuero", "reisepass", TUESDAY, {(start, 1)}, NOW)
    taken = {(start, counter) for counter in counters}
    assert start not in calendar.free_starts("buergerbuero", "reisepass", TUESDAY, taken, NOW)


def test_each_office_s_day_has_one_calendar_stream():
    one = calendar.calendar_stream("buergerbuero", TUESDAY)
    assert (
        one
        == calendar.calendar_stream("buergerbuero", TUESDAY)
        != calendar.calendar_stream("buergerbuero", date(2027, 1, 14))
    )


def test_the_calendar_file_replaces_itself_on_a_move_and_removes_itself_on_a_cancel():
    office = directory()["offices"]["buergerbuero"]
    booked = {"starts_at": local(TUESDAY, 10).isoformat(), "ends_at": local(TUESDAY, 10, 20).isoformat()}
    first = Calendar.from_ical(
        calendar_file.visit("c-1", "example.org", booked, "Personalausweis", office, NOW, 0)
    )
    [event] = first.walk("VEVENT")
    assert first["METHOD"] == "REQUEST" and str(event["UID"]) == "c-1@example.org"
    assert event.decoded("DTSTART") == local(TUESDAY, 10) and event.decoded("DTEND") == local(TUESDAY, 10, 20)
    assert office["address"] in str(event["LOCATION"])
    moved = Calendar.from_ical(
        calendar_file.visit(
            "c-1", "example.org", booked, "Personalausweis", office, NOW + timedelta(hours=1), 1
        )
    )
    assert moved.walk("VEVENT")[0]["SEQUENCE"] > event["SEQUENCE"]
    # moved again within the same second: still a later sequence
    again = Calendar.from_ical(
        calendar_file.visit(
            "c-1",
            "example.org",
            booked,
            "Personalausweis",
            office,
            NOW + timedelta(hours=1, microseconds=9),
            2,
        )
    )
    assert again.walk("VEVENT")[0]["SEQUENCE"] > moved.walk("VEVENT")[0]["SEQUENCE"]
    cancelled = Calendar.from_ical(
        calendar_file.visit("c-1", "example.org", booked, "Personalausweis", office, NOW, 3, cancelled=True)
    )
    assert cancelled["METHOD"] == "CANCEL" and cancelled.walk("VEVENT")[0]["STATUS"] == "CANCELLED"


def test_the_reminder_goes_the_morning_before():
    assert templates.reminder_due(local(TUESDAY, 10).isoformat()) == local(
        date(2027, 1, 11), templates.REMINDER_HOUR
    )
