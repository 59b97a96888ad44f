"""Ranges of case ids, by the leading hex digits of their UUIDs: the unit `verify` splits its work by, into
slices of a bounded size (services/audit/slices.py) and into jobs on several cores (services/audit/jobs.py).
Case ids are random UUIDs (version 4), so ranges of equal width hold about as many cases each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

HEX_DIGITS = 16


@dataclass(frozen=True)
class CaseRange:
    """The case ids from `first` (included) up to `end` (excluded); None: no bound on that side."""

    first: str | None = None
    end: str | None = None

    def where(self, case_id: Any) -> Any:
        """The condition on a case id column."""
        bounds = []
        if self.first is not None:
            bounds.append(case_id >= self.first)
        if self.end is not None:
            bounds.append(case_id < self.end)
        return sa.and_(sa.true(), *bounds)

    def holds(self, case_id: str) -> bool:
        """The same condition on one id, as the database compares the column (text, byte by byte)."""
        return (self.first is None or case_id >= self.first) and (self.end is None or case_id < self.end)

    def within(self, outer: CaseRange) -> CaseRange | None:
        """The part of this range that lies in `outer`, or None where they do not meet."""
        first = max((b for b in (self.first, outer.first) if b is not None), default=None)
        end = min((b for b in (self.end, outer.end) if b is not None), default=None)
        if first is not None and end is not None and first >= end:
            return None
        return CaseRange(first, end)


EVERY_CASE = CaseRange()


def ranges(digits: int) -> list[CaseRange]:
    """16**digits ranges by the case id's first hex digits, together covering every id (the first has no
    lower bound and the last no upper one, so nothing falls between them)."""
    return even_ranges(HEX_DIGITS**digits, digits)


def even_ranges(count: int, digits: int = 8) -> list[CaseRange]:
    """`count` ranges of (nearly) equal width, bounded at `digits` leading hex digits, together covering
    every id."""
    width = HEX_DIGITS**digits
    bounds = [format(width * n // count, f"0{digits}x") for n in range(1, count)]
    return [CaseRange(first, end) for first, end in zip([None, *bounds], [*bounds, None], strict=True)]
