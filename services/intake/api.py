"""Intake's HTTP API: the catalogue, applications from vendors and the counter, and the citizen's view."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Blueprint, Response, jsonify, request, url_for
from marshmallow import Schema, ValidationError

from services.intake import projection, submitters, tokens
from services.intake.domain import catalogue
from services.intake.handlers import KeyReused, NotPossible, answer, submit, withdraw
from services.intake.requests import (
    APPLICATION_REQUEST,
    AnswerRequest,
    WithdrawalRequest,
    validated_application,
)
from services.intake.store import DATABASE
from shared.contracts.offices import office_of
from shared.kernel.eventstore import ConcurrencyConflict
from shared.web.http import bearer_token, json_body, problem, validation_problem

NOT_FOUND = ("Nicht gefunden", "Kein Antrag zu dieser Vorgangsnummer und diesem Zugangscode.")
# Why a citizen's step (withdrawal, answer) is not possible: services/intake/handlers.py
REFUSED = {
    "withdrawn": "Der Antrag ist bereits zurückgezogen.",
    "decided": "Über den Antrag ist entschieden; er kann nicht mehr zurückgezogen werden.",
    "no_question": "Zu diesem Antrag ist keine Rückfrage offen.",
    "unknown": NOT_FOUND[1],
}


api = Blueprint("api", __name__)


@api.get("/api/v1/services")
def list_services() -> Response:
    return jsonify(services=[catalogue.describe(service) for service in catalogue.services().values()])


@api.post("/api/v1/applications")
def submit_application() -> Response:
    # The key's check and the application share one connection and one transaction: a submission costs the
    # database as few round trips as it can.
    with DATABASE.engine.connect() as conn:
        submitter = submitters.authenticate(conn, bearer_token())
        if submitter is None:
            response = problem(401, "Nicht angemeldet", "Bitte mit einem gültigen API-Schlüssel anmelden.")
            response.headers["WWW-Authenticate"] = 'Bearer realm="intake"'
            return response
        checked = _application_of(submitter)
        if isinstance(checked, Response):
            return checked
        key, payload = checked
        try:
            accepted = submit(conn, submitter, key, payload)
            conn.commit()
        except KeyReused:
            return problem(
                409,
                "Idempotency-Key schon verwendet",
                "Dieser Idempotency-Key gehört zu einem anderen Antrag. Für einen neuen Antrag bitte einen "
                "neuen Schlüssel verwenden.",
            )
    status_url = url_for("api.application_status", case_id=accepted.case_id, _external=True)
    response = jsonify(
        case_id=accepted.case_id, tracking_token=accepted.tracking_token, status_url=status_url
    )
    response.status_code = 202
    response.headers["Location"] = status_url
    return response


def _application_of(submitter: submitters.Submitter) -> tuple[str, dict[str, Any]] | Response:
    """The request's Idempotency-Key and the application it carries, checked; or the problem with it."""
    body, refusal = json_body()
    if refusal:
        return refusal
    key = request.headers.get("Idempotency-Key", "").strip()
    if not 1 <= len(key) <= 200:
        return problem(
            400,
            "Idempotency-Key fehlt",
            "Jeder Antrag braucht einen Header Idempotency-Key (1 bis 200 Zeichen), damit eine "
            "Wiederholung keinen zweiten Vorgang anlegt.",
        )
    try:
        envelope = APPLICATION_REQUEST.load(body)
    except ValidationError as error:
        return validation_problem(error.messages)
    service = catalogue.find(envelope["service_id"])
    if service is None:
        return validation_problem({"service_id": ["Diese Leistung wird online nicht angeboten."]})
    if service.get("in_person_only"):
        return problem(
            422,
            "Nur persönlich beantragbar",
            service["in_person_reason_de"],
            detail_en=service["in_person_reason_en"],
            office=office_of(service["id"]),
        )
    if not submitter.may_submit(service["id"]):
        return problem(
            403,
            "Nicht freigegeben",
            f"Ihr Zugang ist für die Leistung '{service['id']}' nicht freigegeben.",
        )
    payload, errors = validated_application(service, envelope)
    if errors:
        return validation_problem(errors)
    return key, payload


@api.get("/api/v1/applications/<case_id>")
def application_status(case_id: str) -> Response:
    with DATABASE.engine.connect() as conn:
        view = (
            projection.citizen_view(conn, case_id) if tokens.opens(conn, _tracking_token(), case_id) else None
        )
        if view is None:
            return problem(404, *NOT_FOUND)
        return jsonify(view)


@api.post("/api/v1/applications/<case_id>/withdrawal")
def withdraw_application(case_id: str) -> Response:
    return citizen_step(
        case_id,
        WithdrawalRequest(),
        lambda body: withdraw(DATABASE.engine, case_id, "citizen", body.get("reason")),
    )


@api.post("/api/v1/applications/<case_id>/answer")
def answer_question(case_id: str) -> Response:
    return citizen_step(
        case_id, AnswerRequest(), lambda body: answer(DATABASE.engine, case_id, body["message"])
    )


def citizen_step(case_id: str, schema: Schema, step: Callable[[dict], None]) -> Response:
    """A step the citizen takes on their case with its tracking token; answers the new status."""
    with DATABASE.engine.connect() as conn:
        if not tokens.opens(conn, _tracking_token(), case_id):
            return problem(404, *NOT_FOUND)
    body, refusal = json_body(optional=True)
    if refusal:
        return refusal
    try:
        step(schema.load(body or {}))
    except ValidationError as error:
        return validation_problem(error.messages)
    except NotPossible as refused:
        return problem(404 if refused.reason == "unknown" else 409, "Nicht möglich", REFUSED[refused.reason])
    except ConcurrencyConflict:
        return problem(
            409, "Gleichzeitige Änderung", "Bitte den Stand neu laden und es noch einmal versuchen."
        )
    with DATABASE.engine.connect() as conn:
        return jsonify(projection.citizen_view(conn, case_id))


def _tracking_token() -> str | None:
    # Only as a header: in the address it would land in logs, proxies and browser histories
    return request.headers.get("X-Tracking-Token")
