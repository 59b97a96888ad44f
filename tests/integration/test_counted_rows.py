"""Counters kept by `Rows.count` (the desk's open cases per state): additions, so that transactions counting
the same row at once both count, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from shared.kernel.db import make_engine
from shared.kernel.rows import rows_of

COUNTS = sa.Table(
    "counts",
    sa.MetaData(),
    sa.Column("office_id", sa.String(20), primary_key=True),
    sa.Column("state", sa.String(20), primary_key=True),
    sa.Column("cases", sa.Integer, nullable=False),
)


def counted(engine: sa.Engine) -> dict[tuple[str, str], int]:
    with engine.connect() as conn:
        return {(o, s): n for o, s, n in conn.execute(sa.select(COUNTS))}


def test_counts_add_up_and_a_row_counted_to_nothing_stays(database_url):
    engine = make_engine(database_url)
    COUNTS.metadata.create_all(engine)
    with engine.begin() as conn:
        rows = rows_of(conn)
        rows.count(COUNTS, ("standesamt", "routed"), cases=1)
        rows.count(COUNTS, ("standesamt", "routed"), cases=1)
        rows.count(COUNTS, ("gewerbeamt", "routed"), cases=1)
    with engine.begin() as conn:
        rows = rows_of(conn)
        rows.count(COUNTS, ("gewerbeamt", "routed"), cases=-1)
        rows.count(COUNTS, ("gewerbeamt", "in_progress"), cases=1)
        rows.count(COUNTS, ("gewerbeamt", "in_progress"), cases=-1)
    assert counted(engine) == {
        ("standesamt", "routed"): 2,
        ("gewerbeamt", "routed"): 0,
        ("gewerbeamt", "in_progress"): 0,  # as a replay counting those in two batches would leave it
    }
    with pytest.raises(RuntimeError), engine.begin() as conn:  # a transaction rolled back counts nothing
        rows_of(conn).count(COUNTS, ("standesamt", "routed"), cases=5)
        raise RuntimeError("refused")
    assert counted(engine)[("standesamt", "routed")] == 2
    engine.dispose()


def test_two_transactions_counting_one_row_at_once_both_count(postgres_url):
    engine = make_engine(postgres_url)
    COUNTS.metadata.create_all(engine)
    with engine.begin() as conn:
        rows_of(conn).count(COUNTS, ("buergerbuero", "routed"), cases=1)
    first = engine.connect()
    rows_of(first).count(COUNTS, ("buergerbuero", "routed"), cases=1)
    first.execute(sa.select(1))  # the count is written and its row locked, not yet committed
    second_done = threading.Event()

    def second() -> None:
        with engine.begin() as conn:
            rows_of(conn).count(COUNTS, ("buergerbuero", "routed"), cases=1)
        second_done.set()

    thread = threading.Thread(target=second)
    thread.start()
    assert not second_done.wait(0.5)  # it waits for the first's row, and then adds to what that wrote
    first.commit()
    first.close()
    thread.join(10)
    assert counted(engine) == {("buergerbuero", "routed"): 3}
    engine.dispose()
