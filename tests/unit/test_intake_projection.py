"""The citizen's view comes out the same whatever order the four topics deliver their events in."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from services.intake import projection
from services.intake.tables import metadata
from shared.kernel.db import make_engine
from shared.kernel.envelope import GENESIS_HASH, Event, new_id
from shared.kernel.tables import create_store_tables

CASE = new_id()
START = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def event(producer: str, event_type: str, minutes: int, payload: dict) -> Event:
    return Event(
        event_id=new_id(),
        event_type=event_type,
        schema_version=1,
        case_id=CASE,
        stream_version=1,
        occurred_at=START + timedelta(minutes=minutes),
        producer=producer,
        correlation_id=CASE,
        causation_id=CASE,
        payload=payload,
        prev_hash=GENESIS_HASH,
        hash=GENESIS_HASH,
    )


EVENTS = [
    event(
        "intake",
        "ApplicationSubmitted",
        0,
        {"service_id": "geburtsurkunde", "service_name": "Geburtsurkunde"},
    ),
    event("fees", "FeeAssessed", 1, {"total_cents": 2000, "schedule_version": "v1"}),
    event("routing", "CaseRouted", 1, {"office_id": "standesamt", "office_name": "Standesamt"}),
    event(
        "notifications",
        "NotificationSent",
        2,
        {"template": "receipt", "channel": "email", "description": "Eingangsbestätigung"},
    ),
]


def view_after(order: tuple[Event, ...], tmp_path, number: int) -> tuple[dict, list]:
    engine = make_engine(f"sqlite:///{tmp_path / f'order-{number}.db'}")
    create_store_tables(engine, metadata)
    with engine.begin() as conn:
        for each in order:
            projection.apply(conn, each)
        projection.apply(conn, order[0])  # a redelivery changes nothing
        row = projection.status_row(conn, CASE)
        timeline = projection.case_timeline(conn, CASE)
    engine.dispose()
    row.pop("updated_at")
    return row, timeline


def test_every_delivery_order_gives_the_same_view(tmp_path):
    views = [view_after(order, tmp_path, n) for n, order in enumerate(itertools.permutations(EVENTS))]
    first_row, first_timeline = views[0]
    assert all(view == views[0] for view in views)
    assert projection.state(first_row) == "routed"
    assert projection.payment_state(first_row) == "open"
    assert [entry["event"] for entry in first_timeline][0] == "ApplicationSubmitted"
    assert [entry["text"] for entry in first_timeline][-1] == "E-Mail gesendet: Eingangsbestätigung"
    assert "Gebühr festgesetzt: 20,00 EUR" in [entry["text"] for entry in first_timeline]
