"""Kassenzeichen: the payment reference of a receivable. Ten digits: year, a running number, a check digit
(Luhn), so a mistyped reference on a bank transfer is caught."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.fees.tables import kassenzeichen_counters


def luhn_digit(digits: str) -> int:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def is_valid(kassenzeichen: str) -> bool:
    return (
        len(kassenzeichen) == 10
        and kassenzeichen.isdigit()
        and luhn_digit(kassenzeichen[:-1]) == int(kassenzeichen[-1])
    )


def next_kassenzeichen(conn: Connection, year: int) -> str:
    """The next number of the year, counted in the caller's transaction (appends are serialised already)."""
    last = conn.execute(
        sa.select(kassenzeichen_counters.c.last).where(kassenzeichen_counters.c.year == year)
    ).scalar()
    if last is None:
        conn.execute(kassenzeichen_counters.insert().values(year=year, last=1))
        number = 1
    else:
        number = last + 1
        conn.execute(
            kassenzeichen_counters.update().where(kassenzeichen_counters.c.year == year).values(last=number)
        )
    body = f"{year % 100:02d}{number:07d}"
    return body + str(luhn_digit(body))
