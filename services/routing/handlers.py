"""What routing does: on the events it consumes (route, withdraw, wait for payment) and, through `record`, on
the caseworkers' actions. Every change is an event in the case's routing stream and its projection row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.routing import projection, visits
from services.routing.domain import lifecycle
from services.routing.domain.rules import remind_at, route
from services.routing.store import STORE
from services.routing.tables import applications, case_documents, case_fees, cases
from shared.contracts import FeesEvent, IntakeEvent, RoutingEvent
from shared.kernel import case_keys
from shared.kernel.envelope import Event, NewEvent
from shared.kernel.rows import Record, rows_of


def record(conn: Connection, case_id: str, new_events: Sequence[NewEvent]) -> list[Event]:
    """Append to the case's routing stream; the projection follows in the same transaction."""
    return STORE.record(conn, case_id, new_events, projection.apply)


def transition(conn: Connection, case: sa.Row | Record, new: NewEvent) -> Event:
    """One step of the lifecycle; a step the state machine forbids raises and records nothing."""
    lifecycle.next_state(case.state, new.event_type)
    return record(conn, case.case_id, [new])[0]


def after_last(conn: Connection, case_id: str, event_type: str, payload: dict[str, Any]) -> NewEvent:
    """An event decided here (by a caseworker, or by the clock): the case's latest routing event, the state it
    was decided on, is its cause."""
    last = STORE.read_stream(conn, case_id)[-1]
    return NewEvent(event_type, payload, causation_id=last.event_id, correlation_id=last.correlation_id)


def _keep_documents(conn: Connection, event: Event) -> None:
    """The files an application or an answer brought, for the desk's list of the case's documents."""
    names = event.payload["document_names"] or {}
    for document in event.payload["documents"]:
        rows_of(conn).append(
            case_documents,
            {
                "document_id": document["document_id"],
                "case_id": event.case_id,
                "kind": document["kind"],
                "filename": names.get(document["document_id"]),
                "media_type": document["media_type"],
                "size_bytes": document["size_bytes"],
                "received_at": event.occurred_at,
            },
        )


def on_submitted(conn: Connection, event: Event) -> None:
    rows_of(conn).append(
        applications,
        {"case_id": event.case_id, "submitted_at": event.occurred_at, "payload": event.payload},
    )
    _keep_documents(conn, event)
    record(
        conn,
        event.case_id,
        [NewEvent.caused_by(event, RoutingEvent.CASE_ROUTED, route(event.payload, event.occurred_at))],
    )
    _await_payment(conn, event)


def on_withdrawn(conn: Connection, event: Event) -> None:
    case = projection.case_row(conn, event.case_id)
    if case is None or RoutingEvent.CASE_WITHDRAWN not in lifecycle.allowed(case.state):
        return  # decided meanwhile: the decision stands (intake refuses such a withdrawal when it knows)
    transition(
        conn,
        case,
        NewEvent.caused_by(
            event, RoutingEvent.CASE_WITHDRAWN, {"withdrawn_by": event.payload["withdrawn_by"]}
        ),
    )


def on_information_supplied(conn: Connection, event: Event) -> None:
    """The citizen answered the office's question: the case goes back to work, the answer as its note.
    An answer that crossed the caseworker's own "received" stays in intake's history; its files are the
    case's all the same."""
    _keep_documents(conn, event)
    case = projection.case_row(conn, event.case_id)
    if case is None or case.state != "information_requested":
        return
    answered = {"note": event.payload["message"], "caseworker_id": None}
    transition(conn, case, NewEvent.caused_by(event, RoutingEvent.INFORMATION_RECEIVED, answered))


def on_personal_data_erased(conn: Connection, event: Event) -> None:
    """The copy of the application (or of the visit) keeps its personal fields no longer: as its event now
    reads."""
    visits.on_erased(conn, event)
    kept = conn.execute(sa.select(applications.c.payload).where(applications.c.case_id == event.case_id))
    payload = kept.scalar()
    if payload is not None:
        erased = case_keys.erased_payload(IntakeEvent.APPLICATION_SUBMITTED, payload)
        rows_of(conn).update(conn, applications, event.case_id, payload=erased)
    conn.execute(
        case_documents.update().where(case_documents.c.case_id == event.case_id).values(filename=None)
    )


def on_fee_assessed(conn: Connection, event: Event) -> None:
    total = event.payload["total_cents"]
    rows_of(conn).insert(
        case_fees,
        {"case_id": event.case_id, "assessed_cents": total, "open_cents": total, "kassenzeichen": None},
    )
    _await_payment(conn, event)


def on_payment_requested(conn: Connection, event: Event) -> None:
    _update_fee(conn, event.case_id, kassenzeichen=event.payload["kassenzeichen"])


def on_paid_or_waived(conn: Connection, event: Event) -> None:
    p = event.payload
    settled = p["applied_cents"] if event.event_type == FeesEvent.PAYMENT_RECEIVED else p["amount_cents"]
    fee = fee_of(conn, event.case_id)
    if fee is not None:
        fee["open_cents"] -= settled
        _update_fee(conn, event.case_id, open_cents=fee["open_cents"])
    case = projection.case_row(conn, event.case_id)
    if case is not None and case.state == "awaiting_payment" and fee is not None and fee.open_cents <= 0:
        confirmed = {"remind_at": remind_at(event.occurred_at).isoformat()}
        transition(conn, case, NewEvent.caused_by(event, RoutingEvent.PAYMENT_CONFIRMED, confirmed))


def _await_payment(conn: Connection, cause: Event) -> None:
    """A service paid before work waits for the fee, once both the case and its fee are known here (the
    fees and intake topics arrive in either order)."""
    case = projection.case_row(conn, cause.case_id)
    fee = fee_of(conn, cause.case_id)
    if case is None or fee is None or not case.payment_first or case.state != "routed" or fee.open_cents <= 0:
        return
    transition(
        conn, case, NewEvent.caused_by(cause, RoutingEvent.PAYMENT_AWAITED, {"amount_cents": fee.open_cents})
    )


def fee_of(conn: Connection, case_id: str) -> Record | None:
    """What fees has said about the case's fee, or None while it has said nothing."""
    return rows_of(conn).get(conn, case_fees, case_id)


def _update_fee(conn: Connection, case_id: str, **values: object) -> None:
    rows_of(conn).update(conn, case_fees, case_id, **values)


def prefetch(conn: Connection, events: Sequence[Event]) -> None:
    """A batch's streams, cases and fees, in three queries."""
    case_ids = [event.case_id for event in events]
    STORE.load_heads(conn, case_ids)
    rows = rows_of(conn)
    rows.load(conn, cases, case_ids)
    rows.load(conn, case_fees, case_ids)


def _locked(handler: Callable[[Connection, Event], None]) -> Callable[[Connection, Event], None]:
    """Read the case and append as one step under the store's lock, also against the caseworkers' desk."""

    def locked(conn: Connection, event: Event) -> None:
        STORE.lock(conn)
        handler(conn, event)

    return locked


# What routing does on the events of intake and fees that move a case.
CONSUMES = {
    event_type: _locked(handler)
    for event_type, handler in {
        IntakeEvent.APPLICATION_SUBMITTED: on_submitted,
        IntakeEvent.APPLICATION_WITHDRAWN: on_withdrawn,
        IntakeEvent.INFORMATION_SUPPLIED: on_information_supplied,
        IntakeEvent.PERSONAL_DATA_ERASED: on_personal_data_erased,
        FeesEvent.FEE_ASSESSED: on_fee_assessed,
        FeesEvent.PAYMENT_REQUESTED: on_payment_requested,
        FeesEvent.PAYMENT_RECEIVED: on_paid_or_waived,
        FeesEvent.FEE_WAIVED: on_paid_or_waived,
        IntakeEvent.APPOINTMENT_BOOKED: visits.on_booked,
        IntakeEvent.APPOINTMENT_MOVED: visits.on_moved,
        IntakeEvent.APPOINTMENT_CANCELLED: visits.on_cancelled,
    }.items()
}
