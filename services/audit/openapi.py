"""The OpenAPI document of the auditors' read-only API: a case's events from the log, the verification of a
period and its report. Committed as docs/openapi/audit.json."""

from __future__ import annotations

from functools import cache
from typing import Any

from marshmallow import Schema, fields

from services.audit.stores import Period
from shared.kernel.events import envelope_json_schema
from shared.web.openapi import json_answer, new_spec, path_parameter, responses


class Finding(Schema):
    check = fields.String(required=True)
    case_id = fields.String(required=True)
    event_id = fields.String(required=True, allow_none=True)
    detail = fields.String(required=True)


class Verification(Schema):
    """What was checked, and each difference found; `ok` when there is none (services/audit/findings.py)."""

    ok = fields.Boolean(required=True)
    cases = fields.Integer(required=True)
    events = fields.Integer(required=True)
    unreadable_messages = fields.Integer(required=True)
    pending_in_outboxes = fields.Integer(required=True)
    fees_recomputed = fields.Integer(required=True)
    fees_of_erased_cases = fields.Integer(required=True)
    rows_compared = fields.Integer(required=True)
    findings = fields.List(fields.Nested(Finding), required=True)


class Report(Schema):
    """The period's cases by state and service with their fees, the open receivables, and the verification."""

    title = fields.String(required=True)
    period = fields.Dict(required=True)
    made_at = fields.AwareDateTime(required=True)
    cases = fields.Integer(required=True)
    states = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)
    by_service = fields.Dict(required=True)
    totals = fields.Dict(required=True)
    per_day = fields.List(
        fields.Dict(),
        required=True,
        metadata={
            "description": "Anträge und festgesetzte Gebühren je Tag der Stadt (day, cases, assessed_cents)"
        },
    )
    open_receivables = fields.List(fields.Dict(), required=True)
    verification = fields.Nested(Verification, required=True)


AUDITOR = [{"auditorToken": []}]
AUDITOR_401 = {401: "Kein gültiges Token einer Prüferin oder eines Prüfers"}


def _case_history() -> dict[str, Any]:
    envelope = envelope_json_schema()
    event = {
        **envelope,
        "required": [*envelope["required"], "summary"],
        "properties": {**envelope["properties"], "summary": {"type": "string"}},
    }
    return {
        "type": "object",
        "required": ["case_id", "events"],
        "properties": {"case_id": {"type": "string"}, "events": {"type": "array", "items": event}},
    }


@cache
def openapi_spec() -> dict[str, Any]:
    spec = new_spec(
        "Rathaus online: Rechnungsprüfung (audit)",
        "Liest das Protokoll und die Bestände aller Dienste, nur lesend: den Verlauf eines Vorgangs, die "
        "Prüfung eines Zeitraums und seinen Bericht. Jeder Lesezugriff auf einen Vorgang wird protokolliert.",
        [Verification, Report],
    )
    spec.components.schema("CaseHistory", _case_history())
    spec.components.security_scheme("auditorToken", {"type": "http", "scheme": "bearer"})
    period = [{"in": "query", "schema": Period(exclude=["format"])}]
    spec.path(
        path="/api/v1/audit/cases/{case_id}",
        operations={
            "get": {
                "summary": "Alle Ereignisse eines Vorgangs aus dem Protokoll, in ursächlicher Folge",
                "security": AUDITOR,
                "parameters": [path_parameter("case_id", {"type": "string"}, "Vorgangsnummer (UUID)")],
                "responses": responses(
                    401,
                    404,
                    ok=json_answer("Der Verlauf", "CaseHistory"),
                    said={**AUDITOR_401, 404: "Zu dieser Vorgangsnummer steht nichts im Protokoll"},
                ),
            }
        },
    )
    spec.path(
        path="/api/v1/audit/verification",
        operations={
            "get": {
                "summary": "Ketten, Signaturen, Gebühren, Bestände und Journal eines Zeitraums prüfen",
                "security": AUDITOR,
                "parameters": period,
                "responses": responses(
                    401, 422, ok=json_answer("Das Ergebnis", "Verification"), said=AUDITOR_401
                ),
            }
        },
    )
    report = json_answer("Der Bericht", "Report")
    report["200"]["content"]["text/html"] = {"schema": {"type": "string"}}
    spec.path(
        path="/api/v1/audit/report",
        operations={
            "get": {
                "summary": "Prüfbericht eines Zeitraums, als JSON oder als HTML-Seite (format=html)",
                "security": AUDITOR,
                "parameters": [{"in": "query", "schema": Period}],
                "responses": responses(401, 422, ok=report, said=AUDITOR_401),
            }
        },
    )
    return spec.to_dict()
