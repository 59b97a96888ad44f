"""`rathaus audit`: a case's timeline read back from Kafka, and `verify` on an honest record and on records
that were tampered with. The four services' own code runs in one process (tests/town.py) on real PostgreSQL
stores and relays to real Kafka topics."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from infra.platform import Platform
from services.audit import log
from services.audit.jobs import verify_in_jobs
from services.audit.verify import verify
from services.fees.domain.schedule import SCHEDULE_DIR
from services.intake.handlers import submit
from services.registry import producers
from services.routing import staff
from shared.contracts import FeesEvent
from shared.kernel import case_keys
from shared.kernel.config import ROOT
from shared.kernel.db import make_engine
from shared.kernel.envelope import GENESIS_HASH, Event, NewEvent, seal, utc_now
from shared.kernel.events import upcast
from shared.kernel.kafka import make_producer, topic_name
from shared.kernel.signing import make_key, signing_key
from shared.kernel.tables import create_store_tables
from tests.conftest import free_port
from tests.helpers import rathaus_cli, submitted_payload
from tests.town import Town


@pytest.fixture
def town(new_database, topics, smtp_server):
    built = Town({service: new_database() for service in producers()})
    yield built
    built.dispose()


def rathaus(
    town: Town, kafka_bootstrap: str, topics: str, tmp_path: Path, *args: str
) -> subprocess.CompletedProcess:
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "RATHAUS_TOPIC_PREFIX": topics,
        "RATHAUS_VAR": str(tmp_path),
        **{f"{service.upper()}_DATABASE_URL": url for service, url in town.urls.items()},
    }
    return rathaus_cli("audit", *args, env=env, timeout=300)


def one_whole_case(town: Town) -> str:
    """A birth certificate through all four services: applied for, paid, asked about, approved, completed."""
    case_id = town.apply_for("geburtsurkunde", "whole-1")
    town.pump()
    town.pay(case_id)
    town.pump()
    for step, body in [
        ("claim", {}),
        ("request-information", {"message": "Bitte den Geburtsnamen der Mutter nennen."}),
        ("receive-information", {}),
        ("approve", {}),
        ("complete", {}),
    ]:
        assert town.act(case_id, step, body), step
    town.pump()
    town.deliver()
    town.pump()
    town.relay()
    return case_id


def test_the_timeline_of_a_case_comes_from_the_log_in_causal_order(town, kafka_bootstrap, topics, tmp_path):
    case_id = one_whole_case(town)
    other = town.apply_for("meldebescheinigung", "other-1")  # another case on the same topics
    town.pump()
    town.relay()
    shown = rathaus(town, kafka_bootstrap, topics, tmp_path, "case", case_id, "--json")
    assert shown.returncode == 0, shown.stderr
    timeline = json.loads(shown.stdout)["events"]
    assert {event["producer"] for event in timeline} == set(producers())
    assert all(event["case_id"] == case_id for event in timeline) and other not in shown.stdout
    seen: set[str] = set()
    for event in timeline:  # a cause always comes before what it caused
        assert event["causation_id"] == event["event_id"] or event["causation_id"] in seen, event[
            "event_type"
        ]
        seen.add(event["event_id"])
    types = [event["event_type"] for event in timeline]
    assert types[0] == "ApplicationSubmitted"
    assert types.index("FeeAssessed") < types.index("PaymentReceived") < types.index("PaymentConfirmed")
    assert types.index("CaseApproved") < types.index("CaseCompleted")
    assert types.count("NotificationSent") == 6  # the mails (this vendor takes no callbacks)
    text = rathaus(town, kafka_bootstrap, topics, tmp_path, "case", case_id)
    assert text.returncode == 0 and f"Vorgang {case_id}" in text.stdout and "total_cents=2000" in text.stdout


def test_verify_passes_on_an_honest_record(town, kafka_bootstrap, topics, tmp_path):
    one_whole_case(town)
    town.generate(30)
    town.deliver()
    town.pump()
    town.relay()
    checked = rathaus(town, kafka_bootstrap, topics, tmp_path, "verify")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "verified" in checked.stdout
    report = json.loads(rathaus(town, kafka_bootstrap, topics, tmp_path, "verify", "--json").stdout)
    assert (
        report["ok"]
        and report["cases"] == 31
        and report["fees_recomputed"] == 31
        and report["rows_compared"] > 300
    )


@pytest.mark.parametrize("tampering", ["edited", "removed", "schedule-changed", "projection-edited"])
def test_verify_fails_naming_the_case_when_the_record_was_tampered_with(
    town, kafka_bootstrap, topics, tmp_path, tampering
):
    case_id = one_whole_case(town)
    town.generate(5)
    town.relay()
    args = ["verify"]
    if tampering == "edited":  # someone lowers a fee in the fees store
        with town.engines["fees"].begin() as conn:
            row = conn.execute(
                sa.text(
                    "SELECT event_id, payload FROM events WHERE case_id = :c AND event_type = 'FeeAssessed'"
                ),
                {"c": case_id},
            ).one()
            payload = {**_json(row.payload), "total_cents": 100}
            conn.execute(
                sa.text("UPDATE events SET payload = CAST(:p AS JSONB) WHERE event_id = :e"),
                {"p": json.dumps(payload), "e": row.event_id},
            )
        expected = row.event_id
    elif tampering == "removed":  # a caseworker's decision disappears from routing's store
        with town.engines["routing"].begin() as conn:
            expected = conn.execute(
                sa.text("SELECT event_id FROM events WHERE case_id = :c AND event_type = 'CaseApproved'"),
                {"c": case_id},
            ).scalar_one()
            conn.execute(
                sa.text(
                    "DELETE FROM outbox WHERE position = (SELECT position FROM events WHERE event_id = :e)"
                ),
                {"e": expected},
            )
            conn.execute(sa.text("DELETE FROM events WHERE event_id = :e"), {"e": expected})
        expected = None  # named by the event that no longer links, or by the log's copy
    elif tampering == "schedule-changed":  # the schedule file is changed after the fact
        schedules = tmp_path / "schedules"
        shutil.copytree(SCHEDULE_DIR, schedules)
        path = next(schedules.glob("*.json"))
        original = path.read_text(encoding="utf-8")
        birth = '"code": "GU", "description": "Geburtsurkunde",\n      "first_cents": 1000'
        assert birth in original
        path.write_text(original.replace(birth, birth.replace("1000", "1200")), encoding="utf-8")
        args += ["--schedules", str(schedules)]
        expected = None
    else:  # a receivable's open amount is changed in the live projection
        with town.engines["fees"].begin() as conn:
            conn.execute(sa.text("UPDATE receivables SET paid_cents = 0 WHERE case_id = :c"), {"c": case_id})
        expected = None
    checked = rathaus(town, kafka_bootstrap, topics, tmp_path, *args)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    differences = [line for line in checked.stdout.splitlines() if line.startswith("DIFFERENCE")]
    assert differences and all(case_id in line for line in differences if "[fee]" not in line)
    assert any(case_id in line for line in differences)
    if expected:
        assert any(expected in line for line in differences)


def test_verify_names_a_waiver_of_the_whole_fee_that_no_second_person_approved(town, kafka_bootstrap, topics):
    """Recorded by routing's own code, signed and chained, the waiver holds as an event; what it lacks is the
    second person the desk asks for, and the audit says so."""
    from services.routing.handlers import after_last, record
    from services.routing.store import STORE as ROUTING_STORE

    approved, alone = (town.apply_for("geburtsurkunde", key) for key in ("four-eyes-1", "four-eyes-2"))
    town.pump()
    proposal = {"kind": "waiver", "reason": "Bürgergeld", "amount_cents": None}
    assert town.act(approved, "fee-reductions", proposal)  # proposed, and approved by a second person
    with town.engines["routing"].begin() as conn:
        ROUTING_STORE.lock(conn)
        waiver = {"kind": "waiver", "amount_cents": 1200, "reason": "Bürgergeld", "caseworker_id": "lead-x"}
        [granted] = record(conn, alone, [after_last(conn, alone, "FeeReductionGranted", waiver)])
    town.pump()
    town.relay()
    result = verify(log.read_all(kafka_bootstrap, check_payloads=False), town.engines)
    found = [(f.check, f.case_id, f.event_id) for f in result.findings]
    assert found == [("four eyes", alone, granted.event_id)]


def test_verify_checks_the_payload_of_an_event_no_store_holds(town, kafka_bootstrap, topics):
    """`verify` reads the log without checking payloads and leaves that to the stores, which checked every
    event they hold on append. An event that no store holds (written to the topic behind the platform's back,
    with a hash that holds) is checked here: off its schema, it is unreadable and never replayed."""
    case_id = one_whole_case(town)
    town.relay()
    forged = seal(
        NewEvent(FeesEvent.PAYMENT_RECEIVED, {"kassenzeichen": 12}, schema_version=1),
        case_id=case_id,
        stream_version=99,
        producer="fees",
        prev_hash=GENESIS_HASH,
        occurred_at=utc_now(),
        signing_key=signing_key("fees"),
    )
    producer = make_producer()
    producer.send(topic_name("cases.fees"), key=case_id.encode(), value=forged.to_json()).get(timeout=30)
    producer.close()
    messages = list(log.read_all(kafka_bootstrap, check_payloads=False))
    [unchecked] = [m for m in messages if m.event is not None and m.event.event_id == forged.event_id]
    assert not unchecked.payload_checked
    result = verify(messages, town.engines)
    assert result.unreadable_messages == 1
    assert result.ok, result.findings  # what is left is the honest record


def test_verify_names_every_event_its_producer_did_not_sign(town, kafka_bootstrap, topics, tmp_path):
    """A forger on the machine writes a payment for the case straight to fees' topic, with a hash that holds:
    unsigned, signed with a key of their own, with intake's key, and on routing's topic signed with fees'."""
    case_id = one_whole_case(town)
    town.relay()
    paid = _forged_payment()
    forgers_own = make_key("fees", tmp_path / "forgers-keys")  # a fees key, published nowhere
    forged = {}
    for name, key, topic in [
        ("unsigned", None, "cases.fees"),
        ("own key", forgers_own, "cases.fees"),
        ("intake's key", signing_key("intake"), "cases.fees"),
        ("routing's topic", signing_key("fees"), "cases.routing"),
    ]:
        event = seal(
            NewEvent(FeesEvent.PAYMENT_RECEIVED, paid, schema_version=1),
            case_id=case_id,
            stream_version=90 + len(forged),
            producer="fees",
            prev_hash=GENESIS_HASH,
            occurred_at=utc_now(),
            signing_key=key,
        )
        forged[event.event_id] = name
        producer = make_producer()
        producer.send(topic_name(topic), key=case_id.encode(), value=event.to_json()).get(timeout=30)
        producer.close()
    result = verify(log.read_all(kafka_bootstrap, check_payloads=False), town.engines)
    named = {finding.event_id: finding.detail for finding in result.findings}
    assert set(named) == set(forged), result.findings  # the forgeries, and nothing of the honest record
    assert {f.check for f in result.findings} == {"signature"} and result.unreadable_messages == 0
    assert "unsigned" in named[next(i for i, n in forged.items() if n == "unsigned")]
    assert "which no one published" in named[next(i for i, n in forged.items() if n == "own key")]
    assert "a key of intake" in named[next(i for i, n in forged.items() if n == "intake's key")]
    assert "topic of routing" in named[next(i for i, n in forged.items() if n == "routing's topic")]


def test_verify_names_a_forgery_linked_into_a_stream_and_a_forged_stream(
    town, kafka_bootstrap, topics, tmp_path
):
    """verify checks a whole stream's newest signature only (decision 0032): a forger who links an event
    to the newest of an honest stream, or writes a whole stream of a case of their own, is still named, and
    only the forgery."""
    case_id = one_whole_case(town)
    town.relay()
    with town.engines["fees"].connect() as conn:
        newest = conn.execute(
            sa.text(
                "SELECT stream_version, hash FROM events WHERE case_id = :c"
                " ORDER BY stream_version DESC LIMIT 1"
            ),
            {"c": case_id},
        ).one()
    forgers_own = make_key("fees", tmp_path / "forgers-keys")

    def forged(case: str, version: int, prev_hash: str) -> Event:
        return seal(
            NewEvent(FeesEvent.PAYMENT_RECEIVED, _forged_payment(), schema_version=1),
            case_id=case,
            stream_version=version,
            producer="fees",
            prev_hash=prev_hash,
            occurred_at=utc_now(),
            signing_key=forgers_own,
        )

    linked = forged(case_id, newest.stream_version + 1, newest.hash)
    own_case = str(uuid.uuid4())
    first = forged(own_case, 1, GENESIS_HASH)
    second = forged(own_case, 2, first.hash)
    producer = make_producer()
    for event in (linked, first, second):
        producer.send(topic_name("cases.fees"), key=event.case_id.encode(), value=event.to_json()).get(30)
    producer.close()
    result = verify(log.read_all(kafka_bootstrap, check_payloads=False), town.engines)
    assert {(f.check, f.event_id) for f in result.findings} == {
        ("signature", linked.event_id),
        ("signature", first.event_id),
        ("signature", second.event_id),
    }, result.findings


def _forged_payment() -> dict[str, Any]:
    return {
        "provider": "epaybl",
        "payment_id": "FORGED-1",
        "kassenzeichen": "2600000018",
        "amount_cents": 1300,
        "paid_at": utc_now().isoformat(),
        "outcome": "settled",
        "applied_cents": 1300,
        "excess_cents": 0,
    }


def _json(value: object) -> dict:
    return value if isinstance(value, dict) else json.loads(str(value))


def test_old_and_new_application_versions_replay_alike(town, kafka_bootstrap, topics):
    old = town.apply_for("fuehrungszeugnis", "v1", version=1)
    new = town.apply_for("fuehrungszeugnis", "v2")
    town.pump()
    with town.engines["intake"].connect() as conn:
        versions = dict(conn.execute(sa.text("SELECT case_id, schema_version FROM events")).all())
    assert versions == {old: 1, new: 3}
    with town.engines["routing"].connect() as conn:
        for case_id in (old, new):  # the policy came with v2, and from the upcaster for v1
            types = [
                r.event_type
                for r in conn.execute(
                    sa.text("SELECT event_type FROM events WHERE case_id = :c ORDER BY stream_version"),
                    {"c": case_id},
                )
            ]
            assert types == ["CaseRouted", "PaymentAwaited"], case_id
    town.relay()
    [recorded] = [m.event for m in log.case_messages(old, kafka_bootstrap) if m.event.producer == "intake"]
    assert recorded.schema_version == 1 and "payment_policy" not in recorded.payload
    upcast_payload = upcast(recorded).payload
    assert upcast_payload["payment_policy"] == "before_submission" and upcast_payload["documents"] == []
    result = verify(log.read_all(kafka_bootstrap, check_payloads=False), town.engines)
    assert result.ok, result.findings


def test_replay_equals_the_live_projections_after_thousands_of_cases(
    topics, smtp_server, kafka_bootstrap, tmp_path
):
    # SQLite stores: the same projections, at twice the speed of a PostgreSQL over TCP for this many cases
    town = Town({service: f"sqlite:///{tmp_path / service}.db" for service in producers()})
    made = town.generate(2000, seed=11)
    town.relay()
    result = verify(log.read_all(kafka_bootstrap, check_payloads=False), town.engines)
    town.dispose()
    assert result.ok, result.findings[:5]
    assert result.cases == len(made) == 2000 and result.fees_recomputed == 2000
    assert result.events > 15_000 and result.rows_compared > 20_000


def test_verify_in_slices_of_cases_finds_what_it_finds_in_one(town, kafka_bootstrap, topics):
    """A log longer than a slice is spilled to a scratch file and checked a range of case ids at a time: the
    same counts and the same findings as when it is checked whole."""
    case_id = one_whole_case(town)
    town.generate(40, seed=3)
    town.relay()
    with town.engines["fees"].begin() as conn:  # a fee lowered in the store, a receivable's amount changed
        conn.execute(
            sa.text(
                "UPDATE events SET payload = jsonb_set(payload, '{total_cents}', '100')"
                " WHERE case_id = :c AND event_type = 'FeeAssessed'"
            ),
            {"c": case_id},
        )
        conn.execute(sa.text("UPDATE receivables SET paid_cents = 0 WHERE case_id = :c"), {"c": case_id})
    messages = list(log.read_all(kafka_bootstrap, check_payloads=False))
    whole = verify(messages, town.engines)
    sliced = verify(iter(messages), town.engines, slice_size=len(messages) // 10)
    assert whole.findings and all(f.case_id == case_id for f in whole.findings)
    assert sliced == whole


def test_verify_in_jobs_finds_what_one_process_finds(town, kafka_bootstrap, topics):
    """Three jobs, each a range of case ids that reads the whole log, decodes only the messages keyed in its
    range and checks them in slices of its own: the same counts and findings as one process holding the log
    whole. Among them a copy of an honest event published under another case's key, named by both."""
    case_id = one_whole_case(town)
    town.generate(40, seed=3)
    town.relay()
    with town.engines["fees"].begin() as conn:  # a receivable's amount changed
        conn.execute(sa.text("UPDATE receivables SET paid_cents = 0 WHERE case_id = :c"), {"c": case_id})
    messages = list(log.read_all(kafka_bootstrap, check_payloads=False))
    routed = next(
        m.event for m in messages if m.event and m.event.case_id == case_id and m.topic.endswith("routing")
    )
    # keyed at the other end of the ids, so in another job's range than its case's
    other = (
        "ffffffff-ffff-4fff-bfff-ffffffffffff" if case_id < "8" else "00000000-0000-4000-8000-000000000000"
    )
    producer = make_producer()
    producer.send(topic_name("cases.routing"), key=other.encode(), value=routed.to_json()).get(30)
    producer.close()
    whole = verify(log.read_all(kafka_bootstrap, check_payloads=False), town.engines)
    in_jobs = verify_in_jobs(town.urls, 3, kafka_bootstrap, slice_size=len(messages) // 10)
    assert {f.check for f in whole.findings} == {"journal", "log", "replay"}, whole.findings
    assert all(f.case_id == case_id for f in whole.findings)
    [miskeyed] = [f for f in whole.findings if f.check == "log"]
    assert miskeyed.event_id == routed.event_id and "not by its case" in miskeyed.detail
    assert whole.cases == 41 and whole.events == len(messages)
    assert in_jobs == whole


def test_the_auditors_view_reads_and_replays_and_changes_nothing(town, kafka_bootstrap, topics, tmp_path):
    case_id = one_whole_case(town)
    with town.engines["routing"].begin() as conn:
        auditor = staff.add(conn, "pruefer", "Frau Prüfer", None, "auditor")
        caseworker = staff.add(conn, "meier", "Herr Meier", "standesamt", "caseworker")
    audits_own = f"sqlite:///{tmp_path / 'audit.db'}"
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "RATHAUS_TOPIC_PREFIX": topics,
        "AUDIT_DATABASE_URL": audits_own,
        **{f"{service.upper()}_DATABASE_URL": url for service, url in town.urls.items()},
    }
    port = free_port()
    with Platform(env=env, log_dir=tmp_path / "log", ports={"audit": port}, names=["audit-http"]):
        url = f"http://127.0.0.1:{port}/api/v1/audit"

        def get(path: str, token: str | None = auditor, **params: str) -> requests.Response:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            return requests.get(f"{url}{path}", params=params, headers=headers, timeout=60)

        shown = get(f"/cases/{case_id}").json()
        assert {e["producer"] for e in shown["events"]} == set(producers())
        assert shown["events"][0]["event_type"] == "ApplicationSubmitted" and shown["events"][0]["summary"]
        for token in (None, caseworker):
            assert get(f"/cases/{case_id}", token).status_code == 401
        assert get("/cases/00000000-0000-4000-8000-000000000000").status_code == 404
        assert get("/verification").json()["ok"] is True
        report = get("/report").json()
        assert (
            report["cases"] == 1 and report["totals"]["paid_cents"] == 2000 and report["verification"]["ok"]
        )
        html = get("/report", format="html")
        assert html.headers["Content-Type"].startswith("text/html") and "Ohne Befund" in html.text
        assert "20,00 EUR" in html.text
        assert get("/report", **{"from": "gestern"}).status_code == 422
        before = {service: town.count(service) for service in producers()}
        for path in (f"/cases/{case_id}", "/verification", "/report"):
            refused = requests.post(
                f"{url}{path}", headers={"Authorization": f"Bearer {auditor}"}, timeout=10
            )
            assert refused.status_code == 405
        assert {service: town.count(service) for service in producers()} == before
        # Every read of a case's data, and every report, is in the audit's own access log; refusals are not
        with make_engine(audits_own).connect() as conn:
            reads = sa.text("SELECT staff_id, what, case_id, period FROM access_log ORDER BY id")
            assert [tuple(row) for row in conn.execute(reads)] == [
                ("pruefer", "case", case_id, None),
                ("pruefer", "report", None, ".."),
                ("pruefer", "report", None, ".."),
            ]


def test_the_audit_api_answers_as_its_contract_says(town, kafka_bootstrap, topics, tmp_path):
    """schemathesis against docs/openapi/audit.json: no 5xx, no answer the document does not state; and a
    real case, verification and report are answered in the shapes it gives."""
    contract = schemathesis.openapi.from_path(ROOT / "docs" / "openapi" / "audit.json")
    case_id = one_whole_case(town)
    with town.engines["routing"].begin() as conn:
        auditor = {"Authorization": f"Bearer {staff.add(conn, 'pruefer', 'Frau Prüfer', None, 'auditor')}"}
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "RATHAUS_TOPIC_PREFIX": topics,
        "AUDIT_DATABASE_URL": f"sqlite:///{tmp_path / 'audit.db'}",
        **{f"{service.upper()}_DATABASE_URL": url for service, url in town.urls.items()},
    }
    port = free_port()
    with Platform(env=env, log_dir=tmp_path / "log", ports={"audit": port}, names=["audit-http"]):
        url = f"http://127.0.0.1:{port}"
        for result in contract.get_all_operations():
            operation = result.ok()

            @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy())
            def answers_as_stated(case: Any) -> None:
                # positive_data_acceptance aside: a well-formed case id with nothing in the log is 404
                case.call_and_validate(
                    base_url=url, headers=auditor, excluded_checks=[positive_data_acceptance]
                )

            answers_as_stated()
        for path, operation in (
            (f"/api/v1/audit/cases/{case_id}", "/api/v1/audit/cases/{case_id}"),
            ("/api/v1/audit/verification", "/api/v1/audit/verification"),
            ("/api/v1/audit/report", "/api/v1/audit/report"),
        ):
            answer = requests.get(f"{url}{path}", headers=auditor, timeout=60)
            assert answer.status_code == 200, answer.text
            contract[operation]["GET"].validate_response(answer)
        assert requests.get(f"{url}/api/v1/openapi.json", timeout=5).json() == contract.raw_schema


def test_the_audit_view_logs_what_an_auditor_reads_and_signing_out_ends_the_session(
    town, kafka_bootstrap, topics, tmp_path
):
    case_id = one_whole_case(town)
    with town.engines["routing"].begin() as conn:
        token = staff.add(conn, "pruefer", "Frau Prüfer", None, "auditor")
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "RATHAUS_TOPIC_PREFIX": topics,
        "RATHAUS_VAR": str(tmp_path),
        **{f"{service.upper()}_DATABASE_URL": url for service, url in town.urls.items()},
    }
    port = free_port()
    with Platform(env=env, log_dir=tmp_path / "log", ports={"audit": port}, names=["audit-http"]):
        view = f"http://127.0.0.1:{port}/pruefung"
        browser = requests.Session()
        form = browser.get(f"{view}/anmelden", timeout=10)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
        wrong = browser.post(f"{view}/anmelden", data={"csrf_token": csrf, "token": "sk_x_y"}, timeout=10)
        assert wrong.status_code == 401
        browser.post(f"{view}/anmelden", data={"csrf_token": csrf, "token": token}, timeout=10)
        case_page = browser.get(f"{view}/vorgang/{case_id}", timeout=30)
        assert case_page.status_code == 200 and "ApplicationSubmitted" in case_page.text
        assert browser.get(f"{view}/bericht", params={"from": "2026-01-01"}, timeout=60).status_code == 200

        copied = requests.Session()  # the cookie, as someone who copied it off the machine has it
        copied.cookies.update(browser.cookies)
        assert copied.get(f"{view}/", timeout=10, allow_redirects=False).status_code == 200
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', browser.get(f"{view}/", timeout=10).text)
        out = browser.post(f"{view}/abmelden", data={"csrf_token": csrf.group(1)}, allow_redirects=False)
        assert out.status_code == 303
        after = copied.get(f"{view}/vorgang/{case_id}", timeout=10, allow_redirects=False)
        assert after.status_code == 302 and "/pruefung/anmelden" in after.headers["Location"]

        shown = rathaus(town, kafka_bootstrap, topics, tmp_path, "access-log").stdout
        lines = shown.strip().splitlines()
        assert len(lines) == 2 and case_id in lines[0] and "report 2026-01-01.." in lines[1], shown
        assert "refused" in (tmp_path / "log" / "audit-http.log").read_text()


def test_a_period_report_for_the_files(town, kafka_bootstrap, topics, tmp_path):
    one_whole_case(town)
    town.generate(10)
    town.relay()
    written = tmp_path / "bericht.html"
    made = rathaus(
        town, kafka_bootstrap, topics, tmp_path, "report", "--format", "html", "--output", str(written)
    )
    assert made.returncode == 0, made.stdout + made.stderr
    html = written.read_text(encoding="utf-8")
    assert "Prüfbericht" in html and "Offene Forderungen" in html and "Ohne Befund" in html
    report = json.loads(rathaus(town, kafka_bootstrap, topics, tmp_path, "report").stdout)
    assert report["cases"] == 11 and sum(report["states"].values()) == 11
    totals = report["totals"]
    assert totals["open_cents"] == totals["assessed_cents"] - totals["waived_cents"] - (
        totals["paid_cents"] - totals["refunded_cents"]
    )


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_a_read_only_engine_refuses_every_write(dialect, tmp_path, new_database):
    url = f"sqlite:///{tmp_path / 'x.db'}" if dialect == "sqlite" else new_database()
    create_store_tables(make_engine(url))
    reader = make_engine(url, read_only=True)
    with pytest.raises(sa.exc.DBAPIError), reader.begin() as conn:
        conn.execute(sa.text("DELETE FROM events"))
    with reader.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one() == 0


def test_a_disclosure_gives_everything_held_about_a_person_and_is_logged(
    town, kafka_bootstrap, topics, tmp_path
):
    case_id = one_whole_case(town)
    second = town.apply_for("meldebescheinigung", "second-1")
    payload = {
        **submitted_payload("meldebescheinigung"),
        "submitted_by": {"kind": "vendor", "id": town.vendor.id},
    }
    payload["applicant"] = {**payload["applicant"], "email": "ida.klein@example.org"}
    with town.engines["intake"].begin() as conn:
        someone_else = submit(conn, town.vendor, "else-1", payload).case_id
    town.pump()
    town.relay()
    with town.engines["routing"].begin() as conn:
        lead = staff.add(conn, "leitung-standesamt", "Frau Lange", "standesamt", "lead")
        stranger = staff.add(conn, "leitung-steuer", "Herr Bach", "steuerabteilung", "lead")
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "RATHAUS_TOPIC_PREFIX": topics,
        "RATHAUS_VAR": str(tmp_path),
        **{f"{service.upper()}_DATABASE_URL": url for service, url in town.urls.items()},
    }
    subject = ("--subject", "Juergen.Weiss@example.org", "--by", "dsb-mueller")
    exported = rathaus_cli("privacy", "export", *subject, env=env, timeout=120)
    assert exported.returncode == 0, exported.stderr
    made = json.loads(exported.stdout)
    assert [case["case_id"] for case in made["cases"]] == [case_id, second]
    whole = made["cases"][0]
    assert whole["events"][0]["payload"]["applicant"]["family_name"] == "Weiß"
    assert {event["by"] for event in whole["events"]} == set(producers())
    assert set(whole["tables"]) == set(producers())
    copy = whole["tables"]["routing"]["applications"][0]["payload"]
    assert copy["applicant"]["email"] == "juergen.weiss@example.org"
    assert whole["tables"]["fees"]["journal_lines"] and whole["tables"]["notifications"]["deliveries"]
    assert someone_else not in exported.stdout and "ida.klein" not in exported.stdout
    page = rathaus_cli("privacy", "export", *subject, "--format", "html", env=env, timeout=120).stdout
    assert "Auskunft nach Art. 15 DSGVO" in page and "Weiß" in page and second in page

    port = free_port()
    with Platform(env=env, log_dir=tmp_path / "log", ports={"audit": port}, names=["audit-http"]):
        view = f"http://127.0.0.1:{port}/pruefung"
        asked = f"/pruefung/auskunft/vorgang/{case_id}"
        for token, expected in ((stranger, 403), (lead, 200)):
            browser = requests.Session()
            form = browser.get(f"{view}/anmelden", timeout=10)
            csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
            shown = browser.post(
                f"{view}/anmelden",
                params={"next": asked},
                data={"csrf_token": csrf, "token": token},
                timeout=60,
            )
            assert shown.status_code == expected, shown.text
        assert "Weiß" in shown.text and second in shown.text and "ida.klein" not in shown.text
        as_json = browser.get(f"http://127.0.0.1:{port}{asked}", params={"format": "json"}, timeout=60)
        assert [case["case_id"] for case in as_json.json()["cases"]] == [case_id, second]
        # A lead sees this page, not the audit view
        assert "/pruefung/anmelden" in browser.get(f"{view}/", timeout=10).url
    reads = rathaus(town, kafka_bootstrap, topics, tmp_path, "access-log", case_id).stdout
    assert "dsb-mueller" in reads and "leitung-standesamt" in reads and "leitung-steuer" not in reads

    # Art. 17 for the person: each of their cases erased, nobody else's; then nothing links to them
    town.relay()
    erased = rathaus_cli(
        "privacy", "erase", *subject, "--reason", "Antrag nach Art. 17 DSGVO", env=env, timeout=120
    )
    assert erased.returncode == 0 and "2 of 2 cases of Juergen.Weiss@example.org erased" in erased.stdout
    keys = case_keys.keys_of("audit", [case_id, second, someone_else])
    assert keys[case_id] is None and keys[second] is None and keys[someone_else] is not None
    town.relay()
    again = rathaus_cli("privacy", "export", *subject, env=env, timeout=120)
    assert json.loads(again.stdout)["cases"] == []
