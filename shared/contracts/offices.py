"""The town's offices and which office handles which service (offices.json): routing routes cases by its
rules, intake names each service's office in its catalogue, so the two cannot disagree."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

OFFICES_FILE = Path(__file__).with_name("offices.json")


@cache
def directory() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(OFFICES_FILE.read_text(encoding="utf-8"))
    return loaded


def office_of(service_id: str) -> str:
    """The office that handles a service: where to go for one that needs a visit, else the office of its
    first rule, else the clearing office (as routing would route it)."""
    data = directory()
    if service_id in data["in_person"]:
        return str(data["in_person"][service_id])
    first = next((rule for rule in data["rules"] if rule["service_id"] == service_id), data["fallback"])
    return str(first["office"])
