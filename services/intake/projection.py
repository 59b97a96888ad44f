"""The case status projection: what the citizen sees, built from the events of all four topics.

Topics arrive in any order relative to each other, so every handler sets only the facts its event brings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.intake.tables import case_status
from shared.envelope import Event, utc_now


def _facts(event: Event) -> dict[str, Any]:
    handlers: dict[str, Callable[[Event], dict[str, Any]]] = {
        "ApplicationSubmitted": lambda e: {
            "service_id": e.payload["service_id"],
            "submitted_at": e.occurred_at,
        },
        "FeeAssessed": lambda e: {
            "fee_total_cents": e.payload["total_cents"],
            "fee_schedule_version": e.payload["schedule_version"],
        },
        "CaseRouted": lambda e: {
            "office_id": e.payload["office_id"],
            "office_name": e.payload["office_name"],
        },
        "NotificationSent": lambda e: (
            {"receipt_sent_at": e.occurred_at} if e.payload["template"] == "receipt" else {}
        ),
    }
    handler = handlers.get(event.event_type)
    return handler(event) if handler else {}


def apply(conn: Connection, event: Event) -> None:
    facts = _facts(event)
    if not facts:
        return
    facts["updated_at"] = utc_now()
    updated = conn.execute(
        case_status.update().where(case_status.c.case_id == event.case_id).values(**facts)
    ).rowcount
    if not updated:
        conn.execute(case_status.insert().values(case_id=event.case_id, **facts))


def status_row(conn: Connection, case_id: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(case_status).where(case_status.c.case_id == case_id)).first()
    return dict(row._mapping) if row else None
