"""Each worker alone against a backlog of applications on `cases.intake`: events it processes per second,
next to a bare kafka-python consumer reading the same backlog. `python -m bench.backlog [COUNT]` runs it on
servers of its own; `make bench` runs it with the rest."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from infra import demo, smtp
from infra.broker import Broker
from infra.postgres import Cluster
from infra.topics import create_topics
from services.intake.domain import catalogue
from services.intake.requests import APPLICATION_REQUEST, validated_application
from services.registry import producers
from shared.contracts import IntakeEvent
from shared.kernel.config import ROOT, VAR
from shared.kernel.db import make_engine
from shared.kernel.envelope import GENESIS_HASH, NewEvent, new_id, seal, utc_now
from shared.kernel.events import latest_version, validate_payload
from shared.kernel.kafka import connection
from shared.kernel.signing import signing_key

COUNT = int(os.environ.get("BENCH_BACKLOG", "100000"))
PREFIX = "backlog."


def applications(count: int) -> Iterator[bytes]:
    """ApplicationSubmitted events as intake records them, each the first of a case of its own."""
    rng = random.Random(3)
    version = latest_version(IntakeEvent.APPLICATION_SUBMITTED)
    key = signing_key("intake")
    services = sorted(demo.FORMS)
    for number in range(count):
        service_id = services[number % len(services)]
        envelope = APPLICATION_REQUEST.load(demo.application(service_id, number, rng))
        payload, errors = validated_application(catalogue.find(service_id), envelope)
        assert not errors, errors
        # as services/intake/handlers.py records an application that came without files
        payload |= {
            "channel": "online",
            "submitted_by": {"kind": "vendor", "id": "bench"},
            "documents": [],
            "document_names": {},
        }
        validate_payload(IntakeEvent.APPLICATION_SUBMITTED, version, payload)
        new = NewEvent(IntakeEvent.APPLICATION_SUBMITTED, payload, schema_version=version)
        event = seal(
            new,
            case_id=new_id(),
            stream_version=1,
            producer="intake",
            prev_hash=GENESIS_HASH,
            occurred_at=utc_now(),
            signing_key=key,
        )
        yield event.to_json()


def fill(bootstrap: str, count: int) -> None:
    create_topics(bootstrap, PREFIX)
    producer = KafkaProducer(**connection(bootstrap=bootstrap), acks="all", linger_ms=20, batch_size=256_000)
    for raw in applications(count):
        producer.send(f"{PREFIX}cases.intake", value=raw, key=raw[raw.index(b'"case_id":"') + 11 :][:36])
    producer.flush()
    producer.close()


def bare_read(bootstrap: str, topics: list[str]) -> float:
    """Events per second a bare kafka-python consumer reads these topics at from their start: the baseline."""
    consumer = KafkaConsumer(**connection(bootstrap=bootstrap), group_id=None, enable_auto_commit=False)
    partitions = [TopicPartition(t, p) for t in topics for p in consumer.partitions_for_topic(t)]
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    end = consumer.end_offsets(partitions)
    started, read = time.perf_counter(), 0
    while any(consumer.position(tp) < end[tp] for tp in partitions):
        read += sum(len(records) for records in consumer.poll(timeout_ms=500).values())
    took = time.perf_counter() - started
    consumer.close()
    return read / took


def worker_rate(service: str, env: dict[str, str], count: int, log: Path) -> float:
    """Start the worker on the backlog and time it from its first processed event to its last."""
    engine = make_engine(env[f"{service.upper()}_DATABASE_URL"])
    with open(log, "w") as out:
        command = [sys.executable, "-m", "services", "worker", service]
        if profile := os.environ.get("BENCH_PROFILE"):  # a folder: py-spy's stacks of each worker
            options = os.environ.get("BENCH_PROFILE_OPTIONS", "").split()  # say --gil: CPU time only
            command = [
                str(Path(sys.executable).with_name("py-spy")),  # the environment's, on PATH or not
                "record",
                *options,
                "-f",
                "raw",
                "-o",
                f"{profile}/{service}.txt",
                "--",
                *command,
            ]
        worker = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **env, "RATHAUS_TOPIC_PREFIX": PREFIX},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        done, last_done, moved = 0, 0, time.monotonic()
        while done < count:
            if worker.poll() is not None:
                raise SystemExit(f"the {service} worker died: see {log}")
            if time.monotonic() > moved + 120:
                raise SystemExit(f"the {service} worker stalled at {done} of {count}: see {log}")
            time.sleep(0.5)
            try:
                with engine.connect() as conn:
                    done = conn.execute(sa.text("SELECT count(*) FROM processed_events")).scalar_one()
            except sa.exc.ProgrammingError:
                pass  # its tables are not made yet
            else:
                moved = time.monotonic() if done != last_done else moved
                last_done = done
            print(f"\r… {service} worker: {done:,} of {count:,}", end="", flush=True)
        print(flush=True)
        with engine.connect() as conn:
            first, last = conn.execute(
                sa.text("SELECT min(processed_at), max(processed_at) FROM processed_events")
            ).one()
    finally:
        worker.send_signal(signal.SIGINT)  # py-spy, when profiling, writes its graph on SIGINT
        worker.wait()
        engine.dispose()
    return count / max((last - first).total_seconds(), 0.001)


def measure(env: dict[str, str], bootstrap: str, count: int, log_dir: Path) -> dict[str, float]:
    """{'bare': …, service: …} in events per second."""
    print(f"… a backlog of {count:,} applications", flush=True)
    fill(bootstrap, count)
    rates = {"bare": bare_read(bootstrap, [f"{PREFIX}cases.intake"])}
    log_dir.mkdir(parents=True, exist_ok=True)
    # Every database migrated by its owner first, the key store among them, as the platform does before its
    # processes start: a worker's own role may not make the key store's tables
    prepare = [sys.executable, "-c", "from infra.platform import prepare; prepare()"]
    subprocess.run(prepare, cwd=ROOT, env={**os.environ, **env}, check=True)
    chosen = os.environ.get("BENCH_BACKLOG_SERVICES", "").split(",")
    for service in [s for s in producers() if s in chosen or chosen == [""]]:
        rates[service] = worker_rate(service, env, count, log_dir / f"backlog-{service}.log")
    return rates


@contextmanager
def servers(root: Path) -> Iterator[tuple[dict[str, str], str]]:
    """A broker, a PostgreSQL cluster and a mail server of the benchmark's own: the environment and the
    broker's address."""
    from bench.__main__ import free_port

    broker = Broker(root / "kafka", port=free_port(), controller_port=free_port())
    cluster = Cluster(root / "postgres", free_port())
    mail_port = free_port()
    broker.start()
    cluster.start()
    mail = smtp.start(mail_port, root / "mail")
    try:
        yield (
            {
                "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
                "SMTP_HOST": "127.0.0.1",
                "SMTP_PORT": str(mail_port),
                **cluster.service_environment(),
            },
            broker.bootstrap,
        )
    finally:
        mail.stop()
        broker.stop()
        cluster.stop()


if __name__ == "__main__":
    import shutil

    os.environ.setdefault(
        "RATHAUS_KAFKA_USER", "admin"
    )  # the bench's own clients; each process is its service
    count = int(sys.argv[1]) if len(sys.argv) > 1 else COUNT
    root = VAR / "bench-backlog"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    with servers(root) as (env, bootstrap):
        os.environ.update(env)
        for name, rate in measure({**os.environ, **env}, bootstrap, count, root / "log").items():
            print(f"{name:>14}: {rate:,.0f} events/s")
