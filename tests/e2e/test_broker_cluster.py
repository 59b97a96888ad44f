"""The platform on a Kafka cluster of three nodes, one of which dies under load: every accepted application
is assessed once and gets its receipt once, the platform goes on through the loss, and the audit finds the
record whole."""

from __future__ import annotations

import shutil
import threading
import time
import uuid
from collections import Counter
from email.header import decode_header, make_header

import pytest
import requests
import sqlalchemy as sa

from infra.cluster import BrokerCluster
from infra.platform import Platform
from infra.topics import create_topics
from services.registry import http_ports, producers
from shared.kernel.config import VAR
from shared.kernel.db import make_engine
from tests.conftest import free_port, own_broker_protocol
from tests.helpers import application_body, rathaus_cli, register_submitter, wait_for

APPLICATIONS = 40


@pytest.fixture(scope="module")
def cluster():
    home = VAR / "test-kafka-cluster"
    shutil.rmtree(home, ignore_errors=True)
    brokers = BrokerCluster(home, nodes=3, port=29092)
    with own_broker_protocol():
        brokers.start()
        yield brokers
        brokers.stop()


@pytest.fixture
def platform(cluster, new_database, smtp_server, tmp_path):
    prefix = f"c{uuid.uuid4().hex[:10]}."
    create_topics(cluster.bootstrap, prefix)
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": cluster.bootstrap,
        "RATHAUS_TOPIC_PREFIX": prefix,
        "RATHAUS_VAR": str(tmp_path / "var"),
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp_server.port),
        **{f"{service.upper()}_DATABASE_URL": new_database() for service in producers()},
    }
    ports = {service: free_port() for service in http_ports()}
    with Platform(env=env, log_dir=tmp_path / "log", ports=ports) as running:
        running.vendor_key = register_submitter(env["INTAKE_DATABASE_URL"], "clustervendor", ["*"])
        yield running


def test_topics_are_kept_three_times_and_written_to_two_at_least(cluster, platform):
    from kafka import KafkaAdminClient
    from kafka.admin import ConfigResource, ConfigResourceType

    from infra import acls
    from shared.kernel.kafka import connection

    admin = KafkaAdminClient(**connection(acls.ADMIN, cluster.bootstrap))
    try:
        topic = platform.env["RATHAUS_TOPIC_PREFIX"] + "cases.intake"
        [described] = admin.describe_topics([topic])
        replicas = [len(partition["replica_nodes"]) for partition in described["partitions"]]
        assert replicas == [3] * 6, described
        found = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)])
        [settings] = [by_name[topic] for by_name in found.values()]
        assert settings["min.insync.replicas"]["value"] == "2", settings
    finally:
        admin.close()


def test_a_node_dies_under_load_and_nothing_is_lost_or_doubled(cluster, platform, smtp_server):
    accepted: list[str] = []
    refused: list[int] = []

    def apply() -> None:
        for number in range(APPLICATIONS):
            response = requests.post(
                f"{platform.url('intake')}/api/v1/applications",
                json=application_body("meldebescheinigung"),
                headers={
                    "Idempotency-Key": f"cluster-{number}",
                    "Authorization": f"Bearer {platform.vendor_key}",
                },
                timeout=30,
            )
            if response.status_code == 202:
                accepted.append(response.json()["case_id"])
            else:
                refused.append(response.status_code)
            time.sleep(0.25)

    citizens = threading.Thread(target=apply)
    citizens.start()
    wait_for(lambda: len(accepted) >= APPLICATIONS // 4, timeout=60)
    cluster.kill(2)  # a third of the partitions lose their leader, every partition a copy
    citizens.join()
    assert refused == [] and len(accepted) == APPLICATIONS

    def receipts() -> Counter | None:
        sent = Counter(
            mail["X-Case-Id"]
            for mail in smtp_server.mails()
            if str(make_header(decode_header(mail["Subject"]))).startswith("Eingangsbestätigung")
        )
        return sent if set(accepted) <= sent.keys() else None

    sent = wait_for(receipts, timeout=120, interval=1)
    assert all(sent[case_id] == 1 for case_id in accepted)  # each once
    # a receipt says nothing of the fee: fees works on its own, and may be the one whose group lost its
    # coordinator with the node
    fees = make_engine(platform.env["FEES_DATABASE_URL"])

    def assessments() -> dict[str, int] | None:
        with fees.connect() as conn:
            counted = conn.execute(
                sa.text(
                    "SELECT case_id, count(*) FROM events WHERE event_type = 'FeeAssessed' GROUP BY case_id"
                )
            ).all()
        assessed = {case_id: n for case_id, n in counted}
        return assessed if set(accepted) <= assessed.keys() else None

    assessed = wait_for(assessments, timeout=120, interval=1)
    fees.dispose()
    assert set(assessed) == set(accepted) and all(n == 1 for n in assessed.values())

    def verified() -> bool:
        # the workers may still be catching up, and their relays publishing what they recorded last
        done = rathaus_cli("audit", "verify", "--json", env=platform.env, timeout=180)
        outcome.append(done.stdout[-2000:] + done.stderr[-2000:])
        return done.returncode == 0

    outcome: list[str] = []
    try:
        wait_for(verified, timeout=120, interval=3)
    except AssertionError:
        pytest.fail(outcome[-1])
    cluster.start_node(2)  # and it comes back, catching up from the other two
