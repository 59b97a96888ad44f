"""The platform as `docker-compose up` runs it: Kafka, PostgreSQL, Redis and ClamAV from the images the
registry variable picks (here, where no registry is reachable, those infra/images.py builds from Debian's
packages), the platform's image built from the project's Dockerfile. A citizen's application sent from this
machine to the published port goes through all four services; a restart of every container keeps it."""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Iterator

import pytest
import requests

from infra import images, postgres
from infra.processes import answers, last_lines, port_open
from services.registry import http_ports
from tests.conftest import container_images
from tests.e2e.test_documents import EICAR, EXTENDED, PDF
from tests.helpers import application_body, wait_for

ROOT = images.ROOT
PROJECT = "rathaus-test"  # volumes and network of their own, apart from an operator's `docker-compose up`
SERVICES = http_ports()  # compose publishes each on its default port
PUBLISHED = (9092, 5433, *SERVICES.values(), 8025)


def compose(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [*images.compose_command(), "--project-name", PROJECT, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, f"compose {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done


def in_platform(*command: str) -> str:
    return compose("exec", "-T", "platform", *command).stdout


def at_rest() -> bool:
    services = json.loads(in_platform("rathaus", "status", "--json"))
    return all(not service["lag"] and not service["outbox_depth"] for service in services)


def all_answer() -> bool:
    return all(answers(f"http://127.0.0.1:{port}") for port in SERVICES.values())


def until_all_answer() -> None:
    """Fails with the platform's last log lines in its one line, which is all a CI summary shows."""
    try:
        wait_for(all_answer, timeout=180, interval=1)
    except AssertionError:
        last = last_lines(compose("logs", "--no-color", "--tail=20", "platform").stdout, 6)
        pytest.fail(f"the platform's services did not all answer within 180 s; its last lines: {last}")


@pytest.fixture(scope="module")
def stack() -> Iterator[None]:
    container_images()
    taken = [port for port in PUBLISHED if port_open(port)]
    if taken:
        pytest.fail(f"ports {taken} are taken (a `make run`?): compose publishes the platform on them")
    postgres.password_file("compose-postgres")  # compose's secret, as `rathaus setup` makes it
    compose("build", "platform")
    try:
        compose("up", "--detach")
        until_all_answer()
        yield
    finally:
        print(compose("logs", "--tail=40", "platform").stdout)
        compose("down", "--volumes")


def test_an_application_goes_through_the_containers_and_outlives_a_restart(stack):
    services = "geburtsurkunde,fuehrungszeugnis"
    key = in_platform("rathaus", "vendors", "add", "dockervendor", "--services", services).split()[-1]
    accepted = requests.post(
        f"http://127.0.0.1:{SERVICES['intake']}/api/v1/applications",
        json=application_body("geburtsurkunde"),
        headers={"Authorization": f"Bearer {key}", "Idempotency-Key": str(uuid.uuid4())},
        timeout=10,
    )
    assert accepted.status_code == 202, accepted.text
    status_url, token = accepted.json()["status_url"], accepted.json()["tracking_token"]

    def view() -> dict:
        return requests.get(status_url, headers={"X-Tracking-Token": token}, timeout=10).json()

    # routed, fee assessed (fees), receipt mailed (notifications) through the broker container; then every
    # worker caught up and every outbox empty, so what the citizen sees has come to rest
    wait_for(lambda: (v := view())["receipt_sent_at"] and v["fee"], timeout=60)
    wait_for(at_rest, timeout=60, interval=1)
    done = view()
    assert done["status"] == "awaiting_payment" and done["fee"]["total_cents"] == 2000
    assert "verified: the log, the stores and the rules agree" in in_platform("rathaus", "audit", "verify")
    mails = in_platform("sh", "-c", "grep -l 'X-Case-Id: " + done["case_id"] + "' /app/var/mail/new/*")
    assert mails.strip(), "no mail about the case in the platform's mail server"

    # A document goes through the scanner's container: the EICAR test file is refused, a clean one taken
    def with_letter(content: bytes) -> requests.Response:
        return requests.post(
            f"http://127.0.0.1:{SERVICES['intake']}/api/v1/applications",
            data={"application": json.dumps(EXTENDED)},
            files=[("documents.aufforderung_30a", ("Aufforderung.pdf", content, "application/pdf"))],
            headers={"Authorization": f"Bearer {key}", "Idempotency-Key": str(uuid.uuid4())},
            timeout=30,
        )

    # 503 until clamd has loaded its signatures
    [refused] = wait_for(
        lambda: (r := with_letter(b"%PDF-1.4\n" + EICAR)).status_code != 503 and [r], timeout=120
    )
    assert refused.status_code == 422 and refused.json()["title"] == "Schadsoftware gefunden"
    assert with_letter(PDF).status_code == 202

    # every container stopped and started again: the case, its fee and its history are in the volumes
    compose("stop")
    assert not any(port_open(port) for port in SERVICES.values())
    compose("start")
    until_all_answer()
    assert view() == done
    assert "verified" in in_platform("rathaus", "audit", "verify")
