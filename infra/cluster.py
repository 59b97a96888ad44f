"""A Kafka cluster of three combined KRaft nodes (broker and controller each) on this machine: every case
topic replicated three times, a write taken only when two copies have it (`min.insync.replicas` 2, producers
with `acks=all` and idempotence), so one node may die without losing or stopping anything
(`rathaus run --brokers 3`). One node (infra/broker.py) stays the default for a laptop."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from infra.broker import Broker, cluster_id
from infra.processes import port_open, read_pid, wait_until


class BrokerCluster:
    """`nodes` brokers under `home/node-<n>`, node n on client port `port + 2(n-1)` and controller port one
    above it; the controllers form a fixed quorum of all nodes."""

    def __init__(self, home: Path, nodes: int = 3, port: int = 9092) -> None:
        self.home = home
        ports = [(port + 2 * n, port + 2 * n + 1) for n in range(nodes)]
        voters = ",".join(f"{n + 1}@localhost:{controller}" for n, (_, controller) in enumerate(ports))
        self.brokers = [
            Broker(
                home / f"node-{n + 1}",
                client,
                controller,
                node_id=n + 1,
                voters=voters,
                replicas=nodes,
                cluster_id_file=home / "cluster-id",
            )
            for n, (client, controller) in enumerate(ports)
        ]

    @property
    def bootstrap(self) -> str:
        return ",".join(broker.bootstrap for broker in self.brokers)

    def is_running(self) -> bool:
        return all(broker.is_running() for broker in self.brokers)

    def start(self, wait_seconds: float = 120) -> None:
        """All nodes at once (a controller alone has no quorum to be ready with), then wait for each."""
        self.home.mkdir(parents=True, exist_ok=True)
        cluster_id(self.home / "cluster-id")
        for broker in self.brokers:
            broker.start(wait_seconds=0)
        try:
            for broker in self.brokers:
                wait_until(broker.ready, wait_seconds, f"Kafka node {broker.node_id}", interval=0.5)
        except BaseException:
            self.stop()  # nodes that never became ready are not left behind, holding their ports
            raise

    def start_node(self, number: int, wait_seconds: float = 120) -> None:
        self.brokers[number - 1].start(wait_seconds)

    def kill(self, number: int) -> None:
        """Node `number` dies at once, as on a power cut."""
        broker = self.brokers[number - 1]
        pid = read_pid(broker.pid_file)
        if pid is not None:
            os.kill(pid, signal.SIGKILL)
            wait_until(lambda: not port_open(broker.port), 30, f"node {number} to die")

    def stop(self) -> None:
        """All nodes told at once: the last one alone would wait in vain for a quorum to hand over to."""
        for broker in self.brokers:
            pid = read_pid(broker.pid_file)
            if pid is not None:
                os.kill(pid, signal.SIGTERM)
        for broker in self.brokers:
            broker.stop()
