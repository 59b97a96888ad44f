"""Events on `cases.intake`."""

from marshmallow import Schema, fields, validate

from shared.events import register


class ApplicantSchema(Schema):
    given_name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    family_name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    email = fields.Email(required=True)


@register("ApplicationSubmitted", 1)
class ApplicationSubmitted(Schema):
    service_id = fields.String(required=True)
    service_name = fields.String(required=True)
    channel = fields.String(required=True, validate=validate.OneOf(["online", "portal", "counter"]))
    applicant = fields.Nested(ApplicantSchema, required=True)
    form = fields.Dict(keys=fields.String(), required=True)
