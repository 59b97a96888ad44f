"""The one list of the platform's services. What runs, starts, replays or tests them reads it and nothing
restates it: the workers, the HTTP processes, `rathaus`, the topics, the audit and the tests."""

from __future__ import annotations

from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, Any

from shared.contracts import producer_of
from shared.kernel import case_keys
from shared.kernel.config import configured_url
from shared.kernel.db import ServiceDatabase
from shared.kernel.service import Service
from shared.kernel.worker import run_worker

if TYPE_CHECKING:
    from flask import Flask

# Each is the package services/<name>/ with its descriptor in service.py.
NAMES = ("intake", "fees", "routing", "notifications", "audit")


@cache
def get(name: str) -> Service:
    if name not in NAMES:
        raise KeyError(f"no service {name}; the services are {', '.join(NAMES)}")
    service: Service = import_module(f"services.{name}.service").SERVICE
    return service


def services() -> list[Service]:
    return [get(name) for name in NAMES]


def data_services() -> list[Service]:
    """The services that own a store, a topic and a worker (all but the audit, which only reads)."""
    return [service for service in services() if service.store is not None]


def databases() -> list[Service]:
    """The services with a database of their own: every one that owns data, and the audit for its sign-ins
    and its access log."""
    return [service for service in services() if service.database is not None]


def migrated() -> list[ServiceDatabase]:
    """Every database the platform migrates: each service's, and the key store its events' personal data is
    sealed with."""
    return [*(db for service in databases() if (db := service.database)), case_keys.DATABASE]


def producers() -> tuple[str, ...]:
    return tuple(service.name for service in data_services())


def http_ports() -> dict[str, int]:
    return {service.name: service.http_port for service in services()}


def consumed_topics(service: Service) -> list[str]:
    """The topics of the services whose events it consumes, as its `consumes` names them."""
    wanted = {producer_of(event_type) for event_type in service.consumes}
    return [f"cases.{producer}" for producer in producers() if producer in wanted]


def town_service_gaps(offered: list[str] | None = None) -> list[str]:
    """What the services' own data lack for a town service the catalogue offers online: its assistant, its
    fee rule, its revenue account, its office rule. Empty when every part of the town is ready for each."""
    if offered is None:
        offered = [sid for service in services() if service.offers for sid in service.offers()]
    return [
        gap
        for service in services()
        if service.lacks is not None
        for service_id in offered
        for gap in service.lacks(service_id)
    ]


def refuse_gaps() -> None:
    """Stops the platform's start, naming every gap (`rathaus run`, and every platform the tests start)."""
    gaps = town_service_gaps()
    if gaps:
        raise SystemExit("The platform cannot start; missing:\n" + "\n".join(f"- {gap}" for gap in gaps))


def url(name: str) -> str:
    """Where a service's HTTP process answers: `<NAME>_URL`, or its port on this machine."""
    return (configured_url(name) or f"http://127.0.0.1:{get(name).http_port}").rstrip("/")


def portal_url() -> str:
    """Where citizens reach the portal's host (`PORTAL_URL`, else intake's address)."""
    return (configured_url("portal") or url("intake")).rstrip("/")


def contracts() -> dict[str, dict[str, Any]]:
    """Each HTTP API's OpenAPI document as the code makes it, by service."""
    return {service.name: contract(service) for service in services() if service.contract}


def contract(service: Service) -> dict[str, Any]:
    module, function = (service.contract or "").split(":")
    document: dict[str, Any] = getattr(import_module(module), function)()
    return document


def create_app(name: str) -> Flask:
    """A service's HTTP process (gunicorn runs `services.registry:create_app('<name>')`)."""
    # The web kit is imported here, in the HTTP process only: a worker never loads Flask.
    from shared.web.http import create_service_app
    from shared.web.limits import enable_limits
    from shared.web.metrics import enable_metrics
    from shared.web.openapi import serve
    from shared.web.pages import enable_pages

    service = get(name)
    app = create_service_app(name)
    enable_metrics(app, name)
    if service.pages:
        enable_pages(app, name)
    for blueprint in service.blueprints:
        module, attribute = blueprint.split(":")
        app.register_blueprint(getattr(import_module(module), attribute))
    if service.contract:
        serve(app, lambda: contract(service))
    enable_limits(app, name)
    return app


def worker(name: str) -> None:
    """A service's worker process (`python -m services worker <name>`)."""
    service = get(name)
    if service.database is None or service.store is None:
        raise SystemExit(f"{name} records no events and runs no worker")
    run_worker(
        service.database, consumed_topics(service), service.handle_batch, set(service.consumes), service.loops
    )
