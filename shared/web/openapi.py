"""What every service's OpenAPI document shares: the problem+json shape of every refusal, the reasons a
status is given, and how a document is made from the marshmallow schemas that validate requests.

Each service with an HTTP API has `openapi.py` with `openapi_spec()`; `python -m infra.contracts` writes
them all to `docs/openapi/<service>.json`, each process serves its own at `/api/v1/openapi.json`, and a
unit test fails when a committed document is behind the code."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from flask import Flask, jsonify
from marshmallow import Schema

PROBLEM = {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}

REASONS = {
    400: "Anfrage unvollständig oder kein gültiges JSON",
    401: "Nicht angemeldet (Zugang fehlt oder ist ungültig)",
    403: "Nicht erlaubt",
    404: "Nicht gefunden",
    409: "Konflikt mit dem Stand des Vorgangs",
    413: "Zu groß (über 64 KiB)",
    415: "Kein application/json",
    422: "Angaben fehlerhaft (die Felder sind benannt)",
    503: "Nicht eingerichtet oder vorübergehend nicht erreichbar; nichts wurde gespeichert",
}

PROBLEM_SCHEMA = {
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
}


def new_spec(title: str, description: str, schemas: Sequence[type[Schema]] = ()) -> APISpec:
    """A document with the Problem shape every refusal has, and these schemas under their class names (a
    nested one before the one that holds it)."""
    spec = APISpec(
        title=title,
        version="1",
        openapi_version="3.0.3",
        plugins=[MarshmallowPlugin()],
        info={"description": description},
    )
    spec.components.schema("Problem", PROBLEM_SCHEMA)
    for schema in schemas:
        spec.components.schema(schema.__name__, schema=schema)
    return spec


def responses(
    *codes: int, ok: dict[str, Any] | None = None, said: dict[int, str] | None = None
) -> dict[str, Any]:
    """The answers of an operation: `ok` as given, each refusal as problem+json with its reason (the
    operation's own where `said` has one)."""
    reasons = {**REASONS, **(said or {})}
    refusals = {str(code): {"description": reasons[code], **PROBLEM} for code in codes}
    return {**(ok or {}), **refusals}


def json_answer(description: str, schema: str) -> dict[str, Any]:
    """A 200 whose body is the named component schema."""
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return {"200": {"description": description, "content": content}}


def path_parameter(name: str, schema: dict[str, Any], description: str = "") -> dict[str, Any]:
    parameter = {"name": name, "in": "path", "required": True, "schema": schema}
    return {**parameter, "description": description} if description else parameter


def query_parameter(name: str, schema: dict[str, Any], description: str, required: bool = False) -> dict:
    return {"name": name, "in": "query", "required": required, "schema": schema, "description": description}


def serve(app: Flask, document: Callable[[], dict[str, Any]]) -> None:
    """Serve a service's document, as the code makes it, at /api/v1/openapi.json."""
    app.add_url_rule("/api/v1/openapi.json", "openapi", lambda: jsonify(document()))
