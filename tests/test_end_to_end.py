"""The four services as real processes (gunicorn and workers) on Kafka, PostgreSQL and SMTP."""

from __future__ import annotations

import json
import mailbox
import signal
import time
from datetime import UTC, date, datetime

import pytest
import requests

from infra.platform import Platform
from services.fees.signature import signed_headers
from shared.config import SERVICES
from tests.conftest import free_port
from tests.helpers import application_body, read_events, register_submitter, wait_for

APPLICATION = application_body("geburtsurkunde", copies=3)


@pytest.fixture
def platform(topics, kafka_bootstrap, new_database, smtp_server, tmp_path):
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "RATHAUS_TOPIC_PREFIX": topics,
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp_server.port),
        "PAYMENT_CALLBACK_SECRET": "e2e-callback-secret",
        "ACCOUNTING_TOKEN": "e2e-accounting-token",
    }
    for service in SERVICES:
        env[f"{service.upper()}_DATABASE_URL"] = new_database()
    with Platform(env=env, log_dir=tmp_path / "log", ports={s: free_port() for s in SERVICES}) as running:
        running.vendor_key = register_submitter(env["INTAKE_DATABASE_URL"], "testvendor", ["*"])
        yield running


def submit(platform: Platform, body: dict, key: str) -> requests.Response:
    headers = {"Idempotency-Key": key, "Authorization": f"Bearer {platform.vendor_key}"}
    return requests.post(
        f"{platform.url('intake')}/api/v1/applications", json=body, headers=headers, timeout=10
    )


def status(platform: Platform, case_id: str, token: str) -> requests.Response:
    return requests.get(
        f"{platform.url('intake')}/api/v1/applications/{case_id}",
        headers={"X-Tracking-Token": token},
        timeout=10,
    )


def test_one_application_flows_through_all_four_services(platform, smtp_server, topics, kafka_bootstrap):
    for service in SERVICES:
        assert requests.get(f"{platform.url(service)}/healthz", timeout=5).json()["status"] == "ok"

    accepted = submit(platform, APPLICATION, "e2e-1")
    assert accepted.status_code == 202, accepted.text
    case_id, token = accepted.json()["case_id"], accepted.json()["tracking_token"]
    assert accepted.headers["Location"] == accepted.json()["status_url"]

    def complete() -> dict | None:
        view = status(platform, case_id, token).json()
        return view if view["fee"] and view["office"] and view["receipt_sent_at"] else None

    view = wait_for(complete, timeout=30)
    assert view["status"] == "routed"
    fee = view["fee"]
    assert fee["total_cents"] == 2000 and fee["currency"] == "EUR" and fee["payment_state"] == "open"
    assert fee["schedule_version"] == "oschersleben-2024-01-01" and len(fee["kassenzeichen"]) == 10
    assert view["office"]["id"] == "standesamt"
    # one timeline line for each service's event, whatever order the topics delivered them in
    assert {entry["by"] for entry in view["timeline"]} == set(SERVICES)

    # the citizen pays; the provider's signed callback settles the receivable, and the status shows it
    body = json.dumps(
        {
            "payment_id": "EPAY-E2E-1",
            "kassenzeichen": fee["kassenzeichen"],
            "amount_cents": 2000,
            "currency": "EUR",
            "paid_at": datetime.now(UTC).isoformat(),
        }
    ).encode()
    paid = requests.post(
        f"{platform.url('fees')}/api/v1/payments/callback",
        data=body,
        timeout=10,
        headers=signed_headers(platform.env["PAYMENT_CALLBACK_SECRET"], body, int(time.time())),
    )
    assert paid.status_code == 200 and paid.json()["payment"]["outcome"] == "settled"
    wait_for(lambda: status(platform, case_id, token).json()["fee"]["payment_state"] == "paid", timeout=30)
    today = date.today().isoformat()
    journal = requests.get(
        f"{platform.url('fees')}/api/v1/journal/trial-balance",
        params={"from": today, "to": today},
        headers={"Authorization": f"Bearer {platform.env['ACCOUNTING_TOKEN']}"},
        timeout=10,
    ).json()
    assert journal["total_cents"] == 0
    assert {a["account"]: a["balance_cents"] for a in journal["accounts"]} == {
        "1611": 0,
        "1810": 2000,
        "4312": -2000,
    }

    [mail] = list(mailbox.Maildir(str(smtp_server.maildir), create=False))
    assert mail["To"] == "juergen.weiss@example.org"
    assert case_id in mail["Subject"].replace("\n ", " ")
    assert case_id in mail.get_payload(decode=True).decode("utf-8")

    # every service's event is on its topic, all correlated to the application
    expected = {
        "cases.intake": ["ApplicationSubmitted"],
        "cases.fees": ["FeeAssessed", "PaymentRequested", "FeeBooked", "PaymentReceived", "FeeBooked"],
        "cases.routing": ["CaseRouted", "PaymentAwaited", "PaymentConfirmed"],
        "cases.notifications": ["NotificationSent"],
    }
    per_topic = {
        topic: read_events(kafka_bootstrap, topics + topic, expect=len(types))
        for topic, types in expected.items()
    }
    [submitted] = per_topic["cases.intake"]
    for topic, events in per_topic.items():
        assert [event.event_type for event in events] == expected[topic]
        for event in events:
            assert event.case_id == case_id and event.correlation_id == submitted.event_id, topic
    assert all(event.causation_id == submitted.event_id for event in per_topic["cases.fees"][:3])


def test_a_repeated_submission_is_the_same_case(platform):
    first = submit(platform, APPLICATION, "e2e-2")
    again = submit(platform, APPLICATION, "e2e-2")
    assert first.status_code == again.status_code == 202
    assert first.json()["case_id"] == again.json()["case_id"]
    # either tracking token opens the case
    for accepted in (first, again):
        assert status(platform, first.json()["case_id"], accepted.json()["tracking_token"]).status_code == 200
    other = submit(platform, application_body("geburtsurkunde", copies=1), "e2e-2")
    assert other.status_code == 409
    assert other.headers["Content-Type"] == "application/problem+json"


def test_workers_stop_cleanly_on_sigterm(platform):
    for service in SERVICES:
        platform.kill(f"{service}-worker", signal.SIGTERM)
        assert platform.processes[f"{service}-worker"].returncode == 0


def test_a_fees_worker_killed_mid_stream_assesses_each_case_once(platform, topics, kafka_bootstrap):
    tokens = {}
    for number in range(12):
        accepted = submit(
            platform, application_body("geburtsurkunde", copies=1 + number % 3), f"kill-{number}"
        )
        tokens[accepted.json()["case_id"]] = accepted.json()["tracking_token"]
        if number in (3, 8):
            platform.kill("fees-worker", signal.SIGKILL)
            platform.start_process("fees-worker")

    def all_assessed() -> bool:
        return all(status(platform, case, token).json()["fee"] for case, token in tokens.items())

    wait_for(all_assessed, timeout=60)
    fee_events = read_events(kafka_bootstrap, topics + "cases.fees", expect=3 * len(tokens))
    # A killed relay may publish an event twice; what counts is one assessment, one payment request and one
    # booking (one event id each) per case.
    ids: dict[tuple[str, str], set[str]] = {}
    for event in fee_events:
        ids.setdefault((event.case_id, event.event_type), set()).add(event.event_id)
    kinds = ("FeeAssessed", "PaymentRequested", "FeeBooked")
    assert set(ids) == {(case, kind) for case in tokens for kind in kinds}
    assert all(len(event_ids) == 1 for event_ids in ids.values())
