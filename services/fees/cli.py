"""`rathaus fees`: fees's own commands for operators."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

from services import registry
from services.fees.domain.schedule import local_date
from shared.kernel.envelope import utc_now
from shared.kernel.money import euros


def register_cli(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fees", help="journal export, trial balance, rebuild, a simulated payment")
    p.add_argument("action", choices=["export", "trial-balance", "rebuild", "pay"])
    today = local_date(utc_now())  # the town's day, which bookings are dated by
    p.add_argument("--from", dest="start", default=f"{today.year}-01-01", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="end", default=today.isoformat(), help="last day, YYYY-MM-DD")
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("--output", help="file to write the export to (default: standard output)")
    p.add_argument("--kassenzeichen", help="pay: the payment reference")
    p.add_argument("--cents", type=int, help="pay: the amount in cents")
    p.add_argument("--payment-id", help="pay: the provider's payment id (default: a new one)")
    p.set_defaults(func=cmd_fees)


def cmd_fees(args: argparse.Namespace) -> None:
    """Accounting's exports, the trial balance, rebuilding the projections, and a simulated payment."""
    from services.fees import journal, projection
    from services.fees.store import DATABASE

    DATABASE.setup()
    if args.action == "rebuild":
        replayed = projection.FROM_STORE.rebuild(DATABASE.engine, show_progress=True)
        print(f"replayed {replayed} events into the fees projections")
        return
    if args.action == "pay":
        _simulate_payment(args)
        return
    start, end = date.fromisoformat(args.start), date.fromisoformat(args.end)
    with DATABASE.engine.connect() as conn:
        if args.action == "trial-balance":
            for row in journal.trial_balance(conn, start, end):
                debit, credit = (euros(row[side], unit="") for side in ("debit_cents", "credit_cents"))
                print(f"{row['account']:<6} {row['account_name'][:60]:<60} {debit:>12} {credit:>12}")
            return
        found = journal.entries(conn, start, end, show_progress=True)
    text = journal.to_csv(found) if args.format == "csv" else journal.to_json(found)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"{len(found)} journal entries written to {args.output}")
    else:
        sys.stdout.write(text)


def _simulate_payment(args: argparse.Namespace) -> None:
    """What the payment provider does after a citizen paid: a signed callback to the fees service, as a test
    payment of the stand-in."""
    from infra.payment_provider import send_callback

    if not args.kassenzeichen or not args.cents:
        sys.exit("rathaus fees pay needs --kassenzeichen and --cents")
    secret = os.environ.get("TEST_PAYMENTS_SECRET")
    if not secret:
        sys.exit("TEST_PAYMENTS_SECRET is not set (rathaus run --test-payments sets one in var/rathaus.env)")
    response = send_callback(
        registry.url("fees"),
        secret,
        args.kassenzeichen,
        args.cents,
        args.payment_id or f"SIM-{int(time.time() * 1000)}",
    )
    print(response.status_code, json.dumps(response.json(), ensure_ascii=False, indent=2))
