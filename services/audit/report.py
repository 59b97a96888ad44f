"""A period's report for the auditors' files: the cases submitted in it, their fees, payments and what is
still open, and the verification of their record. JSON, and HTML that prints well."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from sqlalchemy.engine import Engine

from services.audit import timeline
from services.audit.log import Message
from services.audit.verify import Verification, cases_in_period, verify
from services.fees.domain.schedule import SCHEDULE_DIR
from shared.contracts import FeesEvent, IntakeEvent
from shared.contracts.routing import STATE_AFTER
from shared.kernel.envelope import TOWN_TIME, Event, format_time, utc_now
from shared.kernel.money import euros, open_cents
from shared.web import SITE_TEMPLATES

# Its own templates, and the site's (the charts) from shared/web
TEMPLATES = Environment(
    loader=ChoiceLoader(
        [FileSystemLoader(Path(__file__).with_name("templates")), FileSystemLoader(SITE_TEMPLATES)]
    ),
    autoescape=select_autoescape(["html"]),
)


TEMPLATES.filters["euros"] = partial(euros, grouped=True)  # 1.234,50 EUR
# `tojson` writes umlauts as they are (a disclosure quotes names)
TEMPLATES.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": True}


def for_period(
    messages: list[Message],
    stores: dict[str, Engine],
    start: date | None,
    end: date | None,
    schedule_dir: Path = SCHEDULE_DIR,
    show_progress: bool = False,
) -> dict[str, Any]:
    """Verifies the period's cases and reports on them."""
    result = verify(messages, stores, schedule_dir, start, end, show_progress=show_progress)
    scope = cases_in_period([m.event for m in messages if m.event], start, end)
    return build(
        timeline.readable([m.event for m in messages if m.event and m.event.case_id in scope]),
        result,
        start,
        end,
    )


def build(
    events: list[Event], verification: Verification, start: date | None, end: date | None
) -> dict[str, Any]:
    """`events`: the period's cases' events as the newest schemas read them."""
    cases: dict[str, dict[str, Any]] = {}
    for event in sorted(events, key=lambda e: (e.occurred_at, e.producer, e.stream_version)):
        case = cases.setdefault(event.case_id, _empty_case(event.case_id))
        p = event.payload
        if event.event_type == IntakeEvent.APPLICATION_SUBMITTED:
            case.update(
                service_id=p["service_id"],
                service_name=p["service_name"],
                submitted_at=format_time(event.occurred_at),
            )
        elif event.event_type in STATE_AFTER:
            case["state"] = STATE_AFTER[event.event_type]
        elif event.event_type == FeesEvent.FEE_ASSESSED:
            case["assessed_cents"] += p["total_cents"]
        elif event.event_type == FeesEvent.PAYMENT_REQUESTED:
            case["kassenzeichen"] = p["kassenzeichen"]
        elif event.event_type == FeesEvent.PAYMENT_RECEIVED:
            case["paid_cents"] += p["applied_cents"]
            case["overpaid_cents"] += p["excess_cents"]
        elif event.event_type == FeesEvent.FEE_WAIVED:
            case["waived_cents"] += p["amount_cents"]
        elif event.event_type == FeesEvent.FEE_REFUNDED:
            case["refunded_cents"] += p["amount_cents"]
    for case in cases.values():
        case["open_cents"] = open_cents(
            case["assessed_cents"], case["waived_cents"], case["paid_cents"], case["refunded_cents"]
        )
    by_service: dict[str, dict[str, int]] = defaultdict(Counter)  # type: ignore[arg-type]
    for case in cases.values():
        row = by_service[case["service_name"] or case["service_id"] or "?"]
        row["cases"] += 1
        for key in ("assessed_cents", "paid_cents", "waived_cents", "refunded_cents", "open_cents"):
            row[key] += case[key]
    totals = Counter()
    for row in by_service.values():
        totals.update(row)
    return {
        "title": "Prüfbericht Online-Dienste Stadt Oschersleben (Bode)",
        "period": {"from": start.isoformat() if start else None, "to": end.isoformat() if end else None},
        "made_at": format_time(utc_now()),
        "cases": len(cases),
        "states": dict(sorted(Counter(case["state"] for case in cases.values()).items())),
        "by_service": {name: dict(row) for name, row in sorted(by_service.items())},
        "per_day": _per_day(cases.values()),
        "totals": dict(totals),
        "open_receivables": sorted(
            (
                {k: case[k] for k in ("kassenzeichen", "case_id", "service_name", "open_cents")}
                for case in cases.values()
                if case["open_cents"] > 0
            ),
            key=lambda row: row["kassenzeichen"] or "",
        ),
        "verification": verification.as_dict(),
    }


def _empty_case(case_id: str) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "service_id": None,
        "service_name": None,
        "submitted_at": None,
        "state": "submitted",
        "kassenzeichen": None,
        **dict.fromkeys(
            ("assessed_cents", "paid_cents", "overpaid_cents", "waived_cents", "refunded_cents"), 0
        ),
    }


def _per_day(cases: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Applications and fees assessed per day of the town (every day from the first to the last, none left
    out, so a chart's time runs evenly)."""
    count: Counter[date] = Counter()
    assessed: Counter[date] = Counter()
    for case in cases:
        if case["submitted_at"]:
            day = datetime.fromisoformat(case["submitted_at"]).astimezone(TOWN_TIME).date()
            count[day] += 1
            assessed[day] += case["assessed_cents"]
    if not count:
        return []
    first, last = min(count), max(count)
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [{"day": d.isoformat(), "cases": count[d], "assessed_cents": assessed[d]} for d in days]


def as_html(report: dict[str, Any]) -> str:
    money = partial(euros, grouped=True)
    charts = {
        "cases_per_day": [
            {"label": d["day"], "value": d["cases"], "text": str(d["cases"])} for d in report["per_day"]
        ],
        "fees_per_day": [
            {"label": d["day"], "value": d["assessed_cents"], "text": money(d["assessed_cents"])}
            for d in report["per_day"]
        ],
        "cases_per_service": [
            {"label": name, "value": row["cases"], "text": str(row["cases"])}
            for name, row in report["by_service"].items()
        ],
        "fees_per_service": [
            {"label": name, "value": row["assessed_cents"], "text": money(row["assessed_cents"])}
            for name, row in report["by_service"].items()
        ],
    }
    return TEMPLATES.get_template("report.html").render(report=report, charts=charts)
