"""Events on `cases.routing`."""

from marshmallow import Schema, fields

from shared.events import register


@register("CaseRouted", 1)
class CaseRouted(Schema):
    service_id = fields.String(required=True)
    office_id = fields.String(required=True)
    office_name = fields.String(required=True)
    rule = fields.String(required=True)
