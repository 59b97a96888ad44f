"""The servers a whole platform of real processes needs, each of its own: a Kafka broker with the case topics,
a PostgreSQL cluster with a database per service, and a mail server; and the platform on them."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from infra.broker import Broker
from infra.platform import Platform, platform_processes
from infra.postgres import Cluster
from infra.topics import create_topics
from services.registry import http_ports
from shared.kernel.config import VAR
from tests.conftest import MailServer, free_port, own_broker_protocol


@dataclass
class Servers:
    broker: Broker
    cluster: Cluster
    mail: MailServer
    env: dict[str, str]  # the settings that lead the platform's processes to these servers


@contextmanager
def own_servers(tmp_path: Path, env: dict[str, str]) -> Iterator[Servers]:
    """`env`: settings beyond the servers' addresses. Mails are retried every 0.5 s, at most 5 s apart."""
    with own_broker_protocol():  # its broker is the project's own, whatever the suite's
        broker = Broker(tmp_path / "kafka", port=free_port(), controller_port=free_port())
        broker.start()
        create_topics(broker.bootstrap, "")
        cluster = Cluster(VAR / f"e2e-postgres-{uuid.uuid4().hex[:6]}", free_port())
        cluster.start()
        mail = MailServer(free_port(), tmp_path / "mail")
        mail.start()
        env = {
            "KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap,
            "RATHAUS_TOPIC_PREFIX": "",
            "SMTP_HOST": "127.0.0.1",
            "SMTP_PORT": str(mail.port),
            "NOTIFICATIONS_RETRY_SECONDS": "0.5",
            "NOTIFICATIONS_MAX_DELAY_SECONDS": "5",
            **env,
            **cluster.service_environment(),
        }
        # The test itself reads personal data (as the audit, or as a service) from these servers' key store
        keys = {name: url for name, url in env.items() if name.endswith("KEYS_DATABASE_URL")}
        before = {name: os.environ.get(name) for name in keys}
        os.environ.update(keys)
        try:
            yield Servers(broker, cluster, mail, env)
        finally:
            for name, value in before.items():
                if value is None:
                    os.environ.pop(name)
                else:
                    os.environ[name] = value
            mail.stop()
            broker.stop()
            cluster.stop()
            shutil.rmtree(cluster.home, ignore_errors=True)


def platform_for(servers: Servers, tmp_path: Path, instances: int = 1) -> Platform:
    return Platform(
        env=servers.env,
        log_dir=tmp_path / "log",
        ports={s: free_port() for s in http_ports()},
        names=platform_processes(instances),
    )


@contextmanager
def platform_on_own_servers(
    tmp_path: Path, env: dict[str, str], instances: int = 1
) -> Iterator[tuple[Platform, Broker, Cluster, MailServer]]:
    """`env`: settings beyond the servers' addresses (see `own_servers`)."""
    with own_servers(tmp_path, env) as servers, platform_for(servers, tmp_path, instances) as platform:
        yield platform, servers.broker, servers.cluster, servers.mail
