"""Routing rules as data: which office decides a case. No match goes to the clearing office, never nowhere."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

OFFICES_FILE = Path(__file__).with_name("offices.json")


@cache
def directory() -> dict[str, Any]:
    return json.loads(OFFICES_FILE.read_text(encoding="utf-8"))


def route(application: dict[str, Any]) -> dict[str, str]:
    """The CaseRouted payload for an ApplicationSubmitted payload."""
    data = directory()
    service_id = application["service_id"]
    rule = next((r for r in data["rules"] if r["service_id"] == service_id), None)
    office_id = rule["office"] if rule else data["fallback_office"]
    return {
        "service_id": service_id,
        "office_id": office_id,
        "office_name": data["offices"][office_id]["name"],
        "rule": rule["id"] if rule else "fallback",
    }
