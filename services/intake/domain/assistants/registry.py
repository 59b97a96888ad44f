"""The registry of assistants: service id to the schema of that service's form."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from importlib.metadata import entry_points
from typing import Any

from marshmallow import Schema

ENTRY_POINT_GROUP = "rathaus.assistants"
_ASSISTANTS: dict[str, type[Schema]] = {}


def assistant(service_id: str) -> Any:
    """Class decorator: the form schema of one service."""

    def register(schema_class: type[Schema]) -> type[Schema]:
        if _ASSISTANTS.get(service_id, schema_class) is not schema_class:
            raise ValueError(f"two assistants for {service_id}")
        _ASSISTANTS[service_id] = schema_class
        return schema_class

    return register


@cache
def load_assistants() -> dict[str, type[Schema]]:
    """Import this package's modules and every installed plugin, once; returns the registry."""
    package = importlib.import_module(__package__)
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{__package__}.{module.name}")
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        entry.load()
    return _ASSISTANTS


@cache
def form_schema(service_id: str) -> Schema | None:
    """The service's form schema, made once: a schema keeps nothing between loads, and making one (its
    fields copied, its German messages bound) cost more than checking a form with it."""
    schema_class = load_assistants().get(service_id)
    return schema_class() if schema_class else None
