"""Fee schedules: versioned data files with validity dates, never edited in place."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

SCHEDULE_DIR = Path(__file__).with_name("schedules")


@cache
def schedules() -> list[dict[str, Any]]:
    loaded = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(SCHEDULE_DIR.glob("*.json"))]
    return sorted(loaded, key=lambda schedule: schedule["valid_from"])


def in_force(on: date) -> dict[str, Any]:
    """The schedule valid on a day: the latest whose validity has begun and not ended."""
    for schedule in reversed(schedules()):
        starts = date.fromisoformat(schedule["valid_from"])
        ends = schedule.get("valid_until")
        if starts <= on and (ends is None or on <= date.fromisoformat(ends)):
            return schedule
    raise LookupError(f"no fee schedule is in force on {on.isoformat()}")
