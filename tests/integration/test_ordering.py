"""A reader that follows a store by position never skips an event whose transaction commits late."""

from __future__ import annotations

import threading
import time

import sqlalchemy as sa

from shared.kernel.db import make_engine
from shared.kernel.eventstore import EventStore
from shared.kernel.outbox import OutboxRelay
from shared.kernel.tables import create_store_tables, outbox
from tests.helpers import Background, new_case, read_events, submitted, wait_for

STORE = EventStore(producer="intake", topic="cases.intake")


def test_transaction_held_open_while_a_later_one_commits(store_engine, topics, kafka_bootstrap):
    slow_case, fast_case = new_case(), new_case()
    slow_appended, release_slow = threading.Event(), threading.Event()
    seen_positions: list[int] = []

    def slow_writer() -> None:
        with store_engine.begin() as conn:
            STORE.append(conn, slow_case, 0, [submitted()])
            slow_appended.set()
            release_slow.wait(10)

    def fast_writer() -> None:
        with store_engine.begin() as conn:
            STORE.append(conn, fast_case, 0, [submitted()])

    def follower(stop: threading.Event) -> None:
        after = 0
        while not stop.is_set():
            with store_engine.connect() as conn:
                for position, _event in STORE.read_all(conn, after=after):
                    seen_positions.append(position)
                    after = position
            stop.wait(0.02)

    relay = OutboxRelay(store_engine)
    with Background(relay.run), Background(follower):
        slow = threading.Thread(target=slow_writer)
        slow.start()
        assert slow_appended.wait(10)
        fast = threading.Thread(target=fast_writer)
        fast.start()
        time.sleep(0.5)  # the later writer tries to commit while the first holds its transaction open
        release_slow.set()
        slow.join(10)
        fast.join(10)
        wait_for(lambda: len(seen_positions) == 2, timeout=10)
        wait_for(lambda: _unpublished(store_engine) == 0, timeout=20)

    published = read_events(kafka_bootstrap, topics + "cases.intake", expect=2)
    assert sorted(e.case_id for e in published) == sorted([slow_case, fast_case])
    assert len(published) == 2
    assert seen_positions == sorted(seen_positions)


def test_concurrent_writers_are_published_in_store_order_per_case(store_engine, topics, kafka_bootstrap):
    cases = [new_case() for _ in range(4)]
    versions_per_case = 5

    def writer(case_id: str) -> None:
        for version in range(versions_per_case):
            with store_engine.begin() as conn:
                STORE.append(conn, case_id, version, [submitted(copies=version + 1)])

    relay = OutboxRelay(store_engine, batch_size=3)
    with Background(relay.run):
        threads = [threading.Thread(target=writer, args=(case_id,)) for case_id in cases]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        wait_for(lambda: _unpublished(store_engine) == 0, timeout=30)

    total = len(cases) * versions_per_case
    published = read_events(kafka_bootstrap, topics + "cases.intake", expect=total)
    assert len(published) == total
    for case_id in cases:
        versions = [e.stream_version for e in published if e.case_id == case_id]
        assert versions == list(range(1, versions_per_case + 1))


def _unpublished(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(sa.func.count()).select_from(outbox).where(outbox.c.published_at.is_(None))
        ).scalar_one()


def test_two_relays_on_one_postgresql_store_publish_each_event_once(postgres_url, topics, kafka_bootstrap):
    engine = make_engine(postgres_url)
    create_store_tables(engine)
    cases = [new_case() for _ in range(100)]
    with engine.begin() as conn:
        for case_id in cases:
            STORE.append(conn, case_id, 0, [submitted()])
    with Background(OutboxRelay(engine, batch_size=2).run), Background(OutboxRelay(engine, batch_size=2).run):
        wait_for(lambda: _unpublished(engine) == 0, timeout=30)
    published = read_events(kafka_bootstrap, topics + "cases.intake", expect=len(cases))
    assert len(published) == len(cases)
    assert sorted(e.case_id for e in published) == sorted(cases)
