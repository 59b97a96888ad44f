"""The registry of event schemas, and decoding of events that arrive from Kafka."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate

from shared.kernel.envelope import Event

_PAYLOAD_SCHEMAS: dict[tuple[str, int], Schema] = {}
_UPCASTERS: dict[tuple[str, int], Callable[[dict[str, Any]], dict[str, Any]]] = {}


class InvalidEvent(Exception):
    """An event that cannot be read: malformed, of an unknown type, or with a payload off its schema."""


def register(event_type: str, version: int = 1) -> Any:
    """Class decorator: the marshmallow schema of one event type's payload at one schema version."""

    def decorate(schema_class: type[Schema]) -> type[Schema]:
        key = (event_type, version)
        if key in _PAYLOAD_SCHEMAS:
            raise ValueError(f"{event_type} v{version} is registered twice")
        _PAYLOAD_SCHEMAS[key] = schema_class()
        return schema_class

    return decorate


def validate_payload(event_type: str, version: int, payload: dict[str, Any]) -> None:
    schema = _PAYLOAD_SCHEMAS.get((event_type, version))
    if schema is None:
        raise InvalidEvent(f"unknown event type {event_type} v{version}")
    errors = schema.validate(payload)
    if errors:
        raise InvalidEvent(f"{event_type} v{version} payload is invalid: {errors}")


_SHA256 = validate.Regexp(r"^[0-9a-f]{64}$")


class EnvelopeSchema(Schema):
    event_id = fields.UUID(required=True)
    event_type = fields.String(required=True, validate=validate.Length(min=1, max=100))
    schema_version = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    case_id = fields.UUID(required=True)
    stream_version = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    occurred_at = fields.AwareDateTime(required=True)
    producer = fields.String(required=True)
    correlation_id = fields.UUID(required=True)
    causation_id = fields.UUID(required=True)
    payload = fields.Dict(keys=fields.String(), required=True)
    prev_hash = fields.String(required=True, validate=_SHA256)
    hash = fields.String(required=True, validate=_SHA256)


def upcaster(event_type: str, from_version: int) -> Any:
    """Function decorator: turns a payload of `from_version` into one of the next version. It must be pure
    (the same old payload always gives the same new one), so that a replay years later comes out the same."""

    def decorate(
        function: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> Callable[[dict[str, Any]], dict[str, Any]]:
        _UPCASTERS[(event_type, from_version)] = function
        return function

    return decorate


def payload_schemas() -> dict[tuple[str, int], Schema]:
    """Every registered schema by (event type, version): what the generated event docs describe."""
    return dict(_PAYLOAD_SCHEMAS)


def has_upcaster(event_type: str, from_version: int) -> bool:
    return (event_type, from_version) in _UPCASTERS


def latest_version(event_type: str) -> int:
    versions = [version for (name, version) in _PAYLOAD_SCHEMAS if name == event_type]
    if not versions:
        raise InvalidEvent(f"unknown event type {event_type}")
    return max(versions)


def upcast(event: Event) -> Event:
    """The event as its newest schema version reads it. Its hash stays that of the event as recorded (check
    chains on what was recorded, not on this)."""
    version, payload = event.schema_version, event.payload
    while (event.event_type, version) in _UPCASTERS:
        payload = _UPCASTERS[(event.event_type, version)](payload)
        version += 1
    if version == event.schema_version:
        return event
    validate_payload(event.event_type, version, payload)
    return replace(event, schema_version=version, payload=payload)


_ENVELOPE = EnvelopeSchema()


def decode(raw: bytes) -> Event:
    """Bytes from Kafka to an Event, or InvalidEvent saying why not (a hash that does not match included)."""
    event = decode_recorded(raw)
    if event.computed_hash() != event.hash:
        raise InvalidEvent("hash does not match the event's content")
    return event


def decode_recorded(raw: bytes) -> Event:
    """Bytes from Kafka to an Event as recorded, whether its hash holds or not: an auditor wants to see it."""
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidEvent(f"not JSON: {error}") from error
    if not isinstance(data, dict):
        raise InvalidEvent("an event must be a JSON object")
    try:
        loaded = _ENVELOPE.load(data)
    except ValidationError as error:
        raise InvalidEvent(f"envelope is invalid: {error.messages}") from error
    validate_payload(loaded["event_type"], loaded["schema_version"], loaded["payload"])
    occurred_at: datetime = loaded["occurred_at"]
    event = Event(
        event_id=str(loaded["event_id"]),
        event_type=loaded["event_type"],
        schema_version=loaded["schema_version"],
        case_id=str(loaded["case_id"]),
        stream_version=loaded["stream_version"],
        occurred_at=occurred_at,
        producer=loaded["producer"],
        correlation_id=str(loaded["correlation_id"]),
        causation_id=str(loaded["causation_id"]),
        payload=loaded["payload"],
        prev_hash=loaded["prev_hash"],
        hash=loaded["hash"],
    )
    return event
