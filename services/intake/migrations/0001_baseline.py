"""Intake's tables as the version of 2026-12-06 made them: the first revision of its history."""

import sqlalchemy as sa
from alembic import op

from shared.kernel.migrations.columns import JSON, UTC_TIME
from shared.kernel.migrations.kernel_tables import create_kernel_tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_kernel_tables()
    op.create_table(
        "applications",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("submitter_id", sa.String(length=60), nullable=False),
        sa.Column("idempotency_key", sa.String(length=200), nullable=False),
        sa.Column("request_sha256", sa.String(length=64), nullable=False),
        sa.Column("service_id", sa.String(length=60), nullable=False),
        sa.Column("submitted_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("case_id"),
        sa.UniqueConstraint("submitter_id", "idempotency_key", name="uq_application_idempotency"),
    )
    op.create_table(
        "case_status",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("service_id", sa.String(length=60), nullable=True),
        sa.Column("submitted_at", UTC_TIME, nullable=True),
        sa.Column("withdrawn_at", UTC_TIME, nullable=True),
        sa.Column("progress", sa.String(length=30), nullable=True),
        sa.Column("fee_total_cents", sa.BigInteger(), nullable=True),
        sa.Column("fee_schedule_version", sa.String(length=40), nullable=True),
        sa.Column("paid_cents", sa.BigInteger(), nullable=False),
        sa.Column("waived_cents", sa.BigInteger(), nullable=False),
        sa.Column("kassenzeichen", sa.String(length=10), nullable=True),
        sa.Column("due_on", sa.String(length=10), nullable=True),
        sa.Column("office_id", sa.String(length=60), nullable=True),
        sa.Column("office_name", sa.String(length=200), nullable=True),
        sa.Column("receipt_sent_at", UTC_TIME, nullable=True),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_table(
        "submitters",
        sa.Column("id", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("key_sha256", sa.String(length=64), nullable=False),
        sa.Column("services", JSON, nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("revoked_at", UTC_TIME, nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "timeline",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("occurred_at", UTC_TIME, nullable=False),
        sa.Column("producer", sa.String(length=40), nullable=False),
        sa.Column("event_type", sa.String(length=100), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
    )
    op.create_table(
        "tracking_tokens",
        sa.Column("token_sha256", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("issued_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("token_sha256"),
    )
    op.create_index("ix_timeline_case_id", "timeline", ["case_id"], unique=False)
    op.create_index("ix_tracking_tokens_case_id", "tracking_tokens", ["case_id"], unique=False)


def downgrade() -> None:
    # Forward only: a version is undone by restoring the copy taken before it (README, "Upgrading")
    raise NotImplementedError
