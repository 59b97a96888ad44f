"""Topics are created idempotently, kept forever and partitioned."""

from kafka import KafkaAdminClient
from kafka.admin import ConfigResource, ConfigResourceType

from infra.topics import create_topics
from infra.topics import topics as platform_topics
from shared.kernel.kafka import connection


def test_topics_are_created_once_and_kept_forever(kafka_bootstrap, topics):
    # the fixture created them; a second run creates nothing and fails on nothing
    assert create_topics(kafka_bootstrap, topics) == []
    admin = KafkaAdminClient(**connection(bootstrap=kafka_bootstrap))
    try:
        names = [topics + topic.name for topic in platform_topics()]
        described = {t["name"]: t for t in admin.describe_topics(names)}
        assert set(described) == set(names)
        assert len(described[topics + "cases.fees"]["partitions"]) == 6
        name = topics + "cases.intake"
        configs = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name)])["topic"][name]
        assert configs["retention.ms"]["value"] == "-1"
        assert configs["retention.bytes"]["value"] == "-1"
    finally:
        admin.close()
