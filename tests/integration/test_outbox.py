"""The outbox: nothing is lost between store and Kafka, and a re-publish has no second effect."""

from __future__ import annotations

import time

import sqlalchemy as sa

from infra.broker import Broker
from infra.topics import create_topics
from services.fees.service import SERVICE as FEES_SERVICE
from services.fees.tables import metadata as fees_tables
from shared.kernel.consumer import ConsumerRunner
from shared.kernel.db import make_engine
from shared.kernel.eventstore import EventStore
from shared.kernel.outbox import OutboxRelay
from shared.kernel.tables import create_store_tables, outbox
from tests.conftest import free_port
from tests.helpers import (
    Background,
    committed_offsets,
    new_case,
    read_events,
    read_topic,
    submitted,
    wait_for,
)

INTAKE = EventStore(producer="intake", topic="cases.intake")
FEES = EventStore(producer="fees", topic="cases.fees")


def test_event_committed_while_broker_is_down_is_published_when_it_is_back(
    postgres_url, tmp_path, monkeypatch, talks_to_own_broker
):
    store_engine = make_engine(postgres_url)
    create_store_tables(store_engine)
    broker = Broker(tmp_path / "kafka", port=free_port(), controller_port=free_port())
    broker.start()
    try:
        monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrap)
        monkeypatch.setenv("RATHAUS_TOPIC_PREFIX", "")
        create_topics(broker.bootstrap, "")
        broker.stop()

        case_id = new_case()
        with store_engine.begin() as conn:
            INTAKE.append(conn, case_id, 0, [submitted()])
        relay = OutboxRelay(store_engine)
        with Background(relay.run):
            time.sleep(3)  # the relay tries, and fails, while the broker is down
            assert _unpublished(store_engine) == 1
            broker.start()
            wait_for(lambda: _unpublished(store_engine) == 0, timeout=90)
        [event] = read_events(broker.bootstrap, "cases.intake", expect=1)
        assert event.case_id == case_id
    finally:
        broker.stop()


def test_relay_killed_between_publish_and_mark_makes_no_second_fee(
    store_engine, topics, kafka_bootstrap, tmp_path
):
    case_id = new_case()
    with store_engine.begin() as conn:
        INTAKE.append(conn, case_id, 0, [submitted(copies=2)])

    class DiesBeforeMarking(OutboxRelay):
        def _mark_published(self, conn, ids: list[int]) -> None:
            raise SystemExit("killed after publishing, before marking")

    dying = DiesBeforeMarking(store_engine)
    try:
        dying.publish_pending()
    except SystemExit:
        pass
    finally:
        dying.close()
    assert _unpublished(store_engine) == 1
    OutboxRelay(store_engine).publish_pending()  # the restarted relay publishes the same event again
    assert _unpublished(store_engine) == 0
    assert len(read_topic(kafka_bootstrap, topics + "cases.intake", expect=2)) == 2

    fees_engine = make_engine(f"sqlite:///{tmp_path / 'fees.db'}")
    create_store_tables(fees_engine, fees_tables)
    runner = ConsumerRunner("fees", fees_engine, ["cases.intake"], FEES_SERVICE.handle_batch)
    with Background(runner.run):
        wait_for(lambda: _count(fees_engine, case_id) == 1, timeout=30)  # one assessment
        # both copies consumed and their offsets committed
        group, topic = topics + "fees", topics + "cases.intake"
        wait_for(lambda: committed_offsets(kafka_bootstrap, group, topic) == 2, timeout=30)
    assert _count(fees_engine, case_id) == 1


def _count(engine: sa.Engine, case_id: str) -> int:
    with engine.connect() as conn:
        return sum(e.event_type == "FeeAssessed" for e in FEES.read_stream(conn, case_id))


def _unpublished(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(sa.func.count()).select_from(outbox).where(outbox.c.published_at.is_(None))
        ).scalar_one()
