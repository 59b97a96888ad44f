"""Notifications' state from the events: whom a case concerns, and each mail and callback the events call for,
written in the same transaction that marks the event processed, so a redelivered event never adds a second
delivery. Sending is the delivery loop's work (delivery.py); its ids, tries and times are its own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.notifications.domain.templates import CALLBACK_STATUS, MAIL_FOR, reminder_due
from services.notifications.tables import deliveries, recipients
from shared.contracts import IntakeEvent, RoutingEvent
from shared.contracts.offices import directory
from shared.kernel import case_keys
from shared.kernel.envelope import Event, new_id, utc_now
from shared.kernel.rows import rows_of


def apply(conn: Connection, event: Event) -> None:
    p = event.payload
    if event.event_type == IntakeEvent.APPLICATION_SUBMITTED:
        applicant = p["applicant"] or {}  # None once erased: then only the service is known
        citizen = {key: applicant[key] for key in ("given_name", "family_name", "email") if key in applicant}
        submitter = p.get("submitted_by") or {}
        vendor = submitter.get("id") if submitter.get("kind") == "vendor" else None
        _remember(
            conn, event.case_id, citizen={**citizen, "service_name": p["service_name"]}, submitter_id=vendor
        )
    elif event.event_type == RoutingEvent.CASE_ROUTED:
        _remember(conn, event.case_id, office=p["office"])
    elif event.event_type == IntakeEvent.APPOINTMENT_BOOKED:
        visitor = p["visitor"] or {}  # None once erased
        office = directory()["offices"][p["office_id"]]
        contact = {key: office[key] for key in ("name", "address", "email", "phone")}
        _remember(conn, event.case_id, citizen={**visitor, "service_name": p["service_name"]}, office=contact)
    elif event.event_type == IntakeEvent.PERSONAL_DATA_ERASED:
        _erase(conn, event.case_id)
    if event.event_type in MAIL_FOR:
        _queue(conn, event, "email", MAIL_FOR[event.event_type])
    if event.event_type in (IntakeEvent.APPOINTMENT_MOVED, IntakeEvent.APPOINTMENT_CANCELLED):
        _skip_reminders(conn, event.case_id)
    if event.event_type in (IntakeEvent.APPOINTMENT_BOOKED, IntakeEvent.APPOINTMENT_MOVED):
        due = reminder_due(p["starts_at"])
        if due > event.occurred_at:  # booked on the day before or later: the confirmation is the reminder
            _queue(conn, event, "email", "appointment_reminder", due)
    if event.event_type in CALLBACK_STATUS:
        _queue(conn, event, "callback", "status")


def _erase(conn: Connection, case_id: str) -> None:
    """Whom the case concerns, and every delivery's copy of its trigger, as a replay with the key erased
    makes them; what was still to be sent is not sent (there is no one to write to any more)."""
    rows = rows_of(conn)
    contact = rows.get(conn, recipients, case_id)
    if contact is not None and contact["citizen"] is not None:
        rows.update(conn, recipients, case_id, citizen={"service_name": contact["citizen"]["service_name"]})
    of_case = conn.execute(
        sa.select(
            deliveries.c.id, deliveries.c.trigger_event_type, deliveries.c.trigger_payload, deliveries.c.state
        ).where(deliveries.c.case_id == case_id)
    )
    for delivery in of_case.all():
        erased = case_keys.erased_payload(delivery.trigger_event_type, delivery.trigger_payload)
        still_due = {"state": "skipped"} if delivery.state == "pending" else {}
        conn.execute(
            deliveries.update()
            .where(deliveries.c.id == delivery.id)
            .values(trigger_payload=erased, recipient=None, last_error=None, **still_due)
        )


def _remember(conn: Connection, case_id: str, **facts: Any) -> None:
    """Sets these facts on the case's recipients row, whichever of its events comes first."""
    rows = rows_of(conn)
    if rows.get(conn, recipients, case_id) is None:
        rows.insert(recipients, {column.name: None for column in recipients.columns} | {"case_id": case_id})
    rows.update(conn, recipients, case_id, **facts)


def _skip_reminders(conn: Connection, case_id: str) -> None:
    """The reminder of a visit that moved or was cancelled is not sent (a moved one gets its own)."""
    conn.execute(
        deliveries.update()
        .where(
            deliveries.c.case_id == case_id,
            deliveries.c.template == "appointment_reminder",
            deliveries.c.state == "pending",
        )
        .values(state="skipped")
    )


def _queue(conn: Connection, event: Event, channel: str, template: str, due: datetime | None = None) -> None:
    rows_of(conn).append(
        deliveries,
        {
            "id": new_id(),
            "case_id": event.case_id,
            "trigger_event_id": event.event_id,
            "trigger_event_type": event.event_type,
            "trigger_occurred_at": event.occurred_at,
            "trigger_payload": event.payload,
            "correlation_id": event.correlation_id,
            "channel": channel,
            "template": template,
            "state": "pending",
            "attempts": 0,
            "next_attempt_at": due or utc_now(),
        },
    )


def prefetch(conn: Connection, events: Sequence[Event]) -> None:
    """Whom a batch's cases concern, in one query."""
    rows_of(conn).load(conn, recipients, [event.case_id for event in events])


APPLY = dict.fromkeys(
    [
        IntakeEvent.APPLICATION_SUBMITTED,
        RoutingEvent.CASE_ROUTED,
        IntakeEvent.PERSONAL_DATA_ERASED,
        *MAIL_FOR,
        *CALLBACK_STATUS,
    ],
    apply,
)
