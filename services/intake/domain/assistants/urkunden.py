"""Birth and marriage certificates from the registry office (§§ 55, 59, 62 PStG)."""

from marshmallow import fields

from services.intake.domain.assistants.base import Flag, FormSchema, choice, copies, past_date, text
from services.intake.domain.assistants.registry import assistant

# Who may order a certificate (§ 62 PStG): the person, relatives in direct line, spouses, or with authority.
RELATIONSHIPS = ["selbst", "ehegatte", "elternteil", "kind", "grosselternteil", "enkel", "bevollmaechtigt"]
# Purposes for which copies are free (Kindergeld, Elterngeld, health insurance), and the rest.
PURPOSES = ["kindergeld", "elterngeld", "krankenversicherung", "rente", "ehe", "pass", "sonstiges"]


class PersonSchema(FormSchema):
    given_name = text(required=True)
    family_name = text(required=True)
    birth_name = text()


class CertificateOrder(FormSchema):
    """What every order of a civil-status certificate asks."""

    registry_number = text(30)
    relationship = choice(RELATIONSHIPS, required=True)
    purpose = choice(PURPOSES, required=True)
    copies = copies()
    multilingual = Flag(load_default=False)


@assistant("geburtsurkunde")
class GeburtsurkundeForm(CertificateOrder):
    person = fields.Nested(PersonSchema, required=True)
    date_of_birth = past_date(required=True)
    place_of_birth = text(required=True)


@assistant("eheurkunde")
class EheurkundeForm(CertificateOrder):
    spouse_1 = fields.Nested(PersonSchema, required=True)
    spouse_2 = fields.Nested(PersonSchema, required=True)
    date_of_marriage = past_date(required=True)
    place_of_marriage = text(required=True)
