"""The service catalogue, read from catalogue.json (data, so another town can bring its own)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

CATALOGUE_FILE = Path(__file__).with_name("catalogue.json")


@cache
def services() -> dict[str, dict[str, Any]]:
    data = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    return {service["id"]: service for service in data["services"]}


def find(service_id: str) -> dict[str, Any] | None:
    return services().get(service_id)
