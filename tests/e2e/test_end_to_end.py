"""The four services as real processes (gunicorn and workers) on Kafka, PostgreSQL and SMTP."""

from __future__ import annotations

import json
import signal
import time
import uuid
from datetime import UTC, datetime
from email.header import decode_header, make_header

import pytest
import requests
import sqlalchemy as sa
from icalendar import Calendar
from prometheus_client.parser import text_string_to_metric_families

from infra import demo
from infra.platform import Platform
from services.audit import log
from services.audit.verify import Verification, verify
from services.fees import projection as fees_projection
from services.fees.domain.schedule import local_date
from services.notifications import callbacks
from services.notifications.domain import templates
from services.notifications.tables import deliveries
from services.registry import http_ports, producers
from services.routing import staff
from shared.kernel.db import make_engine
from shared.kernel.envelope import utc_now
from shared.web.signature import signed_headers
from tests.conftest import free_port
from tests.helpers import (
    CallbackReceiver,
    application_body,
    rathaus_cli,
    read_events,
    read_topic,
    register_submitter,
    wait_for,
)

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
        "NOTIFICATIONS_RETRY_SECONDS": "0.2",
        "NOTIFICATIONS_MAX_DELAY_SECONDS": "1",
        # This module's platform logs JSON, as for a log shipper; every other test's logs text
        "LOG_FORMAT": "json",
    }
    for service in producers():
        env[f"{service.upper()}_DATABASE_URL"] = new_database()
    with Platform(env=env, log_dir=tmp_path / "log", ports={s: free_port() for s in http_ports()}) as running:
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
    for service in producers():
        assert requests.get(f"{platform.url(service)}/healthz", timeout=5).json()["status"] == "ok"
    with CallbackReceiver(secret="") as assistant:
        engine = make_engine(platform.env["NOTIFICATIONS_DATABASE_URL"])
        with engine.begin() as conn:
            assistant.secret = callbacks.register(conn, "testvendor", assistant.url)
        engine.dispose()
        case_id, token = _citizen_applies_and_pays(platform)
        _caseworker_works_the_case(platform, case_id)
        view = wait_for(lambda: _completed(platform, case_id, token), timeout=30)
        assert [entry["text"] for entry in view["timeline"] if entry["by"] == "routing"][
            -1
        ] == "Abgeschlossen"

        # the citizen's mailbox holds each expected mail once
        expected_mails = [
            "Eingangsbestätigung",
            "Zahlungsaufforderung",
            "Zahlungseingang",
            "Rückfrage zu Ihrem Antrag",
            "Ihr Antrag wurde bewilligt",
            "Ihr Antrag ist abgeschlossen",
        ]
        mails = wait_for(lambda: _mails_once(smtp_server, len(expected_mails)), timeout=30)
        assert sorted(subject.split(":")[0] for subject in mails) == sorted(expected_mails)
        assert all(case_id in subject for subject in mails)

        # the vendor's assistant heard of every status change, signed
        wait_for(lambda: len(assistant.accepted) == 8, timeout=30)
        assert assistant.refused == []
        assert sorted(c["status"] for c in assistant.accepted) == sorted(
            ["routed", "awaiting_payment", "routed", "in_progress", "information_requested", "in_progress"]
            + ["approved", "completed"]
        )

    # every service's event is on its topic, all correlated to the application
    expected = {
        "cases.intake": ["ApplicationSubmitted"],
        "cases.fees": ["FeeAssessed", "PaymentRequested", "FeeBooked", "PaymentReceived", "FeeBooked"],
        "cases.routing": [
            "CaseRouted",
            "PaymentAwaited",
            "PaymentConfirmed",
            "CaseClaimed",
            "InformationRequested",
            "InformationReceived",
            "CaseApproved",
            "CaseCompleted",
        ],
        "cases.notifications": ["NotificationSent"] * 14,  # 6 mails, 8 callbacks
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


def _citizen_applies_and_pays(platform: Platform) -> tuple[str, str]:
    accepted = submit(platform, APPLICATION, "e2e-1")
    assert accepted.status_code == 202, accepted.text
    case_id, token = accepted.json()["case_id"], accepted.json()["tracking_token"]
    assert accepted.headers["Location"] == accepted.json()["status_url"]

    def assessed_and_routed() -> dict | None:
        view = status(platform, case_id, token).json()
        return (
            view if view["fee"] and view["status"] == "awaiting_payment" and view["receipt_sent_at"] else None
        )

    view = wait_for(assessed_and_routed, timeout=30)
    fee = view["fee"]
    assert fee["total_cents"] == 2000 and fee["currency"] == "EUR" and fee["payment_state"] == "open"
    assert fee["schedule_version"] == "oschersleben-2024-01-01" and len(fee["kassenzeichen"]) == 10
    assert view["office"]["id"] == "standesamt"
    # one timeline line for each service's event, whatever order the topics delivered them in
    assert {entry["by"] for entry in view["timeline"]} == set(producers())

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
    wait_for(lambda: status(platform, case_id, token).json()["status"] == "routed", timeout=30)
    today = town_today()
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
    return case_id, token


def _caseworker_works_the_case(platform: Platform, case_id: str) -> None:
    engine = make_engine(platform.env["ROUTING_DATABASE_URL"])
    with engine.begin() as conn:
        token = staff.add(conn, "krueger", "Frau Krüger", "standesamt", "caseworker")
    engine.dispose()
    desk = f"{platform.url('routing')}/api/v1/desk/cases"
    auth = {"Authorization": f"Bearer {token}"}
    listed = requests.get(desk, headers=auth, timeout=10).json()["cases"]
    assert [case["case_id"] for case in listed] == [case_id]
    steps = [
        ("claim", None),
        ("request-information", {"message": "Bitte nennen Sie den Geburtsnamen Ihrer Mutter."}),
        ("receive-information", {"note": "telefonisch"}),
        ("approve", None),
        ("complete", None),
    ]
    for action, body in steps:
        done = requests.post(f"{desk}/{case_id}/{action}", json=body, headers=auth, timeout=10)
        assert done.status_code == 200, done.text


def _completed(platform: Platform, case_id: str, token: str) -> dict | None:
    view = status(platform, case_id, token).json()
    return view if view["status"] == "completed" else None


def _mails_once(smtp_server, count: int) -> list[str] | None:
    subjects = [str(make_header(decode_header(mail["Subject"]))) for mail in smtp_server.mails()]
    assert len(subjects) <= count, subjects  # never a second copy
    return subjects if len(subjects) == count else None


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
    for service in producers():
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


def test_mail_survives_an_smtp_outage_and_a_killed_worker_and_goes_once(platform, smtp_server):
    smtp_server.stop()
    accepted = submit(platform, application_body("nebenwohnung"), "outage-1")
    assert accepted.status_code == 202
    engine = make_engine(platform.env["NOTIFICATIONS_DATABASE_URL"])

    def tried() -> bool:
        # The server being down is no try of the mail's: it waits, pending, with the reason
        with engine.connect() as conn:
            return bool(
                conn.execute(
                    sa.select(deliveries.c.id).where(
                        deliveries.c.template == "receipt",
                        deliveries.c.state == "pending",
                        deliveries.c.attempts == 0,
                        deliveries.c.last_error.like("%Connection refused%"),
                    )
                ).first()
            )

    wait_for(tried, timeout=30)
    platform.kill("notifications-worker", signal.SIGKILL)
    smtp_server.start()
    platform.start_process("notifications-worker")
    wait_for(
        lambda: smtp_server.mails(), timeout=70
    )  # at worst, a delivery claimed when killed waits its lease
    time.sleep(1)  # time enough for a second copy, were one to come
    [receipt] = smtp_server.mails()
    assert receipt["X-Case-Id"] == accepted.json()["case_id"]
    engine.dispose()


def test_generated_cases_through_the_apis_verify_clean(platform, monkeypatch, kafka_bootstrap):
    for name, value in platform.env.items():
        monkeypatch.setenv(name, value)
    tally = demo.run(12, seed=5, api={service: platform.url(service) for service in http_ports()})
    assert tally["submitted"] == 12 and tally["paid"] > 0 and tally["complete"] > 0
    stores = {
        service: make_engine(platform.env[f"{service.upper()}_DATABASE_URL"]) for service in producers()
    }

    def clean() -> Verification | None:
        result = verify(log.read_all(kafka_bootstrap, check_payloads=False), stores)
        # the workers may still be catching up, and their relays publishing what they recorded last
        return result if result.ok and result.pending_in_outboxes == 0 else None

    result = wait_for(clean, timeout=60, interval=1)
    assert result.cases == 12 and result.fees_recomputed == 12 and result.pending_in_outboxes == 0


def test_an_erased_case_keeps_its_fees_and_loses_every_personal_datum(
    platform, kafka_bootstrap, topics, tmp_path
):
    case_id, token = _citizen_applies_and_pays(platform)
    _caseworker_works_the_case(platform, case_id)
    wait_for(lambda: _completed(platform, case_id, token), timeout=30)
    # On the log the personal data was never in clear: sealed with the case's key from the start
    applicant = APPLICATION["applicant"]
    question = "Geburtsnamen Ihrer Mutter"
    for topic in ("cases.intake", "cases.routing", "cases.notifications"):
        raw = b"".join(r.value for r in read_topic(kafka_bootstrap, topics + topic, expect=1))
        for secret in (applicant["family_name"], applicant["email"], question):
            assert secret.encode() not in raw, (topic, secret)
    engines = {s: make_engine(platform.env[f"{s.upper()}_DATABASE_URL"]) for s in producers()}
    books = _books(engines["fees"], case_id)
    before = status(platform, case_id, token).json()
    assert applicant["email"] in str(_rows_of(engines["notifications"], "recipients", case_id))

    env = {**platform.env, "RATHAUS_VAR": str(tmp_path)}
    reason = "Antrag der betroffenen Person nach Art. 17 DSGVO"
    erased = rathaus_cli("privacy", "erase", case_id, "--reason", reason, "--by", "dsb-mueller", env=env)
    assert erased.returncode == 0 and "personal data erased; its key deleted" in erased.stdout, erased.stderr

    # Every service took it out of its tables
    def shredded() -> bool:
        contact = _rows_of(engines["notifications"], "recipients", case_id)
        copy = _rows_of(engines["routing"], "applications", case_id)
        return (
            contact[0]["citizen"] == {"service_name": "Geburtsurkunde"}
            and copy[0]["payload"]["applicant"] is None
        )

    wait_for(shredded, timeout=30)
    for delivery in _rows_of(engines["notifications"], "deliveries", case_id):
        assert delivery["recipient"] is None and applicant["email"] not in json.dumps(
            delivery["trigger_payload"]
        )
    view = wait_for(
        lambda: (
            (v := status(platform, case_id, token).json())["timeline"][-1]["event"] == "PersonalDataErased"
            and v
        ),
        timeout=30,
    )
    lines = [entry["text"] for entry in view["timeline"]]
    assert f"Personenbezogene Daten gelöscht: {reason}" in lines and "Rückfrage an Sie: (gelöscht)" in lines
    assert not any(question in line for line in lines)
    assert view["fee"] == before["fee"] and view["status"] == "completed"
    caseworker = _desk_token(platform)
    shown = requests.get(
        f"{platform.url('routing')}/api/v1/desk/cases/{case_id}",
        headers={"Authorization": f"Bearer {caseworker}"},
        timeout=10,
    ).json()
    assert shown["application"]["applicant"] is None and shown["application"]["form"] is None
    audit = rathaus_cli("audit", "case", case_id, "--json", env=env)
    assert audit.returncode == 0 and '"applicant": null' in audit.stdout
    for secret in (applicant["family_name"], applicant["email"], question):
        assert secret not in audit.stdout and secret not in json.dumps(shown)

    # The books are as they were, verify agrees with the shredded tables, a rebuild gives them again
    assert _books(engines["fees"], case_id) == books
    verified = rathaus_cli("audit", "verify", "--json", env=env, timeout=120)
    result = json.loads(verified.stdout)
    assert verified.returncode == 0 and result["ok"] and result["fees_of_erased_cases"] == 1, verified.stdout
    fees_projection.FROM_STORE.rebuild(engines["fees"])
    assert _books(engines["fees"], case_id) == books
    again = rathaus_cli("privacy", "erase", case_id, "--reason", reason, "--by", "dsb-mueller", env=env)
    assert again.returncode == 0 and "was erased already; its key gone already" in again.stdout
    for engine in engines.values():
        engine.dispose()


def _books(fees: sa.Engine, case_id: str) -> list:
    with fees.connect() as conn:
        entries = conn.execute(
            sa.text(
                "SELECT e.kind, e.description, l.account, l.amount_cents FROM journal_entries e JOIN "
                "journal_lines l USING (entry_id) WHERE e.case_id = :case ORDER BY e.recorded_at, l.line_no"
            ),
            {"case": case_id},
        )
        return [tuple(row) for row in entries] + _rows_of(fees, "receivables", case_id)


def _rows_of(engine: sa.Engine, table: str, case_id: str) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(sa.text(f"SELECT * FROM {table} WHERE case_id = :case"), {"case": case_id})
        return [dict(row) for row in rows.mappings()]


def _desk_token(platform: Platform) -> str:
    engine = make_engine(platform.env["ROUTING_DATABASE_URL"])
    with engine.begin() as conn:
        token = staff.add(conn, f"lead-{uuid.uuid4().hex[:6]}", "Frau Lange", "standesamt", "lead")
    engine.dispose()
    return token


def town_today() -> str:
    """The day the fees are booked on: the town's (Europe/Berlin), which is the next one from 23:00 UTC."""
    return local_date(utc_now()).isoformat()


def _metrics(platform: Platform, service: str) -> dict[tuple[str, frozenset], float]:
    """A service's /metrics: each sample by name and labels."""
    text = requests.get(f"{platform.url(service)}/metrics", timeout=10).text
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def _value(samples: dict[tuple[str, frozenset], float], name: str, **labels: str) -> float:
    """The sum over every sample of that name whose labels include these."""
    wanted = set(labels.items())
    return sum(value for (n, have), value in samples.items() if n == name and wanted <= have)


def test_an_operator_sees_metrics_status_and_json_logs(platform, tmp_path):
    accepted = submit(platform, APPLICATION, "e2e-watch")
    assert accepted.status_code == 202, accepted.text
    case_id, token = accepted.json()["case_id"], accepted.json()["tracking_token"]
    wait_for(lambda: status(platform, case_id, token).json()["receipt_sent_at"], timeout=30)

    intake = _metrics(platform, "intake")
    route = {"route": "/api/v1/applications", "method": "POST", "status": "202"}
    assert _value(intake, "rathaus_http_request_duration_seconds_count", **route) == 1
    assert _value(intake, "rathaus_http_request_duration_seconds_bucket", le="+Inf", **route) == 1
    assert _value(intake, "rathaus_events_published_total", service="intake") >= 1
    fees = _metrics(platform, "fees")
    submitted = {"service": "fees", "event_type": "ApplicationSubmitted"}
    assert _value(fees, "rathaus_events_consumed_total", **submitted) == 1
    assert _value(fees, "rathaus_events_dead_lettered_total") == 0
    mail = {"channel": "email", "outcome": "sent"}
    assert _value(_metrics(platform, "notifications"), "rathaus_notification_deliveries_total", **mail) >= 1

    def measured(service: str) -> dict | None:
        # the workers measure lag, outbox and memory every 5 s
        samples = _metrics(platform, service)
        lag = [v for (n, labels), v in samples.items() if n == "rathaus_consumer_lag"]
        memory = {
            dict(labels)["process"]: v
            for (n, labels), v in samples.items()
            if n == "rathaus_process_resident_memory_bytes"
        }
        caught_up = lag and sum(lag) == 0 and _value(samples, "rathaus_outbox_depth") == 0
        both = {f"{service}-worker", f"{service}-http"} <= memory.keys()
        return memory if caught_up and both else None

    for service in producers():
        memory = wait_for(lambda s=service: measured(s), timeout=30)
        assert all(10_000_000 < resident < 1_000_000_000 for resident in memory.values()), memory

    env = {
        **platform.env,
        "RATHAUS_VAR": str(tmp_path),
        **{f"{service.upper()}_URL": platform.url(service) for service in http_ports()},
    }
    shown = rathaus_cli("status", "--json", env=env)
    assert shown.returncode == 0, shown.stderr
    rows = {row["name"]: row for row in json.loads(shown.stdout)}
    assert set(rows) == set(http_ports()) and all(row["answers"] for row in rows.values())
    assert rows["fees"]["lag"] == 0 and rows["fees"]["outbox_depth"] == 0 and rows["audit"]["lag"] is None
    table = rathaus_cli("status", env=env).stdout
    assert table.splitlines()[0].split()[:3] == ["service", "http", "lag"] and "DOWN" not in table

    # Every line of every process is one JSON object; the case's lines name it; no e-mail address anywhere
    lines = [
        json.loads(line)
        for path in (platform.log_dir).glob("*.log")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert lines and all({"time", "service", "level", "message"} <= line.keys() for line in lines)
    assert {line["service"] for line in lines} >= set(producers())
    assert any(line.get("case_id") == case_id for line in lines)
    assert any(line["message"] == "POST /api/v1/applications 202" and line["status"] == 202 for line in lines)
    everything = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines)
    assert APPLICATION["applicant"]["email"] not in everything and token not in everything


def test_a_caseworker_opens_the_citizen_s_documents_and_the_audit_holds_them_to_their_hashes(
    platform, tmp_path
):
    proof = b"%PDF-1.4\n% Bestaetigung des Sportvereins\n%%EOF\n"
    scan = b"\x89PNG\r\n\x1a\n" + b"\x01" * 32
    body = application_body(
        "fuehrungszeugnis",
        kind="einfach",
        usage="Jugendtrainer im Sportverein",
        honorary_work=True,
        honorary_organisation="SV Oschersleben e. V.",
    )
    accepted = requests.post(
        f"{platform.url('intake')}/api/v1/applications",
        data={"application": json.dumps(body)},
        files=[("documents.nachweis_ehrenamt", ("Vereinsbestätigung.pdf", proof, "application/pdf"))],
        headers={"Idempotency-Key": "docs-1", "Authorization": f"Bearer {platform.vendor_key}"},
        timeout=30,
    )
    assert accepted.status_code == 202, accepted.text
    case_id, token = accepted.json()["case_id"], accepted.json()["tracking_token"]
    routing = make_engine(platform.env["ROUTING_DATABASE_URL"])
    intake = make_engine(platform.env["INTAKE_DATABASE_URL"])
    with routing.begin() as conn:
        desk_token = staff.add(conn, "weber", "Herr Weber", "buergerbuero", "caseworker")
    desk = f"{platform.url('routing')}/api/v1/desk/cases/{case_id}"
    auth = {"Authorization": f"Bearer {desk_token}"}

    def documents_on_desk(count: int) -> list[dict] | None:
        shown = requests.get(desk, headers=auth, timeout=10)
        return shown.json()["documents"] if shown.ok and len(shown.json()["documents"]) == count else None

    [listed] = wait_for(lambda: documents_on_desk(1), timeout=30)
    assert listed["kind"] == "nachweis_ehrenamt" and listed["filename"] == "Vereinsbestätigung.pdf"
    # The desk logs the read and sends the caseworker to intake, which keeps the file, with its grant
    link = requests.get(
        f"{desk}/documents/{listed['document_id']}", headers=auth, allow_redirects=False, timeout=10
    )
    assert link.status_code == 303 and link.headers["Location"].startswith(platform.url("intake"))
    assert requests.get(link.headers["Location"], timeout=10).content == proof
    reads = _rows_of(routing, "access_log", case_id)
    assert [row["what"] for row in reads][-1] == f"document:{listed['document_id']}"

    # The office asks, the citizen answers with a scan
    wait_for(lambda: status(platform, case_id, token).json()["status"] == "routed", timeout=30)
    for action, asked in (("claim", None), ("request-information", {"message": "Bitte die Satzung senden."})):
        assert requests.post(f"{desk}/{action}", json=asked, headers=auth, timeout=10).status_code == 200
    wait_for(lambda: status(platform, case_id, token).json()["status"] == "information_requested", timeout=30)
    answered = requests.post(
        f"{platform.url('intake')}/api/v1/applications/{case_id}/answer",
        data={"answer": json.dumps({"message": "Die Satzung liegt bei."})},
        files=[("documents.sonstiges", ("Satzung.png", scan, "image/png"))],
        headers={"X-Tracking-Token": token},
        timeout=30,
    )
    assert answered.status_code == 200, answered.text
    assert [d["kind"] for d in wait_for(lambda: documents_on_desk(2), timeout=30)] == [
        "nachweis_ehrenamt",
        "sonstiges",
    ]

    env = {**platform.env, "RATHAUS_VAR": str(tmp_path)}

    def verified() -> dict:
        done = rathaus_cli("audit", "verify", "--json", env=env, timeout=120)
        return json.loads(done.stdout)

    wait_for(lambda: verified()["pending_in_outboxes"] == 0, timeout=30, interval=1)
    assert verified()["ok"]
    # A stored file changed behind the platform's back: the audit names the case
    with intake.begin() as conn:
        conn.execute(
            sa.text("UPDATE documents SET content = :forged WHERE document_id = :id"),
            {"forged": proof.replace(b"Sportvereins", b"Schachklubs"), "id": listed["document_id"]},
        )
    tampered = verified()
    assert not tampered["ok"]
    assert [(f["check"], f["case_id"]) for f in tampered["findings"]] == [("documents", case_id)]
    with intake.begin() as conn:
        conn.execute(
            sa.text("UPDATE documents SET content = :proof WHERE document_id = :id"),
            {"proof": proof, "id": listed["document_id"]},
        )

    # A disclosure (Art. 15) names the files with their names and hashes, not their bytes
    subject = ("--subject", body["applicant"]["email"], "--by", "dsb")
    exported = rathaus_cli("privacy", "export", *subject, env=env, timeout=120)
    assert exported.returncode == 0, exported.stderr
    [disclosed] = json.loads(exported.stdout)["cases"]
    files = {row["filename"]: row for row in disclosed["tables"]["intake"]["documents"]}
    assert set(files) == {"Vereinsbestätigung.pdf", "Satzung.png"}
    assert files["Satzung.png"]["content"] == f"(Datei, {len(scan)} Bytes)"

    # Erased with the case's personal data: no file, no name; the hashes stay and the audit agrees
    erased = rathaus_cli("privacy", "erase", case_id, "--reason", "Art. 17 DSGVO", "--by", "dsb", env=env)
    assert erased.returncode == 0, erased.stderr
    for row in _rows_of(intake, "documents", case_id):
        assert row["content"] is None and row["filename"] is None and row["erased_at"] is not None
    wait_for(lambda: all(row["filename"] is None for row in _rows_of(routing, "case_documents", case_id)))
    gone = requests.get(f"{desk}/documents/{listed['document_id']}", headers=auth, timeout=10)
    assert gone.status_code == 404
    wait_for(lambda: verified()["pending_in_outboxes"] == 0, timeout=30, interval=1)
    assert verified()["ok"]
    routing.dispose()
    intake.dispose()


def test_a_visit_is_confirmed_with_a_calendar_file_reminded_moved_and_cancelled(
    platform, smtp_server, tmp_path
):
    intake = platform.url("intake")
    free = requests.get(f"{intake}/api/v1/appointments/free/reisepass", timeout=10).json()["days"]
    # days ahead, so that the reminder of the day before is still to come
    first, second = [start for day in free[2:] for start in day["starts_at"]][:2]
    booked = requests.post(
        f"{intake}/api/v1/appointments",
        json={
            "service_id": "reisepass",
            "starts_at": first,
            "visitor": {"given_name": "Omar", "family_name": "Haddad", "email": "omar.haddad@example.org"},
        },
        headers={"Authorization": f"Bearer {platform.vendor_key}", "Idempotency-Key": "visit-1"},
        timeout=30,
    )
    assert booked.status_code == 201, booked.text
    case_id, token = booked.json()["case_id"], booked.json()["tracking_token"]

    def mails(subject: str) -> list:
        return [
            m
            for m in smtp_server.mails()
            if m["X-Case-Id"] == case_id and str(make_header(decode_header(m["Subject"]))).startswith(subject)
        ]

    def calendar_of(mail) -> Calendar:
        [part] = [p for p in mail.walk() if p.get_content_type() == "text/calendar"]
        return Calendar.from_ical(part.get_payload(decode=True))

    [confirmed] = wait_for(lambda: mails("Terminbestätigung"), timeout=30)
    invitation = calendar_of(confirmed)
    [visit] = invitation.walk("VEVENT")
    assert invitation["METHOD"] == "REQUEST" and visit.decoded("DTSTART") == datetime.fromisoformat(first)
    assert "Markt 1" in str(visit["LOCATION"])

    # The reminder waits for the morning before; made due now, it goes out
    notifications = make_engine(platform.env["NOTIFICATIONS_DATABASE_URL"])
    [reminder] = [
        d for d in _rows_of(notifications, "deliveries", case_id) if d["template"] == "appointment_reminder"
    ]
    assert reminder["state"] == "pending"
    assert reminder["next_attempt_at"] == templates.reminder_due(first)
    with notifications.begin() as conn:
        conn.execute(
            sa.text("UPDATE deliveries SET next_attempt_at = now() WHERE id = :id"), {"id": reminder["id"]}
        )
    wait_for(lambda: mails("Terminerinnerung"), timeout=30)

    moved = requests.post(
        f"{intake}/api/v1/appointments/{case_id}/move",
        json={"starts_at": second},
        headers={"X-Tracking-Token": token},
        timeout=30,
    )
    assert moved.status_code == 200, moved.text
    [moved_mail] = wait_for(lambda: mails("Terminverlegung"), timeout=30)
    replaced = calendar_of(moved_mail).walk("VEVENT")[0]
    assert str(replaced["UID"]) == str(visit["UID"]) and replaced["SEQUENCE"] > visit["SEQUENCE"]
    assert replaced.decoded("DTSTART") == datetime.fromisoformat(second)
    cancelled = requests.post(
        f"{intake}/api/v1/appointments/{case_id}/cancellation",
        headers={"X-Tracking-Token": token},
        timeout=30,
    )
    assert cancelled.status_code == 200
    [cancel_mail] = wait_for(lambda: mails("Terminabsage"), timeout=30)
    assert calendar_of(cancel_mail)["METHOD"] == "CANCEL"
    # the moved visit's reminder is not sent once it is cancelled
    reminders = [
        d for d in _rows_of(notifications, "deliveries", case_id) if d["template"] == "appointment_reminder"
    ]
    assert sorted(d["state"] for d in reminders) == ["sent", "skipped"]
    routing = make_engine(platform.env["ROUTING_DATABASE_URL"])
    wait_for(lambda: _rows_of(routing, "appointments", case_id)[0]["state"] == "cancelled", timeout=30)
    env = {**platform.env, "RATHAUS_VAR": str(tmp_path)}

    def verified() -> dict:
        return json.loads(rathaus_cli("audit", "verify", "--json", env=env, timeout=120).stdout)

    wait_for(lambda: verified()["pending_in_outboxes"] == 0, timeout=30, interval=1)
    assert verified()["ok"]
    notifications.dispose()
    routing.dispose()
