"""What a verification found: the counts of what it checked, and each difference with the case and the first
event where the records part."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Finding:
    check: str
    case_id: str
    event_id: str | None
    detail: str


@dataclass
class Verification:
    cases: int = 0
    events: int = 0
    unreadable_messages: int = 0
    pending_in_outboxes: int = 0
    fees_recomputed: int = 0
    # Fees of cases whose personal data (the form among it) was erased: checked against their own lines only
    fees_of_erased_cases: int = 0
    rows_compared: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def found(self, check: str, case_id: str, event_id: str | None, detail: str) -> None:
        self.findings.append(Finding(check, case_id, event_id, detail))

    def add(self, other: Verification) -> None:
        """What `other` checked and found (of other cases) counted in with this."""
        for counted in fields(self):
            if counted.name != "findings":
                setattr(self, counted.name, getattr(self, counted.name) + getattr(other, counted.name))
        self.findings += other.findings

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok}
