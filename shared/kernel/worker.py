"""A service's worker process: its outbox relay, its consumer and any other loops, until SIGTERM."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Collection
from functools import partial
from typing import Any

from sqlalchemy.engine import Engine

from shared.kernel.consumer import BatchHandler, ConsumerRunner
from shared.kernel.db import ServiceDatabase
from shared.kernel.logs import configure_logging
from shared.kernel.metrics import forget_dead_processes
from shared.kernel.outbox import OutboxRelay

log = logging.getLogger(__name__)

Loop = Callable[[threading.Event], None]


def run_worker(
    database: ServiceDatabase,
    topics: list[str],
    handle: BatchHandler,
    consumes: Collection[str],
    extra_loops: tuple[Callable[[Engine, threading.Event], None], ...] = (),
) -> None:
    """The whole life of a worker process; `extra_loops` get the engine and the stop signal."""
    service = database.service
    configure_logging(service)
    forget_dead_processes()
    database.setup()
    engine = database.engine
    stop = threading.Event()

    def request_stop(signum: int, _frame: Any) -> None:
        log.info("%s worker stops on signal %s", service, signum)
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    relay = OutboxRelay(engine, service=service)
    loops: list[Loop] = [relay.run, *(partial(loop, engine) for loop in extra_loops)]
    threads = [
        threading.Thread(target=_guarded(loop, stop), name=f"{service}-{i}") for i, loop in enumerate(loops)
    ]
    for thread in threads:
        thread.start()
    log.info("%s worker consumes %s", service, ", ".join(topics))
    _guarded(ConsumerRunner(service, engine, topics, handle, consumes).run, stop)()
    for thread in threads:
        thread.join()
    log.info("%s worker stopped", service)


def _guarded(loop: Loop, stop: threading.Event) -> Callable[[], None]:
    """A loop that dies takes the worker down with it, so a supervisor sees the failure."""

    def run() -> None:
        try:
            loop(stop)
        except Exception:
            log.exception("a worker loop failed; stopping the worker")
            stop.set()
            raise

    return run
