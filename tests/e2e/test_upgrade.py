"""An upgrade keeps everything: the databases and the log as the version of 2026-12-06 left them (recorded by
tests/e2e/upgrade/record.py, filled through that version's own APIs), upgraded by today's code at its start.
Every case, fee, booking and delivery is still there, the old cases go on (a payment on one), a new one is
taken, no mail goes out twice, and `rathaus audit verify` agrees with it all."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa
from kafka import KafkaProducer

from infra.postgres import bin_dir
from services.registry import databases, producers
from shared.kernel.db import make_engine
from shared.kernel.kafka import connection
from shared.kernel.migrations import current, history
from shared.kernel.outbox import outbox_state
from shared.web.signature import signed_headers
from tests.e2e.servers import Servers, own_servers, platform_for
from tests.helpers import application_body, rathaus_cli, register_submitter, wait_for

RECORDED = Path(__file__).parent / "upgrade" / "2026-12-06"
SECRET = "upgrade-callback-secret"  # the payment provider's, as the recording had it


@pytest.fixture
def servers(tmp_path):
    env = {
        "PAYMENT_CALLBACK_SECRET": SECRET,
        "ACCOUNTING_TOKEN": "upgrade-accounting-token",
        "RATHAUS_KEYS": str(tmp_path / "keys"),
        "RATHAUS_VAR": str(tmp_path / "var"),
    }
    with own_servers(tmp_path, env) as running:
        # The public keys that signed the recorded events, where every consumer and the audit look for them
        shutil.copytree(RECORDED / "public-keys", tmp_path / "keys" / "public")
        for service in [*producers(), "audit"]:
            _restore(running.env[f"{service.upper()}_DATABASE_URL"], RECORDED / f"{service}.sql")
        _restore_topics(running.broker.bootstrap)
        yield running


def test_an_upgrade_keeps_every_case_fee_booking_and_delivery(servers: Servers, tmp_path):
    env = servers.env
    before = {s: _rows(env[f"{s.upper()}_DATABASE_URL"]) for s in producers()}
    assert all(current(make_engine(env[f"{s.name.upper()}_DATABASE_URL"])) is None for s in databases())

    with platform_for(servers, tmp_path) as platform:  # its start migrates every database
        for service in databases():
            engine = make_engine(env[f"{service.name.upper()}_DATABASE_URL"])
            assert current(engine) == history(service.database.migrations).get_current_head()
            engine.dispose()
        # The workers read the log from its start (the consumer groups' places were not recorded): every
        # old event is known as processed, so nothing is done twice
        time.sleep(5)
        after = {s: _rows(env[f"{s.upper()}_DATABASE_URL"]) for s in producers()}
        for service in producers():
            for table, rows in before[service].items():
                assert _as_before(after[service][table], rows) == rows, f"{service}.{table} changed"
        assert len(before["intake"]["case_status"]) == 12
        assert before["fees"]["journal_entries"] and before["notifications"]["deliveries"]
        # Fees' 0003 rebuilt its projections from its store: a paid receivable says when it was paid
        fees = make_engine(env["FEES_DATABASE_URL"])
        payments = sa.text("SELECT payload FROM events WHERE event_type = 'PaymentReceived'")
        with fees.connect() as conn:
            paid_at = {p["kassenzeichen"]: p["paid_at"] for p in conn.execute(payments).scalars()}
        fees.dispose()
        last_payment = {r["kassenzeichen"]: r["last_payment_at"] for r in after["fees"]["receivables"]}
        assert paid_at and {k for k, at in last_payment.items() if at} == set(paid_at)
        assert all(last_payment[k] == datetime.fromisoformat(at) for k, at in paid_at.items())

        # An old case goes on: its open fee is paid, and the payment reaches routing and the status
        unpaid = next(r for r in before["fees"]["receivables"] if r["paid_cents"] < r["assessed_cents"])
        _pay(platform.url("fees"), unpaid["kassenzeichen"], unpaid["assessed_cents"] - unpaid["paid_cents"])
        routing = make_engine(env["ROUTING_DATABASE_URL"])
        query = sa.text("SELECT open_cents FROM case_fees WHERE case_id = :case")
        wait_for(lambda: _scalar(routing, query, case=unpaid["case_id"]) == 0, timeout=60)
        routing.dispose()

        # A new application is taken and gets its receipt
        key = register_submitter(env["INTAKE_DATABASE_URL"], "after-upgrade", ["*"])
        accepted = requests.post(
            f"{platform.url('intake')}/api/v1/applications",
            json=application_body("geburtsurkunde"),
            headers={"Authorization": f"Bearer {key}", "Idempotency-Key": uuid.uuid4().hex},
            timeout=10,
        )
        assert accepted.status_code == 202, accepted.text
        new_case = accepted.json()["case_id"]
        wait_for(lambda: new_case in servers.mail.receipts(), timeout=60)
        # Every outbox published before the platform stops: verify expects a drained platform
        wait_for(lambda: _drained(env), timeout=60)

    # No old case's receipt went out again: the recording sent them all already
    assert set(servers.mail.receipts()) == {new_case}
    verified = rathaus_cli("audit", "verify", env=env, timeout=120)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "verified: the log, the stores and the rules agree" in verified.stdout
    assert verified.stdout.startswith("13 cases,"), verified.stdout  # the recorded twelve and the new one


def _restore(url: str, dump: Path) -> None:
    """The dump into the (empty) database, as the service's own role: its tables are that role's."""
    psql = [str(bin_dir() / "psql"), "--quiet", "-v", "ON_ERROR_STOP=1", "--dbname", url, "-f", str(dump)]
    subprocess.run(psql, check=True, capture_output=True, text=True)


def _restore_topics(bootstrap: str) -> None:
    """Every recorded record to the partition it was in, in its order."""
    producer = KafkaProducer(**connection("admin", bootstrap), acks="all")
    for line in (RECORDED / "topics.jsonl").read_text().splitlines():
        record = json.loads(line)
        producer.send(
            record["topic"],
            key=record["key"].encode() if record["key"] is not None else None,
            value=base64.b64decode(record["value"]),
            headers=[(name, base64.b64decode(value)) for name, value in record["headers"]],
            partition=record["partition"],
        )
    producer.flush()
    producer.close()


def _drained(env: dict[str, str]) -> bool:
    for service in producers():
        engine = make_engine(env[f"{service.upper()}_DATABASE_URL"])
        with engine.connect() as conn:
            depth, _ = outbox_state(conn)
        engine.dispose()
        if depth:
            return False
    return True


def _rows(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table but Alembic's, in a fixed order."""
    engine = make_engine(url)
    tables = sa.MetaData()
    tables.reflect(engine)
    found = {}
    with engine.connect() as conn:
        for table in tables.sorted_tables:
            if table.name != "alembic_version":
                rows = [dict(row) for row in conn.execute(sa.select(table)).mappings()]
                found[table.name] = sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, default=str))
    engine.dispose()
    return found


def _as_before(rows: list[dict[str, Any]], before: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with only the columns they had before (a migration may add some)."""
    columns = set(before[0]) if before else set()
    kept = [{k: v for k, v in row.items() if k in columns} for row in rows]
    return sorted(kept, key=lambda row: json.dumps(row, sort_keys=True, default=str))


def _scalar(engine: sa.Engine, query: sa.TextClause, **params: Any) -> Any:
    with engine.connect() as conn:
        return conn.execute(query, params).scalar()


def _pay(fees: str, kassenzeichen: str, cents: int) -> None:
    body = json.dumps(
        {
            "payment_id": f"UPGRADE-{uuid.uuid4().hex[:12]}",
            "kassenzeichen": kassenzeichen,
            "amount_cents": cents,
            "currency": "EUR",
            "paid_at": datetime.now(UTC).isoformat(),
        }
    ).encode()
    response = requests.post(
        f"{fees}/api/v1/payments/callback",
        data=body,
        headers={**signed_headers(SECRET, body, int(time.time())), "Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
