"""Rate limits over real HTTP: two gunicorn workers per service counting in one Redis (the project's own, on a
socket), per API key, per address on refused requests, and on refused sign-ins; every refusal logged without
the key or token tried."""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import requests

from infra.limits_store import LimitsStore
from infra.platform import Platform
from services.registry import producers
from services.routing import staff
from shared.kernel.config import VAR
from shared.kernel.db import make_engine
from tests.conftest import free_port
from tests.helpers import FORMS, application_body, register_submitter

LIMITS = {"PER_KEY": 5, "FAILURES": 6, "SIGN_IN": 3, "PER_ADDRESS": 40}


class Town:
    def __init__(self, platform: Platform, env: dict[str, str], counts: LimitsStore) -> None:
        self.platform, self.env, self.counts = platform, env, counts

    def url(self, service: str, path: str) -> str:
        return f"{self.platform.url(service)}{path}"

    def submit(self, key: str) -> requests.Response:
        headers = {
            "Authorization": f"Bearer {key}",
            "Content-Type": "application/json",
            "Idempotency-Key": uuid.uuid4().hex,
        }
        body = json.dumps(application_body("geburtsurkunde"))
        submit = self.url("intake", "/api/v1/applications")
        return requests.post(submit, data=body, headers=headers, timeout=10)

    def log(self, process: str) -> str:
        return self.platform.log_of(process).read_text()


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Iterator[Town]:
    base: Path = tmp_path_factory.mktemp("limits")
    counts = LimitsStore(VAR / "test-redis").start()
    env = {f"{s.upper()}_DATABASE_URL": f"sqlite:///{base / s}.db" for s in producers()}
    env.update({f"RATE_LIMIT_{kind}": f"{count}/minute" for kind, count in LIMITS.items()})
    env.update(RATE_LIMITS="on", RATELIMIT_STORAGE_URI=counts.uri)
    ports = {"intake": free_port(), "routing": free_port()}
    try:
        with Platform(env=env, log_dir=base / "log", ports=ports, names=["intake-http", "routing-http"]) as p:
            yield Town(p, env, counts)
    finally:
        counts.stop()


@pytest.fixture(autouse=True)
def fresh_counts(town: Town) -> None:
    """Each test starts with no request counted (they all come from 127.0.0.1)."""
    redis.Redis(unix_socket_path=str(town.counts.socket)).flushall()


def test_a_vendor_key_is_limited_across_gunicorn_workers_and_another_key_is_not(town):
    database = town.env["INTAKE_DATABASE_URL"]
    busy = register_submitter(database, "busy", sorted(FORMS))
    other = register_submitter(database, "other", sorted(FORMS))
    answers = Counter(town.submit(busy).status_code for _ in range(2 * LIMITS["PER_KEY"]))
    # Each new connection may land on either worker: only one count shared by both gives exactly this
    assert answers == {202: LIMITS["PER_KEY"], 429: LIMITS["PER_KEY"]}
    refused = town.submit(busy)
    assert refused.status_code == 429 and refused.headers["Content-Type"] == "application/problem+json"
    assert "Zu viele Anfragen" in refused.json()["detail"] and int(refused.headers["Retry-After"]) > 0
    assert town.submit(other).status_code == 202


def test_refused_keys_of_one_address_lock_it_out_for_a_while_and_are_logged_without_the_key(town):
    good = register_submitter(town.env["INTAKE_DATABASE_URL"], "honest", sorted(FORMS))
    guesses = [f"rk_honest_{uuid.uuid4().hex}" for _ in range(LIMITS["FAILURES"] + 2)]
    answers = [town.submit(guess).status_code for guess in guesses]
    assert answers == [401] * LIMITS["FAILURES"] + [429, 429]
    # The address is refused now, whatever key it shows; the real key's own count is untouched
    assert town.submit(good).status_code == 429
    logged = town.log("intake-http")
    assert logged.count("key refused (401) at /api/v1/applications from 127.0.0.1") >= LIMITS["FAILURES"]
    assert "rate limit" in logged and not any(guess in logged for guess in guesses)
    redis.Redis(unix_socket_path=str(town.counts.socket)).flushall()
    assert town.submit(good).status_code == 202


def test_refused_sign_ins_to_the_desk_are_limited_per_address(town):
    with make_engine(town.env["ROUTING_DATABASE_URL"]).begin() as conn:
        token = staff.add(conn, f"w-{uuid.uuid4().hex[:6]}", "Wera Wolf", "buergerbuero", "caseworker")
    sign_in = town.url("routing", "/desk/anmelden")

    def attempt(tried: str) -> requests.Response:
        browser = requests.Session()
        form = browser.get(sign_in, timeout=10)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
        return browser.post(sign_in, data={"csrf_token": csrf, "token": tried}, timeout=10)

    answers = [attempt("sk_w_" + "0" * 43).status_code for _ in range(LIMITS["SIGN_IN"] + 2)]
    assert answers == [401] * LIMITS["SIGN_IN"] + [429, 429]
    blocked = attempt(token)  # the right token too, from this address, until the minute is over
    assert blocked.status_code == 429 and "Zu viele Anfragen" in blocked.text
    assert town.log("routing-http").count("sign-in refused at /desk/anmelden") == LIMITS["SIGN_IN"]
    redis.Redis(unix_socket_path=str(town.counts.socket)).flushall()
    assert attempt(token).status_code == 200  # signed in: the desk's list


def test_one_address_without_a_key_is_limited_and_health_checks_are_not(town):
    portal = town.url("intake", "/portal/")
    answers = Counter(requests.get(portal, timeout=10).status_code for _ in range(LIMITS["PER_ADDRESS"] + 5))
    assert answers == {200: LIMITS["PER_ADDRESS"], 429: 5}
    assert requests.get(town.url("intake", "/healthz"), timeout=10).status_code == 200
    counted = redis.Redis(unix_socket_path=str(town.counts.socket)).keys("*")
    assert counted and all(key.startswith(b"LIMITS:LIMITER/intake/127.0.0.1/") for key in counted), counted
