"""`rathaus demo`: fills a running platform with generated cases through its own HTTP APIs, as vendors'
assistants, the payment provider and the offices' caseworkers would: applications of every online service,
most of them paid, many of them worked to a decision."""

from __future__ import annotations

import json
import os
import random
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import requests

from services import registry
from services.intake import submitters
from services.intake.domain.assistants.examples import example_forms
from services.intake.store import DATABASE as INTAKE_DB
from services.routing import staff
from services.routing.domain.rules import directory
from services.routing.store import DATABASE as ROUTING_DB
from shared.kernel.progress import progress
from shared.web.signature import signed_headers

DEMO_SERVICES = (
    "fuehrungszeugnis",
    "meldebescheinigung",
    "geburtsurkunde",
    "nebenwohnung",
    "gewerbeanmeldung",
)
# Forms as assistants send them (one example each); the citizens differ in name and mail address.
FORMS = {k: v for k, v in example_forms().items() if k in DEMO_SERVICES}
GIVEN = ["Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannes", "Ida", "Jonas"]
FAMILY = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Koch",
]


def run(
    cases: int, seed: int = 1, api: dict[str, str] | None = None, show_progress: bool = False
) -> Counter[str]:
    """`api`: each service's base URL (default: where `rathaus run` serves them); `show_progress`: a bar per
    step on a terminal."""
    rng = random.Random(seed)
    api = api or {service: registry.url(service) for service in registry.NAMES}
    key = vendor_key()
    desk_tokens = _lead_tokens()
    accepted = []
    tally: Counter[str] = Counter()
    with progress("submitting", cases, show_progress, unit="applications") as bar:
        for number in range(cases):
            service_id = rng.choice(sorted(FORMS))
            response = requests.post(
                f"{api['intake']}/api/v1/applications",
                json=application(service_id, number, rng),
                headers={"Authorization": f"Bearer {key}", "Idempotency-Key": f"demo-{seed}-{number}"},
                timeout=30,
            )
            response.raise_for_status()
            accepted.append(response.json())
            tally["submitted"] += 1
            bar.update(1)
    with progress("paying", cases, show_progress, unit="cases") as bar:
        for case in accepted:
            fee = _wait_for(api["intake"], case, "fee", "fees")
            if fee["total_cents"] and rng.random() < 0.8:
                _pay(api["fees"], fee["kassenzeichen"], fee["total_cents"])
                tally["paid"] += 1
            bar.update(1)
    time.sleep(2)  # the payments reach routing
    with progress("working the cases", cases, show_progress, unit="cases") as bar:
        for case in accepted:
            _work(api, desk_tokens, case, rng, tally)
            bar.update(1)
    return tally


def _work(
    api: dict[str, str], desk_tokens: dict[str, str], case: dict, rng: random.Random, tally: Counter[str]
) -> None:
    """The office's steps on one case: half completed, a tenth rejected, the rest left open."""
    office = _wait_for(api["intake"], case, "office", "routing")["id"]
    roll = rng.random()
    steps = ["claim", "approve", "complete"] if roll < 0.5 else ["claim", "reject"] if roll < 0.6 else []
    for step in steps:
        body = {"reason": "Die Voraussetzungen liegen nicht vor."} if step == "reject" else None
        done = requests.post(
            f"{api['routing']}/api/v1/desk/cases/{case['case_id']}/{step}",
            json=body,
            headers={"Authorization": f"Bearer {desk_tokens[office]}"},
            timeout=30,
        )
        if done.status_code != 200:  # a case still waiting for its payment stays with the office
            tally[f"not {step}: {done.json().get('title')}"] += 1
            return
        tally[step] += 1


def application(service_id: str, number: int, rng: random.Random) -> dict[str, Any]:
    """An application as a vendor's assistant sends it; the citizens differ in name and mail address."""
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    return {
        "service_id": service_id,
        "applicant": {
            "given_name": given,
            "family_name": family,
            "date_of_birth": "1990-01-01",
            "email": f"{given.lower()}.{number}@example.org",
            "address": {"street": "Markt", "house_number": "1", "postcode": "39387", "city": "Oschersleben"},
        },
        "form": FORMS[service_id],
    }


def vendor_key() -> str:
    INTAKE_DB.setup()
    with INTAKE_DB.engine.begin() as conn:
        return submitters.add(conn, f"demo-{uuid.uuid4().hex[:8]}", "vendor", "Demo-Assistent", ["*"])


def _lead_tokens() -> dict[str, str]:
    ROUTING_DB.setup()
    tokens = {}
    with ROUTING_DB.engine.begin() as conn:
        for office in directory()["offices"]:
            name = f"demo-{office}-{uuid.uuid4().hex[:6]}"
            tokens[office] = staff.add(conn, name, f"Leitung {office}", office, "lead")
    return tokens


def _status(intake: str, case: dict[str, Any]) -> dict[str, Any]:
    url = f"{intake}/api/v1/applications/{case['case_id']}"
    return requests.get(url, headers={"X-Tracking-Token": case["tracking_token"]}, timeout=30).json()


def _wait_for(intake: str, case: dict[str, Any], fact: str, worker: str, timeout: float = 60) -> Any:
    """A fact of the case's status (its fee, its office), once the worker that brings it has done so."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        view = _status(intake, case)
        if view[fact] is not None:
            return view[fact]
        time.sleep(0.2)
    raise SystemExit(
        f"no {fact} for case {case['case_id']} after {timeout} s: is the {worker} worker running?"
    )


def _pay(fees: str, kassenzeichen: str, cents: int) -> None:
    body = json.dumps(
        {
            "payment_id": f"DEMO-{uuid.uuid4().hex[:12]}",
            "kassenzeichen": kassenzeichen,
            "amount_cents": cents,
            "currency": "EUR",
            "paid_at": datetime.now(UTC).isoformat(),
        }
    ).encode()
    secret = os.environ["PAYMENT_CALLBACK_SECRET"]
    response = requests.post(
        f"{fees}/api/v1/payments/callback",
        data=body,
        headers=signed_headers(secret, body, int(time.time())),
        timeout=30,
    )
    response.raise_for_status()
