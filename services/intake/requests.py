"""The shape of an application as a vendor's assistant, the portal or the counter submits it."""

from marshmallow import Schema, fields, validate

from shared.schemas.intake import ApplicantSchema


class ApplicationRequest(Schema):
    service_id = fields.String(required=True, validate=validate.Length(min=1, max=60))
    channel = fields.String(load_default="online", validate=validate.OneOf(["online", "portal", "counter"]))
    applicant = fields.Nested(ApplicantSchema, required=True)
    form = fields.Dict(keys=fields.String(), load_default=dict)
