"""A stand-in for the town's payment provider (ePayBL or the like), for `rathaus run` and the browser tests:
the portal's "pay now" leads here, the citizen confirms a test payment, and this page sends the fees service
the signed callback a real provider would send, then leads back to the status page. No money moves; the page
says so. It signs with a secret of its own (TEST_PAYMENTS_SECRET), and fees records what it signs as a test
payment; it runs only when asked for (`rathaus run --test-payments`). A real deployment sets PAYMENT_PAGE_URL
to the provider's page instead and does not run this."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime

import requests
from flask import Flask, Response, make_response, redirect, render_template, request
from marshmallow import Schema, ValidationError, fields, validate

from services import registry
from shared.contracts.fees import KASSENZEICHEN
from shared.web.http import PAGE_POLICY, create_service_app, field_errors
from shared.web.pages import enable_pages, pages_blueprint
from shared.web.signature import signed_headers

# Where `rathaus run` serves the stand-in.
PORT = 8006


class PaymentOrder(Schema):
    kassenzeichen = fields.String(required=True, validate=KASSENZEICHEN)
    betrag = fields.Integer(required=True, validate=validate.Range(min=1, max=10_000_000))
    zurueck = fields.Url(required=True, require_tld=False)


def send_callback(
    fees_url: str, secret: str, kassenzeichen: str, cents: int, payment_id: str
) -> requests.Response:
    """What a provider does once the citizen has paid: the signed callback to the fees service."""
    body = json.dumps(
        {
            "payment_id": payment_id,
            "kassenzeichen": kassenzeichen,
            "amount_cents": cents,
            "currency": "EUR",
            "paid_at": datetime.now(UTC).isoformat(),
        }
    ).encode()
    return requests.post(
        f"{fees_url}/api/v1/payments/callback",
        data=body,
        timeout=10,
        headers=signed_headers(secret, body, int(time.time())),
    )


def create_app() -> Flask:
    if not os.environ.get("TEST_PAYMENTS_SECRET"):
        # Its own secret, which fees takes only for test payments: it never signs as the town's provider
        raise RuntimeError("the payment stand-in needs TEST_PAYMENTS_SECRET (rathaus run --test-payments)")
    app = create_service_app("payments")
    enable_pages(app, "payments")
    pages = pages_blueprint("payments", __name__, "")

    @pages.route("/bezahlen", methods=["GET", "POST"])
    def pay() -> Response | str:
        try:
            order = PaymentOrder().load(
                {k: request.values.get(k) for k in ("kassenzeichen", "betrag", "zurueck")}
            )
        except ValidationError as error:
            return render_template("payments/refused.html", errors=field_errors(error.messages)), 422
        if not order["zurueck"].startswith(registry.portal_url() + "/"):
            errors = [{"field": "zurueck", "message": "Zurück geht es nur zum Portal der Stadt."}]
            return render_template("payments/refused.html", errors=errors), 422
        if request.method == "GET":
            page = make_response(render_template("payments/pay.html", order=order))
            # The form's answer leads back to the portal, another origin, which form-action must allow.
            page.headers["Content-Security-Policy"] = PAGE_POLICY.replace(
                "form-action 'self'", f"form-action 'self' {registry.portal_url()}"
            )
            return page
        answer = send_callback(
            registry.url("fees"),
            os.environ["TEST_PAYMENTS_SECRET"],
            order["kassenzeichen"],
            order["betrag"],
            f"TEST-{order['kassenzeichen']}-{int(time.time() * 1000)}",
        )
        if answer.status_code != 200:
            errors = [{"field": "", "message": answer.json().get("detail", answer.text)}]
            return render_template("payments/refused.html", errors=errors), 502
        return redirect(order["zurueck"], 303)

    app.register_blueprint(pages)
    return app
