"""Events on `cases.notifications`."""

from marshmallow import Schema, fields, validate

from shared.events import register


@register("NotificationSent", 1)
class NotificationSent(Schema):
    channel = fields.String(required=True, validate=validate.OneOf(["email"]))
    template = fields.String(required=True)
    recipient = fields.String(required=True)
    message_id = fields.String(required=True)
    trigger_event_id = fields.UUID(required=True)
