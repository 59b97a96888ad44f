"""The contracts of fees (the accounting API and the provider's callback) and of the desk API (routing)
against their running gunicorn processes on PostgreSQL: schemathesis finds no 5xx and no answer the
committed OpenAPI document does not state; each process serves that document. And the committed AsyncAPI
document is valid AsyncAPI 3.0 (the official JSON Schema, `@asyncapi/specs` from npm) and describes every
message the platform wrote. Intake's contract: test_intake_contract.py; the audit's: tests/integration."""

from __future__ import annotations

import json
import time
from base64 import b64decode
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import requests
import schemathesis
import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from shared.kernel import case_keys
from shared.kernel.config import ROOT
from shared.kernel.envelope import NewEvent
from shared.kernel.eventstore import EventStore
from shared.kernel.tables import create_store_tables
from shared.web.signature import sign
from tests.e2e.test_desk import desk  # noqa: F401 - the module's running desk, reused here
from tests.e2e.test_fees_api import SECRET, TOKEN, fees  # noqa: F401 - the same for fees
from tests.helpers import submitted_payload

FEES = schemathesis.openapi.from_path(ROOT / "docs" / "openapi" / "fees.json")
ROUTING = schemathesis.openapi.from_path(ROOT / "docs" / "openapi" / "routing.json")
ASYNCAPI = json.loads((ROOT / "docs" / "asyncapi.json").read_text(encoding="utf-8"))
META_SCHEMA = ROOT / "tests" / "contracts" / "node_modules" / "@asyncapi" / "specs" / "schemas"
RECORDED_LOG = Path(__file__).parent / "upgrade" / "2026-12-06" / "topics.jsonl"
# The same examples on every run and machine: a contract that holds here holds in CI. Drawn at random, one
# run met a "negative" example for the case list whose extra query parameter was not in the request sent
# (`?limit=1&overdue=false&service=`), which the server rightly answered 200
EXAMPLES = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
SIGN_HERE = "signed-by-the-provider"


class Provider(requests.Session):
    """Signs a callback as the payment provider does, over the bytes actually sent; a request without the
    signature header (schemathesis trying it without credentials) goes out unsigned."""

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if request.headers.get("X-Signature") == SIGN_HERE:
            stamp = str(int(time.time()))
            body = request.body or b""
            raw = body.encode() if isinstance(body, str) else body
            request.headers["X-Timestamp"] = stamp
            request.headers["X-Signature"] = sign(SECRET, stamp, raw)
        return super().send(request, **kwargs)


@FEES.parametrize()
@EXAMPLES
def test_the_fees_api_answers_as_its_contract_says(case, fees):  # noqa: F811
    # positive_data_acceptance aside: a well-formed payment to a Kassenzeichen without a receivable is
    # refused 422, as the document says, but no schema can know which Kassenzeichen exist
    case.call_and_validate(
        base_url=fees.url,
        session=Provider(),
        headers={"Authorization": f"Bearer {TOKEN}", "X-Signature": SIGN_HERE},
        excluded_checks=[positive_data_acceptance],
    )


def test_a_real_payment_is_answered_as_the_fees_contract_says(fees):  # noqa: F811
    _, kassenzeichen, cents = fees.application()
    paid = fees.pay(kassenzeichen, cents)
    assert paid.status_code == 200, paid.text
    FEES["/api/v1/payments/callback"]["POST"].validate_response(paid)
    receivable = fees.get(f"/api/v1/receivables/{kassenzeichen}")
    FEES["/api/v1/receivables/{kassenzeichen}"]["GET"].validate_response(receivable)
    assert receivable.json()["state"] == "settled"


@pytest.fixture(scope="module")
def office(desk):  # noqa: F811
    """The desk with cases of the caseworker's office, so lists are not empty."""
    for service_id in ("nebenwohnung", "meldebescheinigung", "fuehrungszeugnis"):
        desk.submit(service_id)
    return desk


@ROUTING.parametrize()
@EXAMPLES
def test_the_desk_api_answers_as_its_contract_says(case, office):
    # positive_data_acceptance aside: a step on a case id the office does not have is 404 by design
    case.call_and_validate(
        base_url=office.url,
        headers={"Authorization": f"Bearer {office.tokens['anna']}"},
        excluded_checks=[positive_data_acceptance],
    )


def test_a_case_and_its_steps_are_answered_as_the_desk_contract_says(desk):  # noqa: F811
    case_id = desk.submit("nebenwohnung").case_id
    ROUTING["/api/v1/desk/cases"]["GET"].validate_response(desk.get("anna", "/api/v1/desk/cases"))
    ROUTING["/api/v1/desk/cases/{case_id}"]["GET"].validate_response(
        desk.get("anna", f"/api/v1/desk/cases/{case_id}")
    )
    for step, body in (("claim", None), ("request-information", {"message": "Bitte den Mietvertrag."})):
        done = desk.act("anna", case_id, step, body)
        assert done.status_code == 200, done.text
        ROUTING[f"/api/v1/desk/cases/{{case_id}}/{step}"]["POST"].validate_response(done)
    refused = desk.act("anna", case_id, "approve")  # not while information is asked for
    assert refused.status_code == 409
    ROUTING["/api/v1/desk/cases/{case_id}/approve"]["POST"].validate_response(refused)


def test_each_process_serves_its_committed_contract(fees, desk):  # noqa: F811
    for name, url in (("fees", fees.url), ("routing", desk.url)):
        committed = json.loads((ROOT / "docs" / "openapi" / f"{name}.json").read_text(encoding="utf-8"))
        assert requests.get(f"{url}/api/v1/openapi.json", timeout=5).json() == committed, name


def _messages() -> dict[str, Any]:
    """Each message's validator by event type and version."""
    return {
        (m["name"], m["payload"]["properties"]["schema_version"]["const"]): jsonschema_rs.validator_for(
            m["payload"]
        )
        for m in ASYNCAPI["components"]["messages"].values()
        if m["name"] != "DeadLetter"
    }


def test_the_asyncapi_document_is_valid_asyncapi_3():
    schema = json.loads((META_SCHEMA / "3.0.0-without-$id.json").read_text(encoding="utf-8"))
    errors = [str(error)[:300] for error in jsonschema_rs.validator_for(schema).iter_errors(ASYNCAPI)]
    assert errors == []


def test_the_asyncapi_document_describes_every_message_the_platform_wrote():
    validators = _messages()
    seen = set()
    for line in RECORDED_LOG.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        event = json.loads(b64decode(record["value"]))
        kind = (event["event_type"], event["schema_version"])
        errors = [str(error)[:300] for error in validators[kind].iter_errors(event)]
        assert errors == [], (record["topic"], kind)
        assert f"cases_{event['producer']}" in ASYNCAPI["channels"]
        seen.add(kind)
    assert len(seen) >= 10  # the recorded demo's cases went through every service


def test_a_sealed_event_is_described_too(tmp_path):
    """Today's events carry personal fields sealed in `personal`, absent from the payload."""
    scratch = sa.create_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    create_store_tables(scratch)
    with scratch.begin() as conn:
        [event] = EventStore(producer="intake", topic="cases.intake").append(
            conn,
            "6b1d3f7e-1111-4a2b-9c3d-000000000001",
            0,
            [NewEvent("ApplicationSubmitted", submitted_payload("fuehrungszeugnis"))],
        )
    assert event.personal and "applicant" not in event.payload
    validator = _messages()[(event.event_type, event.schema_version)]
    assert list(validator.iter_errors(json.loads(event.to_json()))) == []
    opened = case_keys.readable("fees", [event])[0].payload
    assert "applicant" in opened  # and the key opens what the document says is sealed
