"""Starts every service of the registry: a gunicorn HTTP process each, and a worker process for each service
that owns data."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from infra.files import PRIVATE_UMASK
from infra.processes import answers, exited, wait_until
from services import registry
from shared.kernel.config import ROOT

READY_LINE = "worker consumes"  # what a worker logs once its signal handlers are in place (the kernel worker)


# The payment provider's stand-in that `rathaus run` and the browser tests start beside the services.
STAND_IN_APPS = {"payments": "infra.payment_provider:create_app()"}


# The services whose HTTP process runs `instances` times, sharing its port (the gateway all vendors post to)
SCALED_HTTP = ("intake",)


def platform_processes(instances: int = 1) -> list[str]:
    """Every service's HTTP process, and the worker of each service that owns data; with several instances,
    that many workers of each service (one consumer group) and intake processes, the later ones named
    `<name>.2`, `<name>.3` …"""

    def each(name: str) -> list[str]:
        return [name] + [f"{name}.{number}" for number in range(2, instances + 1)]

    names = [
        name
        for service in registry.services()
        for name in (
            each(f"{service.name}-http") if service.name in SCALED_HTTP else [f"{service.name}-http"]
        )
    ]
    return names + [name for service in registry.data_services() for name in each(f"{service.name}-worker")]


def process_kind(name: str) -> tuple[str, str]:
    """('fees', 'worker') for fees-worker and fees-worker.2."""
    service, kind = name.split(".", 1)[0].rsplit("-", 1)
    return service, kind


def prepare() -> None:
    """Before any process starts: every town service has all its parts (else stop, naming what is missing),
    and every service's tables exist."""
    registry.refuse_gaps()
    for database in registry.migrated():
        database.setup()


@dataclass
class Platform:
    env: dict[str, str]
    log_dir: Path
    ports: dict[str, int] = field(default_factory=registry.http_ports)
    http_workers: int = 2
    # Which processes to run; tests of one HTTP API start just that one.
    names: list[str] = field(default_factory=platform_processes)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    log_offsets: dict[str, int] = field(default_factory=dict)

    @property
    def metrics_dir(self) -> Path:
        """Where each service's processes keep their metrics (shared/kernel/metrics.py), one folder each."""
        return self.log_dir.parent / "metrics"

    def log_of(self, name: str) -> Path:
        """Where a process of the platform writes what it prints."""
        return self.log_dir / f"{name}.log"

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    def start(self) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(self.metrics_dir, ignore_errors=True)  # counts start again with the platform
        # The check and the tables first, in a process of their own with the platform's environment.
        subprocess.run(
            [sys.executable, "-c", "from infra.platform import prepare; prepare()"],
            cwd=ROOT,
            env={**os.environ, **self.env},
            check=True,
        )
        try:
            self.start_ready(self.names)
        except BaseException:
            self.stop()  # no half-started platform is left behind
            raise

    def __enter__(self) -> Platform:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def command(self, name: str) -> list[str]:
        service, kind = process_kind(name)
        if kind == "worker":
            return [sys.executable, "-m", "services", "worker", service]
        # Instances of one HTTP process share its port; the kernel spreads the connections over them.
        shared_port = ["--reuse-port"] if service in SCALED_HTTP else []
        # With JSON logs the app logs each request itself (shared/web/metrics.py), as one JSON line
        access_log = (
            []
            if self._json_logs()
            else [
                "--access-logfile",
                "-",
                # The path without its query: a tracking token or a search never lands in the log
                "--access-logformat",
                '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(L)s',
            ]
        )
        return [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "python:infra.gunicorn_config",
            "--workers",
            str(self.http_workers),
            "--bind",
            f"{os.environ.get('RATHAUS_BIND', '127.0.0.1')}:{self.ports[service]}",
            "--graceful-timeout",
            "10",
            # gunicorn 27's control socket is one path per user: several platforms on a machine would fight.
            "--no-control-socket",
            *access_log,
            *shared_port,
            STAND_IN_APPS.get(service, f"services.registry:create_app('{service}')"),
        ]

    def start_ready(self, names: list[str]) -> None:
        """Start these processes and wait until each is ready."""
        for name in names:
            self.start_process(name)
        for name in names:
            wait_until(lambda n=name: self._ready(n), 60, name)

    def start_process(self, name: str) -> subprocess.Popen:
        service = process_kind(name)[0]
        metrics = self.metrics_dir / service
        metrics.mkdir(parents=True, exist_ok=True)
        log = open(self.log_of(name), "ab")  # noqa: SIM115 - the child keeps it open
        self.log_offsets[name] = log.tell()
        process = subprocess.Popen(
            self.command(name),
            cwd=ROOT,
            # Each process is its service to the broker, which lets it touch only its own (infra/acls.py)
            env={
                # Where the platform's other HTTP processes answer (the desk sends caseworkers to intake's
                # files), unless the environment says where they are reached from outside
                **{f"{other.upper()}_URL": self.url(other) for other in self.ports},
                **os.environ,
                **self.env,
                "RATHAUS_WORKER_ID": name,
                "RATHAUS_SERVICE": service,
                "RATHAUS_KAFKA_USER": service,
                "PROMETHEUS_MULTIPROC_DIR": str(metrics),
            },
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            umask=PRIVATE_UMASK,  # its databases, logs and secrets are the operator's alone
        )
        log.close()
        self.processes[name] = process
        return process

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        process = self.processes[name]
        process.send_signal(sig)
        process.wait(timeout=30)

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.processes.clear()

    def _json_logs(self) -> bool:
        return {**os.environ, **self.env}.get("LOG_FORMAT", "text").lower() == "json"

    def _ready(self, name: str) -> bool:
        """An HTTP process answers /healthz; a worker has logged that its signal handlers are in place."""
        process = self.processes[name]
        if process.poll() is not None:
            raise exited(name, self.log_of(name))
        service, kind = process_kind(name)
        if kind == "worker":
            with open(self.log_of(name), "rb") as log:
                log.seek(self.log_offsets[name])
                return READY_LINE.encode() in log.read()
        return answers(self.url(service))
