"""Which office decides a case, and its deadline in working days: routing's rules as data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.intake.domain import catalogue
from services.routing.domain.rules import route
from tests.helpers import submitted_payload

# The offices that decide each online service (domain.md); the clearing office takes anything else.
OFFICE_OF = {
    "fuehrungszeugnis": "buergerbuero",
    "meldebescheinigung": "buergerbuero",
    "nebenwohnung": "buergerbuero",
    "geburtsurkunde": "standesamt",
    "eheurkunde": "standesamt",
    "gewerbeanmeldung": "gewerbeamt",
    "hundeanmeldung": "steuerabteilung",
    "hundeabmeldung": "steuerabteilung",
}


@pytest.mark.parametrize("service_id", sorted(OFFICE_OF))
def test_every_online_service_is_routed_to_the_office_that_decides_it(service_id):
    routed = route(submitted_payload(service_id), datetime(2026, 11, 26, 9, tzinfo=UTC))
    assert (
        routed["office_id"]
        == OFFICE_OF[service_id]
        == catalogue.describe(catalogue.find(service_id))["office"]
    )
    assert routed["rule"] != "fallback"
    assert routed["office"]["email"].endswith(".example")


def test_the_catalogue_offers_no_online_service_without_a_routing_rule():
    online = {sid for sid, service in catalogue.services().items() if not service.get("in_person_only")}
    assert online == set(OFFICE_OF)


def test_a_service_without_a_rule_goes_to_the_clearing_office():
    routed = route({**submitted_payload("nebenwohnung"), "service_id": "sperrmuell"}, datetime.now(UTC))
    assert routed["office_id"] == "clearing" and routed["rule"] == "fallback"


@pytest.mark.parametrize(
    ("service_id", "field"), [("geburtsurkunde", "place_of_birth"), ("eheurkunde", "place_of_marriage")]
)
def test_a_certificate_from_another_registry_goes_to_clearing(service_id, field):
    at = datetime.now(UTC)
    assert route(submitted_payload(service_id), at)["office_id"] == "standesamt"
    assert route(submitted_payload(service_id, **{field: "oschersleben"}), at)["office_id"] == "standesamt"
    elsewhere = route(submitted_payload(service_id, **{field: "Magdeburg"}), at)
    assert elsewhere["office_id"] == "clearing" and elsewhere["rule"] == "fallback"


def test_deadlines_count_working_days_in_sachsen_anhalt():
    # Thursday before Easter 2026: Good Friday and Easter Monday are holidays; 3 working days end on Thursday.
    routed = route(submitted_payload("meldebescheinigung"), datetime(2026, 4, 2, 8, tzinfo=UTC))
    assert routed["due_on"] == "2026-04-09"
    assert routed["remind_at"] == "2026-04-09T08:00:00+00:00"
    # Reformation Day (31 October) is a holiday in Sachsen-Anhalt, the Führungszeugnis has 5 working days.
    assert (
        route(submitted_payload("fuehrungszeugnis"), datetime(2025, 10, 30, 8, tzinfo=UTC))["due_on"]
        == "2025-11-07"
    )
