"""The broker set-up: jars from Maven Central, or from the distribution KAFKA_HOME points at."""

import pytest
from kafka import KafkaAdminClient

from infra.broker import MAVEN_LIBS, Broker, fetch_jars
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
