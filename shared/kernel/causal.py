"""Events in causal order: a cause before what it caused, a stream's events in their order, and otherwise by
time. The order an auditor reads a case in, and the one a projection fed by several services' topics is
replayed in (the same as its worker took them, for what the projection keeps)."""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from typing import Any

from shared.kernel.envelope import Event


def unique(events: Iterable[Event]) -> list[Event]:
    """One of each event id (a relay may have published an event twice)."""
    seen: dict[str, Event] = {}
    for event in events:
        seen.setdefault(event.event_id, event)
    return list(seen.values())


def causal_order(events: Iterable[Event]) -> list[Event]:
    """Topological order over two kinds of edge: cause → effect, and a stream's version n → n + 1. Ties, and
    causes outside the set, go by time, then producer and version."""
    events = unique(events)
    by_id = {event.event_id: event for event in events}
    streams: dict[tuple[str, str], list[Event]] = {}
    for event in events:
        streams.setdefault((event.producer, event.case_id), []).append(event)
    after: dict[str, list[str]] = {event.event_id: [] for event in events}
    waiting = {event.event_id: 0 for event in events}

    def edge(first: Event, then: Event) -> None:
        after[first.event_id].append(then.event_id)
        waiting[then.event_id] += 1

    for event in events:
        cause = by_id.get(event.causation_id)
        if cause is not None and cause is not event:
            edge(cause, event)
    for stream in streams.values():
        stream.sort(key=lambda e: e.stream_version)
        for first, then in zip(stream, stream[1:], strict=False):
            edge(first, then)

    def rank(event: Event) -> tuple[Any, ...]:
        return (event.occurred_at, event.producer, event.stream_version, event.event_id)

    ready = [(rank(e), e.event_id) for e in events if waiting[e.event_id] == 0]
    heapq.heapify(ready)
    ordered = []
    while ready:
        _, event_id = heapq.heappop(ready)
        ordered.append(by_id[event_id])
        for next_id in after[event_id]:
            waiting[next_id] -= 1
            if waiting[next_id] == 0:
                heapq.heappush(ready, (rank(by_id[next_id]), next_id))
    if len(ordered) != len(events):  # a cycle can only come from a forged log; show the rest by time
        ordered += sorted((e for e in events if e not in ordered), key=rank)
    return ordered
