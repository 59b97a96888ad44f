"""The key store's one table: a key per case, NULL once erased."""

import sqlalchemy as sa
from alembic import op

from shared.kernel.migrations.columns import UTC_TIME

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_keys",
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("key", sa.LargeBinary(32), nullable=True),
        sa.Column("made_at", UTC_TIME, nullable=False),
        sa.Column("erased_at", UTC_TIME, nullable=True),
        sa.PrimaryKeyConstraint("case_id"),
    )


def downgrade() -> None:
    # Forward only: a version is undone by restoring the copy taken before it (README, "Upgrading")
    raise NotImplementedError
