"""A fee as a pure function of the application and the schedule in force when it was submitted."""

from __future__ import annotations

from typing import Any


def assess(application: dict[str, Any], schedule: dict[str, Any]) -> dict[str, Any]:
    """The FeeAssessed payload for an ApplicationSubmitted payload."""
    service_id = application["service_id"]
    rule = schedule["services"].get(service_id)
    if rule is None:
        raise LookupError(f"schedule {schedule['version']} has no fee rule for {service_id}")
    copies = max(int(application.get("form", {}).get("copies", 1)), 1)
    items = [_item(rule, rule["description"], 1, rule["unit_cents"])]
    if copies > 1:
        further_cents = rule.get("further_copy_cents", rule["unit_cents"] if rule.get("per_copy") else 0)
        items.append(_item(rule, f"{rule['description']}, weitere Ausfertigung", copies - 1, further_cents))
    return {
        "service_id": service_id,
        "schedule_version": schedule["version"],
        "line_items": items,
        "total_cents": sum(item["amount_cents"] for item in items),
        "currency": "EUR",
    }


def _item(rule: dict[str, Any], description: str, quantity: int, unit_cents: int) -> dict[str, Any]:
    return {
        "code": rule["code"],
        "description": description,
        "quantity": quantity,
        "unit_cents": unit_cents,
        "amount_cents": quantity * unit_cents,
        "legal_source": rule["legal_source"],
    }
