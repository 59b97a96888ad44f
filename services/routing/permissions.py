"""Who may do what: one allow-list per action, by the staff member's role. The desk's API and pages, the
audit's API and pages and `rathaus staff` all ask here, so a new role gets what this table gives it."""

from __future__ import annotations

ROLES = ("caseworker", "lead", "auditor")

# The desk: list an office's cases, read one (logged), take a lifecycle step, waive or reduce a fee.
WORK_CASES = "work_cases"
# Act on a case another caseworker of the office has claimed.
OVERRULE_CLAIM = "overrule_claim"
# The audit view and its API: read and replay every case, change none.
AUDIT = "audit"
# Bound to no office: sees every office's cases (read-only, through the audit view).
ALL_OFFICES = "all_offices"
# Answer a person's request for access (Art. 15 DSGVO): everything held about the applicant of a case (a
# lead, for the cases of their office) or about anyone (an auditor), through the audit view
DISCLOSE = "disclose"

ALLOWED: dict[str, frozenset[str]] = {
    WORK_CASES: frozenset({"caseworker", "lead"}),
    OVERRULE_CLAIM: frozenset({"lead"}),
    AUDIT: frozenset({"auditor"}),
    ALL_OFFICES: frozenset({"auditor"}),
    DISCLOSE: frozenset({"lead", "auditor"}),
}


def may(role: str, action: str) -> bool:
    """Whether the role may take the action; an action or a role the table does not name may do nothing."""
    return role in ALLOWED.get(action, frozenset())
