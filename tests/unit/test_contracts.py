"""Every committed contract is the one the code makes (`python -m infra.contracts` writes them), and says what
the code does: each HTTP route of an API is in its OpenAPI document, each event type and version is a message
of the AsyncAPI document on its producer's topic, each consumer receives what it handles."""

from __future__ import annotations

import re

from infra.asyncapi import asyncapi
from infra.contracts import behind
from infra.event_docs import catalogue
from services import registry
from shared.contracts import PRODUCERS
from shared.kernel.events import payload_schemas, personal_fields


def test_every_committed_contract_is_the_one_the_code_makes():
    assert behind() == [], "run: python -m infra.contracts"


def test_every_api_route_is_in_its_services_openapi_document_and_no_other():
    for name, document in registry.contracts().items():
        documented = {(path, method.upper()) for path, ops in document["paths"].items() for method in ops}
        served = set()
        for rule in registry.create_app(name).url_map.iter_rules():
            path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
            if not path.startswith("/api/") or path == "/api/v1/openapi.json":
                continue
            for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}:
                if path.endswith("/{action}"):  # the desk's steps: one route, a path per step in the document
                    steps = {(p, m) for p, m in documented if m == method and p.startswith(path[:-8])}
                    assert steps, (name, path)
                    served |= steps
                else:
                    served.add((path, method))
        assert served == documented, name


def test_every_event_type_and_version_is_a_message_on_its_producers_topic():
    document = asyncapi()
    for producer, types in PRODUCERS.items():
        channel = document["channels"][f"cases_{producer}"]
        assert channel["address"] == f"cases.{producer}"
        for event_type in types:
            versions = [v for (t, v) in payload_schemas() if t == event_type]
            for version in versions:
                assert f"{event_type}_v{version}" in channel["messages"]
                payload = document["components"]["messages"][f"{event_type}_v{version}"]["payload"]
                fields = payload["properties"]["payload"]
                for name in personal_fields(event_type, version):
                    assert fields["properties"][name]["x-personal"] is True
                    assert name not in fields.get("required", []), "sealed: absent on the wire"


def test_each_consumer_receives_exactly_what_it_handles():
    operations = asyncapi()["operations"]
    for service in registry.data_services():
        received = {
            ref["$ref"].rsplit("/", 1)[1].rsplit("_v", 1)[0]
            for key, operation in operations.items()
            if key.startswith(f"{service.name}_consumes_")
            for ref in operation["messages"]
        }
        assert received == set(service.consumes), service.name


def test_the_catalogue_names_every_event_type_with_its_consumers():
    text = catalogue()
    for producer, types in PRODUCERS.items():
        assert f"## `cases.{producer}`, written by {producer}" in text
        for event_type in types:
            assert f"### {event_type}\n" in text
    assert "### FeeAssessed\n\nVersions 1; consumed by intake, routing." in text
