"""Events on `cases.intake`."""

from marshmallow import INCLUDE, Schema, fields, validate

from shared.events import register


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


@register("ApplicationSubmitted", 1)
class ApplicationSubmitted(Schema):
    service_id = fields.String(required=True)
    service_name = fields.String(required=True)
    channel = fields.String(required=True, validate=validate.OneOf(["online", "portal", "counter"]))
    # From the catalogue: before_submission (paid with the application, before the office works on it),
    # invoiced (a notice after the decision) or none.
    payment_policy = fields.String(
        required=True, validate=validate.OneOf(["before_submission", "invoiced", "none"])
    )
    submitted_by = fields.Nested(SubmitterSchema, load_default=None, allow_none=True)
    applicant = fields.Nested(ApplicantSchema, required=True)
    form = fields.Dict(keys=fields.String(), required=True)


@register("ApplicationWithdrawn", 1)
class ApplicationWithdrawn(Schema):
    withdrawn_by = fields.String(required=True, validate=validate.OneOf(["citizen", "counter"]))
    reason = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=500))
