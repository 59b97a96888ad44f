"""Events on `cases.fees`; the town's accounting system reads these. Money is integer cents in EUR."""

from enum import StrEnum

from marshmallow import Schema, fields, validate

from shared.kernel.events import register
from shared.kernel.personal import personal


class FeesEvent(StrEnum):
    """The event types on `cases.fees`."""

    FEE_ASSESSED = "FeeAssessed"
    PAYMENT_REQUESTED = "PaymentRequested"
    FEE_BOOKED = "FeeBooked"
    PAYMENT_RECEIVED = "PaymentReceived"
    FEE_WAIVED = "FeeWaived"
    FEE_REFUNDED = "FeeRefunded"


class LineItemSchema(Schema):
    code = fields.String(required=True)
    description = fields.String(required=True)
    quantity = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    unit_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    legal_source = fields.String(required=True)
    # For a charge by the month (dog tax): the first and last month it covers, YYYY-MM.
    period_from = fields.String(validate=validate.Regexp(r"^\d{4}-\d{2}$"))
    period_to = fields.String(validate=validate.Regexp(r"^\d{4}-\d{2}$"))


class TaxObjectSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(["dog"]))
    chip_number = fields.String(required=True)


@register(FeesEvent.FEE_ASSESSED, 1)
class FeeAssessed(Schema):
    service_id = fields.String(required=True)
    schedule_version = fields.String(required=True)
    line_items = fields.List(fields.Nested(LineItemSchema), required=True)
    total_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    currency = fields.String(required=True, validate=validate.Equal("EUR"))
    tax_object = fields.Nested(TaxObjectSchema, metadata=personal())  # the dog's chip: its keeper's


KASSENZEICHEN = validate.Regexp(r"^\d{10}$")
CENTS = validate.Range(min=0)


@register(FeesEvent.PAYMENT_REQUESTED, 1)
class PaymentRequested(Schema):
    kassenzeichen = fields.String(required=True, validate=KASSENZEICHEN)
    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    currency = fields.String(required=True, validate=validate.Equal("EUR"))
    due_on = fields.Date(required=True)


class JournalLineSchema(Schema):
    account = fields.String(required=True)
    # Debit positive, credit negative; the lines of one entry add up to zero.
    amount_cents = fields.Integer(required=True, strict=True)
    kassenzeichen = fields.String(load_default=None, allow_none=True, validate=KASSENZEICHEN)


@register(FeesEvent.FEE_BOOKED, 1)
class FeeBooked(Schema):
    entry_id = fields.UUID(required=True)
    kind = fields.String(
        required=True,
        validate=validate.OneOf(["assessment", "payment", "waiver", "reduction", "cancellation", "refund"]),
    )
    kassenzeichen = fields.String(required=True, validate=KASSENZEICHEN)
    booked_on = fields.Date(required=True)
    description = fields.String(required=True)
    lines = fields.List(fields.Nested(JournalLineSchema), required=True, validate=validate.Length(min=2))


@register(FeesEvent.PAYMENT_RECEIVED, 1)
class PaymentReceived(Schema):
    provider = fields.String(required=True)
    payment_id = fields.String(required=True, validate=validate.Length(min=1, max=100))
    kassenzeichen = fields.String(required=True, validate=KASSENZEICHEN)
    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    paid_at = fields.AwareDateTime(required=True, format="iso")
    # What it did to the receivable: settled it, part of it, more than it, or came when nothing was open.
    outcome = fields.String(
        required=True, validate=validate.OneOf(["settled", "partial", "overpaid", "unexpected"])
    )
    applied_cents = fields.Integer(required=True, strict=True, validate=CENTS)
    excess_cents = fields.Integer(required=True, strict=True, validate=CENTS)


@register(FeesEvent.FEE_WAIVED, 1)
class FeeWaived(Schema):
    kassenzeichen = fields.String(required=True, validate=KASSENZEICHEN)
    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    kind = fields.String(required=True, validate=validate.OneOf(["waiver", "reduction", "cancellation"]))
    reason = fields.String(required=True, validate=validate.Length(min=1, max=500))
    decided_by = fields.String(required=True)


@register(FeesEvent.FEE_REFUNDED, 1)
class FeeRefunded(Schema):
    kassenzeichen = fields.String(required=True, validate=KASSENZEICHEN)
    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    reason = fields.String(required=True, validate=validate.Length(min=1, max=500))
