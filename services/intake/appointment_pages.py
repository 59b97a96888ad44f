"""Booking a visit the law requires in person, in the portal and through the API: the free times of the next
weeks (a day first, then its times), booking with name and e-mail address, and moving or cancelling with the
tracking link. The rules are appointments.py's and the offices' data."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from flask import Blueprint, Response, flash, jsonify, redirect, request, url_for
from marshmallow import ValidationError

from services.intake import appointments, slots, submitters, tokens
from services.intake.domain import catalogue
from services.intake.handlers import KeyReused, NotPossible
from services.intake.pages import (
    _case_view,
    _in_page_language,
    _keep_token,
    _lang,
    _lang_in_links,
    _page,
    portal,
)
from services.intake.portal_texts import TEXT
from services.intake.requests import BookingRequest, MoveRequest, VisitorRequest
from services.intake.store import DATABASE
from services.intake.submitters import PORTAL
from shared.contracts.offices import directory, office_of
from shared.kernel.envelope import TOWN_TIME, utc_now
from shared.web.http import bearer_token, json_body, problem, validation_problem
from shared.web.pages import form_error

TAKEN = "Diese Zeit ist inzwischen vergeben; bitte eine andere wählen."
NOT_BOOKABLE = "Zu dieser Zeit vergibt das Amt für diese Leistung keinen Termin (mehr)."
OVER = "Der Termin ist abgesagt oder hat schon begonnen."

appointment_api = Blueprint("appointment_api", __name__)


def _free_days(service_id: str) -> dict[date, list[datetime]]:
    with DATABASE.engine.connect() as conn:
        return appointments.free_times(conn, service_id, utc_now())


def _visit_service(service_id: str) -> dict[str, Any] | None:
    service = catalogue.find(service_id)
    return service if service and service.get("in_person_only") else None


@appointment_api.get("/api/v1/appointments/free/<service_id>")
def free_times(service_id: str) -> Response:
    """The free times of the next weeks for a service that needs a visit (public: no personal data)."""
    if _visit_service(service_id) is None:
        return problem(404, "Keine Termine", "Für diese Leistung werden keine Termine vergeben.")
    days = _free_days(service_id)
    return jsonify(
        service_id=service_id,
        office=office_of(service_id),
        days=[
            {"date": day.isoformat(), "starts_at": [s.isoformat() for s in starts]}
            for day, starts in days.items()
        ],
    )


@appointment_api.post("/api/v1/appointments")
def book_by_api() -> Response:
    """A vendor's assistant books a visit for a citizen (its key, an Idempotency-Key)."""
    with DATABASE.engine.connect() as conn:
        submitter = submitters.authenticate(conn, bearer_token())
        if submitter is None:
            return problem(401, "Nicht angemeldet", "Bitte mit einem gültigen API-Schlüssel anmelden.")
        body, refusal = json_body()
        if refusal:
            return refusal
        key = request.headers.get("Idempotency-Key", "").strip()
        if not 1 <= len(key) <= 200:
            return problem(400, "Idempotency-Key fehlt", "Jede Buchung braucht einen Idempotency-Key.")
        try:
            loaded = BookingRequest().load(body)
        except ValidationError as error:
            return validation_problem(error.messages)
        if not submitter.may_submit(loaded["service_id"]):
            return problem(403, "Nicht freigegeben", "Ihr Zugang ist für diese Leistung nicht freigegeben.")
        try:
            accepted = appointments.book(
                conn, submitter, key, loaded["service_id"], loaded["visitor"], loaded["starts_at"]
            )
            conn.commit()
        except slots.SlotTaken:
            return problem(409, "Vergeben", TAKEN)
        except slots.NotBookable:
            return validation_problem({"starts_at": [NOT_BOOKABLE]})
        except KeyReused:
            return problem(
                409, "Idempotency-Key schon verwendet", "Dieser Schlüssel gehört zu einer anderen Buchung."
            )
        view = slots.visit_view(conn, accepted.case_id)
    response = jsonify(case_id=accepted.case_id, tracking_token=accepted.tracking_token, appointment=view)
    response.status_code = 201
    return response


@appointment_api.post("/api/v1/appointments/<case_id>/move")
def move_by_api(case_id: str) -> Response:
    return _citizen_change(case_id, move=True)


@appointment_api.post("/api/v1/appointments/<case_id>/cancellation")
def cancel_by_api(case_id: str) -> Response:
    return _citizen_change(case_id, move=False)


def _citizen_change(case_id: str, move: bool) -> Response:
    with DATABASE.engine.connect() as conn:
        if not tokens.opens(conn, request.headers.get("X-Tracking-Token"), case_id):
            return problem(
                404, "Nicht gefunden", "Kein Termin zu dieser Vorgangsnummer und diesem Zugangscode."
            )
    try:
        if move:
            body, refusal = json_body()
            if refusal:
                return refusal
            appointments.move(DATABASE.engine, case_id, MoveRequest().load(body)["starts_at"])
        else:
            appointments.cancel(DATABASE.engine, case_id, "citizen")
    except ValidationError as error:
        return validation_problem(error.messages)
    except slots.SlotTaken:
        return problem(409, "Vergeben", TAKEN)
    except slots.NotBookable:
        return validation_problem({"starts_at": [NOT_BOOKABLE]})
    except NotPossible as refused:
        return problem(404 if refused.reason == "unknown" else 409, "Nicht möglich", OVER)
    with DATABASE.engine.connect() as conn:
        return jsonify(appointment=slots.visit_view(conn, case_id))


# The portal's pages


@portal.route("/dienste/<service_id>/termin", methods=["GET", "POST"])
def booking_page(service_id: str) -> Response:
    service = _visit_service(service_id)
    if service is None:
        return _page("not_found.html", 404)
    if request.method == "GET":
        return _times_page(service, None, [])
    errors = []
    try:
        visitor = VisitorRequest().load(
            {
                name: request.form.get(name, "").strip()
                for name in ("given_name", "family_name", "email")
                if request.form.get(name, "").strip()
            }
        )
    except ValidationError as error:
        visitor = {}
        for name, messages in error.messages.items():  # type: ignore[union-attr]
            label = TEXT[_lang()][f"visitor_{name}"]
            errors += [form_error(_in_page_language(m), name, label) for m in messages]
    starts_at = _chosen_time()
    if starts_at is None:
        errors.append(form_error(TEXT[_lang()]["choose_time"], "times", TEXT[_lang()]["time"]))
    if errors:
        return _times_page(service, None, errors, 422)
    assert starts_at is not None
    try:
        with DATABASE.engine.begin() as conn:
            accepted = appointments.book(
                conn,
                PORTAL,
                request.form.get("form_id", "") or str(uuid.uuid4()),
                service_id,
                visitor,
                starts_at,
            )
    except (slots.SlotTaken, slots.NotBookable):
        return _times_page(service, None, [form_error(_said(TAKEN), "times", TEXT[_lang()]["time"])], 409)
    except KeyReused:
        return _times_page(service, None, [form_error(TEXT[_lang()]["sent_before"])], 409)
    _keep_token(accepted.case_id, accepted.tracking_token)
    return redirect(url_for("portal.confirmation", case_id=accepted.case_id, lang=_lang_in_links()), 303)


@portal.route("/vorgang/<case_id>/termin", methods=["GET", "POST"])
def move_page(case_id: str) -> Response:
    view = _case_view(case_id)  # the token must open the case
    service = _visit_service(view["service_id"])
    if service is None or view["appointment"] is None:
        return redirect(url_for("portal.status_page", case_id=case_id, lang=_lang_in_links()), 303)
    if request.method == "GET":
        return _times_page(service, view, [])
    starts_at = _chosen_time()
    if starts_at is None:
        return _times_page(
            service, view, [form_error(TEXT[_lang()]["choose_time"], "times", TEXT[_lang()]["time"])], 422
        )
    try:
        appointments.move(DATABASE.engine, case_id, starts_at)
        flash(TEXT[_lang()]["moved"])
    except (slots.SlotTaken, slots.NotBookable):
        return _times_page(service, view, [form_error(_said(TAKEN), "times", TEXT[_lang()]["time"])], 409)
    except NotPossible:
        flash(_said(OVER))
    return redirect(url_for("portal.status_page", case_id=case_id, lang=_lang_in_links()), 303)


@portal.post("/vorgang/<case_id>/termin/absagen")
def cancel_page(case_id: str) -> Response:
    _case_view(case_id)
    try:
        appointments.cancel(DATABASE.engine, case_id, "citizen")
        flash(TEXT[_lang()]["cancelled"])
    except NotPossible:
        flash(_said(OVER))
    return redirect(url_for("portal.status_page", case_id=case_id, lang=_lang_in_links()), 303)


def _chosen_time() -> datetime | None:
    try:
        chosen = datetime.fromisoformat(request.form.get("starts_at", ""))
    except ValueError:
        return None
    return chosen if chosen.tzinfo else None


def _said(message: str) -> str:
    return TEXT["en"]["appointment_messages"].get(message, message) if _lang() == "en" else message


def _times_page(
    service: dict[str, Any], view: dict[str, Any] | None, errors: list[dict[str, Any]], status: int = 200
) -> Response:
    """The days with free times, and the times of the day chosen (`?tag=`); with `view` for a move."""
    days = _free_days(service["id"])
    try:
        chosen_day = date.fromisoformat(request.values.get("tag", ""))
    except ValueError:
        chosen_day = next(iter(days), None)
    office = directory()["offices"][office_of(service["id"])]
    return _page(
        "appointment.html",
        status,
        service=service,
        office=office,
        days=days,
        chosen_day=chosen_day if chosen_day in days else None,
        times=[(s, s.astimezone(TOWN_TIME).strftime("%H:%M")) for s in days.get(chosen_day, [])]
        if chosen_day
        else [],
        errors=errors,
        values=request.form,
        moving=view,
        form_id=request.form.get("form_id") or str(uuid.uuid4()),
    )
