"""The event store's tables as every service database first had them (the baseline of 2026-12-06), which each
service's first migration makes, and each later change to them, which a migration of each service's own runs:
the event store is the same in every service database."""

import sqlalchemy as sa
from alembic import op

from shared.kernel.migrations.columns import JSON, POSITION, UTC_TIME


def create_kernel_tables() -> None:
    op.create_table(
        "events",
        sa.Column("position", POSITION, autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("stream_version", sa.Integer(), nullable=False),
        sa.Column("event_type", sa.String(100), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("occurred_at", UTC_TIME, nullable=False),
        sa.Column("producer", sa.String(40), nullable=False),
        sa.Column("correlation_id", sa.String(36), nullable=False),
        sa.Column("causation_id", sa.String(36), nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(100), nullable=False),
        sa.Column("signature", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("position"),
        sa.UniqueConstraint("case_id", "stream_version", name="uq_events_case_version"),
        sa.UniqueConstraint("event_id"),
    )
    op.create_table(
        "processed_events",
        sa.Column("consumer", sa.String(100), nullable=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("processed_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("consumer", "event_id"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", POSITION, autoincrement=True, nullable=False),
        sa.Column("position", POSITION, nullable=False),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("published_at", UTC_TIME, nullable=True),
        sa.ForeignKeyConstraint(["position"], ["events.position"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("position"),
    )
    op.create_index("ix_outbox_published_at", "outbox", ["published_at"])


def add_sealed_personal_data() -> None:
    """Events keep their personal fields sealed in a column of their own (2026-12-06, decision 0022); the
    events written before have none, which the empty default says."""
    op.add_column("events", sa.Column("personal", sa.Text(), nullable=False, server_default=""))
