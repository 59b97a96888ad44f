"""What every end-to-end test's intake processes need besides Kafka and PostgreSQL: a real clamd."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from infra.virus_scanner import VirusScanner


@pytest.fixture(scope="session", autouse=True)
def virus_scanner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One clamd for the session, with the project's signatures alone (it starts in a second, where the
    official ones would take half a minute and a gigabyte); every platform a test starts inherits its
    address."""
    if os.environ.get("RATHAUS_VIRUS_SCANNER"):
        yield os.environ["RATHAUS_VIRUS_SCANNER"]
        return
    scanner = VirusScanner(tmp_path_factory.mktemp("clamav"), official=False).start()
    os.environ["RATHAUS_VIRUS_SCANNER"] = scanner.address
    yield scanner.address
    scanner.stop()
    del os.environ["RATHAUS_VIRUS_SCANNER"]
