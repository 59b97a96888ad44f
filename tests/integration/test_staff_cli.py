"""`rathaus staff add|list|revoke`: caseworkers' tokens, bound to one office and role."""

from __future__ import annotations

import subprocess

from services.routing import desk, staff
from services.routing.service import SERVICE as ROUTING
from services.routing.tables import metadata
from shared.kernel.db import make_engine
from shared.kernel.tables import create_store_tables
from tests.helpers import rathaus_cli, recorded, submitted_payload


def rathaus(tmp_path, *args: str) -> subprocess.CompletedProcess:
    url = f"sqlite:///{tmp_path / 'routing.db'}"
    return rathaus_cli("staff", *args, env={"ROUTING_DATABASE_URL": url, "RATHAUS_VAR": str(tmp_path)})


def test_caseworkers_are_added_bound_to_an_office_and_revoked(tmp_path):
    added = rathaus(tmp_path, "add", "mueller", "--name", "Frau Müller", "--office", "standesamt")
    assert added.returncode == 0, added.stderr
    token = added.stdout.strip().splitlines()[-1]
    assert token.startswith("sk_mueller_")

    engine = make_engine(f"sqlite:///{tmp_path / 'routing.db'}")
    create_store_tables(engine, metadata)
    with engine.connect() as conn:
        caseworker = staff.authenticate(conn, token)
        assert staff.authenticate(conn, token[:-1] + ("A" if token[-1] != "A" else "B")) is None
        assert staff.authenticate(conn, token.replace("sk_", "rk_")) is None  # a vendor's key is no token
    assert caseworker == staff.Caseworker("mueller", "Frau Müller", "standesamt", "caseworker")

    listed = rathaus(tmp_path, "list").stdout
    assert "mueller" in listed and "standesamt" in listed and "active" in listed
    assert rathaus(tmp_path, "revoke", "mueller").returncode == 0
    with engine.connect() as conn:
        assert staff.authenticate(conn, token) is None
    engine.dispose()


def test_operator_mistakes_are_refused(tmp_path):
    assert "unknown office" in rathaus(tmp_path, "add", "schmidt", "--office", "mondbehoerde").stderr
    assert "needs --office" in rathaus(tmp_path, "add", "schmidt").stderr
    assert "lower-case" in rathaus(tmp_path, "add", "Schmidt!", "--office", "buergerbuero").stderr
    assert rathaus(tmp_path, "add", "schmidt", "--office", "buergerbuero", "--role", "lead").returncode == 0
    assert "exists already" in rathaus(tmp_path, "add", "schmidt", "--office", "buergerbuero").stderr
    assert "no active caseworker" in rathaus(tmp_path, "revoke", "nobody").stderr


def test_the_access_log_shows_who_read_a_case(tmp_path):
    token = rathaus(tmp_path, "add", "mueller", "--office", "buergerbuero").stdout.strip().splitlines()[-1]
    engine = make_engine(f"sqlite:///{tmp_path / 'routing.db'}")
    submitted = recorded("intake", "ApplicationSubmitted", submitted_payload("nebenwohnung"))
    with engine.begin() as conn:
        ROUTING.handle(conn, submitted)
        worker = staff.authenticate(conn, token)
        desk.detail(conn, worker, desk.office_case(conn, worker, submitted.case_id), "10.0.0.7")
    engine.dispose()
    shown = rathaus(tmp_path, "access-log", submitted.case_id)
    assert shown.returncode == 0, shown.stderr
    [line] = shown.stdout.strip().splitlines()
    assert submitted.case_id in line and "mueller" in line and "buergerbuero" in line


def test_an_auditor_needs_no_office(tmp_path):
    added = rathaus(tmp_path, "add", "pruefer", "--name", "Frau Prüfer", "--role", "auditor")
    assert added.returncode == 0, added.stderr
    assert "all cases, read only" in added.stdout
    listed = rathaus(tmp_path, "list").stdout
    assert "pruefer" in listed and "auditor" in listed
