"""Routing rules as data: which office decides a case. No match goes to the clearing office, never nowhere."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.routing.domain.deadlines import after_working_days, due_on
from shared.contracts.offices import directory


def rule_for(application: dict[str, Any]) -> dict[str, Any]:
    """The first rule for the application's service whose conditions on the application hold."""
    data = directory()
    return next((rule for rule in data["rules"] if _applies(rule, application)), data["fallback"])


def _applies(rule: dict[str, Any], application: dict[str, Any]) -> bool:
    if rule["service_id"] != application["service_id"]:
        return False
    for path, accepted in rule.get("when", {}).items():
        value: Any = application
        for key in path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if str(value).strip().casefold() not in {a.casefold() for a in accepted}:
            return False
    return True


def route(application: dict[str, Any], submitted_at: datetime) -> dict[str, Any]:
    """The CaseRouted payload for an ApplicationSubmitted payload and the time it was submitted."""
    data = directory()
    service_id = application["service_id"]
    rule = rule_for(application)
    office_id = rule["office"]
    office = data["offices"][office_id]
    return {
        "service_id": service_id,
        "service_name": application["service_name"],
        "office_id": office_id,
        "office_name": office["name"],
        "office": {key: office[key] for key in ("name", "address", "email", "phone")},
        "rule": rule["id"],
        "forwards_to": data["forwarding"][rule["forwards_to"]]["name"] if "forwards_to" in rule else None,
        # The catalogue's policy travels with the application: a fee paid with the application is awaited
        # before the office starts work.
        "payment_first": application["payment_policy"] == "before_submission",
        "due_on": due_on(submitted_at, rule["due_working_days"]).isoformat(),
        "remind_at": remind_at(submitted_at).isoformat(),
    }


def remind_at(start: datetime) -> datetime:
    """When the office is reminded of a case that nobody has claimed since `start`."""
    return after_working_days(start, directory()["reminder_after_working_days"])
