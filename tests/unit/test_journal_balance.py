"""Random sequences of applications, payments, withdrawals: the journal always balances and agrees with the
receivables, and a rebuild from the events gives the same books."""

from __future__ import annotations

import tempfile
import uuid
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.fees import projection
from services.fees.handlers import settle
from services.fees.service import SERVICE as FEES
from services.fees.tables import PROJECTIONS, journal_lines, receivables
from services.fees.tables import metadata as fees_tables
from shared.kernel.db import make_engine
from shared.kernel.envelope import NewEvent
from shared.kernel.eventstore import EventStore
from shared.kernel.tables import create_store_tables
from tests.helpers import INTAKE_STORE as INTAKE
from tests.helpers import submitted_and_taken, submitted_payload

ROUTING = EventStore(producer="routing", topic="cases.routing")
ROUTING_SCRATCH = make_engine("sqlite://")  # an in-memory routing store that only mints the events
create_store_tables(ROUTING_SCRATCH)
CHARGED = {
    "fuehrungszeugnis": {},
    "geburtsurkunde": {"copies": 3},
    "meldebescheinigung": {"copies": 2},
    "gewerbeanmeldung": {},
    "hundeanmeldung": {"kept_since": "2026-03-02", "other_dogs_in_household": 1},
}

STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("apply"), st.sampled_from(sorted(CHARGED))),
        st.tuples(st.just("pay"), st.integers(0, 20), st.integers(1, 15_000)),
        st.tuples(st.just("withdraw"), st.integers(0, 20)),
        st.tuples(
            st.just("reduce"),
            st.integers(0, 20),
            st.sampled_from(["waiver", "reduction"]),
            st.integers(1, 3000),
        ),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=STEPS)
def test_journal_balances_after_any_sequence(steps):
    with tempfile.TemporaryDirectory() as scratch:
        fees = make_engine(f"sqlite:///{Path(scratch) / 'fees.db'}")
        intake = make_engine(f"sqlite:///{Path(scratch) / 'intake.db'}")
        create_store_tables(fees, fees_tables)
        create_store_tables(intake)
        cases: list[tuple[str, int]] = []  # case id, intake stream version
        payments: list[int] = []
        for step in steps:
            if step[0] == "apply":
                cases.append((_submit(intake, fees, step[1]), 1))
            elif step[0] == "pay" and cases:
                case_id, _ = cases[step[1] % len(cases)]
                if _pay(fees, case_id, step[2]):
                    payments.append(step[2])
            elif step[0] == "reduce" and cases:
                _reduce(fees, cases[step[1] % len(cases)][0], step[2], step[3])
            elif step[0] == "withdraw" and cases:
                index = step[1] % len(cases)
                case_id, version = cases[index]
                _withdraw(intake, fees, case_id, version)
                cases[index] = (case_id, version + 1)
        _check_books(fees, sum(payments))
        before = _snapshot(fees)
        projection.FROM_STORE.rebuild(fees)
        assert _snapshot(fees) == before
        fees.dispose()
        intake.dispose()


def _submit(intake: sa.Engine, fees: sa.Engine, service_id: str) -> str:
    return submitted_and_taken(
        intake, FEES, fees, submitted_payload(service_id, **CHARGED[service_id])
    ).case_id


def _pay(fees: sa.Engine, case_id: str, cents: int) -> bool:
    with fees.begin() as conn:
        kassenzeichen = conn.execute(
            sa.select(receivables.c.kassenzeichen).where(receivables.c.case_id == case_id)
        ).scalar_one()
        payment = {
            "payment_id": uuid.uuid4().hex,
            "kassenzeichen": kassenzeichen,
            "amount_cents": cents,
            "paid_at": datetime.now(UTC),
        }
        return settle(conn, "epaybl", payment, datetime.now(UTC)) is not None


def _withdraw(intake: sa.Engine, fees: sa.Engine, case_id: str, version: int) -> None:
    # intake records the citizen's withdrawal; routing, where the case was still open, ends it; fees follows
    with intake.begin() as conn:
        withdrawn = NewEvent("ApplicationWithdrawn", {"withdrawn_by": "citizen", "reason": None})
        INTAKE.append(conn, case_id, version, [withdrawn])
    with ROUTING_SCRATCH.begin() as conn:
        [event] = ROUTING.append_next(conn, case_id, [NewEvent("CaseWithdrawn", {"withdrawn_by": "citizen"})])
    with fees.begin() as conn:
        FEES.handle(conn, event)


def _reduce(fees: sa.Engine, case_id: str, kind: str, cents: int) -> None:
    granted = NewEvent(
        "FeeReductionGranted",
        {"kind": kind, "amount_cents": cents, "reason": "Bedürftigkeit", "caseworker_id": "sb-17"},
    )
    with ROUTING_SCRATCH.begin() as conn:
        [event] = ROUTING.append_next(conn, case_id, [granted])
    with fees.begin() as conn:
        FEES.handle(conn, event)


def _check_books(fees: sa.Engine, paid_in: int) -> None:
    with fees.connect() as conn:
        lines = conn.execute(sa.select(journal_lines)).all()
        rows = [dict(r._mapping) for r in conn.execute(sa.select(receivables))]
    per_entry: dict[str, int] = defaultdict(int)
    per_account: dict[str, int] = defaultdict(int)
    per_receivable: dict[str, int] = defaultdict(int)
    for line in lines:
        per_entry[line.entry_id] += line.amount_cents
        per_account[line.account] += line.amount_cents
        if line.account == "1611":
            per_receivable[line.kassenzeichen] += line.amount_cents
    assert all(total == 0 for total in per_entry.values()), "every entry balances"
    assert sum(per_account.values()) == 0
    for row in rows:
        # the receivable account per Kassenzeichen is what is still open, and never below zero
        assert per_receivable[row["kassenzeichen"]] == projection.open_cents(row) >= 0
        assert row["refunded_cents"] <= row["paid_cents"] and row["waived_cents"] <= row["assessed_cents"]
    refunded = sum(row["refunded_cents"] for row in rows)
    assert per_account["1810"] == paid_in - refunded, "cash = payments in - refunds out"
    assert -per_account["3790"] == sum(row["overpaid_cents"] for row in rows), "overpayments are owed back"


def _snapshot(fees: sa.Engine) -> dict:
    with fees.connect() as conn:
        return {
            t.name: sorted(tuple(map(str, row)) for row in conn.execute(sa.select(t))) for t in PROJECTIONS
        }
