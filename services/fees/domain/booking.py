"""Double-entry bookings as pure functions: each returns the lines of one journal entry, adding up to zero.

Debit is positive, credit negative. Accounts come from accounts.json (the chart of accounts)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

ACCOUNTS_FILE = Path(__file__).resolve().parents[1] / "data" / "accounts.json"
Line = dict[str, Any]


@cache
def chart() -> dict[str, Any]:
    return json.loads(ACCOUNTS_FILE.read_text(encoding="utf-8"))


def account_name(account: str) -> str:
    return chart()["accounts"][account]["name"]


def _line(account: str, amount_cents: int, kassenzeichen: str | None = None) -> Line:
    return {"account": account, "amount_cents": amount_cents, "kassenzeichen": kassenzeichen}


def _income_split(product: str, cents: int) -> list[tuple[str, int]]:
    """Where the income of a fee belongs: the town's revenue account, less a share owed to another body."""
    share = chart()["shares"].get(product)
    owed = cents * share["numerator"] // share["denominator"] if share else 0
    parts = [(chart()["revenue_by_product"][product], cents - owed)]
    if owed:
        parts.append((share["account"], owed))
    return parts


def assessment(product: str, kassenzeichen: str, cents: int) -> list[Line]:
    """Sollstellung: the receivable against revenue (and the Bundeskasse's share)."""
    lines = [_line(chart()["receivable"], cents, kassenzeichen)]
    return lines + [_line(account, -part) for account, part in _income_split(product, cents)]


def payment(kassenzeichen: str, applied_cents: int, excess_cents: int) -> list[Line]:
    """Ist-Buchung: cash in; the receivable settled by what was open, anything beyond it owed back."""
    lines = [_line(chart()["cash"], applied_cents + excess_cents)]
    if applied_cents:
        lines.append(_line(chart()["receivable"], -applied_cents, kassenzeichen))
    if excess_cents:
        lines.append(_line(chart()["overpayment"], -excess_cents, kassenzeichen))
    return lines


def reduction(product: str, kassenzeichen: str, cents: int) -> list[Line]:
    """A waiver, reduction or cancellation of an open receivable: the assessment's booking in reverse."""
    return [
        {**line, "amount_cents": -line["amount_cents"]} for line in assessment(product, kassenzeichen, cents)
    ]


def refund(product: str, kassenzeichen: str, cents: int) -> list[Line]:
    """Money paid back for a fee that is no longer owed: revenue (and the share) down, cash out."""
    lines = [_line(account, part) for account, part in _income_split(product, cents)]
    return lines + [_line(chart()["cash"], -cents)]


def balance(lines: list[Line]) -> int:
    return sum(line["amount_cents"] for line in lines)
