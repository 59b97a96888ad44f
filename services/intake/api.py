"""Intake's HTTP API: the catalogue, applications from vendors and the counter, and the citizen's view."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from flask import Blueprint, Response, jsonify, request, url_for
from marshmallow import Schema, ValidationError

from services.intake import projection, submitters, tokens, uploads
from services.intake.domain import catalogue
from services.intake.domain.documents import Upload
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
from shared.web.http import bearer_token, field_errors, json_body, problem, storable, validation_problem

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
@uploads.takes_files_of_a_case
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
        key, payload, files = checked
        try:
            accepted = submit(conn, submitter, key, payload, files)
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


def _application_of(
    submitter: submitters.Submitter,
) -> tuple[str, dict[str, Any], list[Upload]] | Response:
    """The request's Idempotency-Key, the application it carries and its files, checked and scanned; or the
    problem with them. An application with files is multipart/form-data: its JSON in the part
    `application`, each file under `documents.<kind>`."""
    body, files, refusal = _body_and_files("application")
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
            # where the visit is booked instead
            appointments=url_for("appointment_api.free_times", service_id=service["id"], _external=True),
        )
    if not submitter.may_submit(service["id"]):
        return problem(
            403,
            "Nicht freigegeben",
            f"Ihr Zugang ist für die Leistung '{service['id']}' nicht freigegeben.",
        )
    payload, errors = validated_application(service, envelope, files)
    refused = uploads.checked(files, errors)
    if refused:
        return _refused(refused)
    return key, payload, files


def _body_and_files(json_part: str) -> tuple[Any, list[Upload], Response | None]:
    """A JSON body, or a multipart one: its JSON in the part `json_part` and its files."""
    if request.mimetype != "multipart/form-data":
        body, refusal = json_body()
        return body, [], refusal
    stray = uploads.stray_fields(json_part)
    if stray:
        return None, [], validation_problem(stray)
    try:
        body = json.loads(request.form.get(json_part, ""))
    except ValueError:
        body = None
    if not isinstance(body, dict) or not storable(body):
        return (
            None,
            [],
            problem(400, "Ungültiges JSON", f"Der Teil {json_part} ist kein gültiges JSON-Objekt."),
        )
    return body, uploads.received(), None


def _refused(refusal: uploads.Refusal) -> Response:
    response = problem(
        refusal.status,
        refusal.title,
        refusal.detail,
        detail_en=refusal.detail_en,
        **({"errors": field_errors(refusal.errors)} if refusal.errors else {}),
    )
    if refusal.status == 503:
        response.headers["Retry-After"] = "60"
    return response


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
        lambda body, _files: withdraw(DATABASE.engine, case_id, "citizen", body.get("reason")),
    )


@api.post("/api/v1/applications/<case_id>/answer")
@uploads.takes_files_of_a_case
def answer_question(case_id: str) -> Response:
    """An answer with files is multipart/form-data: its JSON in the part `answer`, the files under
    `documents.<kind>` (a document the service names, or `sonstiges`)."""
    return citizen_step(
        case_id,
        AnswerRequest(),
        lambda body, files: answer(DATABASE.engine, case_id, body["message"], files),
        files_in="answer",
    )


def citizen_step(
    case_id: str, schema: Schema, step: Callable[[dict, list[Upload]], None], files_in: str | None = None
) -> Response:
    """A step the citizen takes on their case with its tracking token; answers the new status. A step that
    takes files (`files_in`, the JSON's part in a multipart body) has them checked and scanned first."""
    with DATABASE.engine.connect() as conn:
        if not tokens.opens(conn, _tracking_token(), case_id):
            return problem(404, *NOT_FOUND)
    if files_in:
        body, files, refusal = _body_and_files(files_in)
    else:
        (body, refusal), files = json_body(optional=True), []
    if refusal:
        return refusal
    refused = uploads.checked_answer(case_id, files)
    if refused:
        return _refused(refused)
    try:
        step(schema.load(body or {}), files)
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
