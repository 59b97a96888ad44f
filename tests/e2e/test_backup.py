"""`rathaus backup` and `rathaus restore` on the running platform's PostgreSQL databases and its SQLite key
store: every database emptied and restored gives back every case, fee and mail, the audit verifies it, the
platform goes on; and a case erased after the backup does not get its key back from it."""

from __future__ import annotations

import json
import re

import pytest
import sqlalchemy as sa

from infra.platform import Platform
from services.registry import http_ports, producers
from shared.kernel.db import make_engine
from tests.conftest import free_port
from tests.helpers import application_body, rathaus_cli, register_submitter, wait_for


@pytest.fixture
def platform(topics, kafka_bootstrap, new_database, smtp_server, tmp_path):
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "RATHAUS_TOPIC_PREFIX": topics,
        "RATHAUS_VAR": str(tmp_path / "var"),
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp_server.port),
        "ACCOUNTING_TOKEN": "backup-accounting-token",
        # A key store of this test's own: the restore puts an older copy of it back
        "KEYS_DATABASE_URL": f"sqlite:///{tmp_path / 'keys.db'}",
        "AUDIT_DATABASE_URL": new_database(),
        **{f"{service.upper()}_DATABASE_URL": new_database() for service in producers()},
    }
    ports = {service: free_port() for service in http_ports()}
    env.update({f"{service.upper()}_URL": f"http://127.0.0.1:{port}" for service, port in ports.items()})
    with Platform(env=env, log_dir=tmp_path / "log", ports=ports) as running:
        running.vendor_key = register_submitter(env["INTAKE_DATABASE_URL"], "backupvendor", ["*"])
        yield running


def _apply(platform: Platform, key: str) -> tuple[str, str]:
    import requests

    headers = {"Idempotency-Key": key, "Authorization": f"Bearer {platform.vendor_key}"}
    accepted = requests.post(
        f"{platform.url('intake')}/api/v1/applications",
        json=application_body("geburtsurkunde"),
        headers=headers,
        timeout=10,
    )
    assert accepted.status_code == 202, accepted.text
    case_id, token = accepted.json()["case_id"], accepted.json()["tracking_token"]
    wait_for(lambda: _status(platform, case_id, token).get("receipt_sent_at"), timeout=30)
    return case_id, token


def _status(platform: Platform, case_id: str, token: str) -> dict:
    import requests

    answer = requests.get(
        f"{platform.url('intake')}/api/v1/applications/{case_id}",
        headers={"X-Tracking-Token": token},
        timeout=10,
    )
    return answer.json() if answer.ok else {}


def _empty(url: str) -> None:
    """Every table gone, as on a new database server."""
    engine = make_engine(url)
    tables = sa.MetaData()
    tables.reflect(engine)
    tables.drop_all(engine)
    engine.dispose()


def _counts(platform: Platform) -> dict[str, int]:
    counts = {}
    for service in producers():
        engine = make_engine(platform.env[f"{service.upper()}_DATABASE_URL"])
        with engine.connect() as conn:
            counts[service] = conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one()
        engine.dispose()
    return counts


def test_every_database_restored_gives_back_every_case_and_no_erased_key(platform, tmp_path, smtp_server):
    case_id, token = _apply(platform, "backup-1")
    wait_for(lambda: len(smtp_server.mails()) >= 1, timeout=30)
    before = wait_for(lambda: c if all((c := _counts(platform)).values()) else None, timeout=30)
    env = platform.env
    made = rathaus_cli("backup", str(tmp_path / "backup"), env=env)
    assert made.returncode == 0, made.stderr
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert set(manifest["databases"]) == {*producers(), "audit", "keys"}
    assert {s: manifest["databases"][s]["events"] for s in producers()} == before

    refused = rathaus_cli("restore", str(tmp_path / "backup"), env=env)
    assert refused.returncode != 0 and "stop the platform first" in refused.stderr
    platform.stop()
    for service in [*producers(), "audit"]:
        _empty(env[f"{service.upper()}_DATABASE_URL"])
    (tmp_path / "keys.db").unlink()
    restored = rathaus_cli("restore", str(tmp_path / "backup"), env=env)
    assert restored.returncode == 0, restored.stderr
    assert _counts(platform) == before

    platform.start()
    assert _status(platform, case_id, token)["receipt_sent_at"]  # the citizen's link works as before
    _apply(platform, "backup-2")  # and the platform goes on
    verified = rathaus_cli("audit", "verify", "--json", env=env, timeout=120)
    assert verified.returncode == 0 and json.loads(verified.stdout)["ok"], verified.stdout

    # An erasure after the backup: the restore must not bring the case's key back with the old key store
    erased = rathaus_cli("privacy", "erase", case_id, "--reason", "Widerspruch", "--by", "dsb", env=env)
    assert erased.returncode == 0, erased.stderr
    platform.stop()
    again = rathaus_cli("restore", str(tmp_path / "backup"), env=env)
    assert again.returncode == 0, again.stderr
    assert "1 erased key deleted again" in again.stdout
    # the second application and the erasure are on the log only: the operator is told
    assert int(re.search(r"intake: (\d+)", again.stdout).group(1)) >= 2
    keys = sa.create_engine(env["KEYS_DATABASE_URL"])
    with keys.connect() as conn:
        key = conn.execute(sa.text("SELECT key FROM case_keys WHERE case_id = :c"), {"c": case_id}).scalar()
    keys.dispose()
    assert key is None
