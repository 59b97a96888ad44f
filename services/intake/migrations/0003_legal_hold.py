"""The citizen's view of a case says whether its personal data is kept past its retention period (a legal
hold). No case had one before: NULL is what its events give."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("case_status", sa.Column("legal_hold", sa.String(500), nullable=True))


def downgrade() -> None:
    # Forward only: a version is undone by restoring the copy taken before it (README, "Upgrading")
    raise NotImplementedError
