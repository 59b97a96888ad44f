"""Fees' tables as the version of 2026-12-06 made them: the first revision of its history."""

import sqlalchemy as sa
from alembic import op

from shared.kernel.migrations.columns import UTC_TIME
from shared.kernel.migrations.kernel_tables import create_kernel_tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_kernel_tables()
    op.create_table(
        "assessments",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("service_id", sa.String(length=60), nullable=False),
        sa.Column("schedule_version", sa.String(length=60), nullable=False),
        sa.Column("total_cents", sa.BigInteger(), nullable=False),
        sa.Column("assessed_at", UTC_TIME, nullable=False),
        sa.Column("chip_number", sa.String(length=15), nullable=True),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.create_table(
        "journal_entries",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kassenzeichen", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", UTC_TIME, nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id"),
        sa.UniqueConstraint("event_id"),
    )
    op.create_table(
        "kassenzeichen_counters",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )
    op.create_table(
        "provider_payments",
        sa.Column("provider", sa.String(length=40), nullable=False),
        sa.Column("payment_id", sa.String(length=100), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("kassenzeichen", sa.String(length=10), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("provider", "payment_id"),
    )
    op.create_table(
        "receivables",
        sa.Column("kassenzeichen", sa.String(length=10), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("service_id", sa.String(length=60), nullable=False),
        sa.Column("assessed_cents", sa.BigInteger(), nullable=False),
        sa.Column("paid_cents", sa.BigInteger(), nullable=False),
        sa.Column("overpaid_cents", sa.BigInteger(), nullable=False),
        sa.Column("waived_cents", sa.BigInteger(), nullable=False),
        sa.Column("refunded_cents", sa.BigInteger(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("kassenzeichen"),
    )
    op.create_table(
        "journal_lines",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=10), nullable=False),
        sa.Column("kassenzeichen", sa.String(length=10), nullable=True),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entries.entry_id"],
        ),
        sa.PrimaryKeyConstraint("entry_id", "line_no"),
    )
    op.create_index("ix_assessments_chip_number", "assessments", ["chip_number"], unique=False)
    op.create_index("ix_journal_entries_booked_on", "journal_entries", ["booked_on"], unique=False)
    op.create_index("ix_journal_entries_kassenzeichen", "journal_entries", ["kassenzeichen"], unique=False)
    op.create_index("ix_receivables_case_id", "receivables", ["case_id"], unique=False)
    op.create_index("ix_journal_lines_account", "journal_lines", ["account"], unique=False)


def downgrade() -> None:
    # Forward only: a version is undone by restoring the copy taken before it (README, "Upgrading")
    raise NotImplementedError
