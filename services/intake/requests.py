"""The outer shape of requests; each service's form is checked by its assistant (see assistants/)."""

from marshmallow import fields, validate

from services.intake.assistants.base import FormSchema


class ApplicationRequest(FormSchema):
    service_id = fields.String(required=True, validate=validate.Length(min=1, max=60))
    applicant = fields.Dict(required=True)
    form = fields.Dict(load_default=dict)


class WithdrawalRequest(FormSchema):
    reason = fields.String(validate=validate.Length(max=500, error="Bitte höchstens 500 Zeichen angeben."))
