"""Fees' HTTP API: the payment provider's callback, and the journal for the town's accounting."""

from __future__ import annotations

import hmac
import os
import time
from typing import Any

import sqlalchemy as sa
from flask import Blueprint, Response, jsonify, request
from marshmallow import ValidationError

from services.fees import journal, projection
from services.fees.handlers import settle
from services.fees.requests import PaymentCallback, Period
from services.fees.store import DATABASE, STORE
from services.fees.tables import provider_payments
from shared.kernel import config
from shared.kernel.envelope import utc_now
from shared.web import signature
from shared.web.http import UNSTORABLE, problem, storable, validation_problem

api = Blueprint("api", __name__)


@api.post("/api/v1/payments/callback")
def payment_callback() -> Response:
    providers = config.payment_providers()
    if not providers:
        return problem(503, "Nicht eingerichtet", "PAYMENT_CALLBACK_SECRET ist nicht gesetzt.")
    body = request.get_data()
    stamp, signed = request.headers.get("X-Timestamp"), request.headers.get("X-Signature")
    # The provider is the one whose secret signed it; a stand-in's test payment is never taken for real money
    refusals = {
        name: signature.refusal(secret, stamp, signed, body, time.time())
        for name, secret in providers.items()
    }
    provider = next((name for name, why in refusals.items() if why is None), None)
    if provider is None:
        return problem(401, "Signatur ungültig", str(next(iter(refusals.values()))))
    if not request.is_json:
        return problem(415, "Falsches Format", "Bitte als application/json senden.")
    try:
        payment = PaymentCallback().loads(body)
    except ValidationError as error:
        return validation_problem(error.messages)
    except ValueError:
        return problem(400, "Ungültiges JSON", "Der Inhalt ist kein gültiges JSON-Objekt.")
    if not storable(payment):  # a NUL in the payment id: no text column takes it
        return problem(400, "Ungültiger Text", UNSTORABLE)
    with DATABASE.engine.begin() as conn:
        STORE.lock(conn)  # a repeated callback racing the first one waits, then finds it recorded
        known = _recorded(conn, provider, payment["payment_id"])
        if known is None:
            recorded = settle(conn, provider, payment, utc_now())
            if recorded is None:
                return problem(
                    422,
                    "Unbekanntes Kassenzeichen",
                    f"Zum Kassenzeichen {payment['kassenzeichen']} gibt es keine Forderung; "
                    "die Zahlung ist nicht verbucht und muss geklärt werden.",
                )
            known = _recorded(conn, provider, payment["payment_id"])
        elif (
            known["amount_cents"] != payment["amount_cents"]
            or known["kassenzeichen"] != payment["kassenzeichen"]
        ):
            return problem(
                409,
                "Zahlungsnummer schon verwendet",
                "Diese Zahlungsnummer wurde schon mit anderem Betrag oder Kassenzeichen gemeldet.",
            )
        receivable = projection.receivable(conn, payment["kassenzeichen"])
    return jsonify(payment=known, receivable=_receivable_view(receivable))


@api.get("/api/v1/journal")
def journal_entries() -> Response:
    refused, period = _accounting_request()
    if refused:
        return refused
    with DATABASE.engine.connect() as conn:
        found = journal.entries(conn, period["start"], period["end"])
    return jsonify(entries=found, **{"from": period["start"].isoformat(), "to": period["end"].isoformat()})


@api.get("/api/v1/journal/trial-balance")
def trial_balance() -> Response:
    refused, period = _accounting_request()
    if refused:
        return refused
    with DATABASE.engine.connect() as conn:
        accounts = journal.trial_balance(conn, period["start"], period["end"])
    return jsonify(accounts=accounts, total_cents=sum(a["balance_cents"] for a in accounts))


@api.get("/api/v1/receivables/<kassenzeichen>")
def receivable(kassenzeichen: str) -> Response:
    refused, _ = _accounting_request(needs_period=False)
    if refused:
        return refused
    with DATABASE.engine.connect() as conn:
        row = projection.receivable(conn, kassenzeichen)
    if row is None:
        return problem(404, "Nicht gefunden", "Kein Kassenzeichen dieser Nummer.")
    return jsonify(_receivable_view(row))


def _recorded(conn: sa.Connection, provider: str, payment_id: str) -> dict[str, Any] | None:
    row = conn.execute(
        sa.select(provider_payments).where(
            provider_payments.c.provider == provider, provider_payments.c.payment_id == payment_id
        )
    ).first()
    return dict(row._mapping) if row else None


def _accounting_request(needs_period: bool = True) -> tuple[Response | None, dict]:
    """Accounting authenticates with ACCOUNTING_TOKEN as a bearer token; periods come as from= and to=."""
    expected = os.environ.get("ACCOUNTING_TOKEN")
    if not expected:
        return problem(503, "Nicht eingerichtet", "ACCOUNTING_TOKEN ist nicht gesetzt."), {}
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        response = problem(401, "Nicht angemeldet", "Bitte mit dem Zugang der Buchhaltung anmelden.")
        response.headers["WWW-Authenticate"] = 'Bearer realm="fees"'
        return response, {}
    if not needs_period:
        return None, {}
    try:
        period = Period().load(request.args)
    except ValidationError as error:
        return validation_problem(error.messages), {}
    if period["start"] > period["end"]:
        return validation_problem({"from": ["Der Beginn liegt nach dem Ende."]}), {}
    return None, period


def _receivable_view(row: dict[str, Any]) -> dict[str, Any]:
    open_cents = projection.open_cents(row)
    if row["waived_cents"] >= row["assessed_cents"]:
        state = "cancelled"  # nothing owed any more; whatever was paid is refunded
    elif open_cents:
        state = "partial" if row["paid_cents"] > row["refunded_cents"] else "open"
    else:
        state = "settled"
    return {
        "kassenzeichen": row["kassenzeichen"],
        "case_id": row["case_id"],
        "service_id": row["service_id"],
        "assessed_cents": row["assessed_cents"],
        "paid_cents": row["paid_cents"],
        "overpaid_cents": row["overpaid_cents"],
        "waived_cents": row["waived_cents"],
        "refunded_cents": row["refunded_cents"],
        "open_cents": open_cents,
        "state": state,
        "due_on": row["due_on"].isoformat(),
        "last_payment_at": row["last_payment_at"].isoformat() if row["last_payment_at"] else None,
    }
