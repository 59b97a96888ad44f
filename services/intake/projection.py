"""The citizen's view of a case, built from the events of all four topics.

Topics arrive in any order relative to each other, so every event only sets the facts it brings, and applying
an event twice changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services import registry
from services.intake import documents, slots
from services.intake.store import STORE
from services.intake.tables import case_status, timeline
from shared.contracts import FeesEvent, IntakeEvent, NotificationsEvent, RoutingEvent
from shared.contracts.routing import DECIDED, STATE_AFTER
from shared.kernel.envelope import TOWN_TIME, Event, utc_now
from shared.kernel.money import euros, open_cents
from shared.kernel.personal import quoted
from shared.kernel.projections import Projections
from shared.kernel.rows import rows_of

PROGRESS_TEXT = {
    RoutingEvent.CASE_ROUTED: None,  # its own line below
    RoutingEvent.PAYMENT_AWAITED: "Wartet auf Ihre Zahlung; die Bearbeitung beginnt danach",
    RoutingEvent.PAYMENT_CONFIRMED: "Zahlung vollständig; der Antrag geht in die Bearbeitung",
    RoutingEvent.CASE_CLAIMED: "In Bearbeitung",
    RoutingEvent.INFORMATION_REQUESTED: "Rückfrage an Sie: {message}",  # quotes the office
    RoutingEvent.INFORMATION_RECEIVED: "Ihre Angaben sind eingegangen; die Bearbeitung geht weiter",
    RoutingEvent.CASE_APPROVED: "Bewilligt",
    RoutingEvent.CASE_REJECTED: "Abgelehnt: {reason}",
    RoutingEvent.CASE_COMPLETED: "Abgeschlossen",
    RoutingEvent.CASE_WITHDRAWN: "Bearbeitung beendet: Antrag zurückgezogen",
}


# The lines that quote what a person wrote: once the case's personal data is erased they say so instead
QUOTING = {
    IntakeEvent.INFORMATION_SUPPLIED: "Ihre Antwort: {message}",
    RoutingEvent.INFORMATION_REQUESTED: PROGRESS_TEXT[RoutingEvent.INFORMATION_REQUESTED],
    RoutingEvent.CASE_REJECTED: PROGRESS_TEXT[RoutingEvent.CASE_REJECTED],
}


def town_time(moment: str) -> str:
    """A UTC time from an event as the town reads it: 12.01.2027 10:20."""
    return datetime.fromisoformat(moment).astimezone(TOWN_TIME).strftime("%d.%m.%Y %H:%M")


class Add(int):
    """A fact that adds to what the case has (a payment), where the others replace it."""


Rule = Callable[[Event], tuple[dict[str, Any], str]]

# For each event type: the facts it sets on the case, and its line in the timeline.
RULES: dict[str, Rule] = {
    IntakeEvent.APPLICATION_SUBMITTED: lambda e: (
        {"service_id": e.payload["service_id"], "submitted_at": e.occurred_at},
        f"Antrag eingegangen: {e.payload['service_name']}",
    ),
    IntakeEvent.APPLICATION_WITHDRAWN: lambda e: ({"withdrawn_at": e.occurred_at}, "Antrag zurückgezogen"),
    IntakeEvent.INFORMATION_SUPPLIED: lambda e: ({}, quoted(QUOTING[e.event_type], e.payload)),
    IntakeEvent.APPOINTMENT_BOOKED: lambda e: (
        {
            "service_id": e.payload["service_id"],
            "submitted_at": e.occurred_at,
            "progress": "appointment_booked",
        },
        f"Termin gebucht: {e.payload['service_name']} am {town_time(e.payload['starts_at'])} Uhr",
    ),
    IntakeEvent.APPOINTMENT_MOVED: lambda e: (
        {"progress": "appointment_booked"},
        f"Termin verlegt auf {town_time(e.payload['starts_at'])} Uhr",
    ),
    IntakeEvent.APPOINTMENT_CANCELLED: lambda e: ({"progress": "appointment_cancelled"}, "Termin abgesagt"),
    RoutingEvent.APPOINTMENT_MISSED: lambda e: (
        {"progress": "appointment_missed"},
        "Termin nicht wahrgenommen",
    ),
    IntakeEvent.PERSONAL_DATA_ERASED: lambda e: (
        {},
        f"Personenbezogene Daten gelöscht: {e.payload['reason']}",
    ),
    IntakeEvent.LEGAL_HOLD_PLACED: lambda e: (
        {"legal_hold": e.payload["reason"]},
        "Ihre Angaben werden über die Aufbewahrungsfrist hinaus aufbewahrt",
    ),
    IntakeEvent.LEGAL_HOLD_RELEASED: lambda e: (
        {"legal_hold": None},
        "Ihre Angaben werden wieder nach Ablauf der Aufbewahrungsfrist gelöscht",
    ),
    FeesEvent.FEE_ASSESSED: lambda e: (
        {"fee_total_cents": e.payload["total_cents"], "fee_schedule_version": e.payload["schedule_version"]},
        f"Gebühr festgesetzt: {euros(e.payload['total_cents'])}",
    ),
    RoutingEvent.CASE_ROUTED: lambda e: (
        {"office_id": e.payload["office_id"], "office_name": e.payload["office_name"], "progress": "routed"},
        f"Zuständig: {e.payload['office_name']}",
    ),
    NotificationsEvent.NOTIFICATION_SENT: lambda e: (
        {"receipt_sent_at": e.occurred_at} if e.payload["template"] == "receipt" else {},
        f"E-Mail gesendet: {e.payload['description']}"
        if e.payload["channel"] == "email"
        else "Ihr Antragsportal wurde über den neuen Stand informiert",
    ),
    FeesEvent.PAYMENT_REQUESTED: lambda e: (
        {"kassenzeichen": e.payload["kassenzeichen"], "due_on": e.payload["due_on"]},
        f"Zahlung erbeten: {euros(e.payload['amount_cents'])} bis {e.payload['due_on']}, "
        f"Kassenzeichen {e.payload['kassenzeichen']}",
    ),
    FeesEvent.PAYMENT_RECEIVED: lambda e: (
        {"paid_cents": Add(e.payload["applied_cents"])},
        f"Zahlung eingegangen: {euros(e.payload['amount_cents'])}",
    ),
    FeesEvent.FEE_WAIVED: lambda e: (
        {"waived_cents": Add(e.payload["amount_cents"])},
        f"Gebühr erlassen oder abgesetzt: {euros(e.payload['amount_cents'])} ({e.payload['reason']})",
    ),
    FeesEvent.FEE_REFUNDED: lambda e: (
        {"paid_cents": Add(-e.payload["amount_cents"])},  # paid and kept
        f"Erstattet: {euros(e.payload['amount_cents'])} ({e.payload['reason']})",
    ),
    **{
        event_type: (lambda e, text=text: ({"progress": STATE_AFTER[e.event_type]}, quoted(text, e.payload)))
        for event_type, text in PROGRESS_TEXT.items()
        if text
    },
}


def apply(conn: Connection, event: Event) -> None:
    facts, summary = RULES[event.event_type](event)
    rows = rows_of(conn)
    # Intake's own events are applied when recorded and come back through the worker: once is enough.
    if rows.get(conn, timeline, event.event_id) is not None:
        return
    rows.insert(
        timeline,
        {
            "event_id": event.event_id,
            "case_id": event.case_id,
            "occurred_at": event.occurred_at,
            "producer": event.producer,
            "event_type": event.event_type,
            "summary": summary,
        },
    )
    row = rows.get(conn, case_status, event.case_id)
    if row is None:
        row = {column.name: None for column in case_status.columns}
        row.update(case_id=event.case_id, paid_cents=0, waived_cents=0)
        rows.insert(case_status, row)
    changes = {name: row[name] + value if isinstance(value, Add) else value for name, value in facts.items()}
    rows.update(conn, case_status, event.case_id, **changes, updated_at=utc_now())
    if event.event_type == IntakeEvent.PERSONAL_DATA_ERASED:
        _erase_quotes(conn, event.case_id)


def _erase_quotes(conn: Connection, case_id: str) -> None:
    """Every line of the case that quotes a person, as it reads when replayed with the key erased."""
    quoting = conn.execute(
        sa.select(timeline.c.event_id, timeline.c.event_type).where(
            timeline.c.case_id == case_id, timeline.c.event_type.in_(list(QUOTING))
        )
    )
    rows = rows_of(conn)
    for line in quoting.all():
        rows.update(conn, timeline, line.event_id, summary=quoted(QUOTING[line.event_type], {}))


def prefetch(conn: Connection, events: Sequence[Event]) -> None:
    """A batch's cases and the lines it may already have, in two queries."""
    rows = rows_of(conn)
    rows.load(conn, timeline, [event.event_id for event in events])
    rows.load(conn, case_status, [event.case_id for event in events])


# Every event with a rule goes through the one `apply`: it sets the rule's facts and writes its line.
APPLY = dict.fromkeys(RULES, apply)
# What a migration that reshapes these tables replays: intake's own events, and the other services' that its
# worker took, from their topics
FROM_EVENTS = Projections(
    STORE, (timeline, case_status), APPLY, topics=lambda: registry.consumed_topics(registry.get("intake"))
)


def status_row(conn: Connection, case_id: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(case_status).where(case_status.c.case_id == case_id)).first()
    return dict(row._mapping) if row else None


def case_timeline(conn: Connection, case_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        sa.select(timeline)
        .where(timeline.c.case_id == case_id)
        .order_by(timeline.c.occurred_at, timeline.c.event_id)
    )
    return [
        {"at": row.occurred_at.isoformat(), "by": row.producer, "event": row.event_type, "text": row.summary}
        for row in rows
    ]


def state(row: dict[str, Any]) -> str:
    if row["progress"] in DECIDED:
        return row["progress"]  # decided before the withdrawal reached the office: the decision stands
    if row["withdrawn_at"]:
        return "withdrawn"
    return row["progress"] or "submitted"


def payment_state(row: dict[str, Any]) -> str | None:
    if row["fee_total_cents"] is None:
        return None
    total, waived, paid = row["fee_total_cents"], row["waived_cents"], row["paid_cents"]
    if total == 0:
        return "none"
    if total - waived <= 0:
        return "waived"
    return "paid" if open_cents(total, waived, paid) <= 0 else "partial" if paid else "open"


def citizen_view(conn: Connection, case_id: str) -> dict[str, Any] | None:
    """What the citizen sees of a case (the status API and the portal's status page)."""
    row = status_row(conn, case_id)
    if row is None:
        return None
    return {
        **status_view(row, case_timeline(conn, case_id)),
        "documents": documents.of_case(conn, case_id),
        "appointment": slots.visit_view(conn, case_id),
    }


def status_view(row: dict[str, Any], timeline: list[dict[str, Any]]) -> dict[str, Any]:
    fee = None
    if row["fee_total_cents"] is not None:
        fee = {
            "total_cents": row["fee_total_cents"],
            "currency": "EUR",
            "schedule_version": row["fee_schedule_version"],
            "paid_cents": row["paid_cents"],
            "waived_cents": row["waived_cents"],
            "payment_state": payment_state(row),
            "kassenzeichen": row["kassenzeichen"],
            "due_on": row["due_on"],
        }
    return {
        "case_id": row["case_id"],
        "service_id": row["service_id"],
        "status": state(row),
        "submitted_at": row["submitted_at"].isoformat() if row["submitted_at"] else None,
        "fee": fee,
        "office": {"id": row["office_id"], "name": row["office_name"]} if row["office_id"] else None,
        "receipt_sent_at": row["receipt_sent_at"].isoformat() if row["receipt_sent_at"] else None,
        "timeline": timeline,
    }
