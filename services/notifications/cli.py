"""`rathaus notifications`: notifications's own commands for operators."""

from __future__ import annotations

import argparse
import sys


def register_cli(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("notifications", help="failed deliveries, retry, vendors' callback addresses")
    p.add_argument("action", choices=["failed", "retry", "callback", "callbacks"])
    p.add_argument("ids", nargs="*", help="retry: delivery ids; callback: vendor id and URL")
    p.add_argument("--all", action="store_true", help="retry: every failed delivery")
    p.set_defaults(func=cmd_notifications)


def cmd_notifications(args: argparse.Namespace) -> None:
    """Failed deliveries for an operator, sending them again, and vendors' callback addresses."""
    from services.notifications import callbacks, delivery
    from services.notifications.store import DATABASE

    DATABASE.setup()
    with DATABASE.engine.begin() as conn:
        if args.action == "failed":
            for row in delivery.failed(conn):
                print(
                    f"{row.id}  {row.case_id}  {row.channel:<8} {row.template:<22} {row.attempts:>2} tries  "
                    f"{row.recipient}  {row.last_error}"
                )
        elif args.action == "retry":
            if not args.ids and not args.all:
                sys.exit(
                    "rathaus notifications retry needs --all or delivery ids (rathaus notifications failed)"
                )
            count = delivery.retry(conn, None if args.all else args.ids)
            print(f"{count} deliveries will be sent again")
        elif args.action == "callback":
            if len(args.ids) != 2:
                sys.exit("rathaus notifications callback <vendor id> <url>")
            try:
                secret = callbacks.register(conn, *args.ids)
            except ValueError as error:
                sys.exit(str(error))
            print(f"Callbacks for {args.ids[0]} go to {args.ids[1]}.")
            print("Signing secret (HMAC-SHA-512 over '<callback-timestamp>.<body>'; shown once):")
            print(secret)
        else:
            for row in callbacks.listing(conn):
                print(f"{row.submitter_id:<24} {row.url}")
