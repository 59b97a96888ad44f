"""Given one PostgreSQL server (as docker-compose.yml gives it), each service of the registry gets a database
of its own there, made where missing, without a list of databases anywhere else."""

from __future__ import annotations

import psycopg

from infra.postgres import create_service_databases
from services import registry
from shared.kernel.config import database_url


def test_each_service_gets_its_database_on_the_server_it_is_given(postgres_admin_url, monkeypatch):
    server = postgres_admin_url.rsplit("/", 1)[0]
    monkeypatch.setenv("RATHAUS_DATABASE_SERVER", server + "/")
    owners = [service.name for service in registry.databases()]
    assert "audit" in owners and set(registry.producers()) < set(owners)
    for service in owners:
        monkeypatch.delenv(f"{service.upper()}_DATABASE_URL", raising=False)
    try:
        made = create_service_databases(server)
        assert create_service_databases(server) == made  # again: nothing new, nothing lost
        assert made == {service: database_url(service) for service in owners}
        with psycopg.connect(postgres_admin_url) as conn:
            names = {row[0] for row in conn.execute("SELECT datname FROM pg_database")}
        assert set(owners) <= names
    finally:
        with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
            for service in owners:
                conn.execute(f'DROP DATABASE IF EXISTS "{service}" WITH (FORCE)')


def test_a_service_s_own_url_wins_over_the_server(monkeypatch):
    monkeypatch.setenv("RATHAUS_DATABASE_SERVER", "postgresql://rathaus@db:5432")
    monkeypatch.setenv("FEES_DATABASE_URL", "postgresql://rathaus@elsewhere:5432/fees_2026")
    assert database_url("fees") == "postgresql://rathaus@elsewhere:5432/fees_2026"
    monkeypatch.delenv("ROUTING_DATABASE_URL", raising=False)
    assert database_url("routing") == "postgresql://rathaus@db:5432/routing"
