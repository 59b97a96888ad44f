"""Deadlines in working days (shared/contracts/working_days.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from shared.contracts.working_days import is_working_day
from shared.kernel.envelope import TOWN_TIME


def add_working_days(start: date, count: int) -> date:
    """The day `count` working days after `start` (a weekend start counts from the next Monday)."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def due_on(submitted_at: datetime, working_days: int) -> date:
    return add_working_days(submitted_at.astimezone(TOWN_TIME).date(), working_days)


def after_working_days(moment: datetime, working_days: int) -> datetime:
    """The same time of day, `working_days` working days later, in the town's time zone."""
    local = moment.astimezone(TOWN_TIME)
    day = add_working_days(local.date(), working_days)
    return datetime.combine(day, local.timetz().replace(tzinfo=None), TOWN_TIME).astimezone(moment.tzinfo)
