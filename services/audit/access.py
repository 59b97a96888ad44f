"""What auditors read of citizens' data, logged before it is shown, as the desk logs caseworkers' reads."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from flask import has_request_context, request

from services.audit.store import DATABASE
from services.audit.tables import access_log
from shared.kernel.envelope import utc_now


def record_read(staff_id: str, what: str, case_id: str | None = None, period: dict | None = None) -> None:
    """One read by an auditor (from the request under way, or from `rathaus`): a case (`case_id`), a
    period's report, a case put into a disclosure."""
    span = None
    if period is not None:
        span = f"{_day(period.get('start'))}..{_day(period.get('end'))}"
    with DATABASE.engine.begin() as conn:
        conn.execute(
            access_log.insert().values(
                at=utc_now(),
                staff_id=staff_id,
                what=what,
                case_id=case_id,
                period=span,
                remote_addr=request.remote_addr if has_request_context() else None,
            )
        )


def entries(case_id: str | None = None) -> list[dict[str, Any]]:
    """The log, oldest first; with a case id, the reads of that case."""
    select = sa.select(access_log).order_by(access_log.c.id)
    if case_id:
        select = select.where(access_log.c.case_id == case_id)
    with DATABASE.engine.connect() as conn:
        return [
            {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in row._mapping.items()}
            for row in conn.execute(select)
        ]


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""
