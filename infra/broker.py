"""A single-node Apache Kafka broker in KRaft mode, run from jars resolved by name from Maven Central
(infra/kafka/pom.xml), or from the distribution that KAFKA_HOME points at."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from kafka import KafkaAdminClient
from kafka.errors import KafkaError

from infra.processes import port_open, read_pid, start_detached, stop_pid, wait_until
from shared.kernel.config import VAR

KAFKA_SETUP = Path(__file__).resolve().parent / "kafka"
POM = KAFKA_SETUP / "pom.xml"
LOG4J = KAFKA_SETUP / "log4j2.properties"
MAVEN_LIBS = VAR / "kafka" / "libs"


def libs_dir() -> Path:
    home = os.environ.get("KAFKA_HOME")
    return Path(home) / "libs" if home else MAVEN_LIBS


def fetch_jars() -> Path:
    """Resolve the broker's jars once; again only when the pom changes."""
    if os.environ.get("KAFKA_HOME"):
        libs = libs_dir()
        if not any(libs.glob("kafka_2.13-*.jar")):
            raise RuntimeError(f"KAFKA_HOME={os.environ['KAFKA_HOME']} is not a Kafka distribution")
        return libs
    stamp = MAVEN_LIBS / ".pom-sha256"
    digest = hashlib.sha256(POM.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return MAVEN_LIBS
    if MAVEN_LIBS.exists():
        shutil.rmtree(MAVEN_LIBS)
    mvn = shutil.which("mvn")
    if mvn is None:
        raise RuntimeError("Maven (mvn) is needed to resolve the Kafka jars: apt-get install maven")
    subprocess.run(
        [
            mvn,
            "-q",
            "-B",
            "-f",
            str(POM),
            "dependency:copy-dependencies",
            f"-DoutputDirectory={MAVEN_LIBS}",
            "-DincludeScope=runtime",
        ],
        check=True,
    )
    stamp.write_text(digest)
    return MAVEN_LIBS


class Broker:
    """One broker with its own data directory; tests run a second one on other ports."""

    def __init__(self, home: Path, port: int = 9092, controller_port: int = 9093) -> None:
        self.home = home
        self.port = port
        self.controller_port = controller_port

    @property
    def bootstrap(self) -> str:
        return f"localhost:{self.port}"

    @property
    def pid_file(self) -> Path:
        return self.home / "broker.pid"

    def is_running(self) -> bool:
        return read_pid(self.pid_file) is not None

    def start(self, wait_seconds: float = 90) -> None:
        if self.is_running():
            return
        if port_open(self.port):
            raise RuntimeError(f"port {self.port} is taken by a process this project did not start")
        libs = fetch_jars()
        properties = self._write_properties()
        self._format(libs, properties)
        start_detached(
            self._java(libs) + ["kafka.Kafka", str(properties)],
            self.home / "broker.log",
            self.pid_file,
        )
        wait_until(self.ready, wait_seconds, f"Kafka broker on port {self.port}", interval=0.5)

    def stop(self) -> None:
        stop_pid(self.pid_file, seconds=60)

    def ready(self) -> bool:
        if not self.is_running():
            raise RuntimeError(f"the Kafka broker exited; see {self.home / 'broker.log'}")
        if not port_open(self.port):
            return False
        try:
            admin = KafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=5000)
        except KafkaError:
            return False
        try:
            admin.list_topics()
            return True
        except KafkaError:
            return False
        finally:
            admin.close()

    def _java(self, libs: Path) -> list[str]:
        java = shutil.which("java") or "java"
        return [
            java,
            "-Xms256m",
            "-Xmx768m",
            "-XX:+UseG1GC",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={LOG4J}",
            "-cp",
            f"{libs}/*",
        ]

    def _write_properties(self) -> Path:
        data = self.home / "data"
        data.mkdir(parents=True, exist_ok=True)
        path = self.home / "server.properties"
        path.write_text(
            "\n".join(
                [
                    "process.roles=broker,controller",
                    "node.id=1",
                    f"controller.quorum.bootstrap.servers=localhost:{self.controller_port}",
                    f"listeners=PLAINTEXT://localhost:{self.port},CONTROLLER://localhost:{self.controller_port}",
                    f"advertised.listeners=PLAINTEXT://localhost:{self.port}",
                    "controller.listener.names=CONTROLLER",
                    "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                    f"log.dirs={data}",
                    "num.partitions=6",
                    "auto.create.topics.enable=false",
                    "offsets.topic.replication.factor=1",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "min.insync.replicas=1",
                    "group.initial.rebalance.delay.ms=0",
                    "log.retention.ms=-1",
                    "",
                ]
            )
        )
        return path

    def _format(self, libs: Path, properties: Path) -> None:
        if (self.home / "data" / "meta.properties").exists():
            return
        cluster_id = subprocess.run(
            self._java(libs) + ["kafka.tools.StorageTool", "random-uuid"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        subprocess.run(
            self._java(libs)
            + ["kafka.tools.StorageTool", "format", "--standalone", "-t", cluster_id, "-c", str(properties)],
            check=True,
            capture_output=True,
            text=True,
        )


def default_broker() -> Broker:
    return Broker(VAR / "kafka")
