"""The project's PostgreSQL lets no one in without a password, gives each service a role that owns its own
database and reaches no other, and the audit a role that reads every store and writes none."""

from __future__ import annotations

import os
import uuid

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from infra.postgres import AUDIT, KEYS, Cluster
from shared.kernel import case_keys
from shared.kernel.config import VAR

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("TEST_POSTGRES_ADMIN_URL") or os.environ.get("RATHAUS_TESTCONTAINERS")),
    reason="the roles are the project's own cluster's",
)


@pytest.fixture
def cluster(postgres_admin_url):
    """The tests' cluster, with a set of service databases and roles of this test's own."""
    running = Cluster(VAR / "test-postgres", port=15433)
    prefix = f"r{uuid.uuid4().hex[:8]}_"
    env = running.service_environment(prefix)
    yield env, prefix
    with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
        # The key store's first: it holds grants to the services' roles
        for own in (KEYS, AUDIT):
            name = sql.Identifier(prefix + own)
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        for service in ("intake", "fees", "routing", "notifications"):
            name = sql.Identifier(prefix + service)
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(name))


def test_no_one_gets_in_without_the_password(cluster):
    env, _ = cluster
    url = env["INTAKE_DATABASE_URL"]
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(make_conninfo(url, password="")).close()
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(make_conninfo(url, password="guessed")).close()
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(make_conninfo(url, user="rathaus", password="guessed")).close()


def test_a_service_owns_its_database_and_reaches_no_other(cluster):
    env, _ = cluster
    with psycopg.connect(env["INTAKE_DATABASE_URL"], autocommit=True) as intake:
        intake.execute("CREATE TABLE applications (case_id text PRIMARY KEY)")
        superuser, creates_databases = intake.execute(
            "SELECT rolsuper, rolcreatedb FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
        assert (superuser, creates_databases) == (False, False)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            intake.execute("CREATE DATABASE elsewhere")
    intakes_role = conninfo_to_dict(env["INTAKE_DATABASE_URL"])
    fees_as_intake = make_conninfo(
        env["FEES_DATABASE_URL"], user=intakes_role["user"], password=intakes_role["password"]
    )
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(fees_as_intake).close()


def test_the_audit_reads_every_store_and_writes_none(cluster):
    env, _ = cluster
    with psycopg.connect(env["INTAKE_DATABASE_URL"], autocommit=True) as intake:
        intake.execute("CREATE TABLE applications (case_id text PRIMARY KEY)")
        intake.execute("INSERT INTO applications VALUES ('c-1')")
    assert AUDIT in env["AUDIT_INTAKE_DATABASE_URL"]
    with psycopg.connect(env["AUDIT_INTAKE_DATABASE_URL"], autocommit=True) as audit:
        assert audit.execute("SELECT case_id FROM applications").fetchall() == [("c-1",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            audit.execute("INSERT INTO applications VALUES ('forged')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            audit.execute("DELETE FROM applications")


def test_the_audit_keeps_its_sign_ins_and_reads_in_a_database_only_it_reaches(cluster):
    env, _ = cluster
    with psycopg.connect(env["AUDIT_DATABASE_URL"], autocommit=True) as own:
        own.execute("CREATE TABLE access_log (id integer PRIMARY KEY)")
        own.execute("INSERT INTO access_log VALUES (1)")
    intakes_role = conninfo_to_dict(env["INTAKE_DATABASE_URL"])
    audit_as_intake = make_conninfo(
        env["AUDIT_DATABASE_URL"], user=intakes_role["user"], password=intakes_role["password"]
    )
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(audit_as_intake).close()


def test_services_add_and_read_case_keys_and_only_intake_erases_one(cluster, monkeypatch):
    env, _ = cluster
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    case_keys.DATABASE.migrate()  # as `rathaus run` does first, with the key store's own role
    key = case_keys.key_for("intake", "case-1")
    assert case_keys.keys_of("routing", ["case-1"]) == {"case-1": key}
    assert case_keys.keys_of("audit", ["case-1"]) == {"case-1": key}
    for service in ("routing", "fees", "notifications"):
        with psycopg.connect(env[f"{service.upper()}_KEYS_DATABASE_URL"], autocommit=True) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE case_keys SET key = NULL")
    for service in ("intake", "routing"):
        with psycopg.connect(env[f"{service.upper()}_KEYS_DATABASE_URL"], autocommit=True) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("DELETE FROM case_keys")  # a lost key is worse than an erased one
    assert case_keys.erase("case-1", role="intake")
    assert case_keys.keys_of("fees", ["case-1"]) == {"case-1": None}
    assert case_keys.key_for("notifications", "case-1") is None  # nothing personal is sealed any more
