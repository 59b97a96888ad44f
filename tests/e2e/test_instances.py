"""Two instances of every worker in one consumer group each, and two intake processes on one port, under load;
one instance of every worker is killed mid-run, so the group hands its partitions to the other. Afterwards:
nothing lost, nothing doubled, every case's history in order (the audit's verification)."""

from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
import sqlalchemy as sa

from services.audit import log
from services.audit.verify import verify
from services.registry import data_services, producers
from shared.kernel.db import make_engine
from tests.e2e.servers import platform_on_own_servers
from tests.helpers import FORMS, application_body, register_submitter, wait_for

APPLICATIONS = 240
RATE = 20  # per second: the kills come while work is in flight


@pytest.fixture
def two_of_each(tmp_path):
    with platform_on_own_servers(tmp_path, {}, instances=2) as (platform, broker, _cluster, mail):
        yield platform, broker, mail


@pytest.mark.timeout(600)
def test_two_instances_of_every_worker_lose_and_double_nothing_when_one_dies(two_of_each):
    platform, broker, mail = two_of_each
    assert {"intake-http", "intake-http.2", "fees-worker", "fees-worker.2"} <= set(platform.processes)
    vendor = register_submitter(platform.env["INTAKE_DATABASE_URL"], "twovendor", ["*"])
    services = sorted(FORMS)
    accepted: dict[int, str] = {}
    started = time.monotonic()

    def submit(number: int) -> None:
        time.sleep(max(0.0, started + number / RATE - time.monotonic()))
        body = application_body(services[number % len(services)])
        body["applicant"]["email"] = f"buerger.{number}@example.org"
        for _ in range(10):  # an answer lost is asked again with the same key: still one case
            try:
                response = requests.post(
                    f"{platform.url('intake')}/api/v1/applications",
                    json=body,
                    headers={"Authorization": f"Bearer {vendor}", "Idempotency-Key": f"two-{number}"},
                    timeout=10,
                )
            except requests.RequestException:
                continue
            if response.status_code == 202:
                accepted[number] = response.json()["case_id"]
                return

    def kill_one_of_each() -> None:
        time.sleep(APPLICATIONS / RATE / 2)
        for service in data_services():
            platform.kill(f"{service.name}-worker.2", signal.SIGKILL)  # and it stays dead

    killer = threading.Thread(target=kill_one_of_each)
    killer.start()
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(submit, range(APPLICATIONS)))
    killer.join()
    assert len(accepted) == APPLICATIONS
    cases = set(accepted.values())

    wait_for(lambda: cases <= set(mail.receipts()), timeout=180, interval=1)
    stores = {s: make_engine(platform.env[f"{s.upper()}_DATABASE_URL"]) for s in producers()}

    def per_case(service: str, event_type: str) -> Counter[str]:
        with stores[service].connect() as conn:
            rows = conn.execute(
                sa.text("SELECT case_id FROM events WHERE event_type = :t"), {"t": event_type}
            )
            return Counter(rows.scalars())

    wait_for(lambda: set(per_case("fees", "FeeAssessed")) >= cases, timeout=60)
    assert per_case("intake", "ApplicationSubmitted") == Counter(dict.fromkeys(cases, 1))
    assert per_case("fees", "FeeAssessed") == Counter(dict.fromkeys(cases, 1))
    assert per_case("routing", "CaseRouted") == Counter(dict.fromkeys(cases, 1))
    # one receipt per case: a copy a killed worker sent again carries the same Message-ID
    assert {case: len(ids) for case, ids in mail.receipts().items()} == dict.fromkeys(cases, 1)
    # Each stream's versions and hash chain, the log against every store, and every projection replayed
    result = wait_for(
        lambda: (r := verify(log.read_all(broker.bootstrap, check_payloads=False), stores)).ok and r,
        timeout=60,
        interval=2,
    )
    assert result.cases == APPLICATIONS and not result.findings
    for engine in stores.values():
        engine.dispose()
