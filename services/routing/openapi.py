"""The OpenAPI document of the desk API (routing): a caseworker's list of the office's cases, one case, and
each step on it. Requests are described by the schemas that validate them (services/routing/requests.py,
one per step in services/routing/desk.py), answers by the shapes below; committed as
docs/openapi/routing.json."""

from __future__ import annotations

from functools import cache
from typing import Any

from marshmallow import Schema, fields, validate

from services.routing import desk
from services.routing.requests import BlockRequest, CaseQuery, DayQuery
from shared.contracts.routing import STATES
from shared.web.openapi import json_answer, new_spec, path_parameter, responses

STEPS = {
    "claim": "Vorgang übernehmen",
    "request-information": "Beim Antragsteller nachfragen",
    "receive-information": "Auskunft oder Unterlagen als eingegangen vermerken",
    "approve": "Bewilligen",
    "reject": "Ablehnen (mit Grund)",
    "complete": "Abschließen",
    desk.FEE_REDUCTION: "Gebühr ermäßigen, oder ihren Erlass beantragen (bestätigt eine zweite Person)",
    desk.WAIVER_DECISION: "Einen beantragten Erlass bestätigen oder verwerfen (nicht wer ihn beantragt hat)",
}


class CaseSummary(Schema):
    case_id = fields.UUID(required=True)
    service_id = fields.String(required=True)
    service_name = fields.String(required=True)
    state = fields.String(required=True, validate=validate.OneOf(STATES))
    due_on = fields.Date(required=True)
    overdue = fields.Boolean(required=True)
    routed_at = fields.AwareDateTime(required=True)
    claimed_by = fields.String(required=True, allow_none=True)


class CaseList(Schema):
    """A page of the office's cases, nearest deadline first; `next_after` is there when more may follow."""

    office_id = fields.String(required=True)
    cases = fields.List(fields.Nested(CaseSummary), required=True)
    next_after = fields.String(metadata={"description": "der Wert für `after` der nächsten Seite"})


class CaseFee(Schema):
    assessed_cents = fields.Integer(required=True)
    open_cents = fields.Integer(required=True)
    kassenzeichen = fields.String(required=True, allow_none=True)


class TimelineEntry(Schema):
    at = fields.AwareDateTime(required=True)
    event = fields.String(required=True)
    text = fields.String(required=True)


class CaseDocument(Schema):
    """A file the citizen sent; `filename` is null once the case's personal data is erased."""

    document_id = fields.String(required=True)
    case_id = fields.String(required=True)
    kind = fields.String(required=True)
    filename = fields.String(required=True, allow_none=True)
    media_type = fields.String(
        required=True, validate=validate.OneOf(["application/pdf", "image/jpeg", "image/png"])
    )
    size_bytes = fields.Integer(required=True)
    received_at = fields.String(required=True)


class CaseDetail(CaseSummary):
    """The whole case with the applicant's data (this read is written to the access log); `application`
    is null once the case's personal data is erased."""

    application = fields.Dict(required=True, allow_none=True)
    fee = fields.Nested(CaseFee, required=True, allow_none=True)
    actions = fields.List(
        fields.String(validate=validate.OneOf(list(desk.ACTIONS))),
        required=True,
        metadata={"description": "die Schritte, die der Stand jetzt erlaubt"},
    )
    pending_waiver = fields.Dict(required=True, allow_none=True)
    timeline = fields.List(fields.Nested(TimelineEntry), required=True)
    documents = fields.List(fields.Nested(CaseDocument), required=True)


class BlockedBy(Schema):
    reason = fields.String(required=True)
    caseworker_id = fields.String(required=True)


class DaySlot(Schema):
    """One time of the office's day: how many of its counters are free, booked, blocked (and why)."""

    starts_at = fields.AwareDateTime(required=True)
    free = fields.Integer(required=True)
    booked = fields.Integer(required=True)
    blocked = fields.List(fields.Nested(BlockedBy), required=True)


class Visit(Schema):
    """A booked visit; `visitor` is null once the case's personal data is erased."""

    case_id = fields.String(required=True)
    service_id = fields.String(required=True)
    service_name = fields.String(required=True)
    counter = fields.Integer(required=True)
    state = fields.String(required=True, validate=validate.OneOf(["booked", "cancelled", "missed"]))
    starts_at = fields.AwareDateTime(required=True)
    ends_at = fields.AwareDateTime(required=True)
    visitor = fields.Dict(required=True, allow_none=True)


class AppointmentDay(Schema):
    office_id = fields.String(required=True)
    day = fields.Date(required=True)
    slots = fields.List(fields.Nested(DaySlot), required=True)
    visits = fields.List(fields.Nested(Visit), required=True)


class StepDone(Schema):
    event_id = fields.UUID(required=True)
    event = fields.String(required=True, metadata={"description": "der Typ des aufgezeichneten Ereignisses"})
    case = fields.Nested(CaseSummary, required=True)


STAFF = [{"staffToken": []}]
STAFF_401 = {
    401: "Kein gültiges Mitarbeiter-Token",
    403: "Die Rechnungsprüfung liest nur (in der Prüfansicht)",
    404: "Diesen Vorgang gibt es im eigenen Amt nicht (Vorgänge anderer Ämter ebenso)",
}


@cache
def openapi_spec() -> dict[str, Any]:
    spec = new_spec(
        "Rathaus online: Sachbearbeitung (routing)",
        "Die Vorgänge eines Amtes für seine Sachbearbeiterinnen und Sachbearbeiter. Jede Anfrage braucht ein "
        "Mitarbeiter-Token (`rathaus staff add`); ein Vorgang eines anderen Amtes antwortet 404.",
        [
            CaseSummary,
            CaseList,
            CaseDocument,
            CaseDetail,
            StepDone,
            BlockedBy,
            DaySlot,
            Visit,
            AppointmentDay,
        ],
    )
    spec.components.security_scheme("staffToken", {"type": "http", "scheme": "bearer"})
    case_id = path_parameter("case_id", {"type": "string"}, "Vorgangsnummer (UUID)")
    spec.path(
        path="/api/v1/desk/cases",
        operations={
            "get": {
                "summary": "Vorgänge des eigenen Amtes, nächste Frist zuerst (ohne `state`: die offenen)",
                "security": STAFF,
                "parameters": [{"in": "query", "schema": CaseQuery}],
                "responses": responses(
                    401, 403, 422, ok=json_answer("Eine Seite", "CaseList"), said=STAFF_401
                ),
            }
        },
    )
    spec.path(
        path="/api/v1/desk/cases/{case_id}",
        operations={
            "get": {
                "summary": "Ein Vorgang mit den Angaben des Antrags und seinem Verlauf",
                "security": STAFF,
                "parameters": [case_id],
                "responses": responses(
                    401, 403, 404, ok=json_answer("Der Vorgang", "CaseDetail"), said=STAFF_401
                ),
            }
        },
    )
    spec.path(
        path="/api/v1/desk/cases/{case_id}/documents/{document_id}",
        operations={
            "get": {
                "summary": "Eine Datei des Vorgangs öffnen: der Abruf wird protokolliert, dann leitet 303 zu "
                "intake, das die Datei eine Minute lang auf die Freigabe des Desks ausliefert",
                "security": STAFF,
                "parameters": [case_id, path_parameter("document_id", {"type": "string"}, "Dokument-ID")],
                "responses": responses(
                    401, 403, 404, ok={"303": {"description": "Weiter zur Datei bei intake"}}, said=STAFF_401
                ),
            }
        },
    )
    spec.components.schema("BlockRequest", schema=BlockRequest)
    recorded = {"description": "Aufgezeichnet: die Ereignis-ID und ihr Typ"}
    spec.path(
        path="/api/v1/desk/appointments",
        operations={
            "get": {
                "summary": "Der Tag der Besuche im eigenen Amt: jede Zeit mit ihren Schaltern, und wer kommt",
                "security": STAFF,
                "parameters": [{"in": "query", "schema": DayQuery}],
                "responses": responses(
                    401,
                    403,
                    404,
                    422,
                    ok=json_answer("Der Tag", "AppointmentDay"),
                    said={**STAFF_401, 404: "Ihr Amt vergibt keine Termine"},
                ),
            }
        },
    )
    spec.path(
        path="/api/v1/desk/appointments/blocks",
        operations={
            "post": {
                "summary": "Eine freie Zeit für einen Schalter sperren (mit Grund)",
                "security": STAFF,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/BlockRequest"}}
                    },
                },
                "responses": responses(400, 401, 403, 409, 415, 422, ok={"201": recorded}, said=STAFF_401),
            }
        },
    )
    spec.path(
        path="/api/v1/desk/appointments/{case_id}/missed",
        operations={
            "post": {
                "summary": "Einen begonnenen Besuch als nicht wahrgenommen vermerken",
                "security": STAFF,
                "parameters": [case_id],
                "responses": responses(401, 403, 404, 409, ok={"200": recorded}, said=STAFF_401),
            }
        },
    )
    for step, summary in STEPS.items():
        body_schema = desk.body_schema(step)
        name = type(body_schema).__name__  # steps with the same body share it: approve, complete take a Note
        if name not in spec.components.schemas:
            spec.components.schema(name, schema=type(body_schema))
        body = {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}
        spec.path(
            path=f"/api/v1/desk/cases/{{case_id}}/{step}",
            operations={
                "post": {
                    "summary": summary,
                    "security": STAFF,
                    "parameters": [case_id],
                    "requestBody": {"required": False, "content": body},
                    "responses": responses(
                        400,
                        401,
                        403,
                        404,
                        409,
                        415,
                        422,
                        ok=json_answer("Aufgezeichnet", "StepDone"),
                        said={
                            **STAFF_401,
                            403: "Nur lesend, oder Vier-Augen-Prinzip",
                            409: "In diesem Stand nicht möglich, oder von jemand anderem übernommen",
                        },
                    ),
                }
            },
        )
    return spec.to_dict()
