"""The case lifecycle as one explicit state machine: every allowed transition in this one table.

Each transition is an event on `cases.routing`; anything not in the table is refused (409 at the caseworker
API) and changes nothing."""

from __future__ import annotations

from collections.abc import Iterable

FINAL = frozenset({"completed", "withdrawn"})
OPEN = ("submitted", "routed", "awaiting_payment", "in_progress", "information_requested")
STATES = (*OPEN, "approved", "rejected", *sorted(FINAL))

# event type: (the states it may happen in, the state it leads to)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "CaseRouted": (("submitted",), "routed"),
    "PaymentAwaited": (("routed",), "awaiting_payment"),  # the service's fee is due before work starts
    "PaymentConfirmed": (("awaiting_payment",), "routed"),
    "CaseClaimed": (("routed",), "in_progress"),
    "InformationRequested": (("in_progress",), "information_requested"),
    "InformationReceived": (("information_requested",), "in_progress"),
    "CaseApproved": (("in_progress",), "approved"),
    "CaseRejected": (("in_progress",), "rejected"),
    "CaseCompleted": (("approved", "rejected"), "completed"),
    "CaseWithdrawn": (OPEN, "withdrawn"),
}


class ForbiddenTransition(Exception):
    def __init__(self, state: str, event_type: str) -> None:
        super().__init__(f"{event_type} is not allowed while the case is {state}")
        self.state, self.event_type = state, event_type


def next_state(state: str, event_type: str) -> str:
    allowed_from, target = TRANSITIONS.get(event_type, ((), ""))
    if state not in allowed_from:
        raise ForbiddenTransition(state, event_type)
    return target


def allowed(state: str) -> list[str]:
    """What may happen next: the actions a caseworker's desk offers."""
    return [event_type for event_type, (sources, _) in TRANSITIONS.items() if state in sources]


def state_after(event_types: Iterable[str], start: str = "submitted") -> str:
    """Replays a case's lifecycle events; a forbidden one in the history raises."""
    state = start
    for event_type in event_types:
        state = next_state(state, event_type)
    return state
