"""Small helpers the tests share: reading topics and waiting for conditions."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from kafka import KafkaConsumer, TopicPartition

from shared.envelope import Event, NewEvent, new_id
from shared.events import decode


def read_topic(bootstrap: str, topic: str, expect: int, timeout: float = 20) -> list[Any]:
    """Every record of a topic from the start, once at least `expect` have arrived (or the time is up)."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=500)
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
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
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
        "applicant": {"given_name": "Anna", "family_name": "Schulze", "email": "anna.schulze@example.org"},
        "form": form,
    }


def submitted(service_id: str = "meldebescheinigung", **form: Any) -> NewEvent:
    return NewEvent("ApplicationSubmitted", application(service_id, **form))


def new_case() -> str:
    return new_id()
