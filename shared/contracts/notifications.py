"""Events on `cases.notifications`: each delivery, or its final failure."""

from enum import StrEnum

from marshmallow import Schema, fields, validate

from shared.kernel.events import register
from shared.kernel.personal import personal


class NotificationsEvent(StrEnum):
    """The event types on `cases.notifications`."""

    NOTIFICATION_SENT = "NotificationSent"
    NOTIFICATION_FAILED = "NotificationFailed"


CHANNEL = validate.OneOf(["email", "callback"])


@register(NotificationsEvent.NOTIFICATION_SENT, 1)
class NotificationSent(Schema):
    channel = fields.String(required=True, validate=CHANNEL)
    template = fields.String(required=True)
    description = fields.String(required=True)  # in German, for a person reading the case's timeline
    recipient = fields.String(required=True, metadata=personal())
    message_id = fields.String(required=True)
    attempts = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    trigger_event_id = fields.UUID(required=True)


@register(NotificationsEvent.NOTIFICATION_FAILED, 1)
class NotificationFailed(Schema):
    """The last try failed; the delivery waits for an operator (`rathaus notifications retry`)."""

    channel = fields.String(required=True, validate=CHANNEL)
    template = fields.String(required=True)
    description = fields.String(required=True)
    recipient = fields.String(required=True, metadata=personal())
    attempts = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    error = fields.String(required=True, metadata=personal())  # a server's answer may name the address
    trigger_event_id = fields.UUID(required=True)
