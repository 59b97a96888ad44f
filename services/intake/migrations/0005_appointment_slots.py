"""The offices' slots taken by appointments or blocked from the desk (#18): a table of its own."""

import sqlalchemy as sa
from alembic import op

from shared.kernel.migrations.columns import UTC_TIME

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appointment_slots",
        sa.Column("office_id", sa.String(60), primary_key=True),
        sa.Column("starts_at", UTC_TIME, primary_key=True),
        sa.Column("counter", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.String(36), nullable=True),
        sa.Column("blocked_by", sa.String(60), nullable=True),
        sa.Column("taken_at", UTC_TIME, nullable=False),
    )
    op.create_index("ix_appointment_slots_case_id", "appointment_slots", ["case_id"])


def downgrade() -> None:
    # Forward only: a version is undone by restoring the copy taken before it (README, "Upgrading")
    raise NotImplementedError
