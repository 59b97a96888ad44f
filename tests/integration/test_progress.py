"""Long CLI work shows its progress to a person at a terminal, and nothing to a pipe or a log."""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
import termios

from services.fees.service import SERVICE as FEES
from shared.kernel.db import make_engine
from shared.kernel.eventstore import EventStore
from shared.kernel.tables import create_store_tables
from tests.helpers import new_case, rathaus_cli, submitted

INTAKE = EventStore(producer="intake", topic="cases.intake")


def test_fees_rebuild_draws_a_progress_bar_only_on_a_terminal(tmp_path):
    intake = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    create_store_tables(intake)
    with intake.begin() as conn:
        applications = [INTAKE.append(conn, new_case(), 0, [submitted()])[0] for _ in range(3)]
    url = f"sqlite:///{tmp_path / 'fees.db'}"
    engine = make_engine(url)
    create_store_tables(engine, *FEES.database.own_tables)
    with engine.begin() as conn:
        FEES.handle_batch(conn, applications)  # each: assessed, payment requested, booked
    engine.dispose()
    env = {"FEES_DATABASE_URL": url, "RATHAUS_VAR": str(tmp_path)}

    piped = rathaus_cli("fees", "rebuild", env=env)
    assert piped.returncode == 0, piped.stderr
    assert "replayed 9 events" in piped.stdout
    assert "events/s" not in piped.stderr and "\r" not in piped.stderr

    text = _on_a_terminal(["fees", "rebuild"], env)
    assert "rebuilding the fees projections: 100%" in text and "9.00/9.00" in text and "events/s" in text, (
        text
    )

    # A year's journal export reads line by line, and says so
    year = ["--from", "2000-01-01", "--to", "2099-12-31", "--output", str(tmp_path / "journal.csv")]
    piped = rathaus_cli("fees", "export", *year, env=env)
    assert piped.returncode == 0 and "3 journal entries written" in piped.stdout, piped.stderr
    assert "lines/s" not in piped.stderr
    text = _on_a_terminal(["fees", "export", *year], env)
    assert "reading the journal: 100%" in text and "lines/s" in text, text


def _on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """What the command draws with its standard error on a pseudo-terminal, as in an operator's shell."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 100 columns
    done = subprocess.run(
        [sys.executable, "-m", "infra.cli", *args],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=follower,
        timeout=60,
    )
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # Linux: the terminal's other end is closed
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert done.returncode == 0
    return drawn.decode(errors="replace")
