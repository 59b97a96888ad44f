"""`rathaus`: the operator's command. Sets up and starts the broker, the database, the mail server and the
services; later issues add their own subcommands."""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from infra import smtp
from infra.broker import default_broker, fetch_jars
from infra.platform import PLATFORM_PROCESSES, Platform
from infra.postgres import default_cluster
from infra.topics import create_topics
from shared.kernel.config import (
    HTTP_PORTS,
    PAYMENT_STAND_IN_PORT,
    SERVICES,
    VAR,
    database_url,
    fees_url,
    kafka_bootstrap,
    smtp_port,
)
from shared.kernel.db import make_engine

ENV_FILE = VAR / "rathaus.env"


def cmd_setup(_args: argparse.Namespace) -> None:
    print(f"Kafka jars in {fetch_jars()}")


def cmd_kafka(args: argparse.Namespace) -> None:
    broker = default_broker()
    if args.action == "start":
        broker.start()
        print(f"Kafka broker ready on {broker.bootstrap} (data in {broker.home / 'data'})")
        print("Created topics:", ", ".join(create_topics(broker.bootstrap)) or "none missing")
    elif args.action == "stop":
        broker.stop()
    else:
        print("running" if broker.is_running() else "stopped")


def cmd_postgres(args: argparse.Namespace) -> None:
    cluster = default_cluster()
    if args.action == "start":
        cluster.start()
        for service, url in cluster.create_service_databases().items():
            print(f"{service.upper()}_DATABASE_URL={url}")
    elif args.action == "stop":
        cluster.stop()
    else:
        print("running" if cluster.is_running() else "stopped")


def cmd_topics(_args: argparse.Namespace) -> None:
    print("Created topics:", ", ".join(create_topics()) or "none missing")


def cmd_smtp(args: argparse.Namespace) -> None:
    controller = smtp.start(args.port)
    print(f"SMTP server on 127.0.0.1:{args.port}, mails kept in {smtp.MAILDIR}")
    _wait_for_signal()
    controller.stop()


def cmd_up(_args: argparse.Namespace) -> None:
    cmd_kafka(argparse.Namespace(action="start"))
    cmd_postgres(argparse.Namespace(action="start"))


def cmd_down(_args: argparse.Namespace) -> None:
    default_broker().stop()
    default_cluster().stop()


def cmd_vendors(args: argparse.Namespace) -> None:
    """Vendors' assistants and counter staff who may submit applications (intake's database)."""
    from services.intake import catalogue, submitters
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
    if args.action == "add" and not args.office and args.role != "auditor":
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
            where = args.office if args.role != "auditor" else "all cases, read only"
            print(f"Token for {args.id} ({args.role}, {where}; shown once, keep it safe):\n{key}")
        elif args.action == "revoke":
            if not staff.revoke(conn, args.id):
                sys.exit(f"no active caseworker {args.id}")
            print(f"{args.id} revoked")
        else:
            for row in staff.listing(conn):
                state = f"revoked {row.revoked_at:%Y-%m-%d}" if row.revoked_at else "active"
                print(f"{row.id:<24} {row.office_id:<16} {row.role:<11} {state:<18} {row.name}")


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


def cmd_audit(args: argparse.Namespace) -> None:
    """The auditors' tools: a case's timeline from the log, and the verification of the whole record."""
    from infra.audit import log, report, timeline
    from infra.audit.verify import verify
    from services.fees.schedule import SCHEDULE_DIR

    if args.action == "case":
        if not args.case_id:
            sys.exit("rathaus audit case <case id>")
        events = timeline.causal_order(m.event for m in log.case_messages(args.case_id) if m.event)
        if not events:
            sys.exit(f"no events of case {args.case_id} on the case topics")
        print(timeline.as_json(args.case_id, events) if args.json else timeline.as_text(args.case_id, events))
        return
    stores = {service: make_engine(database_url(service), read_only=True) for service in SERVICES}
    start = date.fromisoformat(args.start) if args.start else None
    end = date.fromisoformat(args.end) if args.end else None
    schedules = Path(args.schedules or SCHEDULE_DIR)
    if args.action == "report":
        made = report.for_period(log.all_messages(), stores, start, end, schedules)
        text = (
            report.as_html(made) if args.format == "html" else json.dumps(made, ensure_ascii=False, indent=2)
        )
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
            print(f"report written to {args.output}")
        else:
            print(text)
        sys.exit(0 if made["verification"]["ok"] else 1)
    result = verify(log.all_messages(), stores, schedules, start, end)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(
            f"{result.cases} cases, {result.events} events, {result.fees_recomputed} fees recomputed, "
            f"{result.rows_compared} projection rows compared; {result.unreadable_messages} unreadable "
            f"messages (dead-lettered), {result.pending_in_outboxes} events still in outboxes"
        )
        for f in result.findings:
            print(f"DIFFERENCE [{f.check}] case {f.case_id} event {f.event_id}: {f.detail}")
        print(
            "verified: the log, the stores and the rules agree"
            if result.ok
            else f"{len(result.findings)} differences"
        )
    if not result.ok:
        sys.exit(1)


def cmd_demo(args: argparse.Namespace) -> None:
    """Generated cases through the running platform's own APIs (see infra/demo.py)."""
    from infra import demo

    started = time.monotonic()
    tally = demo.run(args.cases, args.seed)
    print(f"{args.cases} applications in {time.monotonic() - started:.0f} s:")
    for what, count in sorted(tally.items()):
        print(f"  {what:<40} {count}")


def cmd_fees(args: argparse.Namespace) -> None:
    """Accounting's exports, the trial balance, rebuilding the projections, and a simulated payment."""
    from services.fees import journal, projection
    from services.fees.store import DATABASE

    DATABASE.setup()
    if args.action == "rebuild":
        print(f"replayed {projection.rebuild(DATABASE.engine)} events into the fees projections")
        return
    if args.action == "pay":
        _simulate_payment(args)
        return
    start, end = date.fromisoformat(args.start), date.fromisoformat(args.end)
    with DATABASE.engine.connect() as conn:
        if args.action == "trial-balance":
            for row in journal.trial_balance(conn, start, end):
                debit, credit = journal.euros(row["debit_cents"]), journal.euros(row["credit_cents"])
                print(f"{row['account']:<6} {row['account_name'][:60]:<60} {debit:>12} {credit:>12}")
            return
        found = journal.entries(conn, start, end)
    text = journal.to_csv(found) if args.format == "csv" else journal.to_json(found)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"{len(found)} journal entries written to {args.output}")
    else:
        sys.stdout.write(text)


def _simulate_payment(args: argparse.Namespace) -> None:
    """What the payment provider does after a citizen paid: a signed callback to the fees service."""
    from infra.payment_provider import send_callback

    if not args.kassenzeichen or not args.cents:
        sys.exit("rathaus fees pay needs --kassenzeichen and --cents")
    secret = os.environ.get("PAYMENT_CALLBACK_SECRET")
    if not secret:
        sys.exit("PAYMENT_CALLBACK_SECRET is not set (rathaus run sets one in var/rathaus.env)")
    response = send_callback(
        fees_url(),
        secret,
        args.kassenzeichen,
        args.cents,
        args.payment_id or f"SIM-{int(time.time() * 1000)}",
    )
    print(response.status_code, json.dumps(response.json(), ensure_ascii=False, indent=2))


def cmd_run(args: argparse.Namespace) -> None:
    """Everything, in the foreground, until Ctrl-C. Kafka and the databases named in the environment
    (KAFKA_BOOTSTRAP_SERVERS, <SERVICE>_DATABASE_URL) are used as they are; the rest is started here."""
    broker = None if os.environ.get("KAFKA_BOOTSTRAP_SERVERS") else default_broker()
    env = {"SMTP_PORT": str(smtp_port())}
    if broker:
        broker.start()
        env["KAFKA_BOOTSTRAP_SERVERS"] = broker.bootstrap
    create_topics(env.get("KAFKA_BOOTSTRAP_SERVERS"))
    cluster = None if args.sqlite or os.environ.get("INTAKE_DATABASE_URL") else default_cluster()
    if cluster:
        cluster.start()
        env.update({f"{s.upper()}_DATABASE_URL": u for s, u in cluster.create_service_databases().items()})
    env.update(_platform_secrets())
    os.environ.update(env)
    VAR.mkdir(parents=True, exist_ok=True)
    ENV_FILE.write_text("".join(f"{name}={value}\n" for name, value in env.items()))
    mail = smtp.start(smtp_port())
    # The payment provider's stand-in, so that a fee can be paid in the browser (infra/payment_provider.py).
    env["PAYMENT_PAGE_URL"] = f"http://127.0.0.1:{PAYMENT_STAND_IN_PORT}/bezahlen"
    platform = Platform(
        env=env,
        log_dir=VAR / "log",
        ports={**HTTP_PORTS, "payments": PAYMENT_STAND_IN_PORT},
        names=[*PLATFORM_PROCESSES, "payments-http"],
    )
    try:
        platform.start()
        _print_addresses(args.sqlite)
        _wait_for_signal(lambda: _check_alive(platform))
    finally:
        print("Stopping …")
        platform.stop()
        mail.stop()
        if broker and not args.keep_infra:
            broker.stop()
        if cluster and not args.keep_infra:
            cluster.stop()


def _print_addresses(sqlite: bool) -> None:
    databases = f"SQLite files in {VAR}" if sqlite else "PostgreSQL, " + os.environ["INTAKE_DATABASE_URL"]
    print(f"Kafka         {kafka_bootstrap()}")
    print(f"SMTP          127.0.0.1:{smtp_port()} (mails kept in {smtp.MAILDIR})")
    print(f"Databases     {databases}")
    for service in HTTP_PORTS:
        print(f"{service:<14}http://127.0.0.1:{HTTP_PORTS[service]}  (logs in {VAR / 'log'})")
    print(f"Secrets       ACCOUNTING_TOKEN and PAYMENT_CALLBACK_SECRET in {ENV_FILE}")
    print("In a browser:")
    print(f"  portal      http://127.0.0.1:{HTTP_PORTS['intake']}/portal/  (citizens)")
    print(f"  desk        http://127.0.0.1:{HTTP_PORTS['routing']}/desk/  (a token from `rathaus staff add`)")
    print(f"  audit view  http://127.0.0.1:{HTTP_PORTS['audit']}/pruefung/  (a token with --role auditor)")
    print(f"  payments    http://127.0.0.1:{PAYMENT_STAND_IN_PORT}/bezahlen  (stand-in, test payments only)")
    print("The platform runs; Ctrl-C stops it.", flush=True)


def _check_alive(platform: Platform) -> None:
    for name, process in platform.processes.items():
        if process.poll() is not None:
            print(f"{name} exited with {process.returncode}; restarting it", file=sys.stderr)
            platform.start_process(name)


def _wait_for_signal(every_second: object = None) -> None:
    stop = {"now": False}

    def request_stop(_signum: int, _frame: object) -> None:
        stop["now"] = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    while not stop["now"]:
        time.sleep(1)
        if callable(every_second):
            every_second()


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="rathaus", description=__doc__)
    sub = root.add_subparsers(dest="command", required=True)
    sub.add_parser("setup", help="resolve the Kafka jars").set_defaults(func=cmd_setup)
    for name, func in (("kafka", cmd_kafka), ("postgres", cmd_postgres)):
        p = sub.add_parser(name, help=f"start, stop or show the local {name}")
        p.add_argument("action", choices=["start", "stop", "status"])
        p.set_defaults(func=func)
    sub.add_parser("topics", help="create missing topics (idempotent)").set_defaults(func=cmd_topics)
    p = sub.add_parser("smtp", help="run the local SMTP server in the foreground")
    p.add_argument("--port", type=int, default=smtp_port())
    p.set_defaults(func=cmd_smtp)
    p = sub.add_parser("staff", help="caseworkers' tokens, each bound to one office and role")
    p.add_argument("action", choices=["add", "list", "revoke", "access-log"])
    p.add_argument(
        "id", nargs="?", help="e.g. mueller (lower-case letters, digits, hyphens); access-log: a case id"
    )
    p.add_argument("--name", help="the caseworker's name")
    p.add_argument("--office", help="office id from services/routing/offices.json")
    p.add_argument("--role", choices=["caseworker", "lead", "auditor"], default="caseworker")
    p.set_defaults(func=cmd_staff)
    p = sub.add_parser("fees", help="journal export, trial balance, rebuild, a simulated payment")
    p.add_argument("action", choices=["export", "trial-balance", "rebuild", "pay"])
    p.add_argument("--from", dest="start", default=f"{date.today().year}-01-01", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="end", default=date.today().isoformat(), help="last day, YYYY-MM-DD")
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("--output", help="file to write the export to (default: standard output)")
    p.add_argument("--kassenzeichen", help="pay: the payment reference")
    p.add_argument("--cents", type=int, help="pay: the amount in cents")
    p.add_argument("--payment-id", help="pay: the provider's payment id (default: a new one)")
    p.set_defaults(func=cmd_fees)
    p = sub.add_parser("demo", help="fill the running platform with generated cases, through its APIs")
    p.add_argument("--cases", type=int, default=100)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("audit", help="a case's timeline from the log; verify the record; a period's report")
    p.add_argument("action", choices=["case", "verify", "report"])
    p.add_argument("case_id", nargs="?", help="case: the case id")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--from", dest="start", help="verify: cases submitted from this day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", help="verify: cases submitted until this day (YYYY-MM-DD)")
    p.add_argument(
        "--schedules", help="verify: the fee schedules to recompute with (default: the repository's)"
    )
    p.add_argument(
        "--format", choices=["json", "html"], default="json", help="report: JSON or printable HTML"
    )
    p.add_argument("--output", help="report: the file to write (default: standard output)")
    p.set_defaults(func=cmd_audit)
    p = sub.add_parser("notifications", help="failed deliveries, retry, vendors' callback addresses")
    p.add_argument("action", choices=["failed", "retry", "callback", "callbacks"])
    p.add_argument("ids", nargs="*", help="retry: delivery ids; callback: vendor id and URL")
    p.add_argument("--all", action="store_true", help="retry: every failed delivery")
    p.set_defaults(func=cmd_notifications)
    p = sub.add_parser("vendors", help="vendors' assistants and counter staff that may submit")
    p.add_argument("action", choices=["add", "list", "revoke"])
    p.add_argument("id", nargs="?", help="e.g. formsolutions (lower-case letters, digits, hyphens)")
    p.add_argument("--name", help="the vendor's or desk's name")
    p.add_argument("--services", help="comma-separated service ids the vendor may submit for")
    p.add_argument("--counter", action="store_true", help="counter staff: channel counter, every service")
    p.set_defaults(func=cmd_vendors)
    sub.add_parser("up", help="start Kafka and PostgreSQL in the background").set_defaults(func=cmd_up)
    sub.add_parser("down", help="stop Kafka and PostgreSQL").set_defaults(func=cmd_down)
    p = sub.add_parser("run", help="run the whole platform in the foreground until Ctrl-C")
    p.add_argument("--sqlite", action="store_true", help="SQLite files under var/ instead of PostgreSQL")
    p.add_argument("--keep-infra", action="store_true", help="leave Kafka and PostgreSQL running afterwards")
    p.set_defaults(func=cmd_run)
    return root


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    if args.command != "run":
        _load_env_file()
    args.func(args)


def _platform_secrets() -> dict[str, str]:
    """The accounting token and the payment callback secret: from the environment, else from the last run,
    else new ones; `rathaus run` prints where they are."""
    previous = (
        dict(line.partition("=")[::2] for line in ENV_FILE.read_text().splitlines())
        if ENV_FILE.exists()
        else {}
    )
    return {
        name: os.environ.get(name) or previous.get(name) or secrets.token_urlsafe(32)
        for name in ("ACCOUNTING_TOKEN", "PAYMENT_CALLBACK_SECRET")
    }


def _load_env_file() -> None:
    """What the last `rathaus run` used (its databases, its broker), unless the environment says otherwise,
    so that `rathaus vendors add` reaches the database the running platform reads."""
    if ENV_FILE.exists():
        for line in ENV_FILE.read_text().splitlines():
            name, _, value = line.partition("=")
            os.environ.setdefault(name, value)


if __name__ == "__main__":
    main()
