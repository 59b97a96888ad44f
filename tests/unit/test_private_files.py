"""What var/ keeps (secrets, citizens' data, logs) is the operator's alone, and engines' errors do not
repeat what a statement carried."""

from __future__ import annotations

import stat

import pytest
import sqlalchemy as sa

from infra.files import tighten
from services.intake.tables import metadata as intake_tables
from services.intake.tables import submitters
from shared.kernel.db import make_engine
from shared.kernel.envelope import utc_now
from shared.kernel.tables import create_store_tables
from tests.helpers import rathaus_cli


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_what_the_operators_command_makes_under_var_no_one_else_reads(tmp_path):
    var = tmp_path / "var"
    added = rathaus_cli(
        "vendors", "add", "formsolutions", "--services", "fuehrungszeugnis", env={"RATHAUS_VAR": str(var)}
    )
    assert added.returncode == 0, added.stderr
    assert _mode(var) == 0o711  # passed through (by the database server's user), never listed
    made = list(var.rglob("*"))
    assert any(path.name == "intake.db" for path in made)
    for path in made:
        assert _mode(path) & 0o077 == 0, f"{path} is open to others: {oct(_mode(path))}"


def test_what_an_older_version_left_readable_is_closed(tmp_path):
    secret = tmp_path / "secrets" / "intake-session.key"
    secret.parent.mkdir(mode=0o755)
    secret.write_text("k")
    secret.chmod(0o644)
    assert set(tighten(tmp_path)) == {secret.parent, secret}
    assert _mode(secret) == 0o600 and _mode(secret.parent) == 0o700
    assert tighten(tmp_path) == []


def test_a_failed_statement_does_not_repeat_the_data_it_carried(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    create_store_tables(engine, intake_tables)
    row = {"id": "v", "kind": "vendor", "name": "Anna Schulze", "key_sha256": "0" * 64, "services": []}
    with engine.begin() as conn:
        conn.execute(submitters.insert(), {**row, "created_at": utc_now()})
    with pytest.raises(sa.exc.IntegrityError) as failed, engine.begin() as conn:
        conn.execute(submitters.insert(), {**row, "created_at": utc_now()})
    assert "UNIQUE" in str(failed.value) and "Anna Schulze" not in str(failed.value)
    engine.dispose()
