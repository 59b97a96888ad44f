"""Routing's tables as the version of 2026-12-06 made them: the first revision of its history."""

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
        "access_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.Column("staff_id", sa.String(length=60), nullable=False),
        sa.Column("office_id", sa.String(length=60), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("what", sa.String(length=60), nullable=False),
        sa.Column("remote_addr", sa.String(length=60), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "applications",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("submitted_at", UTC_TIME, nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_table(
        "case_fees",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("assessed_cents", sa.Integer(), nullable=False),
        sa.Column("open_cents", sa.Integer(), nullable=False),
        sa.Column("kassenzeichen", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_table(
        "cases",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=60), nullable=False),
        sa.Column("service_id", sa.String(length=60), nullable=False),
        sa.Column("service_name", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("payment_first", sa.Boolean(), nullable=False),
        sa.Column("routed_at", UTC_TIME, nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("remind_at", UTC_TIME, nullable=True),
        sa.Column("claimed_by", sa.String(length=60), nullable=True),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_table(
        "page_sessions",
        sa.Column("id_sha256", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=60), nullable=False),
        sa.Column("started_at", UTC_TIME, nullable=False),
        sa.Column("ended_at", UTC_TIME, nullable=True),
        sa.PrimaryKeyConstraint("id_sha256"),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("office_id", sa.String(length=60), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("key_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("revoked_at", UTC_TIME, nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_access_log_case", "access_log", ["case_id", "at"], unique=False)
    op.create_index(
        "ix_cases_office_open_due", "cases", ["office_id", "open", "due_on", "case_id"], unique=False
    )
    op.create_index("ix_cases_remind_at", "cases", ["remind_at"], unique=False)
    op.create_index(
        "ix_cases_office_state_due", "cases", ["office_id", "state", "due_on", "case_id"], unique=False
    )


def downgrade() -> None:
    # Forward only: a version is undone by restoring the copy taken before it (README, "Upgrading")
    raise NotImplementedError
