"""The committed event catalogue is the one the contracts and the registry give (as the OpenAPI document is
the one the schemas give)."""

from __future__ import annotations

from pathlib import Path

from infra.event_docs import catalogue
from shared.contracts import PRODUCERS

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "events" / "README.md"


def test_the_committed_event_catalogue_is_the_generated_one():
    assert COMMITTED.read_text(encoding="utf-8") == catalogue(), (
        "docs/events/README.md is behind the contracts: python -m infra.event_docs > docs/events/README.md"
    )


def test_the_catalogue_names_every_event_type_with_its_consumers():
    text = catalogue()
    for producer, types in PRODUCERS.items():
        assert f"## `cases.{producer}`, written by {producer}" in text
        for event_type in types:
            assert f"### {event_type}\n" in text
    assert "### FeeAssessed\n\nVersions 1; consumed by intake, routing." in text
