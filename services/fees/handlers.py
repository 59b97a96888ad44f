"""What fees does: assess, request payment and book on an application; settle on payment; cancel and refund on
withdrawal. Every fact is an event on `cases.fees` and every booking a balanced journal entry."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.fees import projection
from services.fees.domain import booking
from services.fees.domain.assessment import assess, dog_tax_credit
from services.fees.domain.schedule import in_force, local_date
from services.fees.store import STORE
from services.fees.tables import assessments, receivables
from shared.contracts import FeesEvent, IntakeEvent, RoutingEvent
from shared.kernel.envelope import Event, NewEvent, new_id
from shared.kernel.rows import rows_of

PAYMENT_TERM = timedelta(days=14)


def record(conn: Connection, case_id: str, new_events: list[NewEvent]) -> list[Event]:
    """Append to the case's fees stream; the projections follow in the same transaction."""
    return STORE.record(conn, case_id, new_events, projection.apply)


def entry(kind: str, kassenzeichen: str, on: date, text: str, lines: list[dict]) -> dict[str, Any]:
    """The FeeBooked payload: one journal entry, which must balance."""
    if booking.balance(lines) != 0:
        raise ValueError(f"unbalanced journal entry: {lines}")
    return {
        "entry_id": new_id(),
        "kind": kind,
        "kassenzeichen": kassenzeichen,
        "booked_on": on.isoformat(),
        "description": text,
        "lines": lines,
    }


def on_submitted(conn: Connection, event: Event) -> None:
    # The schedule in force on the day the citizen submitted (in Germany), not when this worker runs.
    submitted_on = local_date(event.occurred_at)
    schedule = in_force(submitted_on)
    fee = assess(event.payload, schedule, submitted_on)
    new = [NewEvent.caused_by(event, FeesEvent.FEE_ASSESSED, fee)]
    if fee["total_cents"] > 0:
        STORE.lock(conn)
        kassenzeichen = projection.next_kassenzeichen(conn, submitted_on.year)
        request = {
            "kassenzeichen": kassenzeichen,
            "amount_cents": fee["total_cents"],
            "currency": "EUR",
            "due_on": (submitted_on + PAYMENT_TERM).isoformat(),
        }
        lines = booking.assessment(fee["service_id"], kassenzeichen, fee["total_cents"])
        text = f"Sollstellung {event.payload['service_name']}"
        new += [
            NewEvent.caused_by(event, FeesEvent.PAYMENT_REQUESTED, request),
            NewEvent.caused_by(
                event, FeesEvent.FEE_BOOKED, entry("assessment", kassenzeichen, submitted_on, text, lines)
            ),
        ]
    record(conn, event.case_id, new)
    # A deregistration ends the tax its registration charged (the schedule says which products do)
    if schedule["products"][event.payload["service_id"]].get("ends_tax") == "dog_tax":
        _end_dog_tax(conn, event)


def _end_dog_tax(conn: Connection, event: Event) -> None:
    """A dog deregistered during the year: the tax is owed to the end of the month it left; months charged
    beyond that are written off, or refunded where they were paid."""
    form = event.payload["form"]
    registration = conn.execute(
        sa.select(assessments.c.case_id)
        .where(assessments.c.chip_number == form["chip_number"])
        .order_by(assessments.c.assessed_at.desc())
        .limit(1)
    ).scalar()
    receivable = _receivable_of(conn, registration) if registration else None
    if receivable is None:
        return  # registered before this platform, or never charged: nothing of ours to credit
    STORE.lock(conn)
    assessed = next(
        e for e in STORE.read_stream(conn, registration) if e.event_type == FeesEvent.FEE_ASSESSED
    )
    kept_until = date.fromisoformat(form["kept_until"])
    months, cents = dog_tax_credit(assessed.payload, kept_until)
    reason = f"Hundeabmeldung zum {kept_until:%d.%m.%Y}: {months} Monate Hundesteuer entfallen"
    _reduce(conn, event, receivable, "reduction", cents, reason, "system")


def on_withdrawn(conn: Connection, event: Event) -> None:
    """A withdrawn application owes nothing: what is open is cancelled, what was paid is refunded."""
    STORE.lock(conn)
    receivable = _receivable_of(conn, event.case_id)
    if receivable is not None:
        owed = receivable["assessed_cents"] - receivable["waived_cents"]
        _reduce(conn, event, receivable, "cancellation", owed, "Antrag zurückgezogen", "system")


def on_reduction(conn: Connection, event: Event) -> None:
    """A caseworker's waiver (all of the fee) or reduction (part of it), with a reason."""
    STORE.lock(conn)
    receivable = _receivable_of(conn, event.case_id)
    if receivable is None:
        raise LookupError(f"case {event.case_id} has no fee to reduce")
    p = event.payload
    owed = receivable["assessed_cents"] - receivable["waived_cents"]
    amount = owed if p["kind"] == "waiver" else min(p["amount_cents"], owed)
    _reduce(conn, event, receivable, p["kind"], amount, p["reason"], p["caseworker_id"])


def on_personal_data_erased(conn: Connection, event: Event) -> None:
    """The dog's chip, the one personal fact fees keeps in its tables, goes as its FeeAssessed now reads."""
    if rows_of(conn).get(conn, assessments, event.case_id) is not None:
        rows_of(conn).update(conn, assessments, event.case_id, chip_number=None)


def _receivable_of(conn: Connection, case_id: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(receivables).where(receivables.c.case_id == case_id)).first()
    return dict(row._mapping) if row else None


def _reduce(
    conn: Connection, cause: Event, receivable: dict, kind: str, amount: int, reason: str, decided_by: str
) -> None:
    """The fee owed goes down by `amount`: first what is still open is written off, the rest of it was paid
    already and is refunded."""
    if amount <= 0:
        return
    kassenzeichen, product = receivable["kassenzeichen"], receivable["service_id"]
    on = local_date(cause.occurred_at)
    from_open = min(amount, projection.open_cents(receivable))
    to_refund = amount - from_open
    waived = {
        "kassenzeichen": kassenzeichen,
        "amount_cents": amount,
        "kind": kind,
        "reason": reason,
        "decided_by": decided_by,
    }
    # Recorded in the history of the receivable's case, which need not be the cause's (a deregistered dog).
    case_id = receivable["case_id"]
    correlation = STORE.read_stream(conn, case_id)[0].correlation_id

    def because(event_type: str, payload: dict[str, Any]) -> NewEvent:
        return NewEvent(event_type, payload, causation_id=cause.event_id, correlation_id=correlation)

    new = [because(FeesEvent.FEE_WAIVED, waived)]
    if from_open:
        lines = booking.reduction(product, kassenzeichen, from_open)
        new.append(because(FeesEvent.FEE_BOOKED, entry(kind, kassenzeichen, on, reason, lines)))
    if to_refund:
        refunded = {"kassenzeichen": kassenzeichen, "amount_cents": to_refund, "reason": reason}
        lines = booking.refund(product, kassenzeichen, to_refund)
        new += [
            because(FeesEvent.FEE_REFUNDED, refunded),
            because(FeesEvent.FEE_BOOKED, entry("refund", kassenzeichen, on, reason, lines)),
        ]
    record(conn, case_id, new)


def settle(conn: Connection, provider: str, payment: dict[str, Any], received_at: datetime) -> Event | None:
    """A payment reported by the provider, against the receivable of its Kassenzeichen. Partial payments leave
    the rest open; what goes beyond the open amount is booked as owed back. None: no such Kassenzeichen."""
    STORE.lock(conn)  # two payments for one receivable are settled one after the other
    row = projection.receivable(conn, payment["kassenzeichen"])
    if row is None:
        return None
    open_now = projection.open_cents(row)
    applied = min(open_now, payment["amount_cents"])
    excess = payment["amount_cents"] - applied
    if open_now == 0:
        outcome = "unexpected"
    else:
        outcome = "overpaid" if excess else "settled" if applied == open_now else "partial"
    received = {
        "provider": provider,
        "payment_id": payment["payment_id"],
        "kassenzeichen": row["kassenzeichen"],
        "amount_cents": payment["amount_cents"],
        "paid_at": payment["paid_at"].isoformat(),
        "outcome": outcome,
        "applied_cents": applied,
        "excess_cents": excess,
    }
    # The payment answers the case's payment request: that is its cause.
    request = next(
        e for e in STORE.read_stream(conn, row["case_id"]) if e.event_type == FeesEvent.PAYMENT_REQUESTED
    )
    payment_event = NewEvent.caused_by(request, FeesEvent.PAYMENT_RECEIVED, received)
    text = f"Zahlungseingang {provider} {payment['payment_id']}"
    lines = booking.payment(row["kassenzeichen"], applied, excess)
    booked = NewEvent(
        FeesEvent.FEE_BOOKED,
        entry("payment", row["kassenzeichen"], local_date(received_at), text, lines),
        causation_id=payment_event.event_id,
        correlation_id=request.correlation_id,
    )
    return record(conn, row["case_id"], [payment_event, booked])[0]


def prefetch(conn: Connection, events: Sequence[Event]) -> None:
    """The streams of a batch's cases, in one query."""
    STORE.load_heads(conn, [event.case_id for event in events])


# What fees does on the events it consumes.
CONSUMES = {
    IntakeEvent.APPLICATION_SUBMITTED: on_submitted,
    # routing's word, not intake's: a decision may have come before the withdrawal reached the office
    RoutingEvent.CASE_WITHDRAWN: on_withdrawn,
    RoutingEvent.FEE_REDUCTION_GRANTED: on_reduction,
    IntakeEvent.PERSONAL_DATA_ERASED: on_personal_data_erased,
}
