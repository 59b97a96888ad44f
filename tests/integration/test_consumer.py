"""The consumer runner: effectively once, and poison messages parked on the dead-letter topic."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import sqlalchemy as sa
from kafka import KafkaProducer

from services.fees.domain.kassenzeichen import parse
from services.fees.service import SERVICE as FEES_SERVICE
from services.fees.tables import metadata as fees_tables
from shared.kernel.consumer import ConsumerRunner
from shared.kernel.db import make_engine
from shared.kernel.envelope import Event
from shared.kernel.eventstore import EventStore
from shared.kernel.kafka import connection
from shared.kernel.signing import signing_key
from shared.kernel.tables import create_store_tables, processed_events
from tests.helpers import Background, committed_offsets, new_case, read_topic, recorded, submitted, wait_for

INTAKE = EventStore(producer="intake", topic="cases.intake")
FEES = EventStore(producer="fees", topic="cases.fees")


@pytest.fixture
def fees_engine(database_url):
    engine = make_engine(database_url)
    create_store_tables(engine, fees_tables)
    yield engine
    engine.dispose()


@pytest.fixture
def intake_events(tmp_path):
    """Makes real, sealed ApplicationSubmitted events in a scratch intake store."""
    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    create_store_tables(engine)

    def make(service_id: str = "meldebescheinigung", **form: object) -> Event:
        with engine.begin() as conn:
            [event] = INTAKE.append(conn, new_case(), 0, [submitted(service_id, **form)])
        return event

    return make


def send(bootstrap: str, topic: str, *messages: tuple[bytes, bytes]) -> None:
    producer = KafkaProducer(**connection(bootstrap=bootstrap), acks="all")
    for key, value in messages:
        producer.send(topic, key=key, value=value)
    producer.flush()
    producer.close()


def fee_events(engine: sa.Engine, case_id: str) -> list[Event]:
    with engine.connect() as conn:
        return FEES.read_stream(conn, case_id)


def test_redelivered_event_changes_nothing(fees_engine, intake_events, topics, kafka_bootstrap):
    event = intake_events(copies=1)
    copy = (event.case_id.encode(), event.to_json())
    send(kafka_bootstrap, topics + "cases.intake", copy, copy, copy)
    runner = ConsumerRunner("fees", fees_engine, ["cases.intake"], FEES_SERVICE.handle_batch)
    with Background(runner.run):
        wait_for(lambda: committed_offsets(kafka_bootstrap, topics + "fees", topics + "cases.intake") == 3)
    recorded = fee_events(fees_engine, event.case_id)
    assert [e.event_type for e in recorded] == ["FeeAssessed", "PaymentRequested", "FeeBooked"]
    assert all(e.causation_id == event.event_id for e in recorded)
    # and once more, straight into the runner, as a redelivery after a rebalance would bring it
    runner.process(event.to_json())
    assert fee_events(fees_engine, event.case_id) == recorded
    with fees_engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(processed_events)).scalar() == 1


def test_malformed_messages_go_to_the_dead_letter_topic_and_the_next_is_processed(
    fees_engine, intake_events, topics, kafka_bootstrap
):
    good = intake_events()
    tampered = json.loads(intake_events().to_json())
    tampered["payload"]["form"] = {"copies": 99}  # the hash no longer matches
    unknown = json.loads(intake_events().to_json())
    unknown["event_type"] = "SomethingElse"
    unsigned = replace(intake_events(), key_id="", signature="")  # its hash holds: only the signature lacks
    routing_key, signed_by_other = signing_key("routing"), intake_events()
    by_routing = replace(
        signed_by_other, key_id=routing_key.key_id, signature=routing_key.sign(signed_by_other.hash)
    )
    poison = [
        (b"k1", b"not json at all \xff"),
        (b"k1", b'{"event_type": "ApplicationSubmitted"}'),
        (b"k1", json.dumps(tampered).encode()),
        (b"k1", json.dumps(unknown).encode()),
        (b"k1", b"[" * 100_000 + b"]" * 100_000),  # past the interpreter's recursion
        (b"k1", b'{"schema_version": ' + b"9" * 5000 + b"}"),  # past int()'s digits
        (b"k1", unsigned.to_json()),
        (b"k1", by_routing.to_json()),
    ]
    # same key: the same partition, so the good event comes after all the poison
    send(kafka_bootstrap, topics + "cases.intake", *poison, (b"k1", good.to_json()))
    runner = ConsumerRunner(
        "fees", fees_engine, ["cases.intake"], FEES_SERVICE.handle_batch, FEES_SERVICE.consumes
    )
    with Background(runner.run):
        wait_for(lambda: fee_events(fees_engine, good.case_id), timeout=30)
    dead = read_topic(kafka_bootstrap, topics + "dlq.fees", expect=len(poison))
    assert [record.value for record in dead] == [value for _key, value in poison]
    headers = dict(dead[0].headers)
    assert headers["source_topic"] == (topics + "cases.intake").encode()
    assert b"not JSON" in headers["error"]
    assert b"hash" in dict(dead[2].headers)["error"]
    assert dict(dead[-2].headers)["error"] == b"ApplicationSubmitted by intake: unsigned"
    assert b"signed with a key of routing, not of its producer intake" in dict(dead[-1].headers)["error"]


def test_an_event_of_a_type_the_service_does_not_consume_is_passed_over(
    fees_engine, intake_events, topics, kafka_bootstrap
):
    # A known type fees does not consume, here even off its schema and with a hash that no longer holds:
    # not fees' concern, so neither parked nor recorded; the events around it are handled.
    other = json.loads(intake_events().to_json())
    other["event_type"] = "ApplicationWithdrawn"
    assert "ApplicationWithdrawn" not in FEES_SERVICE.consumes
    first, last = intake_events(), intake_events()
    # claiming that type does not pass poison over: what is malformed is parked whatever it claims to be
    malformed = b'{"event_type": "ApplicationWithdrawn"}'
    messages = [first.to_json(), json.dumps(other).encode(), malformed, last.to_json()]
    send(kafka_bootstrap, topics + "cases.intake", *((b"k", value) for value in messages))
    runner = ConsumerRunner(
        "fees", fees_engine, ["cases.intake"], FEES_SERVICE.handle_batch, FEES_SERVICE.consumes
    )
    with Background(runner.run):
        wait_for(lambda: committed_offsets(kafka_bootstrap, topics + "fees", topics + "cases.intake") == 4)
    assert len(fee_events(fees_engine, first.case_id)) == len(fee_events(fees_engine, last.case_id)) == 3
    with fees_engine.connect() as conn:
        processed = set(conn.execute(sa.select(processed_events.c.event_id)).scalars())
    assert processed == {first.event_id, last.event_id}
    [parked] = read_topic(kafka_bootstrap, topics + "dlq.fees", expect=1)
    assert parked.value == malformed


def test_an_event_on_a_topic_not_its_writers_or_by_another_writer_is_dead_lettered(
    fees_engine, intake_events, topics, kafka_bootstrap
):
    # A sound, sealed application, hash and all, that routing's topic carries: routing writes no such type
    misplaced = intake_events()
    # and one on intake's topic, of intake's type, that claims another writer (its hash made to match)
    impostor = recorded("routing", "ApplicationSubmitted", misplaced.payload)
    good = intake_events()
    send(kafka_bootstrap, topics + "cases.routing", (b"k", misplaced.to_json()))
    send(kafka_bootstrap, topics + "cases.intake", (b"k", impostor.to_json()), (b"k", good.to_json()))
    runner = ConsumerRunner(
        "fees",
        fees_engine,
        ["cases.intake", "cases.routing"],
        FEES_SERVICE.handle_batch,
        FEES_SERVICE.consumes,
    )
    with Background(runner.run):
        wait_for(lambda: fee_events(fees_engine, good.case_id), timeout=30)
        parked = read_topic(kafka_bootstrap, topics + "dlq.fees", expect=2)
    assert {record.value for record in parked} == {misplaced.to_json(), impostor.to_json()}
    reasons = sorted(dict(record.headers)["error"].decode() for record in parked)
    assert reasons == [
        "ApplicationSubmitted by intake does not belong on the topic of routing",
        "ApplicationSubmitted by routing does not belong on the topic of intake",
    ]
    assert fee_events(fees_engine, misplaced.case_id) == fee_events(fees_engine, impostor.case_id) == []


def test_event_its_handler_cannot_take_is_dead_lettered(fees_engine, intake_events, topics, kafka_bootstrap):
    # A valid, sealed event for a service no fee schedule knows: the handler refuses it.
    unknown = intake_events(service_id="drachenhaltung")
    good = intake_events()
    send(kafka_bootstrap, topics + "cases.intake", (b"k", unknown.to_json()), (b"k", good.to_json()))
    runner = ConsumerRunner("fees", fees_engine, ["cases.intake"], FEES_SERVICE.handle_batch)
    with Background(runner.run):
        wait_for(lambda: fee_events(fees_engine, good.case_id), timeout=30)
    [dead] = read_topic(kafka_bootstrap, topics + "dlq.fees", expect=1)
    assert dead.value == unknown.to_json()
    assert b"LookupError" in dict(dead.headers)["error"]
    assert fee_events(fees_engine, unknown.case_id) == []


def test_a_refused_event_in_the_middle_of_a_batch_costs_none_of_the_others(
    fees_engine, intake_events, topics, kafka_bootstrap
):
    good = [intake_events() for _ in range(9)]
    refused = intake_events(service_id="drachenhaltung")
    batch = [*good[:4], refused, *good[4:]]
    runner = ConsumerRunner("fees", fees_engine, [], FEES_SERVICE.handle_batch)
    runner.process(*(event.to_json() for event in batch))  # one batch, one transaction at first
    assert all(len(fee_events(fees_engine, event.case_id)) == 3 for event in good)
    assert fee_events(fees_engine, refused.case_id) == []
    [dead] = read_topic(kafka_bootstrap, topics + "dlq.fees", expect=1)
    assert dead.value == refused.to_json()
    with fees_engine.connect() as conn:
        processed = set(conn.execute(sa.select(processed_events.c.event_id)).scalars())
    assert processed == {event.event_id for event in good}
    # The Kassenzeichen of the good ones are numbered without a gap: the rolled-back tries left no trace.
    with fees_engine.connect() as conn:
        numbers = sorted(conn.execute(sa.text("SELECT kassenzeichen FROM receivables")).scalars())
    assert [parse(number)[1] for number in numbers] == list(range(1, len(numbers) + 1))


def test_a_database_connection_lost_in_the_middle_of_a_batch_loses_and_parks_nothing(
    postgres_url, intake_events, topics, kafka_bootstrap
):
    engine = make_engine(postgres_url)
    create_store_tables(engine, fees_tables)
    applications = [intake_events() for _ in range(20)]
    send(kafka_bootstrap, topics + "cases.intake", *((e.case_id.encode(), e.to_json()) for e in applications))
    cut: list[int] = []

    def handle_after_a_cut(conn: sa.Connection, events: list[Event]) -> None:
        if not cut:  # the first batch: its connection is terminated by the server, as in a restart
            pid = conn.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
            with engine.connect() as other:
                other.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            cut.append(pid)
        FEES_SERVICE.handle_batch(conn, events)

    runner = ConsumerRunner("fees", engine, ["cases.intake"], handle_after_a_cut)
    with Background(runner.run):
        wait_for(lambda: all(fee_events(engine, e.case_id) for e in applications), timeout=60)
        wait_for(lambda: committed_offsets(kafka_bootstrap, topics + "fees", topics + "cases.intake") == 20)
    assert cut
    assert read_topic(kafka_bootstrap, topics + "dlq.fees", expect=0, timeout=2) == []
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(processed_events)).scalar() == 20
        assert conn.execute(sa.text("SELECT count(*) FROM assessments")).scalar() == 20
    engine.dispose()
