"""A PostgreSQL cluster of the project's own under var/postgres, run with Debian's server binaries."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from pathlib import Path

import psycopg

from infra.processes import port_open
from shared.config import SERVICES, VAR

USER = "rathaus"
HOME = VAR / "postgres"
DATA = HOME / "data"


def port() -> int:
    return int(os.environ.get("POSTGRES_PORT", "5433"))


def url(database: str) -> str:
    return f"postgresql://{USER}@127.0.0.1:{port()}/{database}"


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


def _prepare_home() -> None:
    HOME.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for path in (HOME, *(p for p in HOME.rglob("*"))):
            os.chown(path, user.pw_uid, user.pw_gid)


def is_running() -> bool:
    return (DATA / "postmaster.pid").exists() and port_open(port())


def start() -> None:
    if is_running():
        return
    _prepare_home()
    if not (DATA / "PG_VERSION").exists():
        subprocess.run(
            _as_server_user(
                [
                    str(bin_dir() / "initdb"),
                    "-D",
                    str(DATA),
                    "-U",
                    USER,
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                ]
            ),
            check=True,
            capture_output=True,
            text=True,
        )
    options = f"-p {port()} -k {HOME} -c listen_addresses=127.0.0.1 -c max_connections=200"
    subprocess.run(
        _as_server_user(
            [
                str(bin_dir() / "pg_ctl"),
                "-D",
                str(DATA),
                "-l",
                str(HOME / "server.log"),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ]
        ),
        check=True,
    )


def stop() -> None:
    if (DATA / "postmaster.pid").exists():
        subprocess.run(
            _as_server_user([str(bin_dir() / "pg_ctl"), "-D", str(DATA), "-m", "fast", "-w", "stop"]),
            check=False,
        )


def create_database(name: str) -> str:
    with psycopg.connect(url("postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    return url(name)


def drop_database(name: str) -> None:
    with psycopg.connect(url("postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def create_service_databases() -> dict[str, str]:
    return {service: create_database(service) for service in SERVICES}


def installed() -> bool:
    try:
        bin_dir()
    except RuntimeError:
        return False
    return shutil.which("runuser") is not None or os.geteuid() != 0
