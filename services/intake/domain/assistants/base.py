"""What every assistant's schema has: German messages, no unknown fields, and the common parts of a form."""

from __future__ import annotations

from datetime import date
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate

_MESSAGES: dict[type[fields.Field], dict[str, str]] = {
    fields.Field: {
        "required": "Pflichtangabe fehlt.",
        "null": "Darf nicht leer sein.",
        "validator_failed": "Ungültiger Wert.",
    },
    fields.String: {"invalid": "Bitte einen Text angeben."},
    fields.Integer: {"invalid": "Bitte eine ganze Zahl angeben."},
    fields.Email: {"invalid": "Keine gültige E-Mail-Adresse."},
    fields.Date: {"invalid": "Kein gültiges Datum; bitte im Format JJJJ-MM-TT angeben."},
    fields.Boolean: {"invalid": "Bitte true oder false angeben."},
    fields.Nested: {"type": "Bitte ein Objekt mit den Angaben angeben."},
    fields.Dict: {"invalid": "Bitte ein Objekt angeben."},
    fields.List: {"invalid": "Bitte eine Liste angeben."},
}


class FormSchema(Schema):
    """Base of every request schema: unknown fields are refused, messages are German."""

    error_messages = {"unknown": "Unbekanntes Feld.", "type": "Bitte ein JSON-Objekt angeben."}

    class Meta:
        unknown = RAISE

    def on_bind_field(self, field_name: str, field_obj: fields.Field) -> None:
        for field_class in reversed(type(field_obj).__mro__):  # the most specific class's message wins
            field_obj.error_messages.update(_MESSAGES.get(field_class, {}))
        for validator in field_obj.validators:
            # fields.Email checks with a validator made before these messages were set: it would say English.
            if isinstance(validator, validate.Email):
                validator.error = str(field_obj.error_messages["invalid"])


def text(max_length: int = 100, **kwargs: Any) -> fields.String:
    return fields.String(
        validate=validate.Length(min=1, max=max_length, error=f"Bitte 1 bis {max_length} Zeichen angeben."),
        **kwargs,
    )


class Flag(fields.Boolean):
    """A yes or no as JSON says it, true or false: not 0, 1, "yes" or "on", which marshmallow's Boolean takes
    and the OpenAPI document (type boolean) does not."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> bool:
        if not isinstance(value, bool):
            raise self.make_error("invalid")
        return value


def choice(options: list[str], **kwargs: Any) -> fields.String:
    return fields.String(
        validate=validate.OneOf(options, error="Bitte einen dieser Werte angeben: {choices}."), **kwargs
    )


def copies(**kwargs: Any) -> fields.Integer:
    return fields.Integer(
        strict=True,
        load_default=1,
        validate=validate.Range(min=1, max=10, error="Bitte 1 bis 10 Ausfertigungen angeben."),
        **kwargs,
    )


def past_date(**kwargs: Any) -> fields.Date:
    return fields.Date(validate=_not_in_future, **kwargs)


def _not_in_future(value: date) -> None:
    if value > date.today():
        raise ValidationError("Das Datum darf nicht in der Zukunft liegen.")


class AddressSchema(FormSchema):
    street = text(required=True)
    house_number = fields.String(
        required=True,
        validate=validate.Regexp(
            r"^\d{1,4}\s?[a-zA-Z]?(\s?[-/]\s?\d{1,4}\s?[a-zA-Z]?)?$",
            error="Bitte eine Hausnummer wie 12 oder 12a angeben.",
        ),
    )
    postcode = fields.String(
        required=True,
        validate=validate.Regexp(r"^\d{5}$", error="Bitte eine fünfstellige Postleitzahl angeben."),
    )
    city = text(required=True)


class ApplicantSchema(FormSchema):
    given_name = text(required=True)
    family_name = text(required=True)
    birth_name = text()
    date_of_birth = past_date(required=True)
    place_of_birth = text()
    email = fields.Email(required=True)
    phone = fields.String(
        validate=validate.Regexp(
            r"^\+?[0-9 ()/-]{6,30}$", error="Bitte eine Telefonnummer aus Ziffern angeben."
        )
    )
    address = fields.Nested(AddressSchema, required=True)
