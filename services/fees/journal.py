"""The journal as accounting reads it: entries of a period, the trial balance, spreadsheet exports."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.fees.domain.booking import account_name
from services.fees.tables import journal_entries, journal_lines
from shared.kernel.money import euros
from shared.kernel.progress import progress

CSV_COLUMNS = [
    "booked_on",
    "entry_id",
    "kind",
    "kassenzeichen",
    "case_id",
    "account",
    "account_name",
    "debit_eur",
    "credit_eur",
    "amount_cents",
    "description",
]


def entries(conn: Connection, start: date, end: date, show_progress: bool = False) -> list[dict[str, Any]]:
    """Entries booked from `start` to `end`, both included, in booking order, each with its lines."""
    in_period = journal_entries.c.booked_on.between(start, end)
    lines = None
    if show_progress:  # a year's export reads hundreds of thousands of lines: say how far it is
        lines = conn.execute(
            sa.select(sa.func.count()).select_from(journal_lines.join(journal_entries)).where(in_period)
        ).scalar_one()
    rows = conn.execute(
        sa.select(
            journal_entries,
            journal_lines.c.account,
            journal_lines.c.amount_cents,
            journal_lines.c.kassenzeichen.label("line_kassenzeichen"),
        )
        .join(journal_lines, journal_lines.c.entry_id == journal_entries.c.entry_id)
        .where(in_period)
        .order_by(
            journal_entries.c.booked_on,
            journal_entries.c.recorded_at,
            journal_entries.c.entry_id,
            journal_lines.c.line_no,
        )
    )
    found: dict[str, dict[str, Any]] = {}
    with progress("reading the journal", lines, wanted=show_progress, unit="lines") as bar:
        for row in rows:
            _add_line(found, row)
            bar.update(1)
    return list(found.values())


def _add_line(found: dict[str, dict[str, Any]], row: sa.Row) -> None:
    entry = found.setdefault(
        row.entry_id,
        {
            "entry_id": row.entry_id,
            "booked_on": row.booked_on.isoformat(),
            "kind": row.kind,
            "kassenzeichen": row.kassenzeichen,
            "case_id": row.case_id,
            "description": row.description,
            "lines": [],
        },
    )
    entry["lines"].append(
        {
            "account": row.account,
            "account_name": account_name(row.account),
            "kassenzeichen": row.line_kassenzeichen,
            "amount_cents": row.amount_cents,
        }
    )


def trial_balance(conn: Connection, start: date, end: date) -> list[dict[str, Any]]:
    """Debits, credits and balance per account over the period; the balances add up to zero."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for entry in entries(conn, start, end):
        for line in entry["lines"]:
            side = 0 if line["amount_cents"] > 0 else 1
            totals[line["account"]][side] += abs(line["amount_cents"])
    return [
        {
            "account": account,
            "account_name": account_name(account),
            "debit_cents": debit,
            "credit_cents": credit,
            "balance_cents": debit - credit,
        }
        for account, (debit, credit) in sorted(totals.items())
    ]


def to_csv(found: list[dict[str, Any]]) -> str:
    """Semicolon-separated, decimal commas, a byte-order mark: what a German spreadsheet opens as it is."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    for entry in found:
        for line in entry["lines"]:
            cents = line["amount_cents"]
            writer.writerow(
                {
                    "booked_on": entry["booked_on"],
                    "entry_id": entry["entry_id"],
                    "kind": entry["kind"],
                    "kassenzeichen": entry["kassenzeichen"],
                    "case_id": entry["case_id"],
                    "account": line["account"],
                    "account_name": line["account_name"],
                    "debit_eur": euros(cents, unit="") if cents > 0 else "",
                    "credit_eur": euros(-cents, unit="") if cents < 0 else "",
                    "amount_cents": cents,
                    "description": entry["description"],
                }
            )
    return out.getvalue()


def to_json(found: list[dict[str, Any]]) -> str:
    return json.dumps({"entries": found}, ensure_ascii=False, indent=2)
