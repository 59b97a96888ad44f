"""The desk's day of visits: each slot of the office's day, free, booked or blocked, with who comes and the
actions on it (block a free slot, mark a no-show). Added to the desk's blueprint (pages.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from flask import Response, flash, g, make_response, redirect, render_template, request, url_for

from services.routing import appointments
from services.routing.desk import Refused
from services.routing.pages import desk_pages, signed_in
from services.routing.store import DATABASE
from shared.contracts import appointments as calendar
from shared.kernel.envelope import TOWN_TIME, utc_now
from shared.web.pages import form_error

SLOT_STATE = {"free": "frei", "booked": "gebucht", "blocked": "gesperrt"}


@desk_pages.get("/termine")
@signed_in
def day_page() -> Response:
    return _day_page(_day())


@desk_pages.post("/termine/sperren")
@signed_in
def block_slot() -> Response:
    day = _day()
    reason = request.form.get("reason", "").strip()
    try:
        starts_at = datetime.fromisoformat(request.form.get("starts_at", ""))
    except ValueError:
        return _day_page(day, [form_error("Bitte einen Termin wählen.")], 422)
    if not 3 <= len(reason) <= 200:
        message = "Bitte einen Grund mit 3 bis 200 Zeichen angeben."
        return _day_page(day, [form_error(message, "reason", "Grund der Sperre")], 422)
    try:
        with DATABASE.engine.begin() as conn:
            appointments.block(conn, g.worker, starts_at, reason)
    except Refused as refused:
        return _day_page(day, [form_error(f"{refused.title}: {refused.detail}")], refused.status)
    flash(f"Termin {starts_at.astimezone(TOWN_TIME):%H:%M} Uhr gesperrt.")
    return redirect(url_for("desk_pages.day_page", tag=day.isoformat()), 303)


@desk_pages.post("/termine/<case_id>/nicht-erschienen")
@signed_in
def mark_missed(case_id: str) -> Response:
    day = _day()
    try:
        with DATABASE.engine.begin() as conn:
            appointments.missed(conn, g.worker, case_id)
    except Refused as refused:
        return _day_page(day, [form_error(f"{refused.title}: {refused.detail}")], refused.status)
    flash("Als nicht erschienen vermerkt.")
    return redirect(url_for("desk_pages.day_page", tag=day.isoformat()), 303)


def _day() -> date:
    try:
        return date.fromisoformat(request.values.get("tag", ""))
    except ValueError:
        return utc_now().astimezone(TOWN_TIME).date()


def _day_page(day: date, errors: list | None = None, status: int = 200) -> Response:
    office_id = g.worker.office_id
    with DATABASE.engine.connect() as conn:
        shown = appointments.day(conn, office_id, day) if office_id else {"slots": [], "visits": []}
    now = utc_now()
    page = render_template(
        "desk/day.html",
        worker=g.worker,
        day=day,
        days=[day - timedelta(days=1), day + timedelta(days=1)],
        takes_appointments=bool(office_id and calendar.settings(office_id)),
        slots=shown["slots"],
        visits=shown["visits"],
        counters=len(calendar.counters(office_id)) if office_id else 0,
        now=now,
        errors=errors or [],
        slot_state=SLOT_STATE,
    )
    return make_response(page, status)
