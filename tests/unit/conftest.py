"""The unit tier runs without servers: a test here that asks for one fails at once, saying so."""

import pytest


def _no_server(name: str):
    @pytest.fixture(name=name, scope="session")
    def refused() -> None:
        pytest.fail(f"{name}: unit tests run without servers; this test belongs in tests/integration or e2e")

    return refused


kafka_bootstrap = _no_server("kafka_bootstrap")
postgres_admin_url = _no_server("postgres_admin_url")
