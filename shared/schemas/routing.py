"""Events on `cases.routing`."""

from marshmallow import Schema, fields, validate

from shared.events import register


@register("CaseRouted", 1)
class CaseRouted(Schema):
    service_id = fields.String(required=True)
    office_id = fields.String(required=True)
    office_name = fields.String(required=True)
    rule = fields.String(required=True)


@register("FeeReductionGranted", 1)
class FeeReductionGranted(Schema):
    """A caseworker waives a fee (for lack of means, § 10 JVKostG, say) or reduces it, with a reason."""

    kind = fields.String(required=True, validate=validate.OneOf(["waiver", "reduction"]))
    amount_cents = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    reason = fields.String(required=True, validate=validate.Length(min=3, max=500))
    caseworker_id = fields.String(required=True)
