"""Notifications' own table: every mail to send, so a redelivered event never sends a second one."""

import sqlalchemy as sa

from shared.tables import UTCDateTime

metadata = sa.MetaData()

deliveries = sa.Table(
    "deliveries",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("case_id", sa.String(36), nullable=False),
    sa.Column("trigger_event_id", sa.String(36), nullable=False),
    sa.Column("correlation_id", sa.String(36), nullable=False),
    sa.Column("template", sa.String(60), nullable=False),
    sa.Column("recipient", sa.String(320), nullable=False),
    sa.Column("subject", sa.String(300), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("state", sa.String(20), nullable=False),  # pending, sent, failed
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("next_attempt_at", UTCDateTime, nullable=False),
    sa.Column("last_error", sa.Text, nullable=True),
    sa.Column("sent_at", UTCDateTime, nullable=True),
    sa.UniqueConstraint("trigger_event_id", "template", name="uq_delivery_trigger_template"),
)
