"""The case lifecycle: the one transition table of the contracts (shared/contracts/routing.py), applied.

Anything not in the table is refused (409 at the caseworker API) and changes nothing."""

from __future__ import annotations

from collections.abc import Iterable

from shared.contracts.routing import FINAL, OPEN, STATES, TRANSITIONS

__all__ = [
    "FINAL",
    "OPEN",
    "STATES",
    "TRANSITIONS",
    "ForbiddenTransition",
    "allowed",
    "next_state",
    "state_after",
]


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
