"""Events keep their personal fields sealed with the case's key, in a column of their own."""

from shared.kernel.migrations.kernel_tables import add_sealed_personal_data

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_sealed_personal_data()


def downgrade() -> None:
    # Forward only: a version is undone by restoring the copy taken before it (README, "Upgrading")
    raise NotImplementedError
