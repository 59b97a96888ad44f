"""Accounting sees on each receivable when its newest payment came in. The PaymentReceived events have said so
all along, so the column is not left empty: the fees projections are rebuilt from the store, beside the ones
in use, and switched at the commit (`rebuilds_projections`, shared/kernel/migrations)."""

import sqlalchemy as sa
from alembic import op

from shared.kernel.migrations.columns import UTC_TIME

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

rebuilds_projections = True


def upgrade() -> None:
    op.add_column("receivables", sa.Column("last_payment_at", UTC_TIME, nullable=True))


def downgrade() -> None:
    # Forward only: a version is undone by restoring the copy taken before it (README, "Upgrading")
    raise NotImplementedError
