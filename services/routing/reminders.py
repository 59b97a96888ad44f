"""Reminders to an office: a routed case that nobody has claimed for 3 working days is raised, once."""

from __future__ import annotations

import logging
import threading
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from services.routing.handlers import after_last, record
from services.routing.store import STORE
from services.routing.tables import cases
from shared.contracts import RoutingEvent
from shared.kernel.envelope import utc_now

log = logging.getLogger(__name__)
CHECK_EVERY_SECONDS = 30


def raise_due(engine: Engine, now: datetime | None = None, limit: int = 200) -> int:
    """Records a ClaimReminderRaised for each case whose reminder time has come; returns how many."""
    now = now or utc_now()
    with engine.begin() as conn:
        STORE.lock(conn)
        due = conn.execute(
            sa.select(cases)
            .where(cases.c.remind_at <= now, cases.c.state == "routed")
            .order_by(cases.c.remind_at)
            .limit(limit)
        ).all()
        for case in due:
            reminder = {
                "office_id": case.office_id,
                "routed_at": case.routed_at.isoformat(),
                "due_on": case.due_on.isoformat(),
            }
            record(
                conn,
                case.case_id,
                [after_last(conn, case.case_id, RoutingEvent.CLAIM_REMINDER_RAISED, reminder)],
            )
    return len(due)


def run(engine: Engine, stop: threading.Event) -> None:
    """The reminder loop of the routing worker."""
    while not stop.is_set():
        try:
            raised = raise_due(engine)
            if raised:
                log.info("reminded offices of %d unclaimed cases", raised)
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as error:
            log.warning("reminders wait for the database: %s", error)
        stop.wait(CHECK_EVERY_SECONDS)
