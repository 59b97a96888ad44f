"""PostgreSQL clusters of the project's own under var/, run with Debian's server binaries.

Nobody gets in without a password (scram-sha-256). Each service has a role of its own that owns its database
and nothing else, and may connect to no other service's database; the audit has a role that may read every
store and write none; `rathaus` is the superuser, for the operator and for making the others. The passwords
are made once, into files only their owner reads (docs/decisions/0004-processes-and-local-postgresql.md)."""

from __future__ import annotations

import os
import pwd
import secrets
import subprocess
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from infra.processes import port_open
from services import registry
from shared.kernel.config import VAR, postgres_credentials_dir

USER = "rathaus"  # the superuser
AUDIT = "audit"
KEYS = "keys"  # the key store's own role: it alone erases a case's key (shared/kernel/case_keys.py)


def password(role: str) -> str:
    """The role's password, made once into `<role>.password` (0600)."""
    return password_file(role).read_text().strip()


def password_file(role: str) -> Path:
    directory = postgres_credentials_dir()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = directory / f"{role}.password"
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(32))
    return path


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

    def url(self, database: str, role: str = USER) -> str:
        return f"postgresql://{role}:{quote(password(role), safe='')}@127.0.0.1:{self.port}/{database}"

    def is_running(self) -> bool:
        return (self.data / "postmaster.pid").exists() and port_open(self.port)

    def start(self) -> None:
        if self.is_running():
            return
        if port_open(self.port):
            raise RuntimeError(f"port {self.port} is taken by a process this project did not start")
        self._prepare_home()
        if not (self.data / "PG_VERSION").exists():
            self._initdb()
        elif "trust" in (self.data / "pg_hba.conf").read_text().split("# TYPE", 1)[-1]:
            raise RuntimeError(
                f"the database cluster in {self.data} was made to let anyone on this machine in: keep a copy "
                "of it if it matters, then start afresh (`make clean`)"
            )
        options = f"-p {self.port} -k {self.home} -c listen_addresses=127.0.0.1 -c max_connections=200"
        pg_ctl = [str(bin_dir() / "pg_ctl"), "-D", str(self.data), "-l", str(self.home / "server.log")]
        subprocess.run(_as_server_user([*pg_ctl, "-o", options, "-w", "-t", "60", "start"]), check=True)

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            pg_ctl = [str(bin_dir() / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]
            subprocess.run(_as_server_user(pg_ctl), check=False)

    def _initdb(self) -> None:
        # The superuser's password goes to initdb in a file its server user can read, for that moment only
        handed = self.home / ".superuser-password"
        handed.write_text(password(USER))
        self._prepare_home()
        try:
            initdb = [str(bin_dir() / "initdb"), "-D", str(self.data), "-U", USER, "-E", "UTF8", "--locale=C"]
            initdb += ["--auth=scram-sha-256", f"--pwfile={handed}"]
            subprocess.run(_as_server_user(initdb), check=True, capture_output=True, text=True)
        finally:
            handed.unlink()

    def service_environment(self, prefix: str = "") -> dict[str, str]:
        return service_environment(self.url("").rstrip("/"), prefix)

    def create_databases(self, names: list[str]) -> list[str]:
        return create_databases(self.url("").rstrip("/"), names)

    def _prepare_home(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            for path in (self.home, *self.home.rglob("*")):
                os.chown(path, user.pw_uid, user.pw_gid)


def _role(conn: psycopg.Connection, role: str) -> None:
    """A login role that is nothing more (no superuser, no new databases or roles), with its password."""
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    verb = "ALTER" if exists else "CREATE"
    conn.execute(
        sql.SQL(verb + " ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {}").format(
            sql.Identifier(role), sql.Literal(password(role))
        )
    )


def service_environment(server: str, prefix: str = "") -> dict[str, str]:
    """On a PostgreSQL server (a superuser's URL without the database: the project's cluster, compose's, a
    town's), one database per service, owned by the service's own role, the audit's reading role and its own
    database, all made where missing and every password set from its file: the settings that give each
    service its database and the audit its read-only way into each. A prefix makes a second set beside the
    first (the tests', the benchmark's)."""
    env = {}
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        _role(conn, AUDIT)
        conn.execute(sql.SQL("GRANT pg_read_all_data TO {}").format(sql.Identifier(AUDIT)))
        for service in registry.producers():
            name = prefix + service
            _role(conn, name)
            _database(conn, name, owner=name)
            # The audit may connect to read; no other service may
            grant = sql.SQL("GRANT CONNECT ON DATABASE {} TO {}")
            conn.execute(grant.format(sql.Identifier(name), sql.Identifier(AUDIT)))
            env[f"{service.upper()}_DATABASE_URL"] = _url(server, name, name)
            env[f"AUDIT_{service.upper()}_DATABASE_URL"] = _url(server, name, AUDIT)
        # The audit's own database: its view's sign-ins and access log
        _database(conn, prefix + AUDIT, owner=AUDIT)
        env["AUDIT_DATABASE_URL"] = _url(server, prefix + AUDIT, AUDIT)
        env.update(_key_store(conn, server, prefix))
    return env


def _key_store(conn: psycopg.Connection, server: str, prefix: str) -> dict[str, str]:
    """The key store's database, owned by its own role. Every service may read keys and add new ones (the
    tables its migrations make get those rights by default); the audit reads them; of the services only intake
    may erase one (it records the erasure)."""
    name = prefix + KEYS
    _role(conn, KEYS)
    _database(conn, name, owner=KEYS)
    env = {"KEYS_DATABASE_URL": _url(server, name, KEYS)}
    roles = {service: prefix + service for service in registry.producers()}
    for service, role in [*roles.items(), (AUDIT, AUDIT)]:
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(*map(sql.Identifier, (name, role))))
        env[f"{service.upper()}_KEYS_DATABASE_URL"] = _url(server, name, role)
    rights = sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA public GRANT {} ON TABLES TO {}")
    # as the server's superuser, who is the project's own on its cluster but anyone's on another server
    superuser = make_url(server).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(superuser, autocommit=True) as store:
        everyone = sql.SQL(", ").join(map(sql.Identifier, roles.values()))
        store.execute(rights.format(sql.Identifier(KEYS), sql.SQL("SELECT, INSERT"), everyone))
        # Intake erases (the daily retention job, `rathaus privacy erase`): it may set a key to NULL
        store.execute(rights.format(sql.Identifier(KEYS), sql.SQL("UPDATE"), sql.Identifier(roles["intake"])))
    return env


def _database(conn: psycopg.Connection, name: str, owner: str) -> None:
    """The database, made where missing and owned by `owner`; no one else may even connect."""
    if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
        conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(*map(sql.Identifier, (name, owner))))
    conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(name)))


def _url(server: str, database: str, role: str) -> str:
    """The server's address with the role, its password and the database."""
    address = make_url(server).set(username=role, password=password(role), database=database)
    return address.render_as_string(hide_password=False)


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
