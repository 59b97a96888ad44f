"""Visits booked at the offices and slots blocked from the desk (#18): two tables of their own."""

import sqlalchemy as sa
from alembic import op

from shared.kernel.migrations.columns import JSON, UTC_TIME

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appointments",
        sa.Column("case_id", sa.String(36), primary_key=True),
        sa.Column("office_id", sa.String(60), nullable=False),
        sa.Column("service_id", sa.String(60), nullable=False),
        sa.Column("service_name", sa.String(200), nullable=False),
        sa.Column("counter", sa.Integer, nullable=False),
        sa.Column("starts_at", UTC_TIME, nullable=False),
        sa.Column("ends_at", UTC_TIME, nullable=False),
        sa.Column("visitor", JSON, nullable=True),
        sa.Column("state", sa.String(20), nullable=False),
    )
    op.create_index("ix_appointments_office_start", "appointments", ["office_id", "starts_at"])
    op.create_table(
        "blocked_slots",
        sa.Column("event_id", sa.String(36), primary_key=True),
        sa.Column("office_id", sa.String(60), nullable=False),
        sa.Column("starts_at", UTC_TIME, nullable=False),
        sa.Column("caseworker_id", sa.String(60), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
    )
    op.create_index("ix_blocked_slots_office_start", "blocked_slots", ["office_id", "starts_at"])


def downgrade() -> None:
    # Forward only: a version is undone by restoring the copy taken before it (README, "Upgrading")
    raise NotImplementedError
