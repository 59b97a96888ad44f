"""Each fee rule against the sourced numbers (../shared/domain.md), as pure functions of the application."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.fees.domain.assessment import assess, dog_tax_credit
from services.fees.domain.schedule import in_force, local_date
from tests.helpers import application_body

SCHEDULE = in_force(date(2026, 11, 26))
TODAY = date(2026, 11, 26)


def fee(service_id: str, on: date = TODAY, schedule: dict = SCHEDULE, **form: object) -> dict:
    return assess(application_body(service_id, **form), schedule, on)


def amounts(assessed: dict) -> list[tuple[int, int, int]]:
    return [(i["quantity"], i["unit_cents"], i["amount_cents"]) for i in assessed["line_items"]]


@pytest.mark.parametrize(
    ("kind", "cents", "source"),
    [("einfach", 1300, "JVKostG KV Nr. 1130"), ("europaeisch", 1700, "JVKostG KV Nr. 1131")],
)
def test_fuehrungszeugnis_fixed_fee(kind, cents, source):
    assessed = fee("fuehrungszeugnis", kind=kind, nationality="deutsch")
    assert assessed["total_cents"] == cents and assessed["currency"] == "EUR"
    assert assessed["line_items"][0]["legal_source"] == source
    assert assessed["schedule_version"] == "oschersleben-2024-01-01"


def test_fuehrungszeugnis_is_free_for_honorary_work():
    assessed = fee("fuehrungszeugnis", honorary_work=True, honorary_organisation="Freiwillige Feuerwehr")
    assert assessed["total_cents"] == 0
    assert "ehrenamtliche" in assessed["line_items"][0]["description"]
    assert assessed["line_items"][0]["legal_source"].startswith("JVKostG")


def test_certificates_first_copy_and_further_copies():
    assert amounts(fee("geburtsurkunde", copies=1)) == [(1, 1000, 1000)]
    assessed = fee("geburtsurkunde", copies=3)
    assert amounts(assessed) == [(1, 1000, 1000), (2, 500, 1000)]
    assert assessed["total_cents"] == 2000
    assert fee("eheurkunde", copies=2)["total_cents"] == 1500
    assert fee("meldebescheinigung", copies=2)["total_cents"] == 2000


@pytest.mark.parametrize("purpose", ["kindergeld", "elterngeld", "krankenversicherung"])
def test_certificate_copies_for_stated_purposes_are_free(purpose):
    assessed = fee("geburtsurkunde", copies=2, purpose=purpose)
    assert assessed["total_cents"] == 0 and amounts(assessed) == [(2, 0, 0)]
    assert "gebührenfrei" in assessed["line_items"][0]["description"]


def test_business_registration_by_kind():
    assert fee("gewerbeanmeldung")["total_cents"] == 2600
    assert fee("gewerbeanmeldung", kind="abmeldung", reason="Ruhestand")["total_cents"] == 1500


@pytest.mark.parametrize("service_id", ["nebenwohnung", "hundeabmeldung"])
def test_no_fee_at_all(service_id):
    assessed = fee(service_id)
    assert assessed["total_cents"] == 0 and len(assessed["line_items"]) == 1


@pytest.mark.parametrize(("other_dogs", "annual"), [(0, 7200), (1, 9600), (2, 12000), (5, 12000)])
def test_dog_tax_by_place_in_household_for_a_whole_year(other_dogs, annual):
    # taken in on 15 December 2025: taxed from 1 January 2026, registered in 2026
    assessed = fee(
        "hundeanmeldung", on=date(2026, 1, 5), kept_since="2025-12-15", other_dogs_in_household=other_dogs
    )
    assert assessed["total_cents"] == annual
    assert amounts(assessed) == [(12, annual // 12, annual)]


def test_dog_tax_by_the_month_within_the_year():
    # taken in on 10 August: taxed September to December, 4 months of 72.00 EUR a year
    assessed = fee("hundeanmeldung", on=date(2026, 8, 20), kept_since="2026-08-10")
    assert amounts(assessed) == [(4, 600, 2400)]
    assert assessed["line_items"][0]["code"] == "HUNDESTEUER-2026"


def test_dog_tax_across_a_year_boundary():
    # taken in on 15 November 2025, registered on 10 January 2026: December 2025, and all of 2026
    assessed = fee("hundeanmeldung", on=date(2026, 1, 10), kept_since="2025-11-15")
    assert amounts(assessed) == [(1, 600, 600), (12, 600, 7200)]
    assert [i["code"] for i in assessed["line_items"]] == ["HUNDESTEUER-2025", "HUNDESTEUER-2026"]
    assert assessed["total_cents"] == 7800


def test_dog_taken_in_in_december_is_taxed_from_january():
    assessed = fee(
        "hundeanmeldung", on=date(2026, 12, 20), kept_since="2026-12-02", other_dogs_in_household=1
    )
    assert amounts(assessed) == [(12, 800, 9600)]
    assert assessed["line_items"][0]["code"] == "HUNDESTEUER-2027"


def test_the_same_application_always_gives_the_same_fee():
    body = application_body("geburtsurkunde", copies=4)
    assert assess(body, SCHEDULE, TODAY) == assess(body, SCHEDULE, TODAY)


def test_a_schedule_change_affects_only_applications_submitted_after_it():
    old = dict(SCHEDULE, valid_until="2026-12-31")
    new_products = dict(SCHEDULE["products"])
    new_products["meldebescheinigung"] = dict(
        new_products["meldebescheinigung"], first_cents=1200, further_cents=1200
    )
    new = dict(SCHEDULE, version="oschersleben-2027-01-01", valid_from="2027-01-01", products=new_products)
    both = (old, new)
    before = in_force(date(2026, 12, 31), both)
    after = in_force(date(2027, 1, 1), both)
    assert before["version"] == "oschersleben-2024-01-01" and after["version"] == "oschersleben-2027-01-01"
    assert fee("meldebescheinigung", schedule=before)["total_cents"] == 2000
    assert fee("meldebescheinigung", schedule=after)["total_cents"] == 2400
    with pytest.raises(LookupError):
        in_force(date(2023, 12, 31), both)


def test_the_day_of_submission_is_the_day_in_germany():
    # 23:30 UTC on New Year's Eve is already 1 January in Oschersleben
    assert local_date(datetime(2026, 12, 31, 23, 30, tzinfo=UTC)) == date(2027, 1, 1)
    assert local_date(datetime(2026, 7, 1, 21, 59, tzinfo=UTC)) == date(2026, 7, 1)


def test_dog_tax_credit_after_deregistration_counts_the_months_after_the_month_it_left():
    registered = fee(
        "hundeanmeldung", on=date(2026, 1, 10), kept_since="2025-11-15"
    )  # Dec 2025 + all of 2026
    assert dog_tax_credit(registered, date(2026, 8, 15)) == (4, 2400)  # September to December 2026
    assert dog_tax_credit(registered, date(2026, 12, 31)) == (0, 0)
    assert dog_tax_credit(registered, date(2025, 12, 20)) == (
        12,
        7200,
    )  # left in its first month: all of 2026
    assert registered["tax_object"]["chip_number"] == "276098106543210"
