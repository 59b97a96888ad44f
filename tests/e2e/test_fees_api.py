"""Payments and the journal over real HTTP (gunicorn) into a real PostgreSQL fees store."""

from __future__ import annotations

import csv
import io
import json
import time
import uuid
from datetime import UTC, datetime

import pytest
import requests
import sqlalchemy as sa

from infra.platform import Platform
from services.fees import projection
from services.fees.domain.kassenzeichen import is_valid
from services.fees.domain.schedule import local_date
from services.fees.service import SERVICE as FEES
from services.fees.store import STORE
from services.fees.tables import metadata as fees_tables
from shared.kernel import case_keys
from shared.kernel.db import make_engine
from shared.kernel.envelope import NewEvent, utc_now
from shared.kernel.eventstore import EventStore
from shared.kernel.tables import create_store_tables, events
from shared.web.signature import sign, signed_headers
from tests.conftest import free_port, temporary_database
from tests.helpers import rathaus_cli, submitted_payload

SECRET = "test-callback-secret"
TEST_SECRET = "stand-in-secret"
TOKEN = "test-accounting-token"
INTAKE = EventStore(producer="intake", topic="cases.intake")


class Fees:
    def __init__(self, url: str, engine: sa.Engine, scratch: sa.Engine) -> None:
        self.url, self.engine, self.scratch = url, engine, scratch

    def application(self, service_id: str = "fuehrungszeugnis", **form: object) -> tuple[str, str, int]:
        """An application as the fees worker sees it; returns case id, Kassenzeichen and amount."""
        payload = submitted_payload(service_id, **form)
        with self.scratch.begin() as conn:
            recorded = INTAKE.append(conn, str(uuid.uuid4()), 0, [NewEvent("ApplicationSubmitted", payload)])
        [submitted] = case_keys.readable("fees", recorded)  # as fees' consumer reads it: opened
        with self.engine.begin() as conn:
            FEES.handle(conn, submitted)
            stream = STORE.read_stream(conn, submitted.case_id)
        request = next((e.payload for e in stream if e.event_type == "PaymentRequested"), None)
        if request is None:  # nothing to pay
            return submitted.case_id, "", 0
        return submitted.case_id, request["kassenzeichen"], request["amount_cents"]

    def pay(
        self,
        kassenzeichen: str,
        cents: int,
        payment_id: str | None = None,
        *,
        age: int = 0,
        secret: str = SECRET,
        body: bytes | None = None,
    ) -> requests.Response:
        body = (
            body
            or json.dumps(
                {
                    "payment_id": payment_id or f"P-{uuid.uuid4().hex[:12]}",
                    "kassenzeichen": kassenzeichen,
                    "amount_cents": cents,
                    "currency": "EUR",
                    "paid_at": datetime.now(UTC).isoformat(),
                }
            ).encode()
        )
        headers = signed_headers(secret, body, int(time.time()) - age)
        return requests.post(f"{self.url}/api/v1/payments/callback", data=body, headers=headers, timeout=10)

    def get(self, path: str, token: str = TOKEN, **params: str) -> requests.Response:
        return requests.get(
            f"{self.url}{path}", params=params, headers={"Authorization": f"Bearer {token}"}, timeout=10
        )

    def fee_events(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()


@pytest.fixture(scope="module")
def fees(postgres_admin_url, tmp_path_factory):
    with temporary_database(postgres_admin_url) as url:
        port = free_port()
        env = {
            "FEES_DATABASE_URL": url,
            "PAYMENT_CALLBACK_SECRET": SECRET,
            "TEST_PAYMENTS_SECRET": TEST_SECRET,
            "ACCOUNTING_TOKEN": TOKEN,
        }
        log_dir = tmp_path_factory.mktemp("fees-log")
        engine = make_engine(url)
        scratch = make_engine(f"sqlite:///{tmp_path_factory.mktemp('intake') / 'intake.db'}")
        create_store_tables(scratch)
        with Platform(env=env, log_dir=log_dir, ports={"fees": port}, names=["fees-http"]):
            create_store_tables(engine, fees_tables)
            yield Fees(f"http://127.0.0.1:{port}", engine, scratch)
        engine.dispose()


def test_a_payment_settles_the_receivable_and_books_it(fees):
    case_id, kassenzeichen, cents = fees.application()
    assert is_valid(kassenzeichen) and cents == 1300
    paid = fees.pay(kassenzeichen, cents, "EPAY-1")
    assert paid.status_code == 200, paid.text
    assert paid.json()["payment"]["outcome"] == "settled"
    assert paid.json()["receivable"]["state"] == "settled" and paid.json()["receivable"]["open_cents"] == 0
    today = town_today()
    booked = fees.get("/api/v1/journal", **{"from": today, "to": today}).json()["entries"]
    mine = [entry for entry in booked if entry["case_id"] == case_id]
    assert [entry["kind"] for entry in mine] == ["assessment", "payment"]
    for entry in mine:
        assert sum(line["amount_cents"] for line in entry["lines"]) == 0
    assessment = {line["account"]: line["amount_cents"] for line in mine[0]["lines"]}
    # 13.00 EUR: the receivable, the town's 2/5 as revenue and the Bundeskasse's 3/5 as a liability
    assert assessment == {"1611": 1300, "4311": -520, "3520": -780}
    assert {line["account"]: line["amount_cents"] for line in mine[1]["lines"]} == {
        "1810": 1300,
        "1611": -1300,
    }


def test_partial_and_over_payments_are_visible(fees):
    _, kassenzeichen, cents = fees.application("geburtsurkunde", copies=3)  # 20.00 EUR
    assert fees.get(f"/api/v1/receivables/{kassenzeichen}").json()["last_payment_at"] is None
    part = fees.pay(kassenzeichen, 500).json()
    assert part["payment"]["outcome"] == "partial" and part["receivable"]["open_cents"] == cents - 500
    assert part["receivable"]["state"] == "partial"
    over = fees.pay(kassenzeichen, cents).json()
    assert over["payment"]["outcome"] == "overpaid"
    assert over["receivable"]["open_cents"] == 0 and over["receivable"]["overpaid_cents"] == 500
    # when the newest payment came in, as the provider said
    paid_at = [datetime.fromisoformat(answer["receivable"]["last_payment_at"]) for answer in (part, over)]
    assert paid_at[0] < paid_at[1] <= datetime.now(UTC)
    again = fees.pay(kassenzeichen, 700).json()  # a second payment for a settled receivable
    assert again["payment"]["outcome"] == "unexpected" and again["receivable"]["overpaid_cents"] == 1200


def test_a_repeated_callback_is_recorded_once(fees):
    _, kassenzeichen, cents = fees.application()
    first = fees.pay(kassenzeichen, cents, "EPAY-REPEAT")
    before = fees.fee_events()
    again = fees.pay(kassenzeichen, cents, "EPAY-REPEAT")
    assert again.status_code == 200 and again.json()["payment"] == first.json()["payment"]
    assert fees.fee_events() == before
    changed = fees.pay(kassenzeichen, cents + 1, "EPAY-REPEAT")
    assert changed.status_code == 409 and fees.fee_events() == before


@pytest.mark.parametrize(
    ("case", "status"),
    [
        ("wrong-secret", 401),
        ("too-old", 401),
        ("from-the-future", 401),
        ("tampered", 401),
        ("signature-not-ascii", 401),
        ("unknown-kz", 422),
        ("nul-in-payment-id", 400),  # found by schemathesis: was a 500 from PostgreSQL
    ],
)
def test_callbacks_refused_change_nothing(fees, case, status):
    _, kassenzeichen, cents = fees.application()
    before = fees.fee_events()
    if case == "wrong-secret":
        response = fees.pay(kassenzeichen, cents, secret="not-the-secret")
    elif case == "too-old":
        response = fees.pay(kassenzeichen, cents, age=301)
    elif case == "from-the-future":
        response = fees.pay(kassenzeichen, cents, age=-400)
    elif case == "signature-not-ascii":
        body = json.dumps({"kassenzeichen": kassenzeichen, "amount_cents": cents}).encode()
        headers = {**signed_headers(SECRET, body, int(time.time())), "X-Signature": "ä" * 128}
        response = requests.post(
            f"{fees.url}/api/v1/payments/callback", data=body, headers=headers, timeout=5
        )
    elif case == "tampered":
        timestamp = str(int(time.time()))
        body = json.dumps(
            {
                "payment_id": "X",
                "kassenzeichen": kassenzeichen,
                "amount_cents": cents,
                "currency": "EUR",
                "paid_at": datetime.now(UTC).isoformat(),
            }
        ).encode()
        headers = {
            "Content-Type": "application/json",
            "X-Timestamp": timestamp,
            "X-Signature": sign(SECRET, timestamp, body),
        }
        response = requests.post(
            f"{fees.url}/api/v1/payments/callback",
            data=body.replace(b'"X"', b'"Y"'),
            headers=headers,
            timeout=5,
        )
    elif case == "nul-in-payment-id":
        response = fees.pay(kassenzeichen, cents, "EPAY-\u0000")
    else:
        response = fees.pay("2600000000", cents)
    assert response.status_code == status
    assert response.headers["Content-Type"] == "application/problem+json"
    assert fees.fee_events() == before
    assert projection.open_cents(_receivable(fees, kassenzeichen)) == cents


def test_a_payment_the_test_stand_in_signs_is_recorded_as_a_test_payment(fees):
    _, kassenzeichen, cents = fees.application()
    paid = fees.pay(kassenzeichen, cents, "SIM-1", secret=TEST_SECRET)
    assert paid.status_code == 200, paid.text
    assert paid.json()["payment"]["provider"] == "test" and paid.json()["receivable"]["state"] == "settled"
    # the same number from the town's provider is another payment, not a repeat of the test one
    real = fees.pay(kassenzeichen, cents, "SIM-1")
    assert (
        real.json()["payment"]["provider"] == "epaybl" and real.json()["payment"]["outcome"] == "unexpected"
    )


def test_a_wrong_method_is_told_which_are_allowed(fees):
    response = requests.get(f"{fees.url}/api/v1/payments/callback", timeout=5)
    assert response.status_code == 405 and response.headers["Allow"].split(", ").count("POST") == 1
    assert response.headers["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("path", ["/healthz", "/api/v1/payments/callback", "/api/v1/journal"])
def test_every_answer_carries_the_security_headers(fees, path):
    response = requests.get(f"{fees.url}{path}", timeout=5)  # a 200, a 405 and a 401
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"


def test_payment_within_five_minutes_is_accepted(fees):
    _, kassenzeichen, cents = fees.application()
    assert fees.pay(kassenzeichen, cents, age=290).status_code == 200


def test_journal_needs_the_accounting_token_and_a_period(fees):
    today = town_today()
    assert fees.get("/api/v1/journal", token="wrong", **{"from": today, "to": today}).status_code == 401
    assert fees.get("/api/v1/journal", **{"from": "gestern"}).status_code == 422
    assert fees.get("/api/v1/journal", **{"from": today, "to": "2000-01-01"}).status_code == 422


def test_trial_balance_adds_up_to_zero(fees):
    fees.application("meldebescheinigung", copies=2)
    today = town_today()
    balance = fees.get("/api/v1/journal/trial-balance", **{"from": today, "to": today}).json()
    assert balance["total_cents"] == 0 and balance["accounts"]
    assert {a["account"] for a in balance["accounts"]} >= {"1611", "4311"}


def test_export_opens_in_a_spreadsheet(fees, tmp_path):

    case_id, kassenzeichen, cents = fees.application("hundeanmeldung", kept_since="2026-10-20")
    fees.pay(kassenzeichen, cents)
    today = town_today()
    output = tmp_path / "journal.csv"
    env = {
        "FEES_DATABASE_URL": str(fees.engine.url.render_as_string(hide_password=False)),
        "RATHAUS_VAR": str(tmp_path),
    }
    done = rathaus_cli("fees", "export", "--from", today, "--to", today, "--output", str(output), env=env)
    assert done.returncode == 0, done.stderr
    raw = output.read_bytes()
    assert raw.startswith("\ufeff".encode())  # the byte-order mark tells a spreadsheet it is UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    mine = [row for row in rows if row["case_id"] == case_id]
    assert {row["account"] for row in mine} == {"1611", "4022", "1810"}
    assert sum(int(row["amount_cents"]) for row in rows) == 0
    tax = next(row for row in mine if row["account"] == "4022")
    assert tax["credit_eur"] == f"{cents // 100},{cents % 100:02d}" and tax["account_name"] == "Hundesteuer"


def test_rebuild_gives_the_same_journal_and_balances(fees):
    case_id, kassenzeichen, cents = fees.application("eheurkunde", copies=2)
    fees.pay(kassenzeichen, 300)
    before = _snapshot(fees)
    assert projection.FROM_STORE.rebuild(fees.engine) == fees.fee_events()
    assert _snapshot(fees) == before


def _receivable(fees: Fees, kassenzeichen: str) -> dict:
    with fees.engine.connect() as conn:
        return projection.receivable(conn, kassenzeichen)


def _snapshot(fees: Fees) -> dict:
    from services.fees.tables import PROJECTIONS

    with fees.engine.connect() as conn:
        return {
            table.name: sorted(tuple(map(str, row)) for row in conn.execute(sa.select(table)))
            for table in PROJECTIONS
        }


def test_a_caseworkers_reduction_and_waiver_with_a_reason(fees, tmp_path):
    routing = EventStore(producer="routing", topic="cases.routing")
    routing_engine = make_engine(f"sqlite:///{tmp_path / 'routing.db'}")
    create_store_tables(routing_engine)

    def grant(case_id: str, kind: str, cents: int, reason: str) -> None:
        payload = {"kind": kind, "amount_cents": cents, "reason": reason, "caseworker_id": "sb-mueller"}
        with routing_engine.begin() as conn:
            [granted] = routing.append_next(conn, case_id, [NewEvent("FeeReductionGranted", payload)])
        with fees.engine.begin() as conn:
            FEES.handle(conn, granted)

    case_id, kassenzeichen, cents = fees.application()  # 13.00 EUR
    grant(case_id, "reduction", 300, "Ermäßigung nach § 10 JVKostG")
    assert fees.pay(kassenzeichen, 1000).json()["receivable"]["state"] == "settled"
    grant(case_id, "waiver", 1, "Bedürftigkeit nachgewiesen")  # a waiver takes all that is still owed
    view = fees.get(f"/api/v1/receivables/{kassenzeichen}").json()
    assert view["state"] == "cancelled" and view["waived_cents"] == cents and view["refunded_cents"] == 1000
    with fees.engine.connect() as conn:
        stream = STORE.read_stream(conn, case_id)
    waived = [e.payload for e in stream if e.event_type == "FeeWaived"]
    assert [(w["kind"], w["amount_cents"], w["decided_by"]) for w in waived] == [
        ("reduction", 300, "sb-mueller"),
        ("waiver", 1000, "sb-mueller"),
    ]
    assert waived[0]["reason"] == "Ermäßigung nach § 10 JVKostG"
    kinds = [e.payload["kind"] for e in stream if e.event_type == "FeeBooked"]
    assert kinds == ["assessment", "reduction", "payment", "refund"]
    routing_engine.dispose()


def test_a_dog_deregistered_during_the_year_owes_tax_only_to_the_end_of_that_month(fees):
    chip = "276098100000042"
    dog = {
        "name": "Rex",
        "breed": "Schäferhund",
        "sex": "ruede",
        "date_of_birth": "2020-02-02",
        "chip_number": chip,
    }
    registration, kassenzeichen, cents = fees.application("hundeanmeldung", dog=dog, kept_since="2026-03-02")
    assert cents == 9 * 600  # April to December 2026
    fees.pay(kassenzeichen, cents)
    fees.application("hundeabmeldung", chip_number=chip, kept_until="2026-08-15", reason="tod")
    view = fees.get(f"/api/v1/receivables/{kassenzeichen}").json()
    # owed April to August; September to December (4 months of 6.00 EUR) are paid back
    assert view["waived_cents"] == 4 * 600 and view["refunded_cents"] == 4 * 600 and view["open_cents"] == 0
    with fees.engine.connect() as conn:
        stream = STORE.read_stream(conn, registration)
    reduced = next(e for e in stream if e.event_type == "FeeWaived")
    assert "Hundeabmeldung zum 15.08.2026" in reduced.payload["reason"]


def test_callbacks_racing_with_one_payment_id_book_it_once(fees):
    import threading

    _, kassenzeichen, cents = fees.application()
    body = json.dumps(
        {
            "payment_id": "EPAY-RACE",
            "kassenzeichen": kassenzeichen,
            "amount_cents": cents,
            "currency": "EUR",
            "paid_at": datetime.now(UTC).isoformat(),
        }
    ).encode()
    before = fees.fee_events()
    barrier = threading.Barrier(6)
    answers: list[requests.Response] = []

    def provider() -> None:
        barrier.wait()
        answers.append(fees.pay(kassenzeichen, cents, body=body))

    threads = [threading.Thread(target=provider) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a.status_code for a in answers] == [200] * 6
    assert fees.fee_events() == before + 2  # one PaymentReceived, one FeeBooked
    assert fees.get(f"/api/v1/receivables/{kassenzeichen}").json()["paid_cents"] == cents


def town_today() -> str:
    """The day the fees are booked on: the town's (Europe/Berlin), which is the next one from 23:00 UTC."""
    return local_date(utc_now()).isoformat()
