"""A case's events as an auditor reads them (in causal order, `shared.kernel.causal`): opened, summed up in a
line each, as text."""

from __future__ import annotations

import json

from services.audit.log import AUDIT_USER
from shared.kernel import case_keys
from shared.kernel.envelope import Event, format_time

# Payload facts worth a glance in a one-line summary, in this order.
FACTS = (
    "service_id",
    "office_id",
    "total_cents",
    "amount_cents",
    "kassenzeichen",
    "outcome",
    "kind",
    "caseworker_id",
    "reason",
    "message",
    "template",
    "channel",
    "recipient",
    "withdrawn_by",
)


def readable(events: list[Event]) -> list[Event]:
    """As an auditor reads them: their personal fields opened (None where they were erased), upcast."""
    return case_keys.readable(AUDIT_USER, events, lost_as_erased=True)


def summary(event: Event) -> str:
    facts = [f"{key}={event.payload[key]}" for key in FACTS if event.payload.get(key) not in (None, "")]
    return ", ".join(facts)


def as_text(case_id: str, events: list[Event]) -> str:
    lines = [f"Vorgang {case_id}: {len(events)} Ereignisse"]
    for number, event in enumerate(readable(events), 1):
        lines.append(
            f"{number:>3}  {format_time(event.occurred_at)[:23]}Z  {event.producer:<13} "
            f"{event.event_type:<22} #{event.stream_version:<3} {summary(event)}"
        )
    return "\n".join(lines)


def as_json(case_id: str, events: list[Event]) -> str:
    return json.dumps(
        {"case_id": case_id, "events": [event.to_dict() for event in readable(events)]},
        ensure_ascii=False,
        indent=2,
    )
