"""The platform's Prometheus metrics (`prometheus_client`), for an operator to watch.

Every process of a service (its gunicorn workers and each instance of its worker) writes its values into the
service's own metrics directory, `PROMETHEUS_MULTIPROC_DIR`, which the platform sets to
`var/metrics/<service>/`; the service's HTTP process serves them all together at `/metrics`. A process started
without that directory (a test calling a handler) keeps its values to itself. No label carries a case id,
a token or anything personal: routes are their templates, events their types."""

from __future__ import annotations

import os
import time
from pathlib import Path

from prometheus_client import Counter, Gauge, Histogram, multiprocess

EVENTS_CONSUMED = Counter(
    "rathaus_events_consumed", "Events a service's consumer handled and committed", ["service", "event_type"]
)
EVENTS_DEAD_LETTERED = Counter(
    "rathaus_events_dead_lettered",
    "Messages a service's consumer sent to its dead-letter topic (event type `unreadable` when it has none)",
    ["service", "event_type"],
)
CONSUMER_LAG = Gauge(
    "rathaus_consumer_lag",
    "Messages on a partition the service's consumer group has not handled yet",
    ["service", "topic", "partition"],
    multiprocess_mode="livemax",  # a partition belongs to one live instance at a time; the others say 0
)
EVENTS_PUBLISHED = Counter("rathaus_events_published", "Events the outbox relay published", ["service"])
OUTBOX_DEPTH = Gauge(
    "rathaus_outbox_depth", "Recorded events not yet published", ["service"], multiprocess_mode="livemax"
)
OUTBOX_OLDEST_AGE = Gauge(
    "rathaus_outbox_oldest_age_seconds",
    "How long the oldest unpublished event has waited (0 when none waits)",
    ["service"],
    multiprocess_mode="livemax",
)
HTTP_REQUESTS = Histogram(
    "rathaus_http_request_duration_seconds",
    "HTTP requests by route template, method and status, with their duration",
    ["service", "route", "method", "status"],
)
DELIVERIES = Counter(
    "rathaus_notification_deliveries",
    "Tries to deliver, by channel (email, callback) and outcome (sent, retry, failed, mail_server_down)",
    ["channel", "outcome"],
)
MEMORY = Gauge(
    "rathaus_process_resident_memory_bytes",
    "Resident memory of each process of the service",
    ["service", "process"],
    multiprocess_mode="liveall",
)

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def note_memory(service: str, process: str) -> None:
    """This process's resident memory now (Linux; elsewhere nothing)."""
    try:
        resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return
    MEMORY.labels(service, process).set(resident_pages * _PAGE)


def forget_dead_processes() -> None:
    """At a process's start: the live gauges of processes of this service that are gone (killed, crashed)
    are dropped, so a dead instance's last lag or memory is not shown as now. Counters keep their counts."""
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not directory:
        return
    for path in Path(directory).glob("gauge_live*_*.db"):
        pid = int(path.stem.rsplit("_", 1)[1])
        if not Path(f"/proc/{pid}").exists():  # Linux, where the platform gathers metrics across processes
            multiprocess.mark_process_dead(pid, directory)


class Every:
    """True at most once per `seconds`: for figures that cost a query or a system call."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._next = 0.0

    def due(self) -> bool:
        now = time.monotonic()
        if now < self._next:
            return False
        self._next = now + self.seconds
        return True
