"""The registry is the one list: every process, topic and replay follows from the descriptors."""

from __future__ import annotations

from infra.platform import platform_processes
from infra.topics import topics
from services import registry
from shared.contracts import PRODUCERS, producer_of


def test_each_service_that_owns_data_writes_its_own_topic_and_the_contracts_name_the_same_producers():
    for service in registry.data_services():
        assert service.store.producer == service.name
        assert service.store.topic == f"cases.{service.name}"
        assert service.database.service == service.name
    assert set(registry.producers()) == set(PRODUCERS)


def test_a_worker_consumes_the_topics_of_the_event_types_its_handlers_name():
    for service in registry.data_services():
        expected = {f"cases.{producer_of(event_type)}" for event_type in service.consumes}
        assert set(registry.consumed_topics(service)) == expected, service.name
    assert registry.consumed_topics(registry.get("fees")) == ["cases.intake", "cases.routing"]


def test_every_process_topic_and_port_comes_from_the_descriptors():
    names = [service.name for service in registry.services()]
    assert platform_processes() == [f"{name}-http" for name in names] + [
        f"{name}-worker" for name in registry.producers()
    ]
    assert {topic.name for topic in topics()} == {
        f"{kind}.{name}" for kind in ("cases", "dlq") for name in registry.producers()
    }
    ports = registry.http_ports()
    assert len(set(ports.values())) == len(ports) == len(registry.NAMES)


def test_every_projection_handles_only_event_types_of_the_contracts():
    for service in registry.data_services():
        for event_type in [*service.consumes, *service.projection]:
            assert producer_of(event_type) in PRODUCERS, (service.name, event_type)
