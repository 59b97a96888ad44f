"""Notifications' tables as the version of 2026-12-06 made them: the first revision of its history."""

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
        "deliveries",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("trigger_event_id", sa.String(length=36), nullable=False),
        sa.Column("trigger_event_type", sa.String(length=100), nullable=False),
        sa.Column("trigger_occurred_at", UTC_TIME, nullable=False),
        sa.Column("trigger_payload", JSON, nullable=False),
        sa.Column("correlation_id", sa.String(length=36), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("template", sa.String(length=60), nullable=False),
        sa.Column("recipient", sa.String(length=2000), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTC_TIME, nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("sent_at", UTC_TIME, nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("trigger_event_id", "channel", "template", name="uq_delivery_trigger"),
    )
    op.create_table(
        "recipients",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("citizen", JSON, nullable=True),
        sa.Column("submitter_id", sa.String(length=60), nullable=True),
        sa.Column("office", JSON, nullable=True),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_table(
        "vendor_callbacks",
        sa.Column("submitter_id", sa.String(length=60), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("secret", sa.String(length=200), nullable=False),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("submitter_id"),
    )
    op.create_index("ix_deliveries_due", "deliveries", ["state", "next_attempt_at"], unique=False)


def downgrade() -> None:
    # Forward only: a version is undone by restoring the copy taken before it (README, "Upgrading")
    raise NotImplementedError
