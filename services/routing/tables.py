"""Routing's own tables: the caseworkers (staff) and their credentials."""

import sqlalchemy as sa

from shared.tables import UTCDateTime

metadata = sa.MetaData()

# A caseworker's token is bound to one office and one role; only the SHA-256 of its secret is stored.
staff = sa.Table(
    "staff",
    metadata,
    sa.Column("id", sa.String(60), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("office_id", sa.String(60), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),  # caseworker, lead
    sa.Column("key_sha256", sa.String(64), nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("revoked_at", UTCDateTime, nullable=True),
)
