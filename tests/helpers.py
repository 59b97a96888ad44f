"""Small helpers the tests share: reading topics and waiting for conditions."""

from __future__ import annotations

import copy
import dataclasses
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from kafka import KafkaConsumer, TopicPartition

from services.intake.domain.assistants.examples import example_forms
from shared.kernel import case_keys
from shared.kernel.envelope import Event, NewEvent, new_id
from shared.kernel.events import decode
from shared.kernel.eventstore import EventStore
from shared.kernel.kafka import connection
from shared.kernel.service import Service


def read_topic(bootstrap: str, topic: str, expect: int, timeout: float = 20) -> list[Any]:
    """Every record of a topic from the start, once at least `expect` have arrived (or the time is up)."""
    consumer = KafkaConsumer(
        **connection(bootstrap=bootstrap), enable_auto_commit=False, consumer_timeout_ms=500
    )
    partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or []]
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and len(records) < expect:
        for batch in consumer.poll(timeout_ms=500).values():
            records.extend(batch)
    # One more short poll shows whether anything beyond the expected arrived.
    for batch in consumer.poll(timeout_ms=1000).values():
        records.extend(batch)
    consumer.close()
    return records


def committed_offsets(bootstrap: str, group: str, topic: str) -> int:
    """The sum of a consumer group's committed offsets over a topic's partitions."""
    consumer = KafkaConsumer(**connection(bootstrap=bootstrap), group_id=group, enable_auto_commit=False)
    try:
        partitions = consumer.partitions_for_topic(topic) or []
        return sum(consumer.committed(TopicPartition(topic, p)) or 0 for p in partitions)
    finally:
        consumer.close()


def read_events(bootstrap: str, topic: str, expect: int, timeout: float = 20) -> list[Event]:
    return [decode(record.value) for record in read_topic(bootstrap, topic, expect, timeout)]


def wait_for(check: Callable[[], Any], timeout: float = 30, interval: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


class Background:
    """Runs a loop `fn(stop)` in a thread for the length of a `with` block."""

    def __init__(self, loop: Callable[[threading.Event], None]) -> None:
        self.stop = threading.Event()
        self.thread = threading.Thread(target=loop, args=(self.stop,), daemon=True)

    def __enter__(self) -> Background:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=30)


def application(service_id: str = "meldebescheinigung", **form: Any) -> dict[str, Any]:
    return {
        "service_id": service_id,
        "service_name": service_id.title(),
        "channel": "online",
        "payment_policy": payment_policy(service_id),
        "applicant": {"given_name": "Anna", "family_name": "Schulze", "email": "anna.schulze@example.org"},
        "form": form,
        "documents": [],
        "document_names": {},
    }


def submitted(service_id: str = "meldebescheinigung", **form: Any) -> NewEvent:
    return NewEvent("ApplicationSubmitted", application(service_id, **form))


def new_case() -> str:
    return new_id()


def register_submitter(
    database_url: str, submitter_id: str, services: list[str], kind: str = "vendor"
) -> str:
    """Registers a vendor (or counter staff) in an intake database; returns its API key."""
    from services.intake import submitters
    from services.intake.store import DATABASE
    from shared.kernel.db import make_engine
    from shared.kernel.migrations import migrate

    engine = make_engine(database_url)
    migrate(engine, DATABASE.migrations)
    with engine.begin() as conn:
        key = submitters.add(conn, submitter_id, kind, submitter_id.title(), services)
    engine.dispose()
    return key


APPLICANT = {
    "given_name": "Jürgen",
    "family_name": "Weiß",
    "date_of_birth": "1984-03-17",
    "email": "juergen.weiss@example.org",
    "address": {
        "street": "Halberstädter Straße",
        "house_number": "12a",
        "postcode": "39387",
        "city": "Oschersleben",
    },
}

FORMS: dict[str, dict[str, Any]] = example_forms()


def application_body(service_id: str = "geburtsurkunde", **form_changes: Any) -> dict[str, Any]:
    """A complete, valid application; a deep copy, so a test may change anything in it."""
    form = {**copy.deepcopy(FORMS[service_id]), **form_changes}
    return {"service_id": service_id, "applicant": copy.deepcopy(APPLICANT), "form": form}


def payment_policy(service_id: str) -> str:
    from services.intake.domain import catalogue

    found = catalogue.find(service_id)
    return found["payment_policy"] if found else "none"


def submitted_payload(service_id: str = "geburtsurkunde", **form_changes: Any) -> dict[str, Any]:
    """The ApplicationSubmitted payload intake records for a complete, valid application."""
    return {
        **application_body(service_id, **form_changes),
        "service_name": service_id.title(),
        "channel": "online",
        "payment_policy": payment_policy(service_id),
        "documents": [],
        "document_names": {},
    }


INTAKE_STORE = EventStore(producer="intake", topic="cases.intake")


def submitted_and_taken(
    intake: sa.Engine, service: Service, engine: sa.Engine, payload: dict[str, Any]
) -> Event:
    """An application recorded in (a scratch) intake store, then taken by `service` on `engine` as its worker
    takes it: its personal data opened."""
    with intake.begin() as conn:
        recorded = INTAKE_STORE.append(conn, new_id(), 0, [NewEvent("ApplicationSubmitted", payload)])
    [event] = case_keys.readable(service.name, recorded)
    with engine.begin() as conn:
        service.handle(conn, event)
    return event


def recorded(
    producer: str,
    event_type: str,
    payload: dict[str, Any],
    *,
    case_id: str | None = None,
    cause: Event | None = None,
    at: Any = None,
    version: int = 1,
) -> Event:
    """An event as another service would have recorded it, for feeding one service's handler directly."""
    from shared.kernel.envelope import GENESIS_HASH, seal, utc_now
    from shared.kernel.events import latest_version
    from shared.kernel.signing import signing_key

    new = NewEvent.caused_by(cause, event_type, payload) if cause else NewEvent(event_type, payload)
    new = dataclasses.replace(new, schema_version=latest_version(event_type))
    return seal(
        new,
        case_id=case_id or (cause.case_id if cause else new_id()),
        stream_version=version,
        producer=producer,
        prev_hash=GENESIS_HASH,
        occurred_at=at or utc_now(),
        signing_key=signing_key(producer),
    )


class CallbackReceiver:
    """A vendor's assistant as a real HTTP server: it checks each callback's signature and answers 503 to the
    first `failures` requests, as an endpoint that is down for a while."""

    def __init__(self, secret: str, failures: int = 0, redirect: bool = False) -> None:
        from flask import Flask, request
        from werkzeug.serving import make_server

        from shared.web import signature

        self.secret, self.failures, self.redirect = secret, failures, redirect
        self.accepted: list[dict[str, Any]] = []
        self.refused: list[str] = []
        self.requests = 0
        app = Flask("vendor-assistant")

        @app.post("/elsewhere")
        def elsewhere() -> tuple[str, int]:
            self.accepted.append({"redirected": request.get_data(as_text=True)})
            return "", 204

        @app.post("/callbacks")
        def receive() -> Any:
            self.requests += 1
            if self.redirect:
                return "", 307, {"Location": "/elsewhere"}
            body = request.get_data()
            why = signature.refusal(
                self.secret,
                request.headers.get("callback-timestamp"),
                request.headers.get("callback-authentication"),
                body,
                time.time(),
            )
            if why:
                self.refused.append(why)
                return why, 401
            if self.failures > 0:
                self.failures -= 1
                return "down for maintenance", 503
            self.accepted.append(request.get_json())
            return "", 204

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}/callbacks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> CallbackReceiver:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()


def rathaus_cli(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    """`rathaus <args>` as an operator runs it: a process of its own, with these settings over the
    environment's (give it a RATHAUS_VAR of its own, so no developer's var/rathaus.env is read)."""
    return subprocess.run(
        [sys.executable, "-m", "infra.cli", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
