"""A database made by an older version is refused at start, by name, instead of failing request by request."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from services.intake.tables import metadata as intake_tables
from shared.kernel.db import make_engine
from shared.kernel.tables import OutdatedDatabase, create_store_tables


def test_a_table_without_a_column_the_code_needs_is_refused_at_start(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    with engine.begin() as conn:  # the applications table as an older version made it
        conn.execute(sa.text("CREATE TABLE applications (case_id VARCHAR(36) PRIMARY KEY)"))
    with pytest.raises(OutdatedDatabase) as refused:
        create_store_tables(engine, intake_tables)
    assert "applications.submitter_id" in str(refused.value) and "make clean" in str(refused.value)
    engine.dispose()


def test_a_current_database_passes_again_and_again(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    create_store_tables(engine, intake_tables)
    create_store_tables(engine, intake_tables)  # every process start checks again
    engine.dispose()
