"""Events on `cases.routing`: the case's way through its office. Each lifecycle event is one transition of the
state machine in `services/routing/lifecycle.py`."""

from marshmallow import Schema, fields, validate

from shared.kernel.events import register

REASON = validate.Length(min=3, max=2000)

# The state a case is in after each lifecycle event: part of the events' meaning, so that other services
# (the citizen's status, the vendors' callbacks) read the same word. routing/lifecycle.py says which
# transitions are allowed; a test holds the two together.
STATE_AFTER = {
    "CaseRouted": "routed",
    "PaymentAwaited": "awaiting_payment",
    "PaymentConfirmed": "routed",
    "CaseClaimed": "in_progress",
    "InformationRequested": "information_requested",
    "InformationReceived": "in_progress",
    "CaseApproved": "approved",
    "CaseRejected": "rejected",
    "CaseCompleted": "completed",
    "CaseWithdrawn": "withdrawn",
}


class OfficeContactSchema(Schema):
    name = fields.String(required=True)
    address = fields.String(required=True)
    email = fields.Email(required=True)
    phone = fields.String(required=True)


@register("CaseRouted", 1)
class CaseRouted(Schema):
    service_id = fields.String(required=True)
    service_name = fields.String(required=True)
    office_id = fields.String(required=True)
    office_name = fields.String(required=True)
    office = fields.Nested(OfficeContactSchema, required=True)
    rule = fields.String(required=True)
    forwards_to = fields.String(
        load_default=None, allow_none=True
    )  # the authority that issues, if not the office
    payment_first = fields.Boolean(required=True)  # the fee is paid before the office starts work
    due_on = fields.Date(required=True)  # the office's deadline, in working days from submission
    remind_at = fields.AwareDateTime(required=True, format="iso")  # unclaimed by then: remind the office


@register("PaymentAwaited", 1)
class PaymentAwaited(Schema):
    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))


@register("PaymentConfirmed", 1)
class PaymentConfirmed(Schema):
    """Nothing more is open: paid, or waived by a caseworker. The office's reminder clock starts anew."""

    remind_at = fields.AwareDateTime(required=True, format="iso")


@register("CaseClaimed", 1)
class CaseClaimed(Schema):
    caseworker_id = fields.String(required=True)
    caseworker_name = fields.String(required=True)


@register("InformationRequested", 1)
class InformationRequested(Schema):
    message = fields.String(required=True, validate=REASON)
    caseworker_id = fields.String(required=True)


class CaseworkerNote(Schema):
    """A step a caseworker takes, with an optional note."""

    note = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=2000))
    caseworker_id = fields.String(required=True)


@register("InformationReceived", 1)
class InformationReceived(CaseworkerNote):
    """Recorded by a caseworker, or by routing when the citizen answered through the portal or an
    assistant: then without a caseworker, and the answer is the note."""

    caseworker_id = fields.String(load_default=None, allow_none=True)


@register("CaseApproved", 1)
class CaseApproved(CaseworkerNote):
    pass


@register("CaseRejected", 1)
class CaseRejected(Schema):
    reason = fields.String(required=True, validate=REASON)
    caseworker_id = fields.String(required=True)


@register("CaseCompleted", 1)
class CaseCompleted(CaseworkerNote):
    pass


@register("CaseWithdrawn", 1)
class CaseWithdrawn(Schema):
    withdrawn_by = fields.String(required=True)


@register("ClaimReminderRaised", 1)
class ClaimReminderRaised(Schema):
    """A routed case nobody has claimed for 3 working days: the office is reminded, once."""

    office_id = fields.String(required=True)
    routed_at = fields.AwareDateTime(required=True, format="iso")
    due_on = fields.Date(required=True)


@register("FeeReductionGranted", 1)
class FeeReductionGranted(Schema):
    """A caseworker waives a fee (for lack of means, § 10 JVKostG, say) or reduces it, with a reason."""

    kind = fields.String(required=True, validate=validate.OneOf(["waiver", "reduction"]))
    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    reason = fields.String(required=True, validate=validate.Length(min=3, max=500))
    caseworker_id = fields.String(required=True)
