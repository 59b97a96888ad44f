"""Records what a version of the platform leaves behind, for the upgrade test (tests/e2e/test_upgrade.py):
its PostgreSQL databases as `pg_dump` writes them, every record of its Kafka topics, and the public keys that
signed its events. Run it in a checkout of the version to upgrade from, with this file copied in:

    .venv/bin/python -m tests.e2e.upgrade.record tests/e2e/upgrade/<name of that version>

The platform runs on servers of its own (tests/e2e/servers.py) and is filled by `rathaus demo`, through its
HTTP APIs: applications of every demo service, payments, decisions, receipts and decision mails."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Keys of their own, so the recording carries only the keys that signed it
KEYS = Path(tempfile.mkdtemp(prefix="rathaus-record-keys-"))
os.environ["RATHAUS_KEYS"] = str(KEYS)

import sqlalchemy as sa  # noqa: E402
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition  # noqa: E402

from infra import demo  # noqa: E402
from infra.postgres import bin_dir  # noqa: E402
from services.registry import producers  # noqa: E402
from shared.kernel.db import make_engine  # noqa: E402
from shared.kernel.kafka import connection  # noqa: E402
from tests.e2e.servers import platform_on_own_servers  # noqa: E402

CASES = 12
SECRET = "upgrade-callback-secret"


def record(into: Path) -> None:
    into.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = {"PAYMENT_CALLBACK_SECRET": SECRET, "ACCOUNTING_TOKEN": "upgrade-accounting-token"}
        with platform_on_own_servers(Path(tmp), env) as (platform, broker, _cluster, _mail):
            os.environ.update(platform.env)
            tally = demo.run(CASES, seed=16, api={s: platform.url(s) for s in platform.ports})
            print(dict(tally))
            _drained(platform.env)
            for service in [*producers(), "audit"]:
                _dump_database(platform.env[f"{service.upper()}_DATABASE_URL"], into / f"{service}.sql")
            _dump_topics(broker.bootstrap, into / "topics.jsonl")
    shutil.copytree(KEYS / "public", into / "public-keys", dirs_exist_ok=True)
    shutil.rmtree(KEYS)


def _drained(env: dict[str, str], quiet_seconds: float = 5) -> None:
    """Every outbox published and nothing new for a while: the workers have done all there was."""
    engines = [make_engine(env[f"{s.upper()}_DATABASE_URL"]) for s in producers()]

    def state() -> tuple[int, ...]:
        counts = []
        for engine in engines:
            with engine.connect() as conn:
                counts.append(conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one())
                pending = "SELECT count(*) FROM outbox WHERE published_at IS NULL"
                counts.append(conn.execute(sa.text(pending)).scalar_one())
        return tuple(counts)

    last, since = state(), time.monotonic()
    while time.monotonic() - since < quiet_seconds or any(last[1::2]):
        time.sleep(0.5)
        now = state()
        if now != last:
            last, since = now, time.monotonic()
    for engine in engines:
        engine.dispose()


def _dump_database(url: str, path: Path) -> None:
    # Without owners and grants: the test restores it as whatever role it gives the service
    command = [str(bin_dir() / "pg_dump"), "--no-owner", "--no-privileges", "--inserts", "--dbname", url]
    dumped = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    # Lines only newer servers or clients know: pg_dump 17's transaction_timeout, and the \restrict guard of
    # pg_dump 15.14 and later (against a hostile dump; this one is ours), which older psql refuses
    kept = [
        line
        for line in dumped.splitlines(True)
        if "transaction_timeout" not in line and not line.startswith(("\\restrict ", "\\unrestrict "))
    ]
    path.write_text("".join(kept))


def _dump_topics(bootstrap: str, path: Path) -> None:
    admin = KafkaAdminClient(**connection(bootstrap=bootstrap))
    names = sorted(name for name in admin.list_topics() if name.startswith(("cases.", "dlq.")))
    admin.close()
    consumer = KafkaConsumer(**connection(bootstrap=bootstrap), enable_auto_commit=False)
    lines = []
    for name in names:
        partitions = [TopicPartition(name, p) for p in sorted(consumer.partitions_for_topic(name) or [])]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        records = []
        while any(consumer.position(p) < ends[p] for p in partitions):
            for batch in consumer.poll(timeout_ms=1000).values():
                records.extend(batch)
        for r in sorted(records, key=lambda r: (r.partition, r.offset)):
            lines.append(
                {
                    "topic": name,
                    "partition": r.partition,
                    "key": r.key.decode() if r.key is not None else None,
                    "value": base64.b64encode(r.value).decode(),
                    "headers": [[k, base64.b64encode(v).decode()] for k, v in r.headers],
                }
            )
    consumer.close()
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))


if __name__ == "__main__":
    record(Path(sys.argv[1]))
