"""Anmeldung einer Nebenwohnung (§§ 17, 21 BMG)."""

from datetime import date, timedelta

from marshmallow import ValidationError, fields, validate, validates

from services.intake.domain.assistants.base import AddressSchema, Flag, FormSchema
from services.intake.domain.assistants.registry import assistant


@assistant("nebenwohnung")
class NebenwohnungForm(FormSchema):
    move_in_date = fields.Date(required=True)
    secondary_address = fields.Nested(AddressSchema, required=True)
    main_address = fields.Nested(AddressSchema, required=True)
    # Wohnungsgeberbestätigung, § 19 BMG: it must be there (the OpenAPI document says so as `enum: [true]`)
    landlord_confirmation = Flag(
        required=True,
        validate=validate.Equal(True, error="Die Wohnungsgeberbestätigung (§ 19 BMG) muss vorliegen."),
    )

    @validates("move_in_date")
    def within_registration_period(self, value: date, **_kwargs: object) -> None:
        # Registration is due within two weeks of moving in (§ 17 BMG); not more than 3 months ahead.
        if value > date.today() + timedelta(days=90):
            raise ValidationError("Eine Anmeldung ist höchstens drei Monate vor dem Einzug möglich.")
