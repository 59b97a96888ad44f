"""Real infrastructure for the tests: a Kafka broker, PostgreSQL and an SMTP server.

Each comes from an environment variable when it is set (KAFKA_BOOTSTRAP_SERVERS, TEST_POSTGRES_ADMIN_URL),
so the suite runs against `docker-compose up` too; with RATHAUS_TESTCONTAINERS=1 from testcontainers, on
the images infra/images.py builds here (or a registry's, IMAGE_REGISTRY=docker.io); otherwise the
project's own scripts start it locally. Tests of broker outages always run a broker of their own from the
resolved jars."""

from __future__ import annotations

import functools
import mailbox
import os
import shutil
import socket
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import Message
from pathlib import Path
from typing import Any

import psycopg
import pytest
import yaml
from sqlalchemy.engine import Engine

import shared.contracts  # noqa: F401 - registers the event schemas
from infra import images, smtp
from infra.broker import Broker
from infra.postgres import Cluster
from infra.topics import create_topics
from shared.kernel.config import VAR
from shared.kernel.db import make_engine
from shared.kernel.tables import create_store_tables

USE_CONTAINERS = os.environ.get("RATHAUS_TESTCONTAINERS") == "1"
# One keys directory and one set of broker passwords for the tests and every process they start, whatever
# var/ a test gives a process
os.environ.setdefault("RATHAUS_KEYS", str(VAR / "keys"))
os.environ.setdefault("KAFKA_CREDENTIALS", str(VAR / "secrets" / "kafka"))
os.environ.setdefault("POSTGRES_CREDENTIALS", str(VAR / "secrets" / "postgres"))
# The tests' vendors' assistants listen on this machine (a deployment allows only public https addresses)
os.environ.setdefault("CALLBACK_PRIVATE_NETWORKS", "127.0.0.1")
# One key store for the tests' cases (shared/kernel/case_keys.py); platforms on their own servers have theirs
os.environ.setdefault("KEYS_DATABASE_URL", f"sqlite:///{VAR / 'test-keys.db'}")
# The tests send thousands of requests from one address with one key; the rate limits have tests of their own
# (tests/e2e/test_rate_limits.py), which switch them on
os.environ.setdefault("RATE_LIMITS", "off")
# The tests' own clients are the broker's admin; a process the platform starts is its service
os.environ.setdefault("RATHAUS_KAFKA_USER", "admin")
if USE_CONTAINERS:  # the containers' broker asks no one who they are
    os.environ.setdefault("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
    # testcontainers' reaper comes from a registry; the fixtures stop their containers themselves
    os.environ.setdefault("TESTCONTAINERS_RYUK_DISABLED", "true")
TIERS = ("unit", "integration", "e2e")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test is marked with its tier, the folder it lives in: `pytest -m unit` and so on."""
    for item in items:
        tier = next((part for part in item.path.parts if part in TIERS), None)
        if tier:
            item.add_marker(getattr(pytest.mark, tier))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        yield os.environ["KAFKA_BOOTSTRAP_SERVERS"]
        return
    if USE_CONTAINERS:
        with kafka_container() as bootstrap:
            yield bootstrap
        return
    # Ports of its own, so a `make run` on the same machine is not disturbed. Every test makes topics of its
    # own; a fresh log each session keeps them from piling up over local runs.
    shutil.rmtree(VAR / "test-kafka" / "data", ignore_errors=True)
    broker = Broker(VAR / "test-kafka", port=19092, controller_port=19093)
    broker.start()
    yield broker.bootstrap
    broker.stop()


@contextmanager
def own_broker_protocol() -> Iterator[None]:
    """A broker the project starts from its jars asks every client who it is, also where the suite's broker
    is a container that asks no one (RATHAUS_TESTCONTAINERS=1): for as long as the block runs, clients and
    the processes started in it speak the project's default protocol again."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("KAFKA_SECURITY_PROTOCOL", raising=False)
        yield


@pytest.fixture
def talks_to_own_broker() -> Iterator[None]:
    """For a test that starts a broker of its own (see own_broker_protocol)."""
    with own_broker_protocol():
        yield


def compose_services() -> dict[str, Any]:
    """docker-compose.yml's services, as compose reads them."""
    return yaml.safe_load((images.ROOT / "docker-compose.yml").read_text())["services"]


@functools.cache  # the images once a session, whichever fixture asks first
def container_images() -> None:
    """A Docker engine, started here where none answers, and the images the containers run: a registry's
    (IMAGE_REGISTRY=docker.io) or, by default, the ones built on this machine (infra/images.py)."""
    if not images.engine_answers() and not images.can_start_engine():
        pytest.skip("no Docker engine answers and none can be started here (dockerd, as root)")
    os.environ.setdefault("IMAGE_REGISTRY", images.LOCAL)
    if images.registry() == images.LOCAL:
        images.build_all()
    else:
        images.start_engine()


@contextmanager
def kafka_container() -> Iterator[str]:
    """The broker's image with compose's settings, on a fixed port of this machine: a client is sent to the
    advertised address, which must be the one it reaches from outside."""
    from testcontainers.core.container import DockerContainer
    from testcontainers.core.wait_strategies import LogMessageWaitStrategy

    container_images()
    port = free_port()
    kafka = (
        DockerContainer(images.image("kafka"))
        .with_bind_ports(9092, port)
        .with_envs(
            **{
                **{name: str(value) for name, value in compose_services()["kafka"]["environment"].items()},
                "KAFKA_ADVERTISED_LISTENERS": f"PLAINTEXT://127.0.0.1:{port}",
                "KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS": "0",  # the tests' consumers join at once
            }
        )
        .waiting_for(LogMessageWaitStrategy("Kafka Server started").with_startup_timeout(120))
    )
    with kafka:
        yield f"127.0.0.1:{port}"


@pytest.fixture
def topics(kafka_bootstrap: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh set of the platform's topics for one test; returns their prefix."""
    prefix = f"t{uuid.uuid4().hex[:10]}."
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", kafka_bootstrap)
    monkeypatch.setenv("RATHAUS_TOPIC_PREFIX", prefix)
    create_topics(kafka_bootstrap, prefix)
    return prefix


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    if os.environ.get("TEST_POSTGRES_ADMIN_URL"):
        yield os.environ["TEST_POSTGRES_ADMIN_URL"]
        return
    if USE_CONTAINERS:
        from testcontainers.community.postgres import PostgresContainer

        container_images()
        image = images.image("postgres")
        with PostgresContainer(image, username="rathaus", password="rathaus", driver=None) as pg:
            yield pg.get_connection_url().rsplit("/", 1)[0] + "/postgres"
        return
    # A cluster of its own (port 15433), so a `make run` on the same machine is not disturbed; made afresh
    # each session, as the broker's log is.
    cluster = Cluster(VAR / "test-postgres", port=15433)
    cluster.stop()
    shutil.rmtree(cluster.home, ignore_errors=True)
    cluster.start()
    yield cluster.url("postgres")
    cluster.stop()


@contextmanager
def temporary_database(admin_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for as long as the block runs; returns its URL."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def new_database(postgres_admin_url: str) -> Iterator[Callable[[], str]]:
    """Makes new, empty PostgreSQL databases for one test (returns their URLs); drops them afterwards."""
    with ExitStack() as stack:
        yield lambda: stack.enter_context(temporary_database(postgres_admin_url))


@pytest.fixture
def postgres_url(new_database: Callable[[], str]) -> str:
    """A new, empty PostgreSQL database for one test."""
    return new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store_engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    create_store_tables(engine)
    yield engine
    engine.dispose()


@dataclass
class MailServer:
    port: int
    maildir: Path
    controller: Any = None
    read: dict[str, Message] = field(default_factory=dict)

    def start(self) -> None:
        self.stop()  # a refusing server gives way to the one that keeps mails
        self.controller = smtp.start(self.port, self.maildir)

    def refuse(self) -> None:
        """The server stays up but refuses every mail (554), as one that has blocked the sender would."""
        self.stop()
        self.controller = smtp.start(self.port, self.maildir, refuse=smtp.EVERY_MAIL)

    def refuse_mail_to(self, address: str) -> None:
        """The server keeps every mail but those to this address, which it refuses at RCPT (550)."""
        self.stop()
        self.controller = smtp.start(self.port, self.maildir, refuse=address)

    def stop(self) -> None:
        """The server goes away: connections to its port are refused until it starts again."""
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def mails(self) -> list[Message]:
        """Every mail kept so far, in no particular order; each file is parsed once (a kept mail never
        changes), so a test polling for thousands of mails does not slow the server down."""
        box = mailbox.Maildir(str(self.maildir), create=False)
        for key in box.keys():
            if key not in self.read:
                self.read[key] = box[key]
        return list(self.read.values())

    def receipts(self) -> dict[str, set[str]]:
        """Message-IDs of the receipt mails kept, by case. Delivery is at least once (decision 0008): a worker
        killed between the server's acceptance and its mark sends the mail again under the same Message-ID,
        so one id is one receipt."""
        found: dict[str, set[str]] = {}
        for message in self.mails():
            if str(make_header(decode_header(message["Subject"]))).startswith("Eingangsbestätigung"):
                found.setdefault(message["X-Case-Id"], set()).add(message["Message-ID"])
        return found


@pytest.fixture
def smtp_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MailServer]:
    """A real SMTP server on a free port that keeps every mail in a Maildir."""
    server = MailServer(free_port(), tmp_path / "mail")
    server.start()
    monkeypatch.setenv("SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMTP_PORT", str(server.port))
    yield server
    server.stop()
