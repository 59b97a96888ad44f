"""Intake's own tables: accepted applications (with their idempotency keys) and the case status projection."""

import sqlalchemy as sa

from shared.tables import UTCDateTime

metadata = sa.MetaData()

applications = sa.Table(
    "applications",
    metadata,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("idempotency_key", sa.String(200), nullable=False, unique=True),
    sa.Column("request_sha256", sa.String(64), nullable=False),
    sa.Column("service_id", sa.String(60), nullable=False),
    sa.Column("submitted_at", UTCDateTime, nullable=False),
)

case_status = sa.Table(
    "case_status",
    metadata,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("service_id", sa.String(60), nullable=True),
    sa.Column("submitted_at", UTCDateTime, nullable=True),
    sa.Column("fee_total_cents", sa.BigInteger, nullable=True),
    sa.Column("fee_schedule_version", sa.String(40), nullable=True),
    sa.Column("office_id", sa.String(60), nullable=True),
    sa.Column("office_name", sa.String(200), nullable=True),
    sa.Column("receipt_sent_at", UTCDateTime, nullable=True),
    sa.Column("updated_at", UTCDateTime, nullable=False),
)
