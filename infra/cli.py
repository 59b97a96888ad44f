"""`rathaus`: the operator's command. Sets up and starts the broker, the database, the mail server and the
services; each service adds its own subcommands (its cli.py, named in its descriptor)."""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from infra import backup, files, images, payment_provider, postgres, smtp, status
from infra.broker import Broker, default_broker, fetch_jars
from infra.cluster import BrokerCluster
from infra.limits_store import LimitsStore
from infra.platform import Platform, platform_processes
from infra.postgres import default_cluster, service_environment
from infra.topics import PARTITIONS, create_topics
from infra.virus_scanner import VirusScanner
from services import registry
from shared.kernel import signing
from shared.kernel.config import (
    VAR,
    database_server,
    database_url,
    kafka_bootstrap,
    postgres_credentials_dir,
    smtp_port,
    virus_scanner,
)
from shared.kernel.migrations import pending, rebuilding

ENV_FILE = VAR / "rathaus.env"


def cmd_setup(_args: argparse.Namespace) -> None:
    print(f"Kafka jars in {fetch_jars()}")
    for service in registry.producers():
        signing.signing_key(service)  # made ahead, so no process makes its first key while others start
    print(f"Signing keys in {signing.keys_dir()}")
    # docker-compose.yml's PostgreSQL superuser password, made once (compose reads it as a secret)
    compose_secret = postgres.password_file("compose-postgres")
    print(f"compose's PostgreSQL password in {compose_secret}")
    tightened = files.tighten(VAR)
    if tightened:
        print(f"{len(tightened)} files and directories under {VAR} no longer open to others")


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
        for name, url in cluster.service_environment().items():
            print(f"{name}={_without_password(url)}")
        print(f"(the passwords are in {postgres_credentials_dir()})")
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


def cmd_demo(args: argparse.Namespace) -> None:
    """Generated cases through the running platform's own APIs (see infra/demo.py)."""
    from infra import demo

    started = time.monotonic()
    tally = demo.run(args.cases, args.seed, show_progress=True)
    print(f"{args.cases} applications in {time.monotonic() - started:.0f} s:")
    for what, count in sorted(tally.items()):
        print(f"  {what:<40} {count}")


def cmd_keys(args: argparse.Namespace) -> None:
    """The services' signing keys: list them, or rotate one service's (its processes sign with the new key
    once restarted; what the old one signed still verifies, as its public key stays published)."""
    if args.action == "rotate":
        if args.service not in registry.producers():
            sys.exit(f"rathaus keys rotate needs a service: {', '.join(registry.producers())}")
        key = signing.make_key(args.service)
        print(f"{key.key_id} now signs for {args.service}; restart its processes to take it")
        return
    public = sorted((signing.keys_dir() / "public").glob("*.pem"))
    newest = {path.stem.split(".")[0]: path.stem for path in public}
    for path in public:
        print(f"{path.stem}{'  (signs now)' if newest[path.stem.split('.')[0]] == path.stem else ''}")


def cmd_check(_args: argparse.Namespace) -> None:
    """Whether every service has its part for every town service the catalogue offers online."""
    registry.refuse_gaps()
    print("Every online service has its assistant, fee rule and office rule.")


def cmd_migrate(args: argparse.Namespace) -> None:
    """Every service database brought to the code's tables (or, with --check, what each lacks)."""
    behind = False
    for database in registry.migrated():
        if args.check:
            lacking = pending(database.engine, database.migrations)
            behind = behind or bool(lacking)
            said = f"lacks {', '.join(lacking)}" if lacking else "up to date"
            if rebuilds := rebuilding(database.migrations, lacking):
                said += f" ({', '.join(rebuilds)}: its projections are rebuilt from the events)"
            print(f"{database.service}: {said}")
            continue
        migrated = database.migrate()
        steps = " → ".join([migrated.before or "new", *migrated.applied])
        notes = " (made before migrations, taken as 0001)" if migrated.adopted else ""
        if migrated.rebuilt is not None:
            notes += f", its projections rebuilt from {migrated.rebuilt} events"
        print(f"{database.service}: {steps if migrated.applied else 'up to date at ' + steps}{notes}")
    if behind:
        sys.exit("Run `rathaus migrate` (keep a copy of the databases first).")


def cmd_status(args: argparse.Namespace) -> None:
    """Each service at a glance: its HTTP process, its consumers' lag, its outbox."""
    rows = status.status()
    if args.json:
        print(json.dumps([row.as_dict() for row in rows], indent=2))
    else:
        print(status.as_table(rows))
    if not all(row.answers for row in rows):
        sys.exit(1)  # for a script on call: something is down


def cmd_images(_args: argparse.Namespace) -> None:
    """The images docker-compose.yml runs on, made here from Debian's packages and the Maven jars."""
    for name in images.build_all():
        print(name)
    print("Now: IMAGE_REGISTRY=localhost docker-compose up --build")


def cmd_backup(args: argparse.Namespace) -> None:
    """Every database (and the signing keys) into a directory, with a manifest."""
    made = backup.backup(Path(args.directory))
    for service, entry in made["databases"].items():
        events = "" if entry["events"] is None else f", {entry['events']} events"
        print(f"{service}: {entry['file']} (revision {entry['revision']}{events})")
    print(f"backup of {made['made_at']} in {args.directory}")


def cmd_restore(args: argparse.Namespace) -> None:
    """Every database back from a backup; the platform must be stopped."""
    try:
        restored = backup.restore(Path(args.directory))
    except (backup.PlatformRunning, FileNotFoundError) as refused:
        sys.exit(str(refused))
    print(f"restored: {', '.join(restored.databases)}")
    print(f"{restored.keys_erased_again} erased key{'s' * (restored.keys_erased_again != 1)} deleted again")
    if restored.events_only_on_the_log:
        behind = ", ".join(f"{name}: {count}" for name, count in restored.events_only_on_the_log.items())
        print(f"on the log but not in the restored stores (recorded after the backup): {behind}")


def cmd_privacy(args: argparse.Namespace) -> None:
    """Personal data: what is due for erasure, legal holds, erasing a case's."""
    from services.intake import privacy, retention
    from services.intake.store import DATABASE

    if args.action == "export":
        _export(args)
        return
    DATABASE.setup()
    if args.action == "due":
        with DATABASE.engine.connect() as conn:
            cases = retention.due(conn)
        for case in cases:
            dates = f"ended {case.ended_at:%Y-%m-%d}  due {case.due_at:%Y-%m-%d}"
            print(f"{case.case_id}  {case.service_id:<20} {dates}")
        print(f"{len(cases)} cases due for erasure (the daily job erases them)")
        return
    if args.action == "erase" and args.subject and not args.case_id:
        _erase_subject(args)
        return
    if not args.case_id or not args.by or (args.action != "release" and len(args.reason or "") < 3):
        sys.exit(
            f"rathaus privacy {args.action} CASE --by WHO"
            + (" --reason WHY" if args.action != "release" else "")
        )
    try:
        if args.action == "hold":
            placed = retention.hold(args.case_id, args.reason, args.by)
            print(f"case {args.case_id}: " + ("legal hold placed" if placed else "held already"))
            return
        if args.action == "release":
            released = retention.release(args.case_id, args.by)
            print(f"case {args.case_id}: " + ("legal hold released" if released else "had no legal hold"))
            return
        erased = privacy.erase(args.case_id, args.reason, args.by)
    except (LookupError, privacy.Held) as error:
        sys.exit(str(error))
    done = "erased" if erased.recorded else "was erased already"
    key = "deleted" if erased.key_deleted else "gone already"
    print(f"case {erased.case_id}: personal data {done}; its key {key}")
    if erased.unsealed_events:
        print(
            f"note: {erased.unsealed_events} of its events were recorded before personal data was sealed "
            "(before 2026-12-06) and still hold it in clear on the log (decision 0022)"
        )


def _erase_subject(args: argparse.Namespace) -> None:
    """Art. 17 for a person: every case whose application gives the address, each erased on its own (a case
    under a legal hold is named and kept)."""
    from services.audit import disclosure
    from services.intake import privacy

    if len(args.reason or "") < 3 or not args.by:
        sys.exit("rathaus privacy erase --subject E-MAIL --reason WHY --by WHO")
    held = []
    cases = disclosure.cases_of(args.subject)
    for case_id in cases:
        try:
            privacy.erase(case_id, args.reason, args.by)
            print(f"case {case_id}: personal data erased")
        except privacy.Held as refusal:
            held.append(case_id)
            print(refusal)
    print(f"{len(cases) - len(held)} of {len(cases)} cases of {args.subject} erased")
    if held:
        sys.exit(1)


def _export(args: argparse.Namespace) -> None:
    """Art. 15: everything held about the person with this e-mail address, as JSON or as a page."""
    from services.audit import disclosure
    from services.audit.store import DATABASE as AUDIT_DATABASE
    from services.audit.stores import read_only_stores

    if not args.subject or not args.by:
        sys.exit("rathaus privacy export --subject E-MAIL --by WHO [--format html] [--output FILE]")
    AUDIT_DATABASE.setup()  # its access log records the disclosure
    made = disclosure.disclose(disclosure.cases_of(args.subject), read_only_stores(), args.by, args.subject)
    text = disclosure.as_html(made) if args.format == "html" else disclosure.as_json(made)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"{len(made['cases'])} cases disclosed into {args.output}")
    else:
        print(text)


def cmd_run(args: argparse.Namespace) -> None:
    """Everything, in the foreground, until Ctrl-C. Kafka and the databases named in the environment
    (KAFKA_BOOTSTRAP_SERVERS, <SERVICE>_DATABASE_URL) are used as they are; the rest is started here."""
    cmd_check(args)
    if not 1 <= args.instances <= PARTITIONS:
        sys.exit(f"--instances takes 1 to {PARTITIONS}: each topic has {PARTITIONS} partitions to share out")
    if args.instances > 1 and args.sqlite:
        sys.exit("several instances share a database: that takes PostgreSQL, not --sqlite")
    broker: Broker | BrokerCluster | None = None
    if not os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        broker = BrokerCluster(VAR / "kafka-cluster", args.brokers) if args.brokers > 1 else default_broker()
    env = {"SMTP_PORT": str(smtp_port())}
    if broker:
        broker.start()
        env["KAFKA_BOOTSTRAP_SERVERS"] = broker.bootstrap
    create_topics(env.get("KAFKA_BOOTSTRAP_SERVERS"))
    # Databases named one by one (or SQLite) are used as they are; a server given (compose's, the town's)
    # gets the same roles and grants as the project's own cluster, which runs where neither is given
    named = args.sqlite or bool(os.environ.get("INTAKE_DATABASE_URL"))
    server = None if named else database_server()
    cluster = None if named or server else default_cluster()
    if cluster:
        cluster.start()
        env.update(cluster.service_environment())
    elif server:
        env.update(service_environment(server))
    env.update(_platform_secrets(args.test_payments))
    os.environ.update(env)
    VAR.mkdir(parents=True, exist_ok=True)
    files.tighten(VAR)
    ENV_FILE.write_text("".join(f"{name}={value}\n" for name, value in env.items()))
    mail = smtp.start(smtp_port())
    # Every HTTP process counts its rate limits in one place: the Redis named, or one of the run's own
    counts = None if os.environ.get("RATELIMIT_STORAGE_URI") else LimitsStore().start()
    if counts:
        env["RATELIMIT_STORAGE_URI"] = counts.uri
    # Every uploaded file is scanned: by the clamd named, or by the run's own
    scanner = None if os.environ.get("RATHAUS_VIRUS_SCANNER") else VirusScanner().start()
    if scanner:
        env["RATHAUS_VIRUS_SCANNER"] = scanner.address
    names, ports = platform_processes(args.instances), registry.http_ports()
    if args.test_payments:
        # The payment provider's stand-in, so a fee can be paid in the browser (infra/payment_provider.py)
        env["PAYMENT_PAGE_URL"] = f"http://127.0.0.1:{payment_provider.PORT}/bezahlen"
        names, ports = [*names, "payments-http"], {**ports, "payments": payment_provider.PORT}
    platform = Platform(env=env, log_dir=VAR / "log", ports=ports, names=names)
    try:
        platform.start()
        _print_addresses(args.sqlite, args.test_payments)
        _wait_for_signal(lambda: _check_alive(platform))
    finally:
        print("Stopping …")
        platform.stop()
        mail.stop()
        if counts:
            counts.stop()
        if scanner:
            scanner.stop()
        if broker and not args.keep_infra:
            broker.stop()
        if cluster and not args.keep_infra:
            cluster.stop()


def _print_addresses(sqlite: bool, test_payments: bool) -> None:
    databases = (
        f"SQLite files in {VAR}" if sqlite else "PostgreSQL, " + _without_password(database_url("intake"))
    )
    print(f"Kafka         {kafka_bootstrap()}")
    print(f"SMTP          127.0.0.1:{smtp_port()} (mails kept in {smtp.MAILDIR})")
    print(f"Databases     {databases}")
    print(f"Rate limits   counted in {os.environ.get('RATELIMIT_STORAGE_URI') or LimitsStore().uri}")
    print(f"Virus scanner clamd at {virus_scanner()}")
    ports = registry.http_ports()
    for service, port in ports.items():
        print(f"{service:<14}http://127.0.0.1:{port}  (logs in {VAR / 'log'})")
    print(f"Secrets       ACCOUNTING_TOKEN, PAYMENT_CALLBACK_SECRET (and TEST_PAYMENTS_SECRET) in {ENV_FILE}")
    print("In a browser:")
    print(f"  portal      http://127.0.0.1:{ports['intake']}/portal/  (citizens)")
    print(f"  desk        http://127.0.0.1:{ports['routing']}/desk/  (a token from `rathaus staff add`)")
    print(f"  audit view  http://127.0.0.1:{ports['audit']}/pruefung/  (a token with --role auditor)")
    if test_payments:
        print(
            f"  payments    http://127.0.0.1:{payment_provider.PORT}/bezahlen  (stand-in, test payments only)"
        )
    print("The platform runs; Ctrl-C stops it.", flush=True)


def _without_password(url: str) -> str:
    return sa.engine.make_url(url).render_as_string(hide_password=True)


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
    p = sub.add_parser("check", help="does every online service have its assistant, fee rule and office rule")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("smtp", help="run the local SMTP server in the foreground")
    p.add_argument("--port", type=int, default=smtp_port())
    p.set_defaults(func=cmd_smtp)
    p = sub.add_parser("demo", help="fill the running platform with generated cases, through its APIs")
    p.add_argument("--cases", type=int, default=100)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo)
    for service in registry.services():
        if service.cli is not None:
            service.cli(sub)
    p = sub.add_parser("backup", help="every database and the signing keys into a directory (pg_dump)")
    p.add_argument("directory")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="every database back from `rathaus backup` (platform stopped)")
    p.add_argument("directory")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("images", help="build Kafka, PostgreSQL and Redis images here (no registry needed)")
    p.set_defaults(func=cmd_images)
    p = sub.add_parser("status", help="each service: answering, consumer lag, outbox depth and age")
    p.add_argument("--json", action="store_true", help="as JSON, for a script")
    p.set_defaults(func=cmd_status)
    p = sub.add_parser("migrate", help="run every service database's pending migrations")
    p.add_argument("--check", action="store_true", help="only say what each database lacks (exit 1 if any)")
    p.set_defaults(func=cmd_migrate)
    p = sub.add_parser("privacy", help="personal data: export (Art. 15), due, holds, erase (Art. 17 DSGVO)")
    p.add_argument("action", choices=["export", "due", "hold", "release", "erase"])
    p.add_argument("case_id", nargs="?")
    p.add_argument(
        "--subject", help="export, erase: the person's e-mail address, as their applications give it"
    )
    p.add_argument(
        "--format", choices=["json", "html"], default="json", help="export: JSON or a readable page"
    )
    p.add_argument("--output", help="export: write it into this file")
    p.add_argument("--reason", help="why, with its legal basis (shown in the case's history)")
    p.add_argument("--by", help="who orders it (your staff id)")
    p.set_defaults(func=cmd_privacy)
    p = sub.add_parser("keys", help="the services' event signing keys: list, or rotate one service's")
    p.add_argument("action", choices=["list", "rotate"])
    p.add_argument("service", nargs="?")
    p.set_defaults(func=cmd_keys)
    sub.add_parser("up", help="start Kafka and PostgreSQL in the background").set_defaults(func=cmd_up)
    sub.add_parser("down", help="stop Kafka and PostgreSQL").set_defaults(func=cmd_down)
    p = sub.add_parser("run", help="run the whole platform in the foreground until Ctrl-C")
    p.add_argument("--sqlite", action="store_true", help="SQLite files under var/ instead of PostgreSQL")
    p.add_argument("--keep-infra", action="store_true", help="leave Kafka and PostgreSQL running afterwards")
    p.add_argument(
        "--test-payments",
        action="store_true",
        help="also the payment provider's stand-in: fees takes its test payments (no money moves)",
    )
    p.add_argument(
        "--instances",
        type=int,
        default=int(os.environ.get("RATHAUS_INSTANCES", "1")),
        help="workers of each service (one consumer group) and intake HTTP processes (default 1)",
    )
    p.add_argument(
        "--brokers",
        type=int,
        choices=[1, 3],
        default=int(os.environ.get("RATHAUS_BROKERS", "1")),
        help="Kafka nodes: 1 (a laptop) or 3 (replication 3, one may fail; var/kafka-cluster)",
    )
    p.set_defaults(func=cmd_run)
    return root


def main(argv: list[str] | None = None) -> None:
    files.keep_private(VAR)
    # The operator's command makes topics and grants; the processes it starts are each their own service
    os.environ.setdefault("RATHAUS_KAFKA_USER", "admin")
    args = parser().parse_args(argv)
    if args.command != "run":
        _load_env_file()
    args.func(args)


def _platform_secrets(test_payments: bool) -> dict[str, str]:
    """The accounting token, the payment callback secret and, for test payments, the stand-in's own secret:
    from the environment, else from the last run, else new ones; `rathaus run` prints where they are."""
    previous = (
        dict(line.partition("=")[::2] for line in ENV_FILE.read_text().splitlines())
        if ENV_FILE.exists()
        else {}
    )
    return {
        name: os.environ.get(name) or previous.get(name) or secrets.token_urlsafe(32)
        for name in ("ACCOUNTING_TOKEN", "PAYMENT_CALLBACK_SECRET", *["TEST_PAYMENTS_SECRET"] * test_payments)
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
