"""The broker lets in only clients that sign in, and each service only where infra/acls.py grants it: its
own topic and dead-letter topic to write, the topics of what it consumes to read."""

from __future__ import annotations

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import KafkaError, TopicAuthorizationFailedError

from shared.kernel.config import kafka_security_protocol
from shared.kernel.kafka import connection
from tests.helpers import read_topic

# compose's and testcontainers' broker asks no one (RATHAUS_TESTCONTAINERS=1): there is nothing to refuse
pytestmark = pytest.mark.skipif(
    kafka_security_protocol() == "PLAINTEXT", reason="the suite's broker asks no client who it is"
)

# The broker's no: to the topic, or (for a user that may write nowhere, as the audit) to producing at all
REFUSED = "TopicAuthorizationFailed|ClusterAuthorizationFailed"

QUICK = {"request_timeout_ms": 5000, "max_block_ms": 5000, "bootstrap_timeout_ms": 3000}


def _send(topic: str, user: str | None, **settings: object) -> None:
    producer = KafkaProducer(**(settings or connection(user)), **QUICK)
    try:
        producer.send(topic, key=b"k", value=b"{}").get(timeout=10)
    finally:
        producer.close(timeout=2)


def test_a_client_that_does_not_sign_in_is_not_let_in(kafka_bootstrap, topics):
    with pytest.raises(KafkaError):
        admin = KafkaAdminClient(
            bootstrap_servers=kafka_bootstrap, request_timeout_ms=3000, bootstrap_timeout_ms=3000
        )
        admin.list_topics()
    with pytest.raises(KafkaError):
        _send(topics + "cases.fees", None, bootstrap_servers=kafka_bootstrap)


def test_a_wrong_password_is_not_let_in(kafka_bootstrap, topics):
    wrong = {**connection("fees", kafka_bootstrap), "sasl_plain_password": "guessed"}
    with pytest.raises(KafkaError):
        _send(topics + "cases.fees", None, **wrong)


def test_a_service_writes_its_own_topics_and_no_other(kafka_bootstrap, topics):
    _send(topics + "cases.fees", "fees")
    _send(topics + "dlq.fees", "fees")
    assert len(read_topic(kafka_bootstrap, topics + "cases.fees", expect=1)) == 1
    # a forged payment on fees' topic by any other service is refused by the broker itself
    for user in ("intake", "routing", "notifications", "audit"):
        with pytest.raises(KafkaError, match=REFUSED):
            _send(topics + "cases.fees", user)
    with pytest.raises(KafkaError, match=REFUSED):
        _send(topics + "dlq.routing", "fees")


@pytest.mark.parametrize(
    ("user", "topic", "allowed"),
    [
        ("fees", "cases.intake", True),
        ("fees", "cases.notifications", False),  # fees consumes nothing notifications writes
        ("fees", "dlq.routing", False),
        ("audit", "cases.notifications", True),
        ("audit", "dlq.fees", False),
    ],
)
def test_a_user_reads_only_what_it_consumes(kafka_bootstrap, topics, user, topic, allowed):
    _send(topics + topic, "admin")
    consumer = KafkaConsumer(
        **connection(user), group_id=None, enable_auto_commit=False, request_timeout_ms=5000
    )
    try:
        # a topic it may not read is not even shown to it
        partitions = consumer.partitions_for_topic(topics + topic)
        assert bool(partitions) == allowed
        assigned = [TopicPartition(topics + topic, p) for p in range(6 if topic.startswith("cases.") else 1)]
        consumer.assign(assigned)
        consumer.seek_to_beginning(*assigned)
        read = [r for _ in range(6) for records in consumer.poll(timeout_ms=500).values() for r in records]
        assert len(read) == (1 if allowed else 0)
    except TopicAuthorizationFailedError:
        assert not allowed
    finally:
        consumer.close()
