"""PostgreSQL clusters of the project's own under var/, run with Debian's server binaries."""

from __future__ import annotations

import os
import pwd
import subprocess
from pathlib import Path

import psycopg

from infra.processes import port_open
from services import registry
from shared.kernel.config import VAR

USER = "rathaus"


def bin_dir() -> Path:
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if not versions:
        raise RuntimeError("PostgreSQL server is not installed: apt-get install postgresql (see .ci/run)")
    return versions[-1]


def _as_server_user(argv: list[str]) -> list[str]:
    # The server refuses to run as root; Debian's package brings the `postgres` user for that.
    if os.geteuid() != 0:
        return argv
    return ["runuser", "-u", "postgres", "--", *argv]


class Cluster:
    """One cluster with its own data directory and port; the tests run a second one."""

    def __init__(self, home: Path, port: int) -> None:
        self.home = home
        self.port = port

    @property
    def data(self) -> Path:
        return self.home / "data"

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def is_running(self) -> bool:
        return (self.data / "postmaster.pid").exists() and port_open(self.port)

    def start(self) -> None:
        if self.is_running():
            return
        if port_open(self.port):
            raise RuntimeError(f"port {self.port} is taken by a process this project did not start")
        self._prepare_home()
        if not (self.data / "PG_VERSION").exists():
            initdb = [
                str(bin_dir() / "initdb"),
                "-D",
                str(self.data),
                "-U",
                USER,
                "--auth=trust",
                "-E",
                "UTF8",
            ]
            subprocess.run(
                _as_server_user([*initdb, "--locale=C"]), check=True, capture_output=True, text=True
            )
        options = f"-p {self.port} -k {self.home} -c listen_addresses=127.0.0.1 -c max_connections=200"
        pg_ctl = [str(bin_dir() / "pg_ctl"), "-D", str(self.data), "-l", str(self.home / "server.log")]
        subprocess.run(_as_server_user([*pg_ctl, "-o", options, "-w", "-t", "60", "start"]), check=True)

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            pg_ctl = [str(bin_dir() / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]
            subprocess.run(_as_server_user(pg_ctl), check=False)

    def create_service_databases(self, prefix: str = "") -> dict[str, str]:
        return create_service_databases(self.url("").rstrip("/"), prefix)

    def create_databases(self, names: list[str]) -> list[str]:
        return create_databases(self.url("").rstrip("/"), names)

    def _prepare_home(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            for path in (self.home, *self.home.rglob("*")):
                os.chown(path, user.pw_uid, user.pw_gid)


def create_service_databases(server: str, prefix: str = "") -> dict[str, str]:
    """One database per service that owns data on a PostgreSQL server (URL without the database), made
    where missing; returns their URLs. A prefix makes a second set beside the first (the benchmark's)."""
    services = registry.producers()
    return dict(zip(services, create_databases(server, [prefix + s for s in services]), strict=True))


def create_databases(server: str, names: list[str]) -> list[str]:
    """These databases on a PostgreSQL server (URL without the database), made where missing; their URLs."""
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        for name in names:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
    return [f"{server}/{name}" for name in names]


def default_cluster() -> Cluster:
    return Cluster(VAR / "postgres", int(os.environ.get("POSTGRES_PORT", "5433")))
