"""A town service the catalogue offers needs its assistant, its fee rule (with a revenue account when it
costs money) and its office rule; the platform refuses to start while a part is missing, and says which."""

from __future__ import annotations

import pytest

from services import registry
from services.fees.domain.booking import chart
from shared.contracts.offices import directory


def test_the_seed_town_has_every_part_for_every_online_service():
    assert registry.town_service_gaps() == []


def test_a_new_service_in_the_catalogue_alone_is_named_by_each_service_that_lacks_its_part():
    assert registry.town_service_gaps(offered=["sperrmuell"]) == [
        "intake: no assistant (form schema) for sperrmuell",
        "fees: the schedule in force (oschersleben-2024-01-01) has no fee rule for sperrmuell",
        "routing: no office rule for sperrmuell in offices.json (its cases would go to clearing)",
    ]


def test_a_fee_without_a_revenue_account_is_named_before_a_booking_fails(monkeypatch):
    monkeypatch.delitem(chart()["revenue_by_product"], "meldebescheinigung")
    assert registry.town_service_gaps() == [
        "fees: accounts.json names no revenue account for meldebescheinigung"
    ]


def test_the_platform_refuses_to_start_while_a_part_is_missing_naming_it(monkeypatch):
    registry.refuse_gaps()  # the seed town starts
    rules = [rule for rule in directory()["rules"] if rule["service_id"] != "gewerbeanmeldung"]
    monkeypatch.setitem(directory(), "rules", rules)
    with pytest.raises(
        SystemExit, match="cannot start; missing:\n- routing: no office rule for gewerbeanmeldung"
    ):
        registry.refuse_gaps()
