"""Intake's own tables: submitters, accepted applications, their documents, tracking tokens, and the citizen's
view."""

import sqlalchemy as sa

from shared.kernel.tables import Json, UTCDateTime

metadata = sa.MetaData()

# Vendors' assistants and counter staff; their keys are stored as SHA-256 of a 256-bit random secret.
submitters = sa.Table(
    "submitters",
    metadata,
    sa.Column("id", sa.String(60), primary_key=True),
    sa.Column("kind", sa.String(20), nullable=False),  # vendor, counter
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("key_sha256", sa.String(64), nullable=False),
    sa.Column("services", Json, nullable=False),  # service ids; ["*"] for counter staff
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("revoked_at", UTCDateTime, nullable=True),
)

applications = sa.Table(
    "applications",
    metadata,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("submitter_id", sa.String(60), nullable=False),
    sa.Column("idempotency_key", sa.String(200), nullable=False),
    sa.Column("request_sha256", sa.String(64), nullable=False),
    sa.Column("service_id", sa.String(60), nullable=False),
    sa.Column("submitted_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("submitter_id", "idempotency_key", name="uq_application_idempotency"),
)

# The files citizens sent with an application or an answer, scanned before they were taken; their events
# carry the name, type, size and SHA-256, never the bytes. Erasing the case's personal data empties content
# and name.
documents = sa.Table(
    "documents",
    metadata,
    sa.Column("document_id", sa.String(36), primary_key=True),
    sa.Column("case_id", sa.String(36), nullable=False, index=True),
    sa.Column("kind", sa.String(60), nullable=False),
    sa.Column("filename", sa.String(200), nullable=True),
    sa.Column("media_type", sa.String(40), nullable=False),
    sa.Column("size_bytes", sa.Integer, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=True),
    sa.Column("received_at", UTCDateTime, nullable=False),
    sa.Column("erased_at", UTCDateTime, nullable=True),
)

# The offices' slots taken, one row per slot and counter: booked by a case, or blocked from the desk. The key
# is the slot itself, so the database refuses a second booking of it, whichever intake process tries.
appointment_slots = sa.Table(
    "appointment_slots",
    metadata,
    sa.Column("office_id", sa.String(60), primary_key=True),
    sa.Column("starts_at", UTCDateTime, primary_key=True),
    sa.Column("counter", sa.Integer, primary_key=True),
    sa.Column("case_id", sa.String(36), nullable=True, index=True),  # None: blocked
    sa.Column("blocked_by", sa.String(60), nullable=True),
    sa.Column("taken_at", UTCDateTime, nullable=False),
)

tracking_tokens = sa.Table(
    "tracking_tokens",
    metadata,
    sa.Column("token_sha256", sa.String(64), primary_key=True),
    sa.Column("case_id", sa.String(36), nullable=False, index=True),
    sa.Column("issued_at", UTCDateTime, nullable=False),
)

case_status = sa.Table(
    "case_status",
    metadata,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("service_id", sa.String(60), nullable=True),
    sa.Column("submitted_at", UTCDateTime, nullable=True),
    sa.Column("withdrawn_at", UTCDateTime, nullable=True),
    sa.Column("progress", sa.String(30), nullable=True),  # the state routing last reported
    sa.Column("fee_total_cents", sa.BigInteger, nullable=True),
    sa.Column("fee_schedule_version", sa.String(40), nullable=True),
    sa.Column("paid_cents", sa.BigInteger, nullable=False, default=0),
    sa.Column("waived_cents", sa.BigInteger, nullable=False, default=0),
    sa.Column("kassenzeichen", sa.String(10), nullable=True),
    sa.Column("due_on", sa.String(10), nullable=True),
    sa.Column("office_id", sa.String(60), nullable=True),
    sa.Column("office_name", sa.String(200), nullable=True),
    sa.Column("receipt_sent_at", UTCDateTime, nullable=True),
    # Why its personal data is kept past its retention period (LegalHoldPlaced), until released
    sa.Column("legal_hold", sa.String(500), nullable=True),
    sa.Column("updated_at", UTCDateTime, nullable=False),
)

timeline = sa.Table(
    "timeline",
    metadata,
    sa.Column("event_id", sa.String(36), primary_key=True),
    sa.Column("case_id", sa.String(36), nullable=False, index=True),
    sa.Column("occurred_at", UTCDateTime, nullable=False),
    sa.Column("producer", sa.String(40), nullable=False),
    sa.Column("event_type", sa.String(100), nullable=False),
    # Holds an office's question or a citizen's answer whole (2,000 characters): Text, not a guessed length
    sa.Column("summary", sa.Text, nullable=False),
)
