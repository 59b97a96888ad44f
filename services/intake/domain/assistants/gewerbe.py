"""Gewerbeanmeldung, -ummeldung and -abmeldung (§ 14 GewO)."""

from marshmallow import ValidationError, fields, validate, validates_schema

from services.intake.domain.assistants.base import AddressSchema, FormSchema, choice, text
from services.intake.domain.assistants.registry import assistant

LEGAL_FORMS = ["einzelunternehmen", "gbr", "ohg", "kg", "gmbh", "ug", "ag", "eg", "sonstige"]


def headcount() -> fields.Integer:
    return fields.Integer(
        strict=True,
        load_default=0,
        validate=validate.Range(min=0, max=100_000, error="Bitte eine Zahl ab 0 angeben."),
    )


class BusinessSchema(FormSchema):
    name = text(200, required=True)
    legal_form = choice(LEGAL_FORMS, required=True)
    activity = text(500, required=True)  # the activity as it will appear in the register
    address = fields.Nested(AddressSchema, required=True)
    employees_full_time = headcount()
    employees_part_time = headcount()
    register_court = text(100)
    register_number = text(30)


@assistant("gewerbeanmeldung")
class GewerbeanmeldungForm(FormSchema):
    kind = choice(["anmeldung", "ummeldung", "abmeldung"], required=True)
    business = fields.Nested(BusinessSchema, required=True)
    effective_date = fields.Date(required=True)
    reason = text(300)  # for an Ummeldung or Abmeldung

    @validates_schema
    def rules(self, data: dict, **_kwargs: object) -> None:
        business = data.get("business") or {}
        needs_register = business.get("legal_form") in {"ohg", "kg", "gmbh", "ug", "ag", "eg"}
        if needs_register and not business.get("register_number"):
            raise ValidationError(
                {"business": {"register_number": ["Für diese Rechtsform bitte die Registernummer angeben."]}}
            )
        if data.get("kind") in {"ummeldung", "abmeldung"} and not data.get("reason"):
            raise ValidationError("Bitte den Grund der Ummeldung oder Abmeldung angeben.", "reason")
