"""`rathaus staff`: routing's own commands for operators."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.exc import IntegrityError

from services.routing import permissions


def register_cli(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("staff", help="caseworkers' tokens, each bound to one office and role")
    p.add_argument("action", choices=["add", "list", "revoke", "access-log"])
    p.add_argument(
        "id", nargs="?", help="e.g. mueller (lower-case letters, digits, hyphens); access-log: a case id"
    )
    p.add_argument("--name", help="the caseworker's name")
    p.add_argument("--office", help="office id from shared/contracts/offices.json")
    p.add_argument("--role", choices=permissions.ROLES, default="caseworker")
    p.set_defaults(func=cmd_staff)


def cmd_staff(args: argparse.Namespace) -> None:
    """Caseworkers and their tokens, each bound to one office (routing's database)."""
    from services.routing import desk, staff
    from services.routing.store import DATABASE

    if args.action == "access-log":
        with DATABASE.engine.connect() as conn:
            for entry in desk.access_entries(conn, case_id=args.id):
                who = f"{entry['staff_id']:<16} {entry['office_id']:<16}"
                print(f"{entry['at']}  {entry['case_id']}  {who} {entry['what']}")
        return
    if args.action != "list" and not args.id:
        sys.exit(f"rathaus staff {args.action} needs an id")
    if args.action == "add" and not args.office and not permissions.may(args.role, permissions.ALL_OFFICES):
        sys.exit("rathaus staff add needs --office")
    DATABASE.setup()
    with DATABASE.engine.begin() as conn:
        if args.action == "add":
            try:
                key = staff.add(conn, args.id, args.name or args.id, args.office, args.role)
            except ValueError as error:
                sys.exit(str(error))
            except IntegrityError:
                sys.exit(f"{args.id} exists already")
            every_office = permissions.may(args.role, permissions.ALL_OFFICES)
            where = "all cases, read only" if every_office else args.office
            print(f"Token for {args.id} ({args.role}, {where}; shown once, keep it safe):\n{key}")
        elif args.action == "revoke":
            if not staff.revoke(conn, args.id):
                sys.exit(f"no active caseworker {args.id}")
            print(f"{args.id} revoked")
        else:
            for row in staff.listing(conn):
                state = f"revoked {row.revoked_at:%Y-%m-%d}" if row.revoked_at else "active"
                print(f"{row.id:<24} {row.office_id:<16} {row.role:<11} {state:<18} {row.name}")
