"""The OpenAPI document of fees' HTTP API: the payment provider's callback, and the journal, trial balance
and receivables the town's accounting reads. Requests are described by the schemas that validate them
(services/fees/requests.py), answers by the shapes below; committed as docs/openapi/fees.json."""

from __future__ import annotations

from functools import cache
from typing import Any

from marshmallow import Schema, fields, validate

from services.fees.requests import PaymentCallback
from shared.contracts.fees import KASSENZEICHEN
from shared.web.openapi import json_answer, new_spec, path_parameter, query_parameter, responses

KINDS = ["assessment", "payment", "waiver", "reduction", "cancellation", "refund"]
CENTS = {"strict": True}


class Receivable(Schema):
    """What is owed under one Kassenzeichen and what became of it; `open_cents` is still to pay."""

    kassenzeichen = fields.String(required=True, validate=KASSENZEICHEN)
    case_id = fields.UUID(required=True)
    service_id = fields.String(required=True)
    assessed_cents = fields.Integer(required=True, **CENTS)
    paid_cents = fields.Integer(required=True, **CENTS)
    overpaid_cents = fields.Integer(required=True, **CENTS)
    waived_cents = fields.Integer(required=True, **CENTS)
    refunded_cents = fields.Integer(required=True, **CENTS)
    open_cents = fields.Integer(required=True, **CENTS)
    state = fields.String(required=True, validate=validate.OneOf(["open", "partial", "settled", "cancelled"]))
    due_on = fields.Date(required=True)
    last_payment_at = fields.AwareDateTime(
        required=True, allow_none=True, metadata={"description": "when the newest payment on it came in"}
    )


class RecordedPayment(Schema):
    provider = fields.String(required=True)
    payment_id = fields.String(required=True)
    event_id = fields.UUID(required=True)
    kassenzeichen = fields.String(required=True, validate=KASSENZEICHEN)
    amount_cents = fields.Integer(required=True, **CENTS)
    outcome = fields.String(
        required=True, validate=validate.OneOf(["settled", "partial", "overpaid", "unexpected"])
    )


class PaymentAnswer(Schema):
    """The payment as booked (the first time it was reported; a repeat answers the same) and its
    receivable after it."""

    payment = fields.Nested(RecordedPayment, required=True)
    receivable = fields.Nested(Receivable, required=True)


class JournalLine(Schema):
    account = fields.String(required=True)
    account_name = fields.String(required=True)
    kassenzeichen = fields.String(required=True, allow_none=True)
    amount_cents = fields.Integer(required=True, metadata={"description": "debit > 0, credit < 0"})


class JournalEntry(Schema):
    entry_id = fields.UUID(required=True)
    booked_on = fields.Date(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    kassenzeichen = fields.String(required=True)
    case_id = fields.UUID(required=True)
    description = fields.String(required=True)
    lines = fields.List(fields.Nested(JournalLine), required=True)


class Journal(Schema):
    """Every entry booked in the period, both days included, in booking order; each entry's lines add up
    to zero."""

    entries = fields.List(fields.Nested(JournalEntry), required=True)
    start = fields.Date(required=True, data_key="from")
    end = fields.Date(required=True, data_key="to")


class AccountBalance(Schema):
    account = fields.String(required=True)
    account_name = fields.String(required=True)
    debit_cents = fields.Integer(required=True)
    credit_cents = fields.Integer(required=True)
    balance_cents = fields.Integer(required=True)


class TrialBalance(Schema):
    """Debits, credits and balance per account over the period; `total_cents` is always 0."""

    accounts = fields.List(fields.Nested(AccountBalance), required=True)
    total_cents = fields.Integer(required=True)


ACCOUNTING = [{"accountingToken": []}]
PERIOD = [
    query_parameter("from", {"type": "string", "format": "date"}, "Erster Buchungstag", required=True),
    query_parameter("to", {"type": "string", "format": "date"}, "Letzter Buchungstag", required=True),
]
ACCOUNTING_401 = {401: "Kein gültiger Zugang der Buchhaltung (ACCOUNTING_TOKEN)"}


@cache
def openapi_spec() -> dict[str, Any]:
    spec = new_spec(
        "Rathaus online: Gebühren und Buchhaltung (fees)",
        "Die Rückmeldung des Zahlungsdienstleisters und das Journal, die Summenliste und die Forderungen "
        "für die Buchhaltung der Stadt. Beträge in Cent (EUR).",
        [PaymentCallback, Receivable, PaymentAnswer, Journal, TrialBalance],
    )
    spec.components.security_scheme(
        "accountingToken",
        {"type": "http", "scheme": "bearer", "description": "Der Zugang der Buchhaltung (ACCOUNTING_TOKEN)."},
    )
    spec.components.security_scheme(
        "providerSignature",
        {
            "type": "apiKey",
            "in": "header",
            "name": "X-Signature",
            "description": "HMAC-SHA-512 (hex) über `<X-Timestamp>.<Inhalt>` mit dem Geheimnis des "
            "Zahlungsdienstleisters; X-Timestamp in Unix-Sekunden, höchstens 5 Minuten alt.",
        },
    )
    timestamp = {
        "name": "X-Timestamp",
        "in": "header",
        "required": True,
        "schema": {"type": "string", "pattern": "^[0-9]+$"},
        "description": "Zeitpunkt der Signatur in Unix-Sekunden",
    }
    spec.path(
        path="/api/v1/payments/callback",
        operations={
            "post": {
                "summary": "Zahlung melden (Zahlungsdienstleister); dieselbe Zahlungsnummer noch einmal "
                "gemeldet gibt dieselbe Antwort und bucht nichts doppelt",
                "security": [{"providerSignature": []}],
                "parameters": [timestamp],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/PaymentCallback"}}
                    },
                },
                "responses": responses(
                    400,
                    401,
                    409,
                    413,
                    415,
                    422,
                    503,
                    ok=json_answer("Zahlung verbucht (oder schon verbucht)", "PaymentAnswer"),
                    said={
                        401: "Signatur fehlt, stimmt nicht oder ist älter als 5 Minuten",
                        409: "Zahlungsnummer schon mit anderem Betrag oder Kassenzeichen gemeldet",
                        422: "Angaben fehlerhaft, oder keine Forderung zu diesem Kassenzeichen",
                    },
                ),
            }
        },
    )
    accounting_reads = [
        ("/api/v1/journal", "Journal eines Zeitraums", "Journal", "Buchungen mit ihren Zeilen"),
        (
            "/api/v1/journal/trial-balance",
            "Summen- und Saldenliste eines Zeitraums",
            "TrialBalance",
            "Summen je Konto",
        ),
    ]
    for path, summary, schema, answer in accounting_reads:
        spec.path(
            path=path,
            operations={
                "get": {
                    "summary": summary,
                    "security": ACCOUNTING,
                    "parameters": PERIOD,
                    "responses": responses(
                        401, 422, 503, ok=json_answer(answer, schema), said=ACCOUNTING_401
                    ),
                }
            },
        )
    spec.path(
        path="/api/v1/receivables/{kassenzeichen}",
        operations={
            "get": {
                "summary": "Stand einer Forderung",
                "security": ACCOUNTING,
                "parameters": [path_parameter("kassenzeichen", {"type": "string"}, "Zehnstellig")],
                "responses": responses(
                    401, 404, 503, ok=json_answer("Die Forderung", "Receivable"), said=ACCOUNTING_401
                ),
            }
        },
    )
    return spec.to_dict()
