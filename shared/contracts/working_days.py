"""Working days in Oschersleben (Bode): Monday to Friday, without Sachsen-Anhalt's public holidays. Routing's
deadlines count them, and the offices open on them for appointments."""

from __future__ import annotations

from datetime import date
from functools import cache

import holidays


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


@cache
def public_holidays(year: int) -> frozenset[date]:
    """Sachsen-Anhalt's public holidays of a year, made once: building the calendar was half of what routing
    spent on a case (it asks for each day of a deadline)."""
    return frozenset(holidays.Germany(subdiv="ST", years=year))
