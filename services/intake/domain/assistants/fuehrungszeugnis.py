"""Führungszeugnis (§ 30 BZRG): kind, purpose, and the authority it is sent to when it is for one."""

from marshmallow import ValidationError, fields, validates_schema

from services.intake.domain.assistants.base import AddressSchema, Flag, FormSchema, choice, text
from services.intake.domain.assistants.registry import assistant


@assistant("fuehrungszeugnis")
class FuehrungszeugnisForm(FormSchema):
    kind = choice(["einfach", "erweitert", "europaeisch"], required=True)
    purpose = choice(["privat", "behoerde"], required=True)
    usage = text(200, required=True)  # what it is needed for, e.g. "Arbeitsstelle als Erzieherin"
    authority_name = text(200)
    authority_address = fields.Nested(AddressSchema)
    authority_reference = text(100)
    # Free of charge for honorary work for a non-profit body or a public authority (JVKostG, on proof).
    honorary_work = Flag(load_default=False)
    honorary_organisation = text(200)
    extended_request_letter = Flag(load_default=False)  # § 30a: a request letter is required
    nationality = text(60)

    @validates_schema
    def rules(self, data: dict, **_kwargs: object) -> None:
        if data.get("purpose") == "behoerde" and not data.get("authority_name"):
            raise ValidationError("Bitte die Behörde angeben, an die es geschickt wird.", "authority_name")
        if data.get("honorary_work") and not data.get("honorary_organisation"):
            raise ValidationError("Bitte die Organisation des Ehrenamts angeben.", "honorary_organisation")
        if data.get("kind") == "erweitert" and not data.get("extended_request_letter"):
            raise ValidationError(
                "Ein erweitertes Führungszeugnis braucht eine schriftliche Aufforderung (§ 30a BZRG).",
                "extended_request_letter",
            )
        if data.get("kind") == "europaeisch" and not data.get("nationality"):
            raise ValidationError("Bitte die Staatsangehörigkeit angeben.", "nationality")
