"""The AsyncAPI 3 document of every topic, generated from the event contracts (`shared/contracts/`), the
envelope's own checks (`shared/kernel/events.py`), the topics (`infra/topics.py`) and who consumes what
(`services/registry.py`). Committed as docs/asyncapi.json by `python -m infra.contracts`."""

from __future__ import annotations

from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from marshmallow import Schema

from infra.topics import KEEP_FOREVER, topics
from services import registry
from shared.contracts import PRODUCERS
from shared.kernel.events import envelope_json_schema, has_upcaster, payload_schemas, personal_fields

KAFKA_BINDING = "0.5.0"
SEALED = (
    "Personal: on the wire this field is absent from the payload, sealed with the case's key in the "
    "envelope's `personal` (AES-256-GCM); it reads as null once the case's personal data is erased."
)


def json_schema(schema: Schema) -> dict[str, Any]:
    """A payload schema as JSON Schema (draft 7, AsyncAPI's default format), nested schemas inlined."""
    spec = APISpec("payload", "1", "3.0.3", plugins=[MarshmallowPlugin(schema_name_resolver=lambda _: None)])
    spec.components.schema("payload", schema=schema)
    return _without_nullable(spec.to_dict()["components"]["schemas"]["payload"])


def _without_nullable(node: Any) -> Any:
    """OpenAPI 3.0's `nullable: true` as JSON Schema says it: null among the types."""
    if isinstance(node, list):
        return [_without_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _without_nullable(value) for key, value in node.items() if key != "nullable"}
    if node.get("nullable") and "type" in out:
        out["type"] = [out["type"], "null"]
    return out


def message(event_type: str, version: int, schema: Schema) -> dict[str, Any]:
    payload = json_schema(schema)
    personal = personal_fields(event_type, version)
    for name in personal:
        payload["properties"][name]["description"] = SEALED
        payload["properties"][name]["x-personal"] = True
    if "required" in payload:
        payload["required"] = [name for name in payload["required"] if name not in personal]
    envelope = envelope_json_schema()
    envelope["properties"]["event_type"] = {"const": event_type}
    envelope["properties"]["schema_version"] = {"const": version}
    envelope["properties"]["payload"] = payload
    said = (type(schema).__doc__ or "").strip()
    if has_upcaster(event_type, version):
        said = f"{said} Read as version {version + 1} through its upcaster.".strip()
    return {
        "name": event_type,
        "title": f"{event_type}, version {version}",
        **({"summary": said} if said else {}),
        "contentType": "application/json",
        "payload": envelope,
        "bindings": {"kafka": {"key": {"type": "string", "format": "uuid"}, "bindingVersion": KAFKA_BINDING}},
    }


def _versions(event_type: str) -> list[int]:
    return sorted(version for (name, version) in payload_schemas() if name == event_type)


def _message_id(event_type: str, version: int) -> str:
    return f"{event_type}_v{version}"


def _ref(path: str, name: str) -> dict[str, str]:
    return {"$ref": f"#/{path}/{name}"}


def asyncapi() -> dict[str, Any]:
    schemas = payload_schemas()
    messages = {
        _message_id(event_type, version): message(event_type, version, schemas[(event_type, version)])
        for types in PRODUCERS.values()
        for event_type in types
        for version in _versions(event_type)
    }
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    partitions = {topic.name: topic.partitions for topic in topics()}
    binding_config = {
        "retention.ms": int(KEEP_FOREVER["retention.ms"]),
        "retention.bytes": int(KEEP_FOREVER["retention.bytes"]),
        "cleanup.policy": [KEEP_FOREVER["cleanup.policy"]],
    }
    for producer, types in PRODUCERS.items():
        topic, channel = f"cases.{producer}", f"cases_{producer}"
        ids = [_message_id(t, v) for t in types for v in _versions(t)]
        channels[channel] = {
            "address": topic,
            "title": f"Events of {producer}",
            "description": f"Every event {producer} records, keyed by case id (so one case's events keep "
            "their order), kept forever: the log is part of the audit record.",
            "messages": {mid: _ref("components/messages", mid) for mid in ids},
            "bindings": {
                "kafka": {
                    "topic": topic,
                    "partitions": partitions[topic],
                    "topicConfiguration": binding_config,
                    "bindingVersion": KAFKA_BINDING,
                }
            },
        }
        operations[f"{producer}_records"] = {
            "action": "send",
            "channel": _ref("channels", channel),
            "summary": f"{producer} publishes what it recorded (its outbox relay), at least once",
            "messages": [_ref(f"channels/{channel}/messages", mid) for mid in ids],
        }
    for service in registry.data_services():
        for producer, types in PRODUCERS.items():
            wanted = [_message_id(t, v) for t in types if t in service.consumes for v in _versions(t)]
            if wanted:
                channel = f"cases_{producer}"
                operations[f"{service.name}_consumes_{producer}"] = {
                    "action": "receive",
                    "channel": _ref("channels", channel),
                    "summary": f"{service.name} handles these, effectively once, in its own consumer group",
                    "messages": [_ref(f"channels/{channel}/messages", mid) for mid in wanted],
                }
        dead = f"dlq_{service.name}"
        channels[dead] = {
            "address": f"dlq.{service.name}",
            "title": f"Dead letters of {service.name}",
            "description": f"What {service.name}'s consumer could not handle, as it came (any message of the "
            "topics it reads), with the headers `error`, `source_topic`, `source_partition` and "
            "`source_offset`.",
            "messages": {"DeadLetter": _ref("components/messages", "DeadLetter")},
            "bindings": {
                "kafka": {
                    "topic": f"dlq.{service.name}",
                    "partitions": partitions[f"dlq.{service.name}"],
                    "topicConfiguration": binding_config,
                    "bindingVersion": KAFKA_BINDING,
                }
            },
        }
        operations[f"{service.name}_dead_letters"] = {
            "action": "send",
            "channel": _ref("channels", dead),
            "messages": [_ref(f"channels/{dead}/messages", "DeadLetter")],
        }
    messages["DeadLetter"] = {
        "name": "DeadLetter",
        "title": "A message a consumer could not handle",
        "contentType": "application/octet-stream",
        "headers": {
            "type": "object",
            "properties": {
                name: {"type": "string"}
                for name in ("error", "source_topic", "source_partition", "source_offset")
            },
        },
        "payload": {"description": "The message's bytes as they came (they need not be valid JSON)."},
    }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Rathaus online: Ereignisse",
            "version": "1",
            "description": "Every topic of the platform and every event type and version on it, in the one "
            "envelope: ids, case id (also the Kafka key), stream version, time (UTC), producer, correlation "
            "and causation ids, the payload, the hash chain and the producer's Ed25519 signature "
            "(docs/decisions/0015-signed-events.md). Money is integer cents of EUR.",
        },
        "defaultContentType": "application/json",
        "servers": {
            "local": {
                "host": "localhost:9092",
                "protocol": "kafka",
                "description": "The broker `make run` starts; each client signs in as its service "
                "(SASL SCRAM-SHA-512, docs/decisions/0016-broker-users-and-acls.md).",
                "security": [_ref("components/securitySchemes", "scram")],
            }
        },
        "channels": channels,
        "operations": operations,
        "components": {
            "messages": messages,
            "securitySchemes": {"scram": {"type": "scramSha512"}},
        },
    }
