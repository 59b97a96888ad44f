"""Retention as data (`data/retention.json`): per online service, how long a case's personal data is kept
after the case has ended, with its legal source (or `uncertain` where none names it). A case is due when it
has ended (completed or withdrawn), its period has run, no fee of it is open, no legal hold stops it, and it
is not erased yet. Intake's worker erases what is due once a day (`run`); `rathaus privacy due` lists it."""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from services.intake import privacy, projection
from services.intake.store import DATABASE, STORE
from services.intake.tables import appointment_slots, case_status, timeline
from shared.contracts import IntakeEvent, RoutingEvent
from shared.kernel.envelope import NewEvent, utc_now
from shared.kernel.tables import UTCDateTime

log = logging.getLogger(__name__)

RULES_FILE = Path(__file__).parent / "data" / "retention.json"
ENDS = (
    RoutingEvent.CASE_COMPLETED,
    RoutingEvent.CASE_WITHDRAWN,
    IntakeEvent.APPOINTMENT_CANCELLED,
    RoutingEvent.APPOINTMENT_MISSED,
)
ERASED_BY = "retention"  # who erases when the daily job does


@cache
def rules() -> dict[str, Any]:
    return dict(json.loads(RULES_FILE.read_text(encoding="utf-8")))


def rule_for(service_id: str) -> dict[str, Any] | None:
    rule: dict[str, Any] | None = rules()["services"].get(service_id)
    return rule


def lacks(service_id: str) -> list[str]:
    """A service offered online needs a retention period, or its cases would be kept for ever."""
    return (
        []
        if rule_for(service_id)
        else [f"intake: no retention period for {service_id} (data/retention.json)"]
    )


@dataclass(frozen=True)
class Due:
    case_id: str
    service_id: str
    ended_at: datetime
    due_at: datetime
    rule: dict[str, Any]

    @property
    def reason(self) -> str:
        uncertain = ", ohne gesetzlich bestimmte Frist" if self.rule.get("uncertain") else ""
        return (
            f"Aufbewahrungsfrist abgelaufen: {self.rule['keep_months']} Monate nach Abschluss "
            f"(Löschregeln {rules()['version']}{uncertain})"
        )


def due(conn: Connection, now: datetime | None = None) -> list[Due]:
    """The cases whose personal data is due for erasure now, oldest first."""
    now = now or utc_now()
    by_event = sa.select(
        timeline.c.case_id, sa.func.max(timeline.c.occurred_at, type_=UTCDateTime).label("ended_at")
    ).where(timeline.c.event_type.in_([str(e) for e in ENDS]))
    # A visit that took place ends with its time: no event says it did
    by_visit = (
        sa.select(
            appointment_slots.c.case_id,
            sa.func.max(appointment_slots.c.starts_at, type_=UTCDateTime).label("ended_at"),
        )
        .where(appointment_slots.c.case_id.is_not(None))
        .group_by(appointment_slots.c.case_id)
        .having(sa.func.max(appointment_slots.c.starts_at) <= now)
    )
    either = sa.union_all(by_event.group_by(timeline.c.case_id), by_visit).subquery()
    ended = (
        sa.select(either.c.case_id, sa.func.max(either.c.ended_at, type_=UTCDateTime).label("ended_at"))
        .group_by(either.c.case_id)
        .subquery()
    )
    erased = sa.select(timeline.c.case_id).where(timeline.c.event_type == IntakeEvent.PERSONAL_DATA_ERASED)
    candidates = conn.execute(
        sa.select(case_status, ended.c.ended_at)
        .join(ended, ended.c.case_id == case_status.c.case_id)
        .where(case_status.c.legal_hold.is_(None), case_status.c.case_id.not_in(erased))
        .order_by(ended.c.ended_at)
    )
    found = []
    for row in candidates.mappings():
        rule = rule_for(row["service_id"])
        if rule is None or projection.payment_state(row) in ("open", "partial"):  # its debtor is still needed
            continue
        ended_at = row["ended_at"]
        due_at = _months_after(ended_at, rule["keep_months"])
        if due_at <= now:
            found.append(Due(row["case_id"], row["service_id"], ended_at, due_at, rule))
    return found


def erase_due(engine: Engine, now: datetime | None = None) -> list[Due]:
    """Erases every case that is due, each on its own (one that fails is named and tried again tomorrow)."""
    with engine.connect() as conn:
        cases = due(conn, now)
    erased = []
    for case in cases:
        try:
            privacy.erase(case.case_id, case.reason, ERASED_BY, engine)
            erased.append(case)
        except Exception:
            log.exception("retention could not erase case %s", case.case_id)
    if cases:
        log.info("retention erased the personal data of %d of %d due cases", len(erased), len(cases))
    return erased


def hold(case_id: str, reason: str, placed_by: str, engine: Engine | None = None) -> bool:
    """Places a legal hold; False if the case has one already."""
    placed = {"reason": reason, "placed_by": placed_by}
    return _record(engine or DATABASE.engine, case_id, IntakeEvent.LEGAL_HOLD_PLACED, placed, False)


def release(case_id: str, released_by: str, engine: Engine | None = None) -> bool:
    """Releases the case's legal hold; False if it had none."""
    released = {"released_by": released_by}
    return _record(engine or DATABASE.engine, case_id, IntakeEvent.LEGAL_HOLD_RELEASED, released, True)


def _record(engine: Engine, case_id: str, event_type: str, payload: dict[str, Any], held: bool) -> bool:
    with engine.begin() as conn:
        status = projection.status_row(conn, case_id)
        if status is None:
            raise LookupError(f"intake knows no case {case_id}")
        if (status["legal_hold"] is not None) != held:
            return False
        STORE.record(
            conn, case_id, [NewEvent(event_type, payload)], projection.apply, STORE.version(conn, case_id)
        )
    return True


# Once a day, and first a minute after the worker starts (`RETENTION_EVERY_SECONDS` for tests and operators)
def run(engine: Engine, stop: threading.Event) -> None:
    every = float(os.environ.get("RETENTION_EVERY_SECONDS", 24 * 3600))
    stop.wait(min(60.0, every))
    while not stop.is_set():
        try:
            erase_due(engine)
        except sa.exc.OperationalError as error:
            log.warning("retention waits for the database: %s", error)
        stop.wait(every)


def _months_after(moment: datetime, months: int) -> datetime:
    """The same day and time `months` later (the month's last day where it is shorter)."""
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    for day in range(moment.day, 27, -1):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return moment.replace(year=year, month=month, day=min(moment.day, 28))
