"""What sealing personal data costs one application: intake's append of `ApplicationSubmitted` into SQLite
files, with its applicant and form sealed under a new case key (the key store's own transaction first) and
with no field declared personal, in turns, in one process; the ratio is to the unsealed append.
`python -m bench.sealing`."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

APPENDS = 1000
ROUNDS = 3


def per_append(directory: Path, name: str) -> float:
    """Microseconds per application appended, each in its own transaction, to a store of its own."""
    from services.intake.store import DATABASE, STORE
    from shared.kernel.db import make_engine
    from shared.kernel.envelope import NewEvent
    from shared.kernel.migrations import migrate
    from tests.helpers import submitted_payload

    engine = make_engine(f"sqlite:///{directory / name}.db")
    migrate(engine, DATABASE.migrations)
    started = time.perf_counter()
    for _ in range(APPENDS):
        application = NewEvent("ApplicationSubmitted", submitted_payload("geburtsurkunde"))
        with engine.begin() as conn:
            STORE.append(conn, str(uuid.uuid4()), 0, [application])
    engine.dispose()
    return (time.perf_counter() - started) / APPENDS * 1e6


def main() -> None:
    directory = Path(tempfile.mkdtemp(prefix="bench-sealing-"))
    os.environ["KEYS_DATABASE_URL"] = f"sqlite:///{directory / 'keys.db'}"
    from shared.kernel import events

    declared = dict(events._PERSONAL)
    sealed, plain = [], []
    for round_ in range(ROUNDS):
        events._PERSONAL.update(declared)
        sealed.append(per_append(directory, f"sealed-{round_}"))
        events._PERSONAL.update(dict.fromkeys(declared, frozenset()))  # nothing personal: the baseline
        plain.append(per_append(directory, f"plain-{round_}"))
    events._PERSONAL.update(declared)
    s, p = statistics.median(sealed), statistics.median(plain)
    print("| append | µs per application | × unsealed |\n| --- | ---: | ---: |")
    print(f"| unsealed | {p:,.0f} | 1.00 |\n| sealed, a new case key each | {s:,.0f} | {s / p:.2f} |")


if __name__ == "__main__":
    import shared.contracts  # noqa: F401 - registers the event schemas

    main()
