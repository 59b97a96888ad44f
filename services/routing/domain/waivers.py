"""A waiver of the whole fee waits for a second person of the office (decision 0019). Which proposal is
waiting follows from the case's routing history alone: the desk asks before it acts, the audit asks of every
waiver granted."""

from __future__ import annotations

from collections.abc import Iterable

from shared.contracts.routing import RoutingEvent
from shared.kernel.envelope import Event


def waiting_proposal(history: Iterable[Event]) -> Event | None:
    """The proposed waiver that no one has approved or declined yet, if any."""
    waiting = None
    for event in history:
        if event.event_type == RoutingEvent.FEE_WAIVER_PROPOSED:
            waiting = event
        elif event.event_type == RoutingEvent.FEE_WAIVER_DECLINED or is_waiver_granted(event):
            waiting = None
    return waiting


def is_waiver_granted(event: Event) -> bool:
    return event.event_type == RoutingEvent.FEE_REDUCTION_GRANTED and event.payload["kind"] == "waiver"
