"""`rathaus vendors add|list|revoke`, as an operator runs it."""

from __future__ import annotations

import subprocess

from services.intake import submitters
from services.intake.tables import metadata
from shared.kernel.db import make_engine
from shared.kernel.tables import create_store_tables
from tests.helpers import rathaus_cli


def rathaus(database_url: str, *args: str) -> subprocess.CompletedProcess:
    # A var/ of its own: no rathaus.env of a developer's `make run` is read.
    var = database_url.removeprefix("sqlite:///").rsplit("/", 1)[0]
    return rathaus_cli("vendors", *args, env={"INTAKE_DATABASE_URL": database_url, "RATHAUS_VAR": var})


def test_vendors_are_added_listed_and_revoked(tmp_path):
    url = f"sqlite:///{tmp_path / 'intake.db'}"
    added = rathaus(
        url, "add", "formsolutions", "--name", "Form-Solutions GmbH", "--services", "fuehrungszeugnis"
    )
    assert added.returncode == 0, added.stderr
    key = added.stdout.strip().splitlines()[-1]
    assert key.startswith("rk_formsolutions_")
    assert rathaus(url, "add", "schalter-1", "--counter", "--name", "Bürgerbüro Schalter 1").returncode == 0

    engine = make_engine(url)
    create_store_tables(engine, metadata)
    with engine.connect() as conn:
        vendor = submitters.authenticate(conn, key)
        stored = conn.execute(submitters.submitters.select()).all()
    assert vendor is not None and vendor.may_submit("fuehrungszeugnis") and not vendor.may_submit("reisepass")
    assert key.split("_", 2)[2] not in {row.key_sha256 for row in stored}  # only the digest is kept

    listed = rathaus(url, "list").stdout
    assert "formsolutions" in listed and "schalter-1" in listed and "counter" in listed

    assert rathaus(url, "revoke", "formsolutions").returncode == 0
    with engine.connect() as conn:
        assert submitters.authenticate(conn, key) is None
    assert "revoked" in rathaus(url, "list").stdout
    engine.dispose()


def test_operator_mistakes_are_refused_with_a_message(tmp_path):
    url = f"sqlite:///{tmp_path / 'intake.db'}"
    unknown = rathaus(url, "add", "acme", "--services", "drachenhaltung")
    assert unknown.returncode != 0 and "unknown services: drachenhaltung" in unknown.stderr
    assert "needs --services" in rathaus(url, "add", "acme").stderr
    assert rathaus(url, "add", "acme", "--services", "meldebescheinigung").returncode == 0
    assert "exists already" in rathaus(url, "add", "acme", "--services", "meldebescheinigung").stderr
    assert "no active submitter" in rathaus(url, "revoke", "nobody").stderr
