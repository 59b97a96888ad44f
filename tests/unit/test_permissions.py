"""One allow-list per action: the desk's API and pages and the audit's API and pages all read it."""

from __future__ import annotations

import pytest

from services.routing.permissions import ALL_OFFICES, AUDIT, OVERRULE_CLAIM, ROLES, WORK_CASES, may


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("caseworker", {WORK_CASES}),
        ("lead", {WORK_CASES, OVERRULE_CLAIM}),
        ("auditor", {AUDIT, ALL_OFFICES}),
    ],
)
def test_each_role_may_take_only_the_actions_listed_for_it(role, allowed):
    actions = {WORK_CASES, OVERRULE_CLAIM, AUDIT, ALL_OFFICES}
    assert {action for action in actions if may(role, action)} == allowed


def test_a_role_or_an_action_the_table_does_not_name_may_nothing():
    assert "clerk" not in ROLES
    assert not any(may("clerk", action) for action in (WORK_CASES, OVERRULE_CLAIM, AUDIT, ALL_OFFICES))
    assert not any(may(role, "delete_cases") for role in ROLES)
