"""Events on `cases.intake`."""

from enum import StrEnum
from typing import Any

from marshmallow import INCLUDE, Schema, fields, validate

from shared.kernel.events import register, upcaster
from shared.kernel.personal import personal


class IntakeEvent(StrEnum):
    """The event types on `cases.intake`."""

    APPLICATION_SUBMITTED = "ApplicationSubmitted"
    INFORMATION_SUPPLIED = "InformationSupplied"
    APPLICATION_WITHDRAWN = "ApplicationWithdrawn"
    PERSONAL_DATA_ERASED = "PersonalDataErased"
    LEGAL_HOLD_PLACED = "LegalHoldPlaced"
    LEGAL_HOLD_RELEASED = "LegalHoldReleased"
    APPOINTMENT_BOOKED = "AppointmentBooked"
    APPOINTMENT_MOVED = "AppointmentMoved"
    APPOINTMENT_CANCELLED = "AppointmentCancelled"


class ApplicantSchema(Schema):
    """What every consumer may rely on; the assistant's other applicant fields travel along."""

    class Meta:
        unknown = INCLUDE

    given_name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    family_name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    email = fields.Email(required=True)


class SubmitterSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(["vendor", "counter", "portal"]))
    id = fields.String(required=True)


@register(IntakeEvent.APPLICATION_SUBMITTED, 1)
class ApplicationSubmittedV1(Schema):
    """As recorded until 2026-11-26: without the payment policy."""

    service_id = fields.String(required=True)
    service_name = fields.String(required=True)
    channel = fields.String(required=True, validate=validate.OneOf(["online", "portal", "counter"]))
    submitted_by = fields.Nested(SubmitterSchema, load_default=None, allow_none=True)
    applicant = fields.Nested(ApplicantSchema, required=True, metadata=personal())
    form = fields.Dict(keys=fields.String(), required=True, metadata=personal())


@register(IntakeEvent.APPLICATION_SUBMITTED, 2)
class ApplicationSubmittedV2(ApplicationSubmittedV1):
    # From the catalogue: before_submission (paid with the application, before the office works on it),
    # invoiced (a notice after the decision) or none.
    payment_policy = fields.String(
        required=True, validate=validate.OneOf(["before_submission", "invoiced", "none"])
    )


# The catalogue's payment policies while version 1 was written (services/intake/catalogue.json of
# 2024-01-01 to 2026-11-26), frozen here: an upcaster must give the same answer forever.
PAYMENT_POLICY_UNTIL_V2 = {
    "fuehrungszeugnis": "before_submission",
    "meldebescheinigung": "before_submission",
    "geburtsurkunde": "before_submission",
    "eheurkunde": "before_submission",
    "gewerbeanmeldung": "invoiced",
    "hundeanmeldung": "invoiced",
}


@upcaster(IntakeEvent.APPLICATION_SUBMITTED, 1)
def application_submitted_v2(payload: dict[str, Any]) -> dict[str, Any]:
    return {**payload, "payment_policy": PAYMENT_POLICY_UNTIL_V2.get(payload["service_id"], "none")}


class DocumentSchema(Schema):
    """A file the citizen sent, as the log knows it: never its bytes, which intake keeps (services/intake)."""

    document_id = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.Length(min=1, max=60))
    media_type = fields.String(
        required=True, validate=validate.OneOf(["application/pdf", "image/jpeg", "image/png"])
    )
    size_bytes = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    sha256 = fields.String(required=True, validate=validate.Regexp(r"^[0-9a-f]{64}$"))


def documents_field() -> fields.List:
    return fields.List(fields.Nested(DocumentSchema), required=True)


def document_names_field() -> fields.Dict:
    """The senders' file names by document id: they may name a person."""
    return fields.Dict(keys=fields.String(), values=fields.String(), required=True, metadata=personal())


@register(IntakeEvent.APPLICATION_SUBMITTED, 3)
class ApplicationSubmitted(ApplicationSubmittedV2):
    """With the proof documents sent along (from 2026-12-07)."""

    documents = documents_field()
    document_names = document_names_field()


def without_documents(payload: dict[str, Any]) -> dict[str, Any]:
    """What an event written before documents could be sent reads as: none."""
    return {**payload, "documents": [], "document_names": {}}


upcaster(IntakeEvent.APPLICATION_SUBMITTED, 2)(without_documents)


@register(IntakeEvent.INFORMATION_SUPPLIED, 1)
class InformationSuppliedV1(Schema):
    """The citizen's answer to an office's question, sent through the portal or an assistant."""

    message = fields.String(required=True, validate=validate.Length(min=1, max=2000), metadata=personal())


@register(IntakeEvent.INFORMATION_SUPPLIED, 2)
class InformationSupplied(InformationSuppliedV1):
    """With the documents the answer brought (from 2026-12-07)."""

    documents = documents_field()
    document_names = document_names_field()


upcaster(IntakeEvent.INFORMATION_SUPPLIED, 1)(without_documents)


@register(IntakeEvent.APPLICATION_WITHDRAWN, 1)
class ApplicationWithdrawn(Schema):
    withdrawn_by = fields.String(required=True, validate=validate.OneOf(["citizen", "counter"]))
    reason = fields.String(
        load_default=None, allow_none=True, validate=validate.Length(max=500), metadata=personal()
    )


@register(IntakeEvent.PERSONAL_DATA_ERASED, 1)
class PersonalDataErased(Schema):
    """The case's personal data is erased for good (Art. 17 DSGVO, or its retention period ended): recorded
    just before its key is deleted. From then on every personal field of the case's events reads as None and
    each service has removed it from its own tables; the fees, the bookings and every hash stay."""

    reason = fields.String(required=True, validate=validate.Length(min=3, max=500))
    # Who ordered it: an operator's or staff member's id, or `retention` for the daily job
    erased_by = fields.String(required=True, validate=validate.Length(min=1, max=60))


@register(IntakeEvent.LEGAL_HOLD_PLACED, 1)
class LegalHoldPlaced(Schema):
    """The case's personal data is kept past its retention period until the hold is released: a lawsuit, an
    objection, an investigation, a dog still registered. Nothing erases it meanwhile, not even on request."""

    reason = fields.String(required=True, validate=validate.Length(min=3, max=500))
    placed_by = fields.String(required=True, validate=validate.Length(min=1, max=60))


@register(IntakeEvent.LEGAL_HOLD_RELEASED, 1)
class LegalHoldReleased(Schema):
    """The retention period counts again (a case long past it is erased by the next daily run)."""

    released_by = fields.String(required=True, validate=validate.Length(min=1, max=60))


class VisitorSchema(Schema):
    given_name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    family_name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    email = fields.Email(required=True)


@register(IntakeEvent.APPOINTMENT_BOOKED, 1)
class AppointmentBooked(Schema):
    """A visit booked at an office for a service that needs one (an identity card, a passport): the case is
    the appointment. Times in UTC; the counter is the office's own numbering."""

    service_id = fields.String(required=True)
    service_name = fields.String(required=True)
    office_id = fields.String(required=True)
    counter = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    starts_at = fields.AwareDateTime(required=True, format="iso")
    ends_at = fields.AwareDateTime(required=True, format="iso")
    channel = fields.String(required=True, validate=validate.OneOf(["online", "portal", "counter"]))
    visitor = fields.Nested(VisitorSchema, required=True, metadata=personal())


@register(IntakeEvent.APPOINTMENT_MOVED, 1)
class AppointmentMoved(Schema):
    """The citizen moved the visit to another free time (the same office and service)."""

    counter = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    starts_at = fields.AwareDateTime(required=True, format="iso")
    ends_at = fields.AwareDateTime(required=True, format="iso")
    previous_starts_at = fields.AwareDateTime(required=True, format="iso")


@register(IntakeEvent.APPOINTMENT_CANCELLED, 1)
class AppointmentCancelled(Schema):
    """The visit will not take place; its slots are free again."""

    cancelled_by = fields.String(required=True, validate=validate.OneOf(["citizen", "counter"]))
    starts_at = fields.AwareDateTime(required=True, format="iso")
