"""Events on `cases.routing`: the case's way through its office, and the lifecycle they follow."""

from enum import StrEnum

from marshmallow import Schema, fields, validate

from shared.kernel.events import register
from shared.kernel.personal import personal


class RoutingEvent(StrEnum):
    """The event types on `cases.routing`."""

    CASE_ROUTED = "CaseRouted"
    PAYMENT_AWAITED = "PaymentAwaited"
    PAYMENT_CONFIRMED = "PaymentConfirmed"
    CASE_CLAIMED = "CaseClaimed"
    INFORMATION_REQUESTED = "InformationRequested"
    INFORMATION_RECEIVED = "InformationReceived"
    CASE_APPROVED = "CaseApproved"
    CASE_REJECTED = "CaseRejected"
    CASE_COMPLETED = "CaseCompleted"
    CASE_WITHDRAWN = "CaseWithdrawn"
    CLAIM_REMINDER_RAISED = "ClaimReminderRaised"
    FEE_REDUCTION_GRANTED = "FeeReductionGranted"
    FEE_WAIVER_PROPOSED = "FeeWaiverProposed"
    FEE_WAIVER_DECLINED = "FeeWaiverDeclined"
    SLOT_BLOCKED = "SlotBlocked"
    APPOINTMENT_MISSED = "AppointmentMissed"


# The case lifecycle as one explicit state machine: every allowed transition in this one table. Each
# transition is an event on `cases.routing`. Other services (the citizen's status, the vendors' callbacks)
# read the state it leads to from here; routing refuses what is not in it (its lifecycle module).
FINAL = frozenset({"completed", "withdrawn"})
OPEN = ("submitted", "routed", "awaiting_payment", "in_progress", "information_requested")
STATES = (*OPEN, "approved", "rejected", *sorted(FINAL))
DECIDED = ("approved", "rejected", "completed")

# event type: (the states it may happen in, the state it leads to)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    RoutingEvent.CASE_ROUTED: (("submitted",), "routed"),
    # the service's fee is due before work starts
    RoutingEvent.PAYMENT_AWAITED: (("routed",), "awaiting_payment"),
    RoutingEvent.PAYMENT_CONFIRMED: (("awaiting_payment",), "routed"),
    RoutingEvent.CASE_CLAIMED: (("routed",), "in_progress"),
    RoutingEvent.INFORMATION_REQUESTED: (("in_progress",), "information_requested"),
    RoutingEvent.INFORMATION_RECEIVED: (("information_requested",), "in_progress"),
    RoutingEvent.CASE_APPROVED: (("in_progress",), "approved"),
    RoutingEvent.CASE_REJECTED: (("in_progress",), "rejected"),
    RoutingEvent.CASE_COMPLETED: (("approved", "rejected"), "completed"),
    RoutingEvent.CASE_WITHDRAWN: (OPEN, "withdrawn"),
}
# The state a case is in after each lifecycle event.
STATE_AFTER = {event_type: target for event_type, (_, target) in TRANSITIONS.items()}


REASON = validate.Length(min=3, max=2000)


class OfficeContactSchema(Schema):
    name = fields.String(required=True)
    address = fields.String(required=True)
    email = fields.Email(required=True)
    phone = fields.String(required=True)


@register(RoutingEvent.CASE_ROUTED, 1)
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


@register(RoutingEvent.PAYMENT_AWAITED, 1)
class PaymentAwaited(Schema):
    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))


@register(RoutingEvent.PAYMENT_CONFIRMED, 1)
class PaymentConfirmed(Schema):
    """Nothing more is open: paid, or waived by a caseworker. The office's reminder clock starts anew."""

    remind_at = fields.AwareDateTime(required=True, format="iso")


@register(RoutingEvent.CASE_CLAIMED, 1)
class CaseClaimed(Schema):
    caseworker_id = fields.String(required=True)
    caseworker_name = fields.String(required=True)


@register(RoutingEvent.INFORMATION_REQUESTED, 1)
class InformationRequested(Schema):
    message = fields.String(required=True, validate=REASON, metadata=personal())
    caseworker_id = fields.String(required=True)


class CaseworkerNote(Schema):
    """A step a caseworker takes, with an optional note."""

    note = fields.String(
        load_default=None, allow_none=True, validate=validate.Length(max=2000), metadata=personal()
    )
    caseworker_id = fields.String(required=True)


@register(RoutingEvent.INFORMATION_RECEIVED, 1)
class InformationReceived(CaseworkerNote):
    """Recorded by a caseworker, or by routing when the citizen answered through the portal or an
    assistant: then without a caseworker, and the answer is the note."""

    caseworker_id = fields.String(load_default=None, allow_none=True)


@register(RoutingEvent.CASE_APPROVED, 1)
class CaseApproved(CaseworkerNote):
    pass


@register(RoutingEvent.CASE_REJECTED, 1)
class CaseRejected(Schema):
    reason = fields.String(required=True, validate=REASON, metadata=personal())
    caseworker_id = fields.String(required=True)


@register(RoutingEvent.CASE_COMPLETED, 1)
class CaseCompleted(CaseworkerNote):
    pass


@register(RoutingEvent.CASE_WITHDRAWN, 1)
class CaseWithdrawn(Schema):
    withdrawn_by = fields.String(required=True)


@register(RoutingEvent.CLAIM_REMINDER_RAISED, 1)
class ClaimReminderRaised(Schema):
    """A routed case nobody has claimed for 3 working days: the office is reminded, once."""

    office_id = fields.String(required=True)
    routed_at = fields.AwareDateTime(required=True, format="iso")
    due_on = fields.Date(required=True)


@register(RoutingEvent.FEE_REDUCTION_GRANTED, 1)
class FeeReductionGranted(Schema):
    """A caseworker waives a fee (for lack of means, § 10 JVKostG, say) or reduces it, with a reason."""

    kind = fields.String(required=True, validate=validate.OneOf(["waiver", "reduction"]))
    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    reason = fields.String(required=True, validate=validate.Length(min=3, max=500))
    caseworker_id = fields.String(required=True)
    # A waiver of the whole fee is approved by a second person of the office (four eyes): who approved it.
    # None on a reduction, and on waivers recorded before the desk asked for a second person.
    approved_by = fields.String(load_default=None, allow_none=True)


@register(RoutingEvent.FEE_WAIVER_PROPOSED, 1)
class FeeWaiverProposed(Schema):
    """A caseworker proposes to waive the whole fee, with a reason. Nothing is waived yet: a second person of
    the office approves it (then FeeReductionGranted, which fees books) or declines it."""

    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    reason = fields.String(required=True, validate=validate.Length(min=3, max=500))
    caseworker_id = fields.String(required=True)


@register(RoutingEvent.FEE_WAIVER_DECLINED, 1)
class FeeWaiverDeclined(Schema):
    """The second person declines a proposed waiver; the fee stays as it was."""

    caseworker_id = fields.String(required=True)
    note = fields.String(
        load_default=None, allow_none=True, validate=validate.Length(max=2000), metadata=personal()
    )


@register(RoutingEvent.SLOT_BLOCKED, 1)
class SlotBlocked(Schema):
    """A caseworker takes one counter's slot at an office out of booking (a meeting, an absence). Recorded in
    the stream of the office's day (shared/contracts/appointments.py: `calendar_stream`); intake, which books,
    takes the slot away from citizens where it is still free."""

    office_id = fields.String(required=True)
    starts_at = fields.AwareDateTime(required=True, format="iso")
    caseworker_id = fields.String(required=True)
    reason = fields.String(required=True, validate=validate.Length(min=3, max=200))


@register(RoutingEvent.APPOINTMENT_MISSED, 1)
class AppointmentMissed(Schema):
    """The citizen did not come to the booked visit (a no-show), as the caseworker at the counter marks it."""

    caseworker_id = fields.String(required=True)
