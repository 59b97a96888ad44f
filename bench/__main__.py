"""`make bench` (`python -m bench`): the platform as real processes on a broker and PostgreSQL of its own.
Each figure is measured next to a baseline in the same run and printed as a ratio; results: bench/results/."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
import sqlalchemy as sa
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from bench import backlog, hops, plain
from infra import demo, smtp
from infra.broker import Broker
from infra.limits_store import LimitsStore
from infra.platform import Platform, platform_processes, process_kind
from infra.postgres import Cluster
from infra.processes import port_open
from infra.topics import create_topics
from services.audit.jobs import cores, verify_in_jobs
from services.fees import projection as fees_projection
from services.registry import http_ports, producers
from services.routing import staff
from shared.kernel.config import ROOT, VAR
from shared.kernel.db import make_engine
from shared.kernel.kafka import connection

HERE = Path(__file__).parent
SECONDS = float(os.environ.get("BENCH_SECONDS", "15"))
PIPELINE_RATE = int(os.environ.get("BENCH_RATE", "200"))
DESK_CASES = int(os.environ.get("BENCH_DESK_CASES", "1000000"))
# Which parts to run (a comma-separated subset, for working on one of them); all by default
CASE_TOPICS = [f"cases.{s}" for s in producers()]
PARTS = ("intake", "pipeline", "steps", "instances", "replay", "backlog", "desk", "memory")
CHOSEN = [part for part in os.environ.get("BENCH_PARTS", ",".join(PARTS)).split(",") if part]


@dataclass
class Figure:
    name: str
    value: float
    baseline: float
    unit: str
    goal: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("nan")


def main() -> None:
    os.environ.setdefault(
        "RATHAUS_KAFKA_USER", "admin"
    )  # the bench's own clients; each process is its service
    root = VAR / "bench"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    broker = Broker(root / "kafka", port=free_port(), controller_port=free_port())
    cluster = Cluster(root / "postgres", free_port())
    mail_port = free_port()
    figures: list[Figure] = []
    broker.start()
    cluster.start()
    mail = smtp.start(mail_port, root / "mail")
    counts = LimitsStore(root / "redis").start()
    try:
        create_topics(broker.bootstrap, "")
        env = {
            "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
            "RATHAUS_TOPIC_PREFIX": "",
            "SMTP_HOST": "127.0.0.1",
            "SMTP_PORT": str(mail_port),
            "PAYMENT_CALLBACK_SECRET": "bench",
            "ACCOUNTING_TOKEN": "bench",
            # The limits are counted as in `rathaus run`, but set far above the load, which is one key
            # from one address
            "RATELIMIT_STORAGE_URI": counts.uri,
            "RATE_LIMITS": "on",
            "RATE_LIMIT_PER_KEY": "10000000/minute",
            "RATE_LIMIT_PER_ADDRESS": "10000000/minute",
            **cluster.service_environment(),
        }
        os.environ.update(env)
        with Platform(
            env=env, log_dir=root / "log", ports={s: free_port() for s in http_ports()}
        ) as platform:
            key = demo.vendor_key()
            if "intake" in CHOSEN:
                figures += intake_throughput(platform, key, root, _plain_database(cluster))
                # receipts too: the pipeline's cases would otherwise queue behind thousands of mails
                _drained(env, "after the intake run", receipts=True)
            if "pipeline" in CHOSEN:
                figures += pipeline_latency(platform, key, env, broker)
            if "steps" in CHOSEN:
                figures += stepped_rate(platform, key, env)
            if "instances" in CHOSEN:
                figures += two_instances(platform, key, env)
            if "replay" in CHOSEN:
                figures += replay_speed(env, broker)
            if "backlog" in CHOSEN:
                figures += worker_backlog(cluster, broker, root)
            if "desk" in CHOSEN:
                figures += desk_list(platform, env)
            if "memory" in CHOSEN:
                figures += memory(platform, root)
    finally:
        mail.stop()
        counts.stop()
        broker.stop()
        cluster.stop()
    report(figures)


# --- intake: accepted applications per second, against plain Flask endpoints under the same gunicorn ---


def intake_throughput(platform: Platform, key: str, root: Path, plain_database: str) -> list[Figure]:
    """Intake alone (its workers and the others' stopped, as on a machine of its own), then with every worker
    running; the baselines: a plain endpoint, and one that writes each body to PostgreSQL and commits."""
    body = root / "application.json"
    body.write_text(json.dumps(demo.application("meldebescheinigung", 1, random.Random(1))))
    with _plain(platform) as (url, _pid):
        bare = _wrk(url, body, key, "plain")
    with _plain(platform, plain_database) as (url, _pid):
        plain_insert = _wrk(url, body, key, "plain-insert")
    workers = [p for name, p in platform.processes.items() if process_kind(name)[1] == "worker"]
    for worker in workers:
        worker.send_signal(signal.SIGSTOP)
    try:
        alone = _wrk(platform.url("intake"), body, key, "intake-alone")
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGCONT)
    loaded = _wrk(platform.url("intake"), body, key, "intake")
    baseline = plain_insert["accepted_per_s"]
    return [
        Figure(
            "intake alone: accepted applications per second (baseline: plain Flask, one insert + commit)",
            alone["accepted_per_s"],
            baseline,
            "/s",
            ">= 1000 /s and ratio >= 0.7",
        ),
        Figure(
            "plain Flask, one insert + commit: requests per second (baseline: plain Flask)",
            baseline,
            bare["accepted_per_s"],
            "/s",
        ),
        Figure(
            "intake, workers running: accepted applications per second",
            loaded["accepted_per_s"],
            baseline,
            "/s",
        ),
        Figure("intake alone: latency p50", alone["p50_ms"], plain_insert["p50_ms"], "ms"),
        Figure("intake alone: latency p99", alone["p99_ms"], plain_insert["p99_ms"], "ms"),
        Figure("intake, workers running: latency p99", loaded["p99_ms"], plain_insert["p99_ms"], "ms"),
    ]


def _wrk(url: str, body: Path, key: str, run: str) -> dict[str, float]:
    print(f"… wrk against {run} for {SECONDS:.0f} s", flush=True)
    env = {**os.environ, "BENCH_BODY": str(body), "BENCH_KEY": key, "BENCH_RUN": f"{run}-{time.time_ns()}"}
    out = subprocess.run(
        ["wrk", "-t2", "-c32", f"-d{SECONDS:.0f}s", "--latency", "-s", str(HERE / "post.lua"), url],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    total = int(re.search(r"(\d+) requests in", out).group(1))
    seconds = float(re.search(r"requests in ([\d.]+)s", out).group(1))
    failed = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    return {
        "accepted_per_s": (total - failed) / seconds,
        "p50_ms": _wrk_ms(out, "50%"),
        "p99_ms": _wrk_ms(out, "99%"),
    }


def _wrk_ms(out: str, percentile: str) -> float:
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", out).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


# --- pipeline: from 202 to routed, fee assessed and receipt sent, at a steady rate ---


@dataclass
class Load:
    """What one load phase measured: the rate intake took, and per stage the latencies of its cases (ms)."""

    held: float
    stages: dict[str, list[float]]
    drained: float
    since: datetime
    cpu_ms: dict[str, float]  # CPU time per accepted application, by part of the machine
    cases: set[str]

    def p99s_under(self, limit_ms: float) -> bool:
        return all(_p99(ms) < limit_ms for ms in self.stages.values())


def offer(platform: Platform, key: str, env: dict[str, str], rate: float, seconds: float, tag: str) -> Load:
    """Applications at a steady rate for a while, then the time each case took to each stage."""
    count = int(rate * seconds)
    print(f"… {count} applications at {rate:.0f}/s through the pipeline ({tag})", flush=True)
    rng = random.Random(2)
    bodies = [demo.application(rng.choice(sorted(demo.FORMS)), n, rng) for n in range(count)]
    session = requests.Session()
    cpu_before = _cpu_seconds(platform)
    started = time.monotonic()
    cases: list[str] = []

    def send(number: int) -> None:
        time.sleep(max(0.0, started + number / rate - time.monotonic()))
        response = session.post(
            f"{platform.url('intake')}/api/v1/applications",
            json=bodies[number],
            headers={"Authorization": f"Bearer {key}", "Idempotency-Key": f"{tag}-{number}"},
            timeout=30,
        )
        if response.status_code == 202:
            cases.append(response.json()["case_id"])

    with ThreadPoolExecutor(32) as pool:
        list(pool.map(send, range(count)))
    sent_for = time.monotonic() - started
    since = datetime.now(UTC) - timedelta(seconds=sent_for + 5)
    drained = _drained(env, f"after {tag}", receipts=True)
    cpu_after = _cpu_seconds(platform)
    cpu_ms = {
        part: 1000 * (seconds - cpu_before.get(part, 0.0)) / max(len(cases), 1)
        for part, seconds in cpu_after.items()
    }
    return Load(len(cases) / sent_for, _stage_latencies(env, set(cases)), drained, since, cpu_ms, set(cases))


def _cpu_seconds(platform: Platform) -> dict[str, float]:
    """CPU seconds (user and system, its ended children's included) each part of the machine has used: each
    platform process with its children, the broker, PostgreSQL, the mail server, and this benchmark, which
    offers the load."""
    parts = {os.getpid(): "the benchmark offering the load"}
    for name, process in platform.processes.items():
        parts.update(dict.fromkeys([process.pid, *_children(process.pid)], name))
    used: dict[str, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # it has ended
            continue
        part = parts.get(int(entry.name)) or _part_of(command)
        # utime, stime, cutime, cstime in clock ticks (proc(5))
        ticks = sum(int(field) for field in stat[11:15])
        used[part] = used.get(part, 0.0) + ticks / os.sysconf("SC_CLK_TCK")
    return used


def _part_of(command: str) -> str:
    if "kafka.Kafka" in command:
        return "Kafka broker"
    # the server (by its path: it holds the CPU of the sessions that ended) and each session ("postgres: …")
    if command and Path(command.split()[0]).name.startswith("postgres"):
        return "PostgreSQL"
    if "infra.smtp" in command:
        return "mail server"
    return "anything else on the machine"


def pipeline_latency(platform: Platform, key: str, env: dict[str, str], broker: Broker) -> list[Figure]:
    load = offer(platform, key, env, PIPELINE_RATE, SECONDS, "pipeline")
    round_trip = _kafka_round_trip(broker, 200)
    figures = [
        Figure(f"pipeline: 202 → {stage} p50", statistics.median(ms), statistics.median(round_trip), "ms")
        for stage, ms in load.stages.items()
    ]
    figures += [
        Figure(f"pipeline: 202 → {stage} p99", _p99(ms), _p99(round_trip), "ms", "< 1000 ms")
        for stage, ms in load.stages.items()
    ]
    figures.append(Figure("pipeline: offered rate held", load.held, PIPELINE_RATE, "/s", ">= 195 /s"))
    # Where the machine's CPU went, per application, and the rate its cores could hold at that cost
    total = sum(load.cpu_ms.values())
    for part, ms in sorted(load.cpu_ms.items(), key=lambda item: -item[1]):
        if ms >= 0.05:
            figures.append(Figure(f"pipeline: CPU per application, {part}", ms, total, "ms"))
    cores = len(os.sched_getaffinity(0))
    figures.append(
        Figure("pipeline: rate the cores allow at that CPU cost", 1000 * cores / total, load.held, "/s")
    )
    bare = backlog.bare_read(broker.bootstrap, CASE_TOPICS)
    for service, rate in _worker_rates(env, load.since).items():
        figures.append(
            Figure(f"pipeline: events the {service} worker processes per second", rate, bare, "/s")
        )
    figures.append(Figure("pipeline: backlog drained after the last 202", load.drained, SECONDS, "s"))
    return figures


STEPS = (25, 50, 100, 150, 200, 300)


def stepped_rate(platform: Platform, key: str, env: dict[str, str]) -> list[Figure]:
    """The offered rate stepped up until intake no longer takes it all or a stage's p99 reaches 1 s."""
    highest = 0.0
    for rate in STEPS:
        load = offer(platform, key, env, rate, SECONDS, f"step-{rate}")
        p99s = ", ".join(f"{stage} {_p99(ms):,.0f} ms" for stage, ms in load.stages.items())
        print(f"  {rate}/s offered: {load.held:.1f}/s held; p99 {p99s}", flush=True)
        for hop, ms in hops.hop_latencies(env, load.cases).items():
            print(f"    {hop}: p50 {statistics.median(ms):,.0f} ms, p99 {_p99(ms):,.0f} ms", flush=True)
        if load.held < 0.97 * rate or not load.p99s_under(1000):
            break
        highest = rate
    return [
        Figure(
            "pipeline: highest offered rate held with every p99 < 1 s (baseline: the goal)",
            highest,
            300,
            "/s",
            ">= 300 /s",
        )
    ]


def two_instances(platform: Platform, key: str, env: dict[str, str]) -> list[Figure]:
    """The rate held with one instance of every worker and intake process, then with two."""
    one = offer(platform, key, env, PIPELINE_RATE, SECONDS, "one-instance")
    added = [name for name in platform_processes(2) if name not in platform.processes]
    platform.start_ready(added)
    try:
        two = offer(platform, key, env, PIPELINE_RATE, SECONDS, "two-instances")
    finally:
        for name in added:
            platform.kill(name, signal.SIGTERM)
            del platform.processes[name]
    return [
        Figure(
            "pipeline: rate held with 2 instances of each process (baseline: 1 instance)",
            two.held,
            one.held,
            "/s",
        ),
        *(
            Figure(f"pipeline, 2 instances: 202 → {stage} p99", _p99(two.stages[stage]), _p99(ms), "ms")
            for stage, ms in one.stages.items()
        ),
    ]


def _stage_latencies(env: dict[str, str], cases: set[str]) -> dict[str, list[float]]:
    def times(service: str, where: str) -> dict[str, datetime]:
        engine = make_engine(env[f"{service.upper()}_DATABASE_URL"])
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text(f"SELECT case_id, min(occurred_at) FROM events WHERE {where} GROUP BY case_id")
            )
            found = {case_id: at for case_id, at in rows if case_id in cases}
        engine.dispose()
        return found

    submitted = times("intake", "event_type = 'ApplicationSubmitted'")
    stages = {
        "routed": times("routing", "event_type = 'CaseRouted'"),
        "fee assessed": times("fees", "event_type = 'FeeAssessed'"),
        "receipt sent": times("notifications", "payload->>'template' = 'receipt'"),
    }
    return {
        stage: [(at[c] - submitted[c]).total_seconds() * 1000 for c in submitted if c in at]
        for stage, at in stages.items()
    }


def _worker_rates(env: dict[str, str], since: datetime) -> dict[str, float]:
    """Events each worker's consumer took per second while working off the pipeline's load."""
    rates = {}
    for service in producers():
        engine = make_engine(env[f"{service.upper()}_DATABASE_URL"])
        with engine.connect() as conn:
            count, first, last = conn.execute(
                sa.text(
                    "SELECT count(*), min(processed_at), max(processed_at) FROM processed_events"
                    " WHERE processed_at >= :t"
                ),
                {"t": since},
            ).one()
        engine.dispose()
        if count > 1:
            rates[service] = count / max((last - first).total_seconds(), 0.001)
    return rates


def _kafka_round_trip(broker: Broker, count: int) -> list[float]:
    """The baseline: one message produced with acks=all and read back by a polling consumer."""
    create_topics(broker.bootstrap, "bench.")
    topic = "bench.cases.intake"
    producer = KafkaProducer(**connection(bootstrap=broker.bootstrap), acks="all", linger_ms=0)
    consumer = KafkaConsumer(
        **connection(bootstrap=broker.bootstrap), group_id=None, enable_auto_commit=False
    )
    partition = TopicPartition(topic, 0)
    consumer.assign([partition])
    consumer.seek_to_end(partition)
    consumer.position(partition)
    took = []
    for _ in range(count):
        sent = time.perf_counter()
        producer.send(topic, key=b"k", value=b"x", partition=0).get(timeout=10)
        while not consumer.poll(timeout_ms=1000):
            pass
        took.append((time.perf_counter() - sent) * 1000)
    producer.close()
    consumer.close()
    return took


# --- replay and audit: events per second, against a bare kafka-python consumer of the same topics ---


def replay_speed(env: dict[str, str], broker: Broker) -> list[Figure]:
    print("… reading the log bare, verifying it, rebuilding the fees projections", flush=True)
    bare = backlog.bare_read(broker.bootstrap, CASE_TOPICS)
    urls = {s: env[f"{s.upper()}_DATABASE_URL"] for s in producers()}
    # Verify and the rebuild open personal data with the platform's key store, as the audit and fees do
    os.environ.update({name: url for name, url in env.items() if name.endswith("KEYS_DATABASE_URL")})
    goal = ">= 30000 /s and ratio >= 0.5"
    figures = []
    for jobs in (1, cores()):
        started = time.perf_counter()
        result = verify_in_jobs(urls, jobs, broker.bootstrap)
        verified = result.events / (time.perf_counter() - started)
        if not result.ok:
            print(
                f"!! verify found {len(result.findings)} differences, e.g. {result.findings[0]}", flush=True
            )
        in_jobs = f"{jobs} job{'s' if jobs > 1 else ''}"
        name = f"audit verify of {result.events:,} events in {in_jobs}: events per second"
        figures.append(Figure(name, verified, bare, "/s", goal if jobs > 1 else ""))
    fees = make_engine(urls["fees"])
    started = time.perf_counter()
    rebuilt = fees_projection.FROM_STORE.rebuild(fees) / (time.perf_counter() - started)
    fees.dispose()
    return [*figures, Figure("fees projection rebuild: events per second", rebuilt, bare, "/s", goal)]


# --- each worker alone on a backlog, in databases and topics of its own ---


def worker_backlog(cluster: Cluster, broker: Broker, root: Path) -> list[Figure]:
    env = {
        **os.environ,
        **cluster.service_environment("backlog_"),
    }
    rates = backlog.measure(env, broker.bootstrap, backlog.COUNT, root / "log")
    bare = rates.pop("bare")
    return [
        Figure(
            f"backlog of {backlog.COUNT:,}: events the {service} worker processes per second",
            rate,
            bare,
            "/s",
            ">= 5000 /s",
        )
        for service, rate in rates.items()
    ]


# --- the caseworkers' list with a million cases in the store ---


def desk_list(platform: Platform, env: dict[str, str]) -> list[Figure]:
    engine = make_engine(env["ROUTING_DATABASE_URL"])
    print(f"… {DESK_CASES} cases into routing's store", flush=True)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                """
                INSERT INTO cases (case_id, office_id, service_id, service_name, state, open, payment_first,
                                   routed_at, due_on, remind_at, claimed_by, updated_at, version)
                SELECT md5(i::text)::uuid::text,
                       (ARRAY['buergerbuero', 'standesamt', 'gewerbeamt', 'steuerabteilung',
                              'clearing'])[1 + i % 5],
                       'meldebescheinigung', 'Meldebescheinigung',
                       (ARRAY['routed','in_progress','completed','completed','completed'])[1 + (i / 5) % 5],
                       (i / 5) % 5 < 2, true, now() - (i % 900) * interval '1 day',
                       (now() - (i % 900) * interval '1 day' + interval '7 days')::date, NULL, NULL, now(), 1
                FROM generate_series(1, :n) AS i
                """
            ),
            {"n": DESK_CASES},
        )
        # Written beside the events, the desk's counts are counted here as routing's migration counts them
        conn.execute(
            sa.text(
                "INSERT INTO open_cases (office_id, state, cases)"
                " SELECT office_id, state, count(*) FROM cases WHERE open GROUP BY office_id, state"
                " ON CONFLICT (office_id, state) DO UPDATE SET cases = open_cases.cases + excluded.cases"
            )
        )
        conn.execute(sa.text("ANALYZE cases"))
        token = staff.add(conn, "bench-lead", "Bench", "buergerbuero", "lead")
    engine.dispose()
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    base = f"{platform.url('routing')}/api/v1/desk/cases"
    first = session.get(base, params={"limit": 50}).json()
    deep_after = first["next_after"]
    for _ in range(200):  # a page far down the list
        deep_after = (
            session.get(base, params={"limit": 50, "after": deep_after}).json().get("next_after", deep_after)
        )
    queries = {
        "first page": {"limit": 50},
        "page 200": {"limit": 50, "after": deep_after},
        "overdue": {"limit": 50, "overdue": "true"},
        "by state": {"limit": 50, "state": "in_progress"},
    }
    health = _timed(session, f"{platform.url('routing')}/healthz", {}, 300)
    pages = _signed_in_to_desk(platform.url("routing"), token)
    # Each gunicorn worker compiles the page's templates on its first requests: timed is the page served
    # warm, as the JSON list is after the walk down to page 200 above
    _timed(pages, f"{platform.url('routing')}/desk/", {"limit": 50}, 20)
    return [
        Figure(
            f"desk list of {DESK_CASES:,} cases, {name}: p99",
            _p99(_timed(session, base, params, 300)),
            _p99(health),
            "ms",
            "< 50 ms",
        )
        for name, params in queries.items()
    ] + [
        Figure(
            f"desk page (HTML, signed in) of {DESK_CASES:,} cases, {name}: p99",
            _p99(_timed(pages, f"{platform.url('routing')}/desk/", params, 300)),
            _p99(health),
            "ms",
            "< 50 ms",
        )
        for name, params in list(queries.items())[:2]
    ]


def _signed_in_to_desk(routing: str, token: str) -> requests.Session:
    """A browser's session on the desk pages: signed in through the form, with its CSRF token."""
    browser = requests.Session()
    form = browser.get(f"{routing}/desk/anmelden")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
    browser.post(form.url, data={"csrf_token": csrf, "token": token}).raise_for_status()
    return browser


def _timed(session: requests.Session, url: str, params: dict[str, Any], count: int) -> list[float]:
    took = []
    for _ in range(count):
        started = time.perf_counter()
        session.get(url, params=params).raise_for_status()
        took.append((time.perf_counter() - started) * 1000)
    return took


# --- memory: each process's resident size after the load, against the plain Flask app under gunicorn ---


def memory(platform: Platform, root: Path) -> list[Figure]:
    """Each process's resident size, the goal's measure; for a web service, its largest process (gunicorn's
    master or one of its workers) and, as what the service costs the machine, the proportional size of all of
    them (a forked worker shares the master's pages, which a sum of resident sizes would count thrice)."""
    with _plain(platform) as (_url, pid):
        baseline = max(_rss_mb(each) for each in [pid, *_children(pid)])  # the plain app's largest process
    figures = []
    for name, process in sorted(platform.processes.items()):
        group = [process.pid, *_children(process.pid)]
        if len(group) == 1:
            figures.append(Figure(f"memory: {name}", _rss_mb(process.pid), baseline, "MB", "<= 150 MB"))
            continue
        largest = max(_rss_mb(pid) for pid in group)
        figures.append(Figure(f"memory: {name}, largest process", largest, baseline, "MB", "<= 150 MB"))
        shared = sum(_pss_mb(pid) for pid in group)
        figures.append(Figure(f"memory: {name}, its {len(group)} processes (PSS)", shared, baseline, "MB"))
    return figures


def _rss_mb(pid: int) -> float:
    """Resident size of one process, in MB."""
    return _kb(Path(f"/proc/{pid}/status"), "VmRSS") / 1024


def _pss_mb(pid: int) -> float:
    """Proportional set size: the process's own pages, and its share of pages it shares with others."""
    return _kb(Path(f"/proc/{pid}/smaps_rollup"), "Pss") / 1024


def _kb(path: Path, field: str) -> int:
    try:
        found = re.search(rf"^{field}:\s+(\d+) kB", path.read_text(), re.MULTILINE)
    except FileNotFoundError:  # the process has ended
        return 0
    return int(found.group(1)) if found else 0


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found += [int(c) for c in (task / "children").read_text().split()]
    return found + [grand for child in found for grand in _children(child)]


# --- helpers ---


@contextmanager
def _plain(platform: Platform, database_url: str | None = None) -> Iterator[tuple[str, int]]:
    """A baseline app under the very gunicorn command line that serves intake; its URL and process id while it
    runs."""
    port = free_port()
    command = platform.command("intake-http")
    command[command.index("--bind") + 1] = f"127.0.0.1:{port}"
    command[-1] = f"bench.plain:create_app({database_url!r})"
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(lambda: port_open(port), 30)
        yield f"http://127.0.0.1:{port}", process.pid
    finally:
        process.terminate()
        process.wait()


def _plain_database(cluster: Cluster) -> str:
    """A database of its own for the insert baseline, with its one table."""
    (url,) = cluster.create_databases(["bench_plain"])
    engine = make_engine(url)
    plain.METADATA.create_all(engine)
    engine.dispose()
    return url


def _drained(env: dict[str, str], when: str, receipts: bool = False, timeout: float = 600) -> float:
    """Seconds until every outbox is published and every consumer has caught up (and, with `receipts`, every
    case's receipt is sent)."""
    engines = {s: make_engine(env[f"{s.upper()}_DATABASE_URL"]) for s in producers()}
    started = time.monotonic()

    def done() -> bool:
        for engine in engines.values():
            with engine.connect() as conn:
                if conn.execute(
                    sa.text("SELECT count(*) FROM outbox WHERE published_at IS NULL")
                ).scalar_one():
                    return False
        with engines["intake"].connect() as conn:
            cases = conn.execute(
                sa.text("SELECT count(*) FROM events WHERE event_type = 'ApplicationSubmitted'")
            ).scalar_one()
        for service in ("fees", "routing"):
            with engines[service].connect() as conn:
                seen = conn.execute(sa.text("SELECT count(DISTINCT case_id) FROM events")).scalar_one()
            if seen < cases:
                return False
        if receipts:
            with engines["notifications"].connect() as conn:
                sent = conn.execute(
                    sa.text("SELECT count(*) FROM deliveries WHERE template = 'receipt' AND state = 'sent'")
                ).scalar_one()
            return sent >= cases
        return True

    _wait(done, timeout, progress=f"draining {when}")
    for engine in engines.values():
        engine.dispose()
    return time.monotonic() - started


def _wait(check: Any, timeout: float, progress: str = "") -> None:
    deadline = time.monotonic() + timeout
    spinner = 0
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting: {progress}")
        if progress:
            spinner += 1
            print(f"\r… {progress} {'.' * (spinner % 20):<20}", end="", flush=True)
        time.sleep(0.5)
    if progress:
        print(flush=True)


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98] if len(values) > 1 else values[0]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def report(figures: list[Figure]) -> None:
    lines = [
        "| figure | value | baseline | ratio | goal |",
        "| --- | ---: | ---: | ---: | --- |",
        *(
            f"| {f.name} | {f.value:,.1f} {f.unit} | {f.baseline:,.1f} {f.unit} | {f.ratio:.2f} | {f.goal} |"
            for f in figures
        ),
    ]
    table = "\n".join(lines)
    print(table)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M%SZ")
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
    (results / f"{stamp}.json").write_text(
        json.dumps(
            {"at": stamp, "machine": machine, "figures": [asdict(f) | {"ratio": f.ratio} for f in figures]},
            indent=2,
        )
    )
    (results / "latest.md").write_text(f"# Benchmark {stamp} ({machine})\n\n{table}\n")
    print(f"written to {results / (stamp + '.json')} and {results / 'latest.md'}")


if __name__ == "__main__":
    main()
