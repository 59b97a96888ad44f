"""`rathaus vendors`: intake's own commands for operators."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.exc import IntegrityError


def register_cli(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("vendors", help="vendors' assistants and counter staff that may submit")
    p.add_argument("action", choices=["add", "list", "revoke"])
    p.add_argument("id", nargs="?", help="e.g. formsolutions (lower-case letters, digits, hyphens)")
    p.add_argument("--name", help="the vendor's or desk's name")
    p.add_argument("--services", help="comma-separated service ids the vendor may submit for")
    p.add_argument("--counter", action="store_true", help="counter staff: channel counter, every service")
    p.set_defaults(func=cmd_vendors)


def cmd_vendors(args: argparse.Namespace) -> None:
    """Vendors' assistants and counter staff who may submit applications (intake's database)."""
    from services.intake import submitters
    from services.intake.domain import catalogue
    from services.intake.store import DATABASE

    if args.action != "list" and not args.id:
        sys.exit(f"rathaus vendors {args.action} needs an id")
    services = [s.strip() for s in (args.services or "").split(",") if s.strip()]
    unknown = sorted(set(services) - set(catalogue.services()))
    if unknown:
        sys.exit(f"unknown services: {', '.join(unknown)}")
    if args.action == "add" and not (services or args.counter):
        sys.exit("a vendor needs --services (or --counter for counter staff)")
    DATABASE.setup()
    with DATABASE.engine.begin() as conn:
        if args.action == "add":
            kind = "counter" if args.counter else "vendor"
            try:
                key = submitters.add(conn, args.id, kind, args.name or args.id, services)
            except ValueError as error:
                sys.exit(str(error))
            except IntegrityError:
                sys.exit(f"{args.id} exists already")
            print(f"API key for {args.id} (shown once, keep it safe):\n{key}")
        elif args.action == "revoke":
            if not submitters.revoke(conn, args.id):
                sys.exit(f"no active submitter {args.id}")
            print(f"{args.id} revoked")
        else:
            for row in submitters.listing(conn):
                state = f"revoked {row.revoked_at:%Y-%m-%d}" if row.revoked_at else "active"
                print(f"{row.id:<24} {row.kind:<8} {state:<18} {','.join(row.services):<40} {row.name}")
