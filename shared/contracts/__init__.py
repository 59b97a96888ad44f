"""The event contracts: every event type with its payload schema, one module per producing service (importing
this package registers them all), and who produces each type."""

from enum import StrEnum

from shared.contracts import fees, intake, notifications, routing
from shared.contracts.fees import FeesEvent
from shared.contracts.intake import IntakeEvent
from shared.contracts.notifications import NotificationsEvent
from shared.contracts.routing import RoutingEvent
from shared.kernel.events import assign_producers

# The producer of each event type: its topic is `cases.<producer>`.
PRODUCERS: dict[str, type[StrEnum]] = {
    "intake": IntakeEvent,
    "fees": FeesEvent,
    "routing": RoutingEvent,
    "notifications": NotificationsEvent,
}
_PRODUCER_OF: dict[str, str] = {
    event_type: producer for producer, types in PRODUCERS.items() for event_type in types
}


assign_producers(_PRODUCER_OF)


def producer_of(event_type: str) -> str:
    """The service that writes events of this type (KeyError for a type no contract names)."""
    return _PRODUCER_OF[event_type]


def event_types(producer: str) -> tuple[str, ...]:
    return tuple(PRODUCERS[producer])


__all__ = [
    "PRODUCERS",
    "FeesEvent",
    "IntakeEvent",
    "NotificationsEvent",
    "RoutingEvent",
    "event_types",
    "fees",
    "intake",
    "notifications",
    "producer_of",
    "routing",
]
