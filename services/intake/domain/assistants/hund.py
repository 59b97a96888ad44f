"""Hundeanmeldung and Hundeabmeldung (Hundesteuersatzung Oschersleben of 05.10.2023)."""

from marshmallow import ValidationError, fields, validate, validates_schema

from services.intake.domain.assistants.base import Flag, FormSchema, choice, past_date, text
from services.intake.domain.assistants.registry import assistant

CHIP = validate.Regexp(r"^\d{15}$", error="Die Transpondernummer hat 15 Ziffern (ISO 11784).")


class DogSchema(FormSchema):
    name = text(60, required=True)
    breed = text(100, required=True)
    sex = choice(["ruede", "huendin"], required=True)
    date_of_birth = past_date(required=True)
    chip_number = fields.String(required=True, validate=CHIP)
    listed_dangerous = Flag(load_default=False)


@assistant("hundeanmeldung")
class HundeanmeldungForm(FormSchema):
    dog = fields.Nested(DogSchema, required=True)
    kept_since = past_date(required=True)
    # Dogs already registered in the household, for the tax rate (first, second, further dog).
    other_dogs_in_household = fields.Integer(
        strict=True,
        load_default=0,
        validate=validate.Range(min=0, max=20, error="Bitte eine Zahl von 0 bis 20 angeben."),
    )


@assistant("hundeabmeldung")
class HundeabmeldungForm(FormSchema):
    tax_tag_number = text(20)
    chip_number = fields.String(required=True, validate=CHIP)
    kept_until = past_date(required=True)
    reason = choice(["tod", "abgabe", "wegzug", "sonstiges"], required=True)
    new_keeper = text(200)

    @validates_schema
    def new_keeper_on_handover(self, data: dict, **_kwargs: object) -> None:
        if data.get("reason") == "abgabe" and not data.get("new_keeper"):
            raise ValidationError("Bitte angeben, an wen der Hund abgegeben wurde.", "new_keeper")
