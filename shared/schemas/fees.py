"""Events on `cases.fees`; the town's accounting system reads these. Money is integer cents in EUR."""

from marshmallow import Schema, fields, validate

from shared.events import register


class LineItemSchema(Schema):
    code = fields.String(required=True)
    description = fields.String(required=True)
    quantity = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    unit_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    legal_source = fields.String(required=True)


@register("FeeAssessed", 1)
class FeeAssessed(Schema):
    service_id = fields.String(required=True)
    schedule_version = fields.String(required=True)
    line_items = fields.List(fields.Nested(LineItemSchema), required=True)
    total_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=0))
    currency = fields.String(required=True, validate=validate.Equal("EUR"))
