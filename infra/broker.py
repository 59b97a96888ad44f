"""An Apache Kafka node in KRaft mode (broker and controller in one process), run from jars resolved by name
from Maven Central (infra/kafka/pom.xml), or from the distribution that KAFKA_HOME points at: alone (the
default), or as one of a cluster's nodes (infra/cluster.py)."""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import uuid
from pathlib import Path

from kafka import KafkaAdminClient
from kafka.errors import KafkaError

from infra import acls
from infra.processes import exited, port_open, read_pid, start_detached, stop_pid, wait_until
from shared.kernel.config import VAR, kafka_credentials_dir
from shared.kernel.kafka import connection

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


def cluster_id(path: Path) -> str:
    """The id every node of a cluster is formatted with (a UUID in Kafka's base64 form), made once."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(new_cluster_id())
    return path.read_text().strip()


def new_cluster_id() -> str:
    """One that does not begin with "-", as Kafka's own `Uuid.randomUuid` makes them: the storage tool would
    take such an id for an option and refuse to format (one try in 64 failed so)."""
    while (made := base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")).startswith("-"):
        pass
    return made


class Broker:
    """One node with its own data directory; tests run a second one on other ports. Alone it is its own
    quorum; in a cluster, `voters` names the quorum of all nodes and `replicas` how many copies of each
    partition the cluster keeps."""

    def __init__(
        self,
        home: Path,
        port: int = 9092,
        controller_port: int = 9093,
        node_id: int = 1,
        voters: str | None = None,
        replicas: int = 1,
        cluster_id_file: Path | None = None,
    ) -> None:
        self.home = home
        self.port = port
        self.controller_port = controller_port
        self.node_id = node_id
        self.voters = voters
        self.replicas = replicas
        self.cluster_id_file = cluster_id_file or home / "cluster-id"

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
        if wait_seconds:  # a cluster's node waits for its peers first (infra/cluster.py)
            try:
                wait_until(self.ready, wait_seconds, f"Kafka broker on port {self.port}", interval=0.5)
            except BaseException:
                self.stop()  # one that never became ready is not left behind, holding its ports
                raise

    def stop(self) -> None:
        stop_pid(self.pid_file, seconds=60)

    def ready(self) -> bool:
        if not self.is_running():
            raise exited("the Kafka broker", self.home / "broker.log")
        if not port_open(self.port):
            return False
        try:
            admin = KafkaAdminClient(**connection(acls.ADMIN, self.bootstrap), request_timeout_ms=5000)
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
        password = acls.passwords(kafka_credentials_dir())
        controller = password[acls.CONTROLLER]
        path = self.home / "server.properties"
        path.touch(mode=0o600)  # it holds the broker's own passwords
        path.chmod(0o600)
        path.write_text(
            "\n".join(
                [
                    "process.roles=broker,controller",
                    f"node.id={self.node_id}",
                    f"controller.quorum.voters={self.voters}"
                    if self.voters
                    else f"controller.quorum.bootstrap.servers=localhost:{self.controller_port}",
                    f"listeners=SASL_PLAINTEXT://localhost:{self.port},CONTROLLER://localhost:{self.controller_port}",
                    f"advertised.listeners=SASL_PLAINTEXT://localhost:{self.port}",
                    "controller.listener.names=CONTROLLER",
                    "listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT",
                    # Every client signs in: SCRAM users on the clients' listener (the broker itself is
                    # admin), one PLAIN user on the controller's, which only the broker uses
                    "inter.broker.listener.name=SASL_PLAINTEXT",
                    "sasl.enabled.mechanisms=SCRAM-SHA-512",
                    "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
                    "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config="
                    "org.apache.kafka.common.security.scram.ScramLoginModule required "
                    f'username="{acls.ADMIN}" password="{password[acls.ADMIN]}";',
                    "sasl.mechanism.controller.protocol=PLAIN",
                    "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                    "listener.name.controller.plain.sasl.jaas.config="
                    "org.apache.kafka.common.security.plain.PlainLoginModule required "
                    f'username="{acls.CONTROLLER}" password="{controller}" '
                    f'user_{acls.CONTROLLER}="{controller}";',
                    # Each user may do only what infra/acls.py grants it
                    "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                    f"super.users=User:{acls.ADMIN};User:{acls.CONTROLLER}",
                    "allow.everyone.if.no.acl.found=false",
                    f"log.dirs={data}",
                    "num.partitions=6",
                    "auto.create.topics.enable=false",
                    # In a cluster every partition is kept `replicas` times and a write counts once two
                    # nodes have it (producers write with acks=all)
                    f"default.replication.factor={self.replicas}",
                    f"offsets.topic.replication.factor={self.replicas}",
                    f"transaction.state.log.replication.factor={self.replicas}",
                    f"transaction.state.log.min.isr={min_in_sync(self.replicas)}",
                    f"min.insync.replicas={min_in_sync(self.replicas)}",
                    "group.initial.rebalance.delay.ms=0",
                    "log.retention.ms=-1",
                    "",
                ]
            )
        )
        return path

    def _format(self, libs: Path, properties: Path) -> None:
        users_made = self.home / "data" / ".scram-users"
        if (self.home / "data" / "meta.properties").exists():
            if not users_made.exists():
                raise RuntimeError(
                    f"the broker's log in {self.home / 'data'} was made before it asked clients who they "
                    "are, and has no users: keep a copy of it if it matters, then start afresh (`make clean`)"
                )
            return
        # The SCRAM users go into the log's first metadata; the ACLs come with the topics (infra/topics.py)
        password = acls.passwords(kafka_credentials_dir())
        users = [
            argument
            for user in acls.users()
            for argument in ("--add-scram", f"SCRAM-SHA-512=[name={user},password={password[user]}]")
        ]
        subprocess.run(
            self._java(libs)
            + [
                "kafka.tools.StorageTool",
                "format",
                "-t",
                cluster_id(self.cluster_id_file),
                "-c",
                str(properties),
            ]
            # Alone, it is the quorum's only voter; in a cluster the quorum is fixed in its properties
            + ([] if self.voters else ["--standalone"])
            + users,
            check=True,
            capture_output=True,
            text=True,
        )
        users_made.write_text(" ".join(acls.users()))


def min_in_sync(replicas: int) -> int:
    """Copies a write needs before it counts: two where there are three, else all there are."""
    return min(replicas, 2)


def default_broker() -> Broker:
    return Broker(VAR / "kafka")
