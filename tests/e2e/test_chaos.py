"""The whole platform as real processes, under load and faults: workers and HTTP processes killed with
SIGKILL, the Kafka broker stopped for a while, PostgreSQL restarted, the SMTP server refusing, poison on every
topic. Afterwards, with everything drained: nothing lost, nothing doubled, the journal balances, the audit
verification passes, and every poison message sits in a dead-letter topic.

`make chaos CHAOS_SECONDS=600 CHAOS_OUTAGE_SECONDS=300` runs it at length; CI runs the short version."""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
import sqlalchemy as sa
from kafka import KafkaProducer

from infra.broker import Broker
from infra.platform import Platform
from infra.postgres import Cluster
from services.audit.jobs import cores, verify_in_jobs
from services.registry import consumed_topics, get, producers
from services.routing import staff
from services.routing.domain.rules import directory
from shared.kernel.db import make_engine
from shared.kernel.kafka import connection
from shared.web.signature import signed_headers
from tests.conftest import MailServer
from tests.e2e.servers import platform_on_own_servers
from tests.helpers import FORMS, application_body, read_topic, register_submitter, wait_for

SECONDS = float(os.environ.get("CHAOS_SECONDS", "75"))
OUTAGE = float(os.environ.get("CHAOS_OUTAGE_SECONDS", "12"))
SECRET = "chaos-callback-secret"
POISON = [
    b"not json at all",
    b'{"event_type": "FeeAssessed"}',
    b"\xff\xfe\x00binary",
    b"[" * 100_000 + b"]" * 100_000,  # past the interpreter's recursion
    b'{"schema_version": ' + b"9" * 5000 + b"}",  # past int()'s digits
]


@dataclass
class Ledger:
    """What the outside world was told: every 202, every payment the provider confirmed."""

    accepted: dict[str, dict[str, Any]] = field(default_factory=dict)  # idempotency key -> 202 body
    paid: dict[str, str] = field(default_factory=dict)  # payment id -> case id
    decided: set[str] = field(default_factory=set)
    poison_sent: Counter[str] = field(default_factory=Counter)  # topic -> count
    faults: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


@pytest.fixture
def world(tmp_path):
    extra = {
        "PAYMENT_CALLBACK_SECRET": SECRET,
        "ACCOUNTING_TOKEN": "chaos-accounting",
        "NOTIFICATIONS_MAX_ATTEMPTS": "100000",
    }
    with platform_on_own_servers(tmp_path, extra) as servers:
        yield servers


# the faults' time, then draining (an outage's length and a minute for the mails) and the checks
@pytest.mark.timeout(SECONDS + 3 * OUTAGE + 900)
def test_nothing_is_lost_or_doubled_under_faults(world):
    platform, broker, cluster, mail = world
    env = platform.env
    vendor = register_submitter(env["INTAKE_DATABASE_URL"], "chaosvendor", ["*"])
    routing = make_engine(env["ROUTING_DATABASE_URL"])
    with routing.begin() as conn:
        leads = {
            office: staff.add(conn, f"lead-{office}", office, office, "lead")
            for office in directory()["offices"]
        }
    ledger = Ledger()
    stop = threading.Event()
    rng = random.Random(int(os.environ.get("CHAOS_SEED", "42")))
    threads = [
        threading.Thread(target=target, args=(platform, ledger, stop, *extra), daemon=True)
        for target, extra in (
            (_citizens, (vendor, random.Random(rng.random()))),
            (_payments, (random.Random(rng.random()),)),
            (_caseworkers, (leads, random.Random(rng.random()))),
        )
    ]
    for thread in threads:
        thread.start()
    _faults(platform, broker, cluster, mail, ledger, rng)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    # Everything is back; now wait until the platform has drained what it accepted.
    _restart_dead(platform)
    assert ledger.accepted, "no application was accepted at all"
    receipts_out = _drain(platform, mail, ledger)
    killed = {fault.split()[1] for fault in ledger.faults if fault.startswith("SIGKILL")}
    assert killed == set(platform.processes), "every process was killed at least once"
    _check(platform, broker, mail, ledger)
    routing.dispose()
    copies = sum(1 for m in mail.mails() if m["X-Case-Id"])
    print(
        f"\nchaos: {SECONDS:.0f} s, outages of {OUTAGE:.0f} s; {len(ledger.accepted)} applications accepted, "
        f"{len(ledger.paid)} payments, {len(ledger.decided)} cases decided, "
        f"{sum(ledger.poison_sent.values())} poison messages, {copies} mails delivered, the last receipt "
        f"{receipts_out:.0f} s after recovery; "
        f"faults: {', '.join(ledger.faults)}"
    )


def _citizens(
    platform: Platform, ledger: Ledger, stop: threading.Event, vendor: str, rng: random.Random
) -> None:
    """Vendors' assistants submitting; one that got no answer tries again with the same Idempotency-Key."""
    unanswered: list[tuple[str, dict[str, Any]]] = []
    number = 0
    until = float("inf")
    while time.monotonic() < until:
        if stop.is_set():  # no new applications; those without an answer are sent again until answered
            if not unanswered:
                return
            until = min(until, time.monotonic() + 120)
        if unanswered and (stop.is_set() or rng.random() < 0.5):
            key, body = unanswered.pop(0)
        else:
            number += 1
            service_id = rng.choice(sorted(FORMS))
            key, body = f"chaos-{number}", application_body(service_id)
            body["applicant"]["email"] = f"buerger.{number}@example.org"
        try:
            response = requests.post(
                f"{platform.url('intake')}/api/v1/applications",
                json=body,
                headers={"Authorization": f"Bearer {vendor}", "Idempotency-Key": key},
                timeout=10,
            )
        except requests.RequestException:
            response = None
        if response is not None and response.status_code == 202:
            with ledger.lock:
                earlier = ledger.accepted.get(key)
                assert earlier is None or earlier["case_id"] == response.json()["case_id"], (
                    "one key, two cases"
                )
                ledger.accepted[key] = response.json()
        else:
            unanswered.append((key, body))
        time.sleep(0.1)


def _payments(platform: Platform, ledger: Ledger, stop: threading.Event, rng: random.Random) -> None:
    """The payment provider: pays most fees, and sometimes sends the same confirmation twice."""
    while not stop.is_set():
        stop.wait(0.5)
        with ledger.lock:
            cases = [c for c in ledger.accepted.values() if c["case_id"] not in ledger.paid.values()]
        if not cases:
            continue
        case = rng.choice(cases)
        try:
            view = requests.get(
                f"{platform.url('intake')}/api/v1/applications/{case['case_id']}",
                headers={"X-Tracking-Token": case["tracking_token"]},
                timeout=5,
            ).json()
        except (requests.RequestException, ValueError):
            continue
        fee = view.get("fee") or {}
        if not fee.get("kassenzeichen"):
            continue
        payment_id = f"CHAOS-{case['case_id'][:13]}"
        body = json.dumps(
            {
                "payment_id": payment_id,
                "kassenzeichen": fee["kassenzeichen"],
                "amount_cents": fee["total_cents"],
                "currency": "EUR",
                "paid_at": datetime.now(UTC).isoformat(),
            }
        ).encode()
        for _ in range(2 if rng.random() < 0.3 else 1):
            try:
                answer = requests.post(
                    f"{platform.url('fees')}/api/v1/payments/callback",
                    data=body,
                    headers=signed_headers(SECRET, body, int(time.time())),
                    timeout=5,
                )
            except requests.RequestException:
                continue
            if answer.status_code == 200:
                with ledger.lock:
                    ledger.paid[payment_id] = case["case_id"]


def _caseworkers(
    platform: Platform, ledger: Ledger, stop: threading.Event, leads: dict[str, str], rng: random.Random
) -> None:
    """Each office's lead works its list: claim, approve, complete."""
    while not stop.is_set():
        stop.wait(1.0)
        office = rng.choice(sorted(leads))
        auth = {"Authorization": f"Bearer {leads[office]}"}
        desk = f"{platform.url('routing')}/api/v1/desk/cases"
        try:
            listed = (
                requests.get(desk, params={"state": "routed"}, headers=auth, timeout=5)
                .json()
                .get("cases", [])
            )
            for case in listed[:3]:
                for step in ("claim", "approve", "complete"):
                    if (
                        requests.post(f"{desk}/{case['case_id']}/{step}", headers=auth, timeout=5).status_code
                        != 200
                    ):
                        break
                else:
                    ledger.decided.add(case["case_id"])
        except (requests.RequestException, ValueError):
            continue


def _faults(
    platform: Platform, broker: Broker, cluster: Cluster, mail: MailServer, ledger: Ledger, rng: random.Random
) -> None:
    """Every kind of fault at least once, in a random order, with SIGKILLs of every process in between."""
    started = time.monotonic()
    kinds = ["broker", "postgres", "smtp", "poison"]
    rng.shuffle(kinds)
    processes = sorted(platform.processes)
    rng.shuffle(processes)
    victims = itertools.cycle(processes)  # each process in turn, so every one is killed at least once
    killed = 0
    # Long outages can fill the time before every process had its turn: the faults go on until it had.
    while time.monotonic() - started < SECONDS or kinds or killed < len(processes):
        time.sleep(rng.uniform(2, 5))
        for name in (next(victims), next(victims)):
            platform.kill(name, signal.SIGKILL)
            ledger.faults.append(f"SIGKILL {name}")
            killed += 1
            time.sleep(rng.uniform(0.2, 1.5))
            platform.start_process(name)
        if not kinds:
            continue
        kind = kinds.pop()
        ledger.faults.append(kind)
        if kind == "broker":
            broker.stop()
            time.sleep(OUTAGE)
            broker.start()
        elif kind == "postgres":
            cluster.stop()
            time.sleep(min(OUTAGE, 5))
            cluster.start()
        elif kind == "smtp":
            mail.stop()
            time.sleep(OUTAGE)
            mail.start()
        else:
            producer = KafkaProducer(**connection(bootstrap=broker.bootstrap), acks="all")
            for service in producers():
                for junk in POISON:
                    producer.send(f"cases.{service}", key=b"poison", value=junk)
                    ledger.poison_sent[f"cases.{service}"] += 1
            producer.flush()
            producer.close()


def _restart_dead(platform: Platform) -> None:
    for name, process in list(platform.processes.items()):
        if process.poll() is not None:
            platform.start_process(name)


def _drain(platform: Platform, mail: MailServer, ledger: Ledger) -> float:
    """Waits until what was accepted is worked off; returns the seconds until the last receipt was out."""
    started = time.monotonic()
    cases = {c["case_id"] for c in ledger.accepted.values()}
    # What queued up during an outage goes out in no longer than the outage lasted, and a minute more.
    wait_for(lambda: cases <= set(mail.receipts()), timeout=OUTAGE + 60, interval=1)
    receipts_out = time.monotonic() - started
    fees = make_engine(platform.env["FEES_DATABASE_URL"])
    paid = set(ledger.paid)
    wait_for(lambda: paid <= _recorded_payments(fees), timeout=60, interval=1)
    # Drained means every consumer caught up, fees too: the receipts only say routing and notifications did.
    wait_for(lambda: cases <= _assessed_cases(fees), timeout=120, interval=1)
    fees.dispose()
    return receipts_out


def _assessed_cases(fees: sa.Engine) -> set[str]:
    with fees.connect() as conn:
        return set(conn.execute(sa.text("SELECT case_id FROM assessments")).scalars())


def _recorded_payments(fees: sa.Engine) -> set[str]:
    with fees.connect() as conn:
        return set(conn.execute(sa.text("SELECT payment_id FROM provider_payments")).scalars())


def _check(platform: Platform, broker: Broker, mail: MailServer, ledger: Ledger) -> None:
    urls = {service: platform.env[f"{service.upper()}_DATABASE_URL"] for service in producers()}
    stores = {service: make_engine(url) for service, url in urls.items()}
    accepted = {c["case_id"] for c in ledger.accepted.values()}

    def counts(service: str, event_type: str) -> Counter[str]:
        with stores[service].connect() as conn:
            rows = conn.execute(
                sa.text("SELECT case_id FROM events WHERE event_type = :t"), {"t": event_type}
            )
            return Counter(rows.scalars())

    submitted = counts("intake", "ApplicationSubmitted")
    assert set(submitted) == accepted and set(submitted.values()) == {1}, "one case per accepted application"
    assessed = counts("fees", "FeeAssessed")
    assert set(assessed) == accepted and set(assessed.values()) == {1}, "one fee per case"
    with stores["fees"].connect() as conn:
        payments = Counter(
            conn.execute(
                sa.text("SELECT payload->>'payment_id' FROM events WHERE event_type = 'PaymentReceived'")
            ).scalars()
        )
        # a confirmation whose answer was lost may be booked without being in the ledger; none twice
        assert set(ledger.paid) <= set(payments) and set(payments.values()) == {1}, "one booking per payment"
        assert (
            conn.execute(sa.text("SELECT coalesce(sum(amount_cents), 0) FROM journal_lines")).scalar_one()
            == 0
        )
    receipts = mail.receipts()
    assert {case: len(ids) for case, ids in receipts.items() if case in accepted} == dict.fromkeys(
        accepted, 1
    )
    result = wait_for(lambda: _verified(broker, urls), timeout=60, interval=2)
    assert result.unreadable_messages == sum(ledger.poison_sent.values())
    for service in producers():
        expected = sum(
            n for topic, n in ledger.poison_sent.items() if topic.split(".")[1] in _consumed_by(service)
        )
        parked = read_topic(broker.bootstrap, f"dlq.{service}", expect=expected, timeout=30)
        assert len([m for m in parked if m.value in POISON]) >= expected, service
    for engine in stores.values():
        engine.dispose()


def _verified(broker: Broker, store_urls: dict[str, str]) -> Any:
    """As `rathaus audit verify` checks: a job on every core, each a range of cases picked by key (the
    poison messages, keyed "poison", counted by one of them)."""
    result = verify_in_jobs(store_urls, cores(), broker.bootstrap)
    return result if result.ok else None


def _consumed_by(service: str) -> tuple[str, ...]:

    return tuple(topic.split(".")[1] for topic in consumed_topics(get(service)))
