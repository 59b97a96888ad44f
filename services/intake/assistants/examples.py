"""One complete, valid form per online service (examples.json): what the demo sends, the tests start from."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any


@cache
def _examples() -> dict[str, dict[str, Any]]:
    return json.loads(Path(__file__).with_name("examples.json").read_text(encoding="utf-8"))["forms"]


def example_forms() -> dict[str, dict[str, Any]]:
    """A deep copy, so a caller may change anything in it."""
    return copy.deepcopy(_examples())
