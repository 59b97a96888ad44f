"""The audit's own tables (its view's sign-ins, its access log) as the version of 2026-12-06 made them: the
first revision of its history."""

import sqlalchemy as sa
from alembic import op

from shared.kernel.migrations.columns import UTC_TIME

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.Column("staff_id", sa.String(length=60), nullable=False),
        sa.Column("what", sa.String(length=60), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("period", sa.String(length=30), nullable=True),
        sa.Column("remote_addr", sa.String(length=60), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "page_sessions",
        sa.Column("id_sha256", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=60), nullable=False),
        sa.Column("started_at", UTC_TIME, nullable=False),
        sa.Column("ended_at", UTC_TIME, nullable=True),
        sa.PrimaryKeyConstraint("id_sha256"),
    )
    op.create_index("ix_audit_access_log_case", "access_log", ["case_id", "at"], unique=False)


def downgrade() -> None:
    # Forward only: a version is undone by restoring the copy taken before it (README, "Upgrading")
    raise NotImplementedError
