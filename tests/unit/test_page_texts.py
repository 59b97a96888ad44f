"""What the pages say, checked without a browser: every field labelled, the catalogue's amounts those of the
schedule in force, every message in English too, and times on the town's clock."""

from __future__ import annotations

from datetime import date

import pytest

from services.fees.domain.schedule import in_force
from services.intake.domain import catalogue
from services.intake.domain.assistants.registry import load_assistants
from services.intake.portal_texts import in_english
from services.intake.web_form import Group, form_of


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_field_of_every_assistant_has_a_label(lang):
    def unlabelled(items: list) -> list[str]:
        found = []
        for item in items:
            if not item.label.strip():
                found.append(item.name)
            if isinstance(item, Group):
                found += unlabelled(item.items)
        return found

    for service_id in load_assistants():
        assert unlabelled(form_of(service_id, lang)) == [], service_id


def test_the_catalogue_states_the_amounts_of_the_fee_schedule_in_force():
    # The portal's cost texts are the town's published information; each amount they name must be one the
    # schedule in force books, so a new schedule without new texts fails here.
    schedule = in_force(date.today())

    def amounts(value: object, in_cents: bool = False) -> set[int]:
        """Every amount in a product: the numbers under keys that end in _cents, nested or not."""
        if isinstance(value, dict):
            return {
                c for key, inner in value.items() for c in amounts(inner, in_cents or key.endswith("_cents"))
            }
        return {value} if in_cents and isinstance(value, int) else set()

    for service in catalogue.services().values():
        if service.get("in_person_only"):
            continue
        product = schedule["products"][service["id"]]
        stated = set(service["cost_cents"])
        assert stated <= amounts(product), service["id"]
        assert stated or product["rule"] == "free", service["id"]
        for cents in stated:
            assert f"{cents // 100},{cents % 100:02d} EUR" in service["cost_de"], service["id"]


def test_every_message_of_the_assistants_reads_in_english_on_the_english_pages():
    from marshmallow import fields as schema_fields

    from services.intake.domain.assistants.base import _MESSAGES, ApplicantSchema

    german = {message for messages in _MESSAGES.values() for message in messages.values()}

    def messages_of(schema) -> set[str]:
        found = set()
        for field in schema.fields.values():
            if isinstance(field, schema_fields.Nested):
                found |= messages_of(field.schema)
            for validator in field.validators:
                if getattr(validator, "error", None):
                    found.add(validator.error.replace("{choices}", "a, b"))
        return found

    for schema in [ApplicantSchema(), *(form() for form in load_assistants().values())]:
        german |= messages_of(schema)
    untranslated = sorted(message for message in german if in_english(message) == message)
    assert untranslated == []


def test_pages_show_times_on_the_towns_clock():
    from shared.web.pages import local_time

    assert local_time("2026-11-26T06:01:00+00:00") == "26.11.2026 07:01"  # winter: UTC+1
    assert local_time("2026-07-01T12:00:00+00:00") == "01.07.2026 14:00"  # summer: UTC+2


def test_every_state_of_the_lifecycle_has_its_name_for_citizens_and_for_the_desk():
    from shared.contracts.routing import STATES
    from shared.web.labels import state_labels

    for wording in ("de", "en", "desk"):
        assert set(state_labels(wording)) == set(STATES), wording
        assert all(name.strip() for name in state_labels(wording).values()), wording
