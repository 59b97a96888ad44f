"""The case lifecycle: every allowed transition, and forbidden ones refused."""

from __future__ import annotations

import itertools

import pytest

from services.routing.domain.lifecycle import (
    FINAL,
    TRANSITIONS,
    ForbiddenTransition,
    allowed,
    next_state,
    state_after,
)
from shared.contracts.routing import STATE_AFTER

STATES = sorted({target for _, target in TRANSITIONS.values()} | {"submitted"})
ALLOWED = [
    (source, event_type, target)
    for event_type, (sources, target) in TRANSITIONS.items()
    for source in sources
]


@pytest.mark.parametrize(("source", "event_type", "target"), ALLOWED)
def test_every_allowed_transition(source, event_type, target):
    assert next_state(source, event_type) == target
    assert event_type in allowed(source)


FORBIDDEN = [
    (state, event_type)
    for state, event_type in itertools.product(STATES, TRANSITIONS)
    if state not in TRANSITIONS[event_type][0]
]


@pytest.mark.parametrize(("state", "event_type"), FORBIDDEN)
def test_every_other_transition_is_refused(state, event_type):
    with pytest.raises(ForbiddenTransition):
        next_state(state, event_type)


def test_final_states_allow_nothing_and_unknown_events_are_refused():
    assert all(allowed(state) == [] for state in FINAL)
    with pytest.raises(ForbiddenTransition):
        next_state("routed", "CaseTeleported")


def test_a_whole_life():
    life = [
        "CaseRouted",
        "PaymentAwaited",
        "PaymentConfirmed",
        "CaseClaimed",
        "InformationRequested",
        "InformationReceived",
        "CaseApproved",
        "CaseCompleted",
    ]
    assert state_after(life) == "completed"
    assert state_after(["CaseRouted", "CaseClaimed", "CaseWithdrawn"]) == "withdrawn"
    with pytest.raises(ForbiddenTransition):
        state_after(["CaseRouted", "CaseApproved"])  # nobody has claimed it


def test_every_lifecycle_event_tells_other_services_the_state_it_leads_to():
    # intake (the citizen's status) and notifications (vendors' callbacks) read STATE_AFTER, not this table
    assert {event_type: target for event_type, (_, target) in TRANSITIONS.items()} == STATE_AFTER
