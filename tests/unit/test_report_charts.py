"""The audit report's figures per day and its charts, from events alone (no server)."""

from __future__ import annotations

from datetime import UTC, datetime

from services.audit import report
from services.audit.findings import Verification
from shared.contracts import FeesEvent, IntakeEvent
from tests.helpers import recorded, submitted_payload


def _applied(at: datetime, cents: int) -> list:
    submitted = recorded(
        "intake", IntakeEvent.APPLICATION_SUBMITTED, submitted_payload("geburtsurkunde"), at=at
    )
    fee = {
        "service_id": "geburtsurkunde",
        "schedule_version": "test",
        "line_items": [],
        "total_cents": cents,
        "currency": "EUR",
    }
    return [submitted, recorded("fees", FeesEvent.FEE_ASSESSED, fee, cause=submitted, at=at)]


def test_every_day_from_the_first_to_the_last_application_is_counted_in_town_time():
    events = [
        # 23:30 UTC on 1 December is already 2 December in the town (CET)
        *_applied(datetime(2026, 12, 1, 23, 30, tzinfo=UTC), 1000),
        *_applied(datetime(2026, 12, 4, 9, 0, tzinfo=UTC), 1200),
        *_applied(datetime(2026, 12, 4, 10, 0, tzinfo=UTC), 800),
    ]
    made = report.build(events, Verification(), None, None)
    assert made["per_day"] == [
        {"day": "2026-12-02", "cases": 1, "assessed_cents": 1000},
        {"day": "2026-12-03", "cases": 0, "assessed_cents": 0},
        {"day": "2026-12-04", "cases": 2, "assessed_cents": 2000},
    ]
    html = report.as_html(made)
    assert "Anträge je Tag: 2026-12-02 1; 2026-12-03 0; 2026-12-04 2</title>" in html
    assert "Festgesetzte Gebühren je Tag: 2026-12-02 10,00 EUR;" in html
    assert '<figure class="chart" id="fees-per-service">' in html and "30,00 EUR</title>" in html
    assert "<script" not in html and "style=" not in html  # the pages' policy allows neither


def test_a_period_without_applications_draws_empty_charts():
    made = report.build([], Verification(), None, None)
    assert made["per_day"] == []
    assert 'id="cases-per-day"' in report.as_html(made)
