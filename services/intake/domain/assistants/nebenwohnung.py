"""Anmeldung einer Nebenwohnung (§§ 17, 21 BMG)."""

from datetime import date, timedelta

from marshmallow import ValidationError, fields, validates

from services.intake.domain.assistants.base import AddressSchema, FormSchema
from services.intake.domain.assistants.registry import assistant


@assistant("nebenwohnung")
class NebenwohnungForm(FormSchema):
    move_in_date = fields.Date(required=True)
    secondary_address = fields.Nested(AddressSchema, required=True)
    main_address = fields.Nested(AddressSchema, required=True)
    landlord_confirmation = fields.Boolean(required=True)  # Wohnungsgeberbestätigung, § 19 BMG

    @validates("move_in_date")
    def within_registration_period(self, value: date, **_kwargs: object) -> None:
        # Registration is due within two weeks of moving in (§ 17 BMG); not more than 3 months ahead.
        if value > date.today() + timedelta(days=90):
            raise ValidationError("Eine Anmeldung ist höchstens drei Monate vor dem Einzug möglich.")

    @validates("landlord_confirmation")
    def confirmed(self, value: bool, **_kwargs: object) -> None:
        if not value:
            raise ValidationError("Die Wohnungsgeberbestätigung (§ 19 BMG) muss vorliegen.")
