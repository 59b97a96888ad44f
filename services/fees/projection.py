"""Fees' projections from its own events: assessments, receivables, provider payments and the journal.

Every change goes through `apply`, in the transaction that appends the event, and a rebuild (`FROM_STORE`)
replays the whole store through the same function: the journal cannot come out different."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.fees.domain.kassenzeichen import compose, parse
from services.fees.store import STORE
from services.fees.tables import (
    PROJECTIONS,
    assessments,
    journal_entries,
    journal_lines,
    kassenzeichen_counters,
    provider_payments,
    receivables,
)
from shared.contracts import FeesEvent
from shared.kernel import money
from shared.kernel.envelope import Event
from shared.kernel.projections import Projections
from shared.kernel.rows import rows_of


def _assessed(conn: Connection, event: Event) -> None:
    p = event.payload
    rows_of(conn).insert(
        assessments,
        {
            "case_id": event.case_id,
            "service_id": p["service_id"],
            "schedule_version": p["schedule_version"],
            "total_cents": p["total_cents"],
            "assessed_at": event.occurred_at,
            "chip_number": (p.get("tax_object") or {}).get("chip_number"),  # None too once erased
        },
    )


def _payment_requested(conn: Connection, event: Event) -> None:
    p = event.payload
    rows = rows_of(conn)
    assessment = rows.get(conn, assessments, event.case_id)
    if assessment is None:
        raise LookupError(f"case {event.case_id}: a payment requested before its fee was assessed")
    rows.insert(
        receivables,
        {
            "kassenzeichen": p["kassenzeichen"],
            "case_id": event.case_id,
            "service_id": assessment["service_id"],
            "assessed_cents": p["amount_cents"],
            "paid_cents": 0,
            "overpaid_cents": 0,
            "waived_cents": 0,
            "refunded_cents": 0,
            "due_on": date.fromisoformat(p["due_on"]),
            "last_payment_at": None,
        },
    )
    _count_kassenzeichen(conn, p["kassenzeichen"])


def _count_kassenzeichen(conn: Connection, kassenzeichen: str) -> None:
    year, number = parse(kassenzeichen)
    rows = rows_of(conn)
    counter = rows.get(conn, kassenzeichen_counters, year)
    if counter is None:
        rows.insert(kassenzeichen_counters, {"year": year, "last": number})
    elif number > counter["last"]:
        rows.update(conn, kassenzeichen_counters, year, last=number)


def _booked(conn: Connection, event: Event) -> None:
    p = event.payload
    rows = rows_of(conn)
    rows.append(
        journal_entries,
        {
            "entry_id": p["entry_id"],
            "event_id": event.event_id,
            "case_id": event.case_id,
            "kassenzeichen": p["kassenzeichen"],
            "kind": p["kind"],
            "booked_on": date.fromisoformat(p["booked_on"]),
            "recorded_at": event.occurred_at,
            "description": p["description"],
        },
    )
    for number, line in enumerate(p["lines"], start=1):
        rows.append(
            journal_lines,
            {
                "entry_id": p["entry_id"],
                "line_no": number,
                "account": line["account"],
                "kassenzeichen": line.get("kassenzeichen"),
                "amount_cents": line["amount_cents"],
            },
        )


def _paid(conn: Connection, event: Event) -> None:
    p = event.payload
    rows_of(conn).append(
        provider_payments,
        {
            "provider": p["provider"],
            "payment_id": p["payment_id"],
            "event_id": event.event_id,
            "kassenzeichen": p["kassenzeichen"],
            "amount_cents": p["amount_cents"],
            "outcome": p["outcome"],
        },
    )
    _add(
        conn,
        p["kassenzeichen"],
        {"last_payment_at": datetime.fromisoformat(p["paid_at"])},
        paid_cents=p["applied_cents"],
        overpaid_cents=p["excess_cents"],
    )


def _add(conn: Connection, kassenzeichen: str, facts: dict | None = None, **amounts: int) -> None:
    """The amounts added to the receivable's, and `facts` set on it."""
    rows = rows_of(conn)
    row = rows.get(conn, receivables, kassenzeichen)
    if row is not None:
        added = {name: row[name] + cents for name, cents in amounts.items()}
        rows.update(conn, receivables, kassenzeichen, **added, **(facts or {}))


def _waived(conn: Connection, event: Event) -> None:
    _add(conn, event.payload["kassenzeichen"], waived_cents=event.payload["amount_cents"])


def _refunded(conn: Connection, event: Event) -> None:
    _add(conn, event.payload["kassenzeichen"], refunded_cents=event.payload["amount_cents"])


APPLY: dict[str, Callable[[Connection, Event], None]] = {
    FeesEvent.FEE_ASSESSED: _assessed,
    FeesEvent.PAYMENT_REQUESTED: _payment_requested,
    FeesEvent.FEE_BOOKED: _booked,
    FeesEvent.PAYMENT_RECEIVED: _paid,
    FeesEvent.FEE_WAIVED: _waived,
    FeesEvent.FEE_REFUNDED: _refunded,
}


def apply(conn: Connection, event: Event) -> None:
    APPLY[event.event_type](conn, event)


# What `rathaus fees rebuild` and a migration that reshapes these tables replay
FROM_STORE = Projections(STORE, PROJECTIONS, APPLY)


def receivable(conn: Connection, kassenzeichen: str) -> dict | None:
    row = conn.execute(sa.select(receivables).where(receivables.c.kassenzeichen == kassenzeichen)).first()
    return dict(row._mapping) if row else None


def next_kassenzeichen(conn: Connection, year: int) -> str:
    """The year's next Kassenzeichen; the PaymentRequested that carries it moves the counter (above), so the
    caller holds the store's lock until that event is recorded."""
    counter = rows_of(conn).get(conn, kassenzeichen_counters, year)
    return compose(year, (counter["last"] if counter else 0) + 1)


def open_cents(row: dict) -> int:
    """What is still to pay on a receivable's row."""
    return money.open_cents(
        row["assessed_cents"], row["waived_cents"], row["paid_cents"], row["refunded_cents"]
    )
