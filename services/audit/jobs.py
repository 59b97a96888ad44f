"""`verify` on every core: the cases split into as many ranges of ids as there are jobs, each job a process
of its own that reads the whole log but decodes only its range's messages (picked by their keys, which are
the case ids), and checks them against the stores' rows of the same range. Every check is about one case,
so the jobs together find what one process finds alone; each keeps `verify`'s bound on what it holds.

A process, not a thread: reading and replaying are Python, and Python runs one thread at a time."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from services.audit import log
from services.audit.case_ranges import CaseRange, even_ranges
from services.audit.findings import Verification
from services.audit.log import Message
from services.audit.verify import SLICE, verify
from services.fees.domain.schedule import SCHEDULE_DIR
from shared.kernel.db import make_engine
from shared.kernel.progress import progress

# How often a job tells the bars how far it is: a shared counter's lock costs a few microseconds
TELL_EVERY = 1_000


def cores() -> int:
    """The cores this process may run on: one job each, by default."""
    return len(os.sched_getaffinity(0))


def verify_in_jobs(
    store_urls: dict[str, str],
    jobs: int,
    bootstrap: str | None = None,
    schedule_dir: Path = SCHEDULE_DIR,
    start: date | None = None,
    end: date | None = None,
    slice_size: int = SLICE,
    show_progress: bool = False,
) -> Verification:
    """`verify` of the whole log against the stores at `store_urls` (each opened read-only), in `jobs`
    processes; one job runs in this process."""
    if jobs == 1:
        with _opened(store_urls) as stores:
            messages = log.read_all(bootstrap, show_progress=show_progress, check_payloads=False)
            return verify(messages, stores, schedule_dir, start, end, slice_size, show_progress)
    total = log.length(bootstrap)
    # spawned, not forked: the caller may hold connections and threads a copy of it must not share
    context = multiprocessing.get_context("spawn")
    read, checked = context.Value("q", 0), context.Value("q", 0)
    result = Verification()
    with (
        ProcessPoolExecutor(jobs, mp_context=context, initializer=_share, initargs=(read, checked)) as pool,
        progress("reading the log", total, wanted=show_progress, line=0) as reading,
        progress("verifying", total, wanted=show_progress, line=1) as verifying,
    ):
        running = {
            pool.submit(_job, cases, bootstrap, store_urls, schedule_dir, start, end, slice_size)
            for cases in even_ranges(jobs)
        }
        done: set[Any] = set()
        while running:
            finished, running = wait(running, timeout=0.5, return_when=FIRST_EXCEPTION)
            done |= finished
            reading.update(read.value - reading.n)
            verifying.update(checked.value - verifying.n)
            for job in finished:
                if job.exception() is not None:
                    for other in running:
                        other.cancel()
                    raise job.exception()  # type: ignore[misc]
        for job in done:
            result.add(job.result())
    result.findings.sort(key=lambda f: (f.case_id, f.check))
    return result


# --- in each job's process ---

_told: tuple[Any, Any] | None = None  # the counters of messages read and checked, shared by every job


def _share(read: Any, checked: Any) -> None:
    global _told
    _told = (read, checked)


def _job(
    cases: CaseRange,
    bootstrap: str | None,
    store_urls: dict[str, str],
    schedule_dir: Path,
    start: date | None,
    end: date | None,
    slice_size: int,
) -> Verification:
    assert _told is not None, "a job runs in a pool made by verify_in_jobs"
    read, checked = _told
    with _opened(store_urls) as stores:
        messages = _counted(log.read_all(bootstrap, check_payloads=False, cases=cases), read)
        return verify(
            messages,
            stores,
            schedule_dir,
            start,
            end,
            slice_size,
            cases=cases,
            checked=lambda count: _tell(checked, count),
        )


@contextmanager
def _opened(store_urls: dict[str, str]) -> Iterator[dict[str, Engine]]:
    """The stores, read-only, for as long as the block runs."""
    stores = {name: make_engine(url, read_only=True) for name, url in store_urls.items()}
    try:
        yield stores
    finally:
        for engine in stores.values():
            engine.dispose()


def _counted(messages: Iterable[Message], counter: Any) -> Iterator[Message]:
    count = 0
    for message in messages:
        yield message
        count += 1
        if count == TELL_EVERY:
            _tell(counter, count)
            count = 0
    _tell(counter, count)


def _tell(counter: Any, count: int) -> None:
    with counter.get_lock():
        counter.value += count
