"""The shapes of what reaches fees over HTTP: the payment provider's callback and journal queries."""

from marshmallow import Schema, fields, validate

from shared.contracts.fees import KASSENZEICHEN


class PaymentCallback(Schema):
    payment_id = fields.String(required=True, validate=validate.Length(min=1, max=100))
    kassenzeichen = fields.String(
        required=True, validate=KASSENZEICHEN, error_messages={"validator_failed": "Zehn Ziffern erwartet."}
    )
    amount_cents = fields.Integer(
        required=True, strict=True, validate=validate.Range(min=1, max=100_000_000, error="Betrag ab 1 Cent.")
    )
    currency = fields.String(required=True, validate=validate.Equal("EUR", error="Nur EUR."))
    paid_at = fields.AwareDateTime(required=True)


class Period(Schema):
    start = fields.Date(required=True, data_key="from")
    end = fields.Date(required=True, data_key="to")
