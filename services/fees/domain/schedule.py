"""Fee schedules: versioned data files with validity dates, never edited in place."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from shared.kernel.envelope import TOWN_TIME

SCHEDULE_DIR = Path(__file__).resolve().parents[1] / "data" / "schedules"
# Validity dates in a German fee schedule are dates in Germany, not in UTC: see local_date.


def local_date(moment: datetime) -> date:
    return moment.astimezone(TOWN_TIME).date()


@cache
def schedules(directory: Path = SCHEDULE_DIR) -> tuple[dict[str, Any], ...]:
    loaded = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))]
    return tuple(sorted(loaded, key=lambda schedule: schedule["valid_from"]))


def in_force(on: date, candidates: tuple[dict[str, Any], ...] | None = None) -> dict[str, Any]:
    """The schedule valid on a day: the latest whose validity has begun and not ended."""
    for schedule in reversed(candidates if candidates is not None else schedules()):
        starts = date.fromisoformat(schedule["valid_from"])
        ends = schedule.get("valid_until")
        if starts <= on and (ends is None or on <= date.fromisoformat(ends)):
            return schedule
    raise LookupError(f"no fee schedule is in force on {on.isoformat()}")


def by_version(version: str) -> dict[str, Any]:
    """The schedule of an assessment, to recompute it years later."""
    for schedule in schedules():
        if schedule["version"] == version:
            return schedule
    raise LookupError(f"no fee schedule {version}")
