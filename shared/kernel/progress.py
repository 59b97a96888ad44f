"""A progress bar for long work on a terminal (done, per second, time left), and none when the output is not a
terminal (a pipe, a log, CI)."""

from __future__ import annotations

from typing import Any

from tqdm import tqdm  # type: ignore[import-untyped]


def progress(
    what: str, total: int | None, wanted: bool = True, unit: str = "events", line: int | None = None
) -> Any:
    """Use as `with progress(...) as bar: bar.update(n)`; `wanted=False` for callers other than a person;
    `line`: which of several bars drawn at once this is (0 the top one)."""
    # disable=None: tqdm itself draws only when its output (standard error) is a terminal
    disable = None if wanted else True
    return tqdm(
        total=total,
        desc=what,
        unit=f" {unit}",
        unit_scale=True,
        disable=disable,
        mininterval=0.5,
        position=line,
    )
