"""The outer shape of requests; each service's form is checked by its assistant (see assistants/)."""

from marshmallow import ValidationError, fields, validate

from services.intake.domain import documents
from services.intake.domain.assistants.base import ApplicantSchema, FormSchema, text
from services.intake.domain.assistants.registry import form_schema
from services.intake.domain.documents import Upload


class ApplicationRequest(FormSchema):
    service_id = fields.String(required=True, validate=validate.Length(min=1, max=60))
    applicant = fields.Dict(required=True)
    form = fields.Dict(load_default=dict)


class AnswerRequest(FormSchema):
    message = text(2000, required=True)


class WithdrawalRequest(FormSchema):
    reason = fields.String(validate=validate.Length(max=500, error="Bitte höchstens 500 Zeichen angeben."))


class VisitorRequest(FormSchema):
    given_name = text(100, required=True)
    family_name = text(100, required=True)
    email = fields.Email(required=True)


class BookingRequest(FormSchema):
    service_id = fields.String(required=True)
    starts_at = fields.AwareDateTime(required=True, format="iso")
    visitor = fields.Nested(VisitorRequest, required=True)


class MoveRequest(FormSchema):
    starts_at = fields.AwareDateTime(required=True, format="iso")


# Made once, like the forms' schemas (form_schema)
APPLICATION_REQUEST = ApplicationRequest()
APPLICANT = ApplicantSchema()


def validated_application(
    service: dict, envelope: dict, files: list[Upload] | None = None
) -> tuple[dict, dict]:
    """The application in normal form (dates as ISO text), or the errors of applicant, form and files
    together."""
    schemas = {"applicant": APPLICANT, "form": form_schema(service["id"])}
    loaded, errors = {}, {}
    for part, schema in schemas.items():
        try:
            loaded[part] = schema.dump(schema.load(envelope[part]))
        except ValidationError as error:
            errors[part] = error.messages
    errors.update(documents.with_application(service, loaded.get("form", envelope["form"]), files or []))
    if errors:
        return {}, errors
    return {
        "service_id": service["id"],
        "service_name": service["name_de"],
        "payment_policy": service["payment_policy"],
        **loaded,
    }, {}
