"""The event store on SQLite and on PostgreSQL: append, read, conflicts, the hash chain."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from shared.kernel.envelope import GENESIS_HASH, NewEvent, first_broken_link
from shared.kernel.events import InvalidEvent, decode
from shared.kernel.eventstore import ConcurrencyConflict, EventStore
from shared.kernel.tables import events, outbox
from tests.helpers import new_case, submitted

STORE = EventStore(producer="intake", topic="cases.intake")


def fee_event(total: int) -> NewEvent:
    item = {
        "code": "MB",
        "description": "Meldebescheinigung",
        "quantity": 1,
        "unit_cents": total,
        "amount_cents": total,
        "legal_source": "BMG § 18",
    }
    payload = {
        "service_id": "meldebescheinigung",
        "schedule_version": "v1",
        "line_items": [item],
        "total_cents": total,
        "currency": "EUR",
    }
    return NewEvent("FeeAssessed", payload)


def test_append_and_read_back(store_engine):
    case_id = new_case()
    application = submitted(copies=2)
    with store_engine.begin() as conn:
        written = STORE.append(conn, case_id, 0, [application, fee_event(1000)])
    with store_engine.connect() as conn:
        stream = STORE.recorded_stream(conn, case_id)
        opened = STORE.read_stream(conn, case_id)
    assert stream == written
    # Recorded, the applicant and the form are sealed with the case's key; read, they are back
    assert "applicant" not in stream[0].payload and "form" not in stream[0].payload and stream[0].personal
    assert opened[0].payload == application.payload and opened[1] == stream[1]
    assert [e.stream_version for e in stream] == [1, 2]
    assert stream[0].prev_hash == GENESIS_HASH and stream[1].prev_hash == stream[0].hash
    assert stream[0].occurred_at.tzinfo is not None and stream[0].occurred_at.utcoffset().total_seconds() == 0
    # the first event starts the correlation; the Kafka form round-trips with the same hash
    assert stream[0].correlation_id == stream[0].event_id
    assert decode(stream[1].to_json()) == stream[1]
    assert first_broken_link(stream) is None


def test_append_writes_outbox_rows_in_the_same_transaction(store_engine):
    case_id = new_case()
    with pytest.raises(RuntimeError), store_engine.begin() as conn:
        STORE.append(conn, case_id, 0, [submitted()])
        raise RuntimeError("the caller fails before commit")
    with store_engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(events)).scalar() == 0
        assert conn.execute(sa.select(sa.func.count()).select_from(outbox)).scalar() == 0
        STORE.append(conn, case_id, 0, [submitted()])
        conn.commit()
        assert conn.execute(sa.select(outbox.c.topic)).scalars().all() == ["cases.intake"]


def test_stale_expected_version_is_a_conflict_and_writes_nothing(store_engine):
    case_id = new_case()
    with store_engine.begin() as conn:
        STORE.append(conn, case_id, 0, [submitted()])
    with pytest.raises(ConcurrencyConflict) as conflict, store_engine.begin() as conn:
        STORE.append(conn, case_id, 0, [fee_event(1000)])
    assert (conflict.value.expected, conflict.value.actual) == (0, 1)
    with store_engine.connect() as conn:
        assert [e.event_type for e in STORE.read_stream(conn, case_id)] == ["ApplicationSubmitted"]


def test_unique_case_version_constraint_guards_without_the_check(store_engine):
    case_id = new_case()
    with store_engine.begin() as conn:
        [first] = STORE.append(conn, case_id, 0, [submitted()])
    row = {c.name: getattr(first, c.name, None) for c in events.columns if c.name != "position"}
    row["event_id"] = new_case()
    with pytest.raises(sa.exc.IntegrityError), store_engine.begin() as conn:
        conn.execute(events.insert().values(**row))


def test_a_stream_started_again_is_refused_when_its_events_are_written(store_engine):
    """`start` skips reading the stream; the constraint still refuses a second first event, at commit (on
    PostgreSQL from the end of the pipelined writes), as the same SQLAlchemy error."""
    case_id = new_case()
    with store_engine.begin() as conn:
        STORE.append(conn, case_id, 0, [submitted()])
    with pytest.raises(sa.exc.IntegrityError), store_engine.begin() as conn:
        STORE.start(conn, case_id)
        STORE.append(conn, case_id, 0, [submitted()])
    with store_engine.connect() as conn:
        assert len(STORE.read_stream(conn, case_id)) == 1


def test_payload_off_its_schema_is_refused(store_engine):
    with pytest.raises(InvalidEvent), store_engine.begin() as conn:
        STORE.append(conn, new_case(), 0, [NewEvent("ApplicationSubmitted", {"service_id": 3})])


def test_hash_chain_shows_an_edited_row(store_engine):
    case_id = new_case()
    with store_engine.begin() as conn:
        STORE.append(conn, case_id, 0, [submitted(), fee_event(1000), fee_event(500)])
    with store_engine.begin() as conn:
        stream = STORE.read_stream(conn, case_id)
        payload = dict(stream[1].payload, total_cents=1)
        conn.execute(events.update().where(events.c.event_id == stream[1].event_id).values(payload=payload))
    with store_engine.connect() as conn:
        broken = first_broken_link(STORE.recorded_stream(conn, case_id))
    assert broken is not None and broken.event_id == stream[1].event_id


def test_hash_chain_shows_a_removed_row(store_engine):
    case_id = new_case()
    with store_engine.begin() as conn:
        stream = STORE.append(conn, case_id, 0, [submitted(), fee_event(1000), fee_event(500)])
        conn.execute(outbox.delete())
        conn.execute(events.delete().where(events.c.event_id == stream[1].event_id))
    with store_engine.connect() as conn:
        broken = first_broken_link(STORE.recorded_stream(conn, case_id))
    assert broken is not None and broken.event_id == stream[2].event_id


def test_read_all_follows_the_global_order(store_engine):
    cases = [new_case() for _ in range(3)]
    for case_id in cases:
        with store_engine.begin() as conn:
            STORE.append(conn, case_id, 0, [submitted()])
    with store_engine.begin() as conn:
        STORE.append(conn, cases[0], 1, [fee_event(1000)])
    with store_engine.connect() as conn:
        everything = STORE.read_all(conn)
        positions = [position for position, _ in everything]
        assert positions == sorted(positions) and len(positions) == 4
        assert [e.case_id for _, e in everything] == [*cases, cases[0]]
        after_second = STORE.read_all(conn, after=positions[1])
        assert [p for p, _ in after_second] == positions[2:]


def test_a_write_refused_at_commit_leaves_no_broken_connection_behind(postgres_url):
    """A row the database refuses when the held rows are flushed at commit (a NUL in a text) fails that one
    transaction; the next one, on the same pool, works."""
    from shared.kernel.db import make_engine
    from shared.kernel.rows import rows_of

    engine = make_engine(postgres_url)
    notes = sa.Table(
        "notes", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True), sa.Column("text", sa.Text)
    )
    notes.metadata.create_all(engine)
    with pytest.raises(sa.exc.DBAPIError), engine.begin() as conn:
        rows_of(conn).insert(notes, {"id": 1, "text": "a\x00b"})
    with pytest.raises(sa.exc.DBAPIError), engine.connect() as conn:  # as intake commits a submission
        conn.execute(sa.select(1))
        rows_of(conn).insert(notes, {"id": 1, "text": "a\x00b"})
        conn.commit()
    for number in range(2, 5):  # every connection the pool hands out next is usable
        with engine.begin() as conn:
            rows_of(conn).insert(notes, {"id": number, "text": "ok"})
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(notes)).scalar_one() == 3
    engine.dispose()
