"""Column types as migrations write them, fixed here so a migration means the same years later whatever the
live tables (shared/kernel/tables.py) come to use."""

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

UTC_TIME = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
# SQLite numbers rows by itself only in an INTEGER PRIMARY KEY
POSITION = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
