"""One complete, valid form per online service (data/assistant_examples.json): what the demo sends and the
tests start from."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

EXAMPLES_FILE = Path(__file__).resolve().parents[2] / "data" / "assistant_examples.json"


@cache
def _examples() -> dict[str, dict[str, Any]]:
    return json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))["forms"]


def example_forms() -> dict[str, dict[str, Any]]:
    """A deep copy, so a caller may change anything in it."""
    return copy.deepcopy(_examples())
