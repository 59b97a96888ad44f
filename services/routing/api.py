"""Routing's HTTP API: the caseworkers' desk API. Every route needs a caseworker's token; a case of
another office answers 404, exactly like a case that does not exist, so nothing leaks."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Blueprint, Response, g, jsonify, redirect, request
from marshmallow import ValidationError

from services.routing import appointments, desk, permissions, staff
from services.routing.domain.lifecycle import ForbiddenTransition
from services.routing.requests import BlockRequest, CaseQuery, DayQuery
from services.routing.store import DATABASE
from shared.contracts import appointments as calendar
from shared.kernel.envelope import TOWN_TIME, utc_now
from shared.web.http import bearer_token, json_body, problem, validation_problem

NOT_FOUND = ("Nicht gefunden", "Diesen Vorgang gibt es in Ihrem Amt nicht.")


api = Blueprint("api", __name__)


def caseworker_only(view: Callable[..., Response]) -> Callable[..., Response]:
    @wraps(view)
    def guarded(*args: Any, **kwargs: Any) -> Response:
        with DATABASE.engine.connect() as conn:
            g.worker = staff.authenticate(conn, bearer_token())
        if g.worker is None:
            response = problem(
                401, "Nicht angemeldet", "Bitte mit einem gültigen Mitarbeiter-Token anmelden."
            )
            response.headers["WWW-Authenticate"] = 'Bearer realm="desk"'
            return response
        if not permissions.may(g.worker.role, permissions.WORK_CASES):
            return problem(403, "Nur lesend", "Die Rechnungsprüfung liest Vorgänge in der Prüfansicht.")
        return view(*args, **kwargs)

    return guarded


@api.get("/api/v1/desk/cases")
@caseworker_only
def list_cases() -> Response:
    try:
        query = CaseQuery().load(request.args.to_dict())
    except ValidationError as error:
        return validation_problem(error.messages)
    with DATABASE.engine.connect() as conn:
        found = desk.listing(conn, g.worker, query)
    page: dict[str, Any] = {"office_id": g.worker.office_id, "cases": found}
    if len(found) == query["limit"]:
        page["next_after"] = f"{found[-1]['due_on']}|{found[-1]['case_id']}"
    return jsonify(page)


@api.get("/api/v1/desk/cases/<case_id>")
@caseworker_only
def show_case(case_id: str) -> Response:
    with DATABASE.engine.begin() as conn:
        case = desk.office_case(conn, g.worker, case_id)
        if case is None:
            return problem(404, *NOT_FOUND)
        return jsonify(desk.detail(conn, g.worker, case, request.remote_addr))


@api.get("/api/v1/desk/cases/<case_id>/documents/<document_id>")
@caseworker_only
def open_document(case_id: str, document_id: str) -> Response:
    """303 to the file at intake, on a grant good for a minute; the read is logged here first."""
    with DATABASE.engine.begin() as conn:
        link = desk.document_link(conn, g.worker, case_id, document_id, request.remote_addr)
    if link is None:
        return problem(404, "Nicht gefunden", "Dieses Dokument gibt es zu keinem Vorgang Ihres Amtes.")
    return redirect(link, 303)


@api.get("/api/v1/desk/appointments")
@caseworker_only
def appointments_day() -> Response:
    """The office's day of visits: each time with its counters free, booked or blocked, and who comes."""
    try:
        query = DayQuery().load(request.args.to_dict())
    except ValidationError as error:
        return validation_problem(error.messages)
    day = query["day"] or utc_now().astimezone(TOWN_TIME).date()
    with DATABASE.engine.connect() as conn:
        takes_them = g.worker.office_id and calendar.settings(g.worker.office_id)
        shown = appointments.day(conn, g.worker.office_id, day) if takes_them else None
    if shown is None:
        return problem(404, "Keine Termine", "Ihr Amt vergibt keine Termine.")
    return jsonify(office_id=g.worker.office_id, day=day.isoformat(), **appointments.as_json(shown))


@api.post("/api/v1/desk/appointments/blocks")
@caseworker_only
def block_slot() -> Response:
    body, refusal = json_body()
    if refusal:
        return refusal
    try:
        loaded = BlockRequest().load(body)
        with DATABASE.engine.begin() as conn:
            event = appointments.block(conn, g.worker, loaded["starts_at"], loaded["reason"])
    except ValidationError as error:
        return validation_problem(error.messages)
    except desk.Refused as refused:
        return problem(refused.status, refused.title, refused.detail)
    response = jsonify(event_id=event.event_id, event=event.event_type)
    response.status_code = 201
    return response


@api.post("/api/v1/desk/appointments/<case_id>/missed")
@caseworker_only
def mark_missed(case_id: str) -> Response:
    try:
        with DATABASE.engine.begin() as conn:
            event = appointments.missed(conn, g.worker, case_id)
    except desk.Refused as refused:
        return problem(refused.status, refused.title, refused.detail)
    return jsonify(event_id=event.event_id, event=event.event_type)


@api.post("/api/v1/desk/cases/<case_id>/<action>")
@caseworker_only
def act_on_case(case_id: str, action: str) -> Response:
    schema = desk.body_schema(action)
    if schema is None:
        known = ", ".join([*desk.ACTIONS, *desk.FEE_ACTIONS])
        return problem(404, "Unbekannte Aktion", f"Möglich: {known}.")
    body, refusal = json_body(optional=True)
    if refusal:
        return refusal
    try:
        loaded = schema.load(body or {})
    except ValidationError as error:
        return validation_problem(error.messages)
    try:
        with DATABASE.engine.begin() as conn:
            event = desk.perform(conn, g.worker, case_id, action, loaded)
            case = desk.office_case(conn, g.worker, case_id)
    except desk.CaseNotFound:
        return problem(404, *NOT_FOUND)
    except ForbiddenTransition as forbidden:
        return problem(
            409,
            "In diesem Stand nicht möglich",
            f"Stand: {desk.STATE_TEXT[forbidden.state]}. „{action}“ ist jetzt nicht möglich.",
            state=forbidden.state,
            allowed=desk.detail_actions(forbidden.state),
        )
    except desk.Refused as refused:
        return problem(refused.status, refused.title, refused.detail)
    return jsonify(event_id=event.event_id, event=event.event_type, case=desk.summary(case))
