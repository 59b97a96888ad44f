"""Notifications' own tables: whom a case concerns, the vendors' callback addresses, and every delivery to
make, so that a redelivered event never sends twice and a restart loses nothing."""

import sqlalchemy as sa

from shared.kernel.tables import Json, OptionalJson, UTCDateTime

metadata = sa.MetaData()

# Whom to tell about a case: filled from ApplicationSubmitted (the citizen, the submitter) and CaseRouted
# (the office); the two arrive in either order.
recipients = sa.Table(
    "recipients",
    metadata,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("citizen", OptionalJson, nullable=True),  # given_name, family_name, email; service_name
    sa.Column("submitter_id", sa.String(60), nullable=True),  # a vendor's id, when a vendor submitted
    sa.Column("office", OptionalJson, nullable=True),  # name, address, email, phone
)

# Where a vendor's assistant wants to hear of its cases; the secret signs each callback (HMAC-SHA-512), so it
# is kept as is (it must be, to sign) and shown once when set.
vendor_callbacks = sa.Table(
    "vendor_callbacks",
    metadata,
    sa.Column("submitter_id", sa.String(60), primary_key=True),
    sa.Column("url", sa.String(2000), nullable=False),
    sa.Column("secret", sa.String(200), nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
)

deliveries = sa.Table(
    "deliveries",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("case_id", sa.String(36), nullable=False),
    sa.Column("trigger_event_id", sa.String(36), nullable=False),
    sa.Column("trigger_event_type", sa.String(100), nullable=False),
    sa.Column("trigger_occurred_at", UTCDateTime, nullable=False),
    sa.Column("trigger_payload", Json, nullable=False),
    sa.Column("correlation_id", sa.String(36), nullable=False),
    sa.Column("channel", sa.String(20), nullable=False),  # email, callback
    sa.Column("template", sa.String(60), nullable=False),
    sa.Column("recipient", sa.String(2000), nullable=True),  # known once sent
    # pending, delivered (out, its NotificationSent not yet recorded), sent, failed, skipped
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("next_attempt_at", UTCDateTime, nullable=False),
    sa.Column("last_error", sa.Text, nullable=True),
    sa.Column("sent_at", UTCDateTime, nullable=True),
    sa.UniqueConstraint("trigger_event_id", "channel", "template", name="uq_delivery_trigger"),
    sa.Index("ix_deliveries_due", "state", "next_attempt_at"),
)
