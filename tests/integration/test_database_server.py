"""Given one PostgreSQL server (as docker-compose.yml or a town gives it, by a superuser's URL), every service
gets a database of its own there, owned by a role of its own, and the audit its reading role and its own
database: the same roles and grants as on the project's own cluster, made where missing."""

from __future__ import annotations

import uuid

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from infra.postgres import AUDIT, KEYS, service_environment
from services import registry
from shared.kernel.config import database_server, database_url


def test_a_given_server_gets_a_role_and_a_database_per_service(postgres_admin_url):
    server = postgres_admin_url.rsplit("/", 1)[0]
    prefix = f"s{uuid.uuid4().hex[:8]}_"
    try:
        env = service_environment(server, prefix)
        assert service_environment(server, prefix) == env  # again: nothing new, nothing lost
        for service in registry.producers():
            own = conninfo_to_dict(env[f"{service.upper()}_DATABASE_URL"])
            assert (own["user"], own["dbname"]) == (prefix + service, prefix + service)
            with psycopg.connect(env[f"{service.upper()}_DATABASE_URL"]) as conn:
                superuser = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                assert superuser.fetchone() == (False,)
            assert conninfo_to_dict(env[f"AUDIT_{service.upper()}_DATABASE_URL"])["user"] == AUDIT
        with psycopg.connect(env["AUDIT_DATABASE_URL"]) as conn:
            who = conn.execute("SELECT current_database(), current_user").fetchone()
            assert who == (prefix + AUDIT, AUDIT)
    finally:
        with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
            for name in [prefix + KEYS, prefix + AUDIT] + [prefix + s for s in registry.producers()]:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            for service in registry.producers():
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(prefix + service)))


def test_the_server_s_password_may_come_from_a_file(monkeypatch, tmp_path):
    secret = tmp_path / "postgres.password"
    secret.write_text("s3cr/et:@x\n")
    monkeypatch.setenv("RATHAUS_DATABASE_SERVER", "postgresql://rathaus@db:5432/")
    assert database_server() == "postgresql://rathaus@db:5432"
    monkeypatch.setenv("RATHAUS_DATABASE_PASSWORD_FILE", str(secret))
    assert database_server() == "postgresql://rathaus:s3cr%2Fet%3A%40x@db:5432"


def test_a_service_s_own_url_wins_over_the_server(monkeypatch):
    monkeypatch.setenv("RATHAUS_DATABASE_SERVER", "postgresql://rathaus@db:5432")
    monkeypatch.delenv("RATHAUS_DATABASE_PASSWORD_FILE", raising=False)
    monkeypatch.setenv("FEES_DATABASE_URL", "postgresql://rathaus@elsewhere:5432/fees_2026")
    assert database_url("fees") == "postgresql://rathaus@elsewhere:5432/fees_2026"
    monkeypatch.delenv("ROUTING_DATABASE_URL", raising=False)
    assert database_url("routing") == "postgresql://rathaus@db:5432/routing"
