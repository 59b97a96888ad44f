"""The broker set-up: jars from Maven Central, or from the distribution KAFKA_HOME points at."""

import pytest
from kafka import KafkaAdminClient

from infra.broker import MAVEN_LIBS, Broker, fetch_jars
from infra.processes import port_open
from shared.kernel.kafka import connection
from tests.conftest import free_port


def test_broker_runs_from_a_kafka_home_distribution(tmp_path, monkeypatch, talks_to_own_broker):
    monkeypatch.delenv("KAFKA_HOME", raising=False)
    resolved = fetch_jars()
    assert resolved == MAVEN_LIBS and any(resolved.glob("kafka_2.13-4.*.jar"))
    home = tmp_path / "kafka_2.13-4.1.1"
    (home / "libs").mkdir(parents=True)
    for jar in resolved.glob("*.jar"):
        (home / "libs" / jar.name).symlink_to(jar)
    monkeypatch.setenv("KAFKA_HOME", str(home))
    assert fetch_jars() == home / "libs"

    broker = Broker(tmp_path / "data", port=free_port(), controller_port=free_port())
    broker.start()
    try:
        admin = KafkaAdminClient(**connection(bootstrap=broker.bootstrap))
        assert admin.list_topics() == []
        admin.close()
    finally:
        broker.stop()
    assert not broker.is_running()


def test_kafka_home_that_is_no_distribution_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("KAFKA_HOME", str(tmp_path))
    with pytest.raises(RuntimeError, match="not a Kafka distribution"):
        fetch_jars()


def test_a_broker_that_never_becomes_ready_is_not_left_running(tmp_path, monkeypatch):
    # a client that does not sign in never hears from it that it is ready
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
    broker = Broker(tmp_path / "data", port=free_port(), controller_port=free_port())
    with pytest.raises(TimeoutError, match="not ready within"):
        broker.start(wait_seconds=10)
    assert not broker.is_running() and not port_open(broker.port)
