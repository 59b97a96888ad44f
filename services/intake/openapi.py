"""The OpenAPI document of the intake API, generated from the marshmallow schemas that validate requests.

Committed as docs/openapi/intake.json (`python -m infra.contracts` writes it anew; shared/web/openapi.py)."""

from __future__ import annotations

from functools import cache
from typing import Any

from services.intake.domain.assistants.base import ApplicantSchema
from services.intake.domain.assistants.registry import load_assistants
from services.intake.domain.catalogue import document_kinds, services
from services.intake.requests import AnswerRequest, BookingRequest, MoveRequest, WithdrawalRequest
from shared.web.openapi import new_spec, responses

REASONS = {
    400: "Idempotency-Key oder JSON fehlt",
    401: "Kein gültiger API-Schlüssel",
    403: "Leistung nicht freigegeben",
    404: "Nicht gefunden (oder falscher Zugangscode)",
    409: "Konflikt",
}


def _responses(*codes: int, ok: dict[str, Any] | None = None) -> dict[str, Any]:
    return responses(*codes, ok=ok, said=REASONS)


def catalogue_in_person() -> list[str]:
    return sorted(sid for sid, service in services().items() if service.get("in_person_only"))


@cache
def openapi_spec() -> dict[str, Any]:
    spec = new_spec(
        "Rathaus online: Antragsannahme (intake)",
        "Anträge von Fachverfahren-Assistenten, dem Portal und dem Schalter.",
    )
    spec.components.schema("Applicant", schema=ApplicantSchema)
    for service_id, schema_class in sorted(load_assistants().items()):
        spec.components.schema(f"Form_{service_id}", schema=schema_class)
    spec.components.schema("Withdrawal", schema=WithdrawalRequest)
    spec.components.schema("Answer", schema=AnswerRequest)
    spec.components.security_scheme("apiKey", {"type": "http", "scheme": "bearer"})
    # One shape per service offered online: its id, the applicant and that service's own form, nothing else
    applications = [
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["service_id", "applicant", "form"],
            "properties": {
                "service_id": {"type": "string", "enum": [service_id]},
                "applicant": {"$ref": "#/components/schemas/Applicant"},
                "form": {"$ref": f"#/components/schemas/Form_{service_id}"},
            },
        }
        for service_id in sorted(load_assistants())
    ]
    # Files go with an application or an answer as multipart/form-data: the JSON in one part, each file in a
    # part named for its kind of document (PDF, JPEG or PNG, told by the content; scanned for viruses)
    files = {
        f"documents.{kind}": {"type": "array", "items": {"type": "string", "format": "binary"}}
        for kind in document_kinds()
    }

    def with_files(part: str, shape: dict[str, Any]) -> dict[str, Any]:
        return {
            "schema": {
                "type": "object",
                "required": [part],
                "properties": {part: shape, **files},
                "additionalProperties": False,
            },
            "encoding": {part: {"contentType": "application/json"}},
        }

    token = {"name": "X-Tracking-Token", "in": "header", "required": True, "schema": {"type": "string"}}
    idempotency_key = {
        "name": "Idempotency-Key",
        "in": "header",
        "required": True,
        "description": (
            "Ein Schlüssel des Assistenten für diesen Antrag (oder diese Buchung), 1 bis 200 Zeichen (ohne "
            "Leerraum am Anfang und Ende). Derselbe Schlüssel mit demselben Inhalt gibt die erste Antwort "
            "noch einmal (derselbe Vorgang); mit anderem Inhalt 409. Fehlt er oder ist er länger, 400. Er "
            "gilt je Assistent für immer."
        ),
        "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "\\S"},
    }
    case_id = {
        "name": "case_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "format": "uuid"},
    }
    status_ok = {"200": {"description": "Stand des Antrags mit Zeitleiste"}}
    spec.path(
        path="/api/v1/services",
        operations={
            "get": {"summary": "Leistungen des Katalogs", "responses": {"200": {"description": "Katalog"}}}
        },
    )
    spec.path(
        path="/api/v1/applications",
        operations={
            "post": {
                "summary": "Antrag stellen",
                "security": [{"apiKey": []}],
                "parameters": [idempotency_key],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"oneOf": applications}},
                        "multipart/form-data": with_files("application", {"oneOf": applications}),
                    },
                },
                "responses": _responses(
                    400,
                    401,
                    403,
                    409,
                    413,
                    415,
                    422,
                    503,
                    ok={"202": {"description": "Angenommen: Vorgangsnummer, Zugangscode, Status-URL"}},
                ),
            }
        },
    )
    spec.path(
        path="/api/v1/applications/{case_id}",
        operations={
            "get": {
                "summary": "Stand eines Antrags",
                "parameters": [case_id, token],
                "responses": _responses(404, ok=status_ok),
            }
        },
    )
    # The citizen's steps on a case with its tracking token; each answers the new status.
    steps = [
        ("withdrawal", "Antrag zurückziehen", "Withdrawal", False),
        ("answer", "Rückfrage des Amtes beantworten (nur solange eine offen ist; sonst 409)", "Answer", True),
    ]
    for step, summary, body, required in steps:
        body_schema = {"schema": {"$ref": f"#/components/schemas/{body}"}}
        content = {"application/json": body_schema}
        if step == "answer":
            content["multipart/form-data"] = with_files("answer", body_schema["schema"])
        spec.path(
            path=f"/api/v1/applications/{{case_id}}/{step}",
            operations={
                "post": {
                    "summary": summary,
                    "parameters": [case_id, token],
                    "requestBody": {"required": required, "content": content},
                    "responses": _responses(
                        404, 409, 413, 415, 422, *([503] if step == "answer" else []), ok=status_ok
                    ),
                }
            },
        )
    # Visits the law requires in person: free times (public), a booking by a vendor's assistant, and the
    # citizen's move or cancellation with the tracking token
    spec.components.schema("Booking", schema=BookingRequest)
    spec.components.schema("Move", schema=MoveRequest)
    visit_service = {
        "name": "service_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "enum": catalogue_in_person()},
    }
    spec.path(
        path="/api/v1/appointments/free/{service_id}",
        operations={
            "get": {
                "summary": "Freie Termine der nächsten Wochen für eine Leistung, die einen Besuch braucht",
                "parameters": [visit_service],
                "responses": _responses(
                    404, ok={"200": {"description": "Tage mit ihren freien Anfangszeiten (UTC)"}}
                ),
            }
        },
    )
    spec.path(
        path="/api/v1/appointments",
        operations={
            "post": {
                "summary": "Termin buchen (eine Zeit aus den freien; 409, wenn sie inzwischen vergeben ist)",
                "security": [{"apiKey": []}],
                "parameters": [idempotency_key],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Booking"}}},
                },
                "responses": _responses(
                    400,
                    401,
                    403,
                    409,
                    413,
                    415,
                    422,
                    ok={"201": {"description": "Gebucht: Vorgangsnummer, Zugangscode, Termin"}},
                ),
            }
        },
    )
    for step, summary, body in (
        ("move", "Termin verlegen (409, wenn die neue Zeit vergeben oder der Termin vorbei ist)", "Move"),
        ("cancellation", "Termin absagen (409, wenn er schon abgesagt ist oder begonnen hat)", None),
    ):
        operation: dict[str, Any] = {
            "summary": summary,
            "parameters": [case_id, token],
            "responses": _responses(
                404, 409, 413, 415, 422, ok={"200": {"description": "Der Termin, wie er jetzt ist"}}
            ),
        }
        if body:
            operation["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{body}"}}},
            }
        spec.path(path=f"/api/v1/appointments/{{case_id}}/{step}", operations={"post": operation})
    return spec.to_dict()
