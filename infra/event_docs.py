"""The event catalogue, generated from the contracts and the registry: every event type with its versions,
producer, consumers and payload fields; written to docs/events/README.md with the other contracts by
`python -m infra.contracts`."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from services import registry
from shared.contracts import PRODUCERS
from shared.kernel.events import has_upcaster, payload_schemas
from shared.kernel.personal import PERSONAL

HEADER = """# The event catalogue

Generated from the contracts (`shared/contracts/`) and the registry (`services/registry.py`) by
`python -m infra.contracts`; a unit test fails when this file is behind them. The same events as an
AsyncAPI 3 document, for tools: [../asyncapi.json](../asyncapi.json). Every
event travels in the one envelope (`shared/kernel/envelope.py`): event id, type and schema version, case id
(also the Kafka key), stream version, time (UTC), producer, correlation and causation ids, the payload below,
the hash chain, and its producer's Ed25519 signature with the key's id (docs/decisions/0015-signed-events.md).
Fields marked **personal** travel sealed in the envelope's `personal` field, encrypted with the case's key,
and read as null once the case's personal data is erased (docs/decisions/0022-crypto-shredding.md).
Money is integer cents of EUR. The readers' guides with examples are
[fees.md](fees.md) (accounting) and [routing-and-notifications.md](routing-and-notifications.md) (vendors).
"""

TYPE_NAMES: list[tuple[type[fields.Field], str]] = [
    (fields.AwareDateTime, "date-time with time zone"),
    (fields.Date, "date (YYYY-MM-DD)"),
    (fields.Email, "e-mail address"),
    (fields.UUID, "UUID"),
    (fields.Boolean, "boolean"),
    (fields.Integer, "integer"),
    (fields.String, "string"),
    (fields.Dict, "object"),
]


def field_type(field: fields.Field) -> str:
    if isinstance(field, fields.List):
        return f"list of {field_type(field.inner)}"
    if isinstance(field, fields.Nested):
        return f"object ({type(field.schema).__name__})"
    return next((name for kind, name in TYPE_NAMES if isinstance(field, kind)), type(field).__name__)


def rules(field: fields.Field) -> str:
    said = []
    for check in field.validators:
        if isinstance(check, validate.OneOf):
            said.append("one of " + ", ".join(f"`{choice}`" for choice in check.choices))
        elif isinstance(check, validate.Range):
            said.append(
                " ".join(
                    p
                    for p in (
                        f"≥ {check.min}" if check.min is not None else "",
                        f"≤ {check.max}" if check.max is not None else "",
                    )
                    if p
                )
            )
        elif isinstance(check, validate.Length):
            said.append(f"length {check.min or 0} to {check.max}" if check.max else f"length ≥ {check.min}")
        elif isinstance(check, validate.Regexp):
            said.append(f"matches `{check.regex.pattern}`")
        elif isinstance(check, validate.Equal):
            said.append(f"always `{check.comparable}`")
    if field.allow_none:
        said.append("may be null")
    if field.metadata.get(PERSONAL):
        said.append("**personal**: sealed with the case's key, null once erased")
    return "; ".join(said)


def field_rows(schema: Schema, prefix: str = "") -> list[str]:
    rows = []
    for name, field in schema.fields.items():
        needed = "yes" if field.required else "no"
        rows.append(f"| `{prefix}{name}` | {field_type(field)} | {needed} | {rules(field)} |")
        inner = field.inner if isinstance(field, fields.List) else field
        if isinstance(inner, fields.Nested):
            rows += field_rows(inner.schema, f"{prefix}{name}{'[]' if inner is not field else ''}.")
    return rows


def consumers_of(event_type: str) -> list[str]:
    return [service.name for service in registry.data_services() if event_type in service.consumes]


def catalogue() -> str:
    schemas = payload_schemas()
    out = [HEADER]
    for producer, types in PRODUCERS.items():
        out.append(f"## `cases.{producer}`, written by {producer}\n")
        for event_type in types:
            versions = sorted(version for (name, version) in schemas if name == event_type)
            consumers = ", ".join(consumers_of(event_type)) or "none (the audit reads it)"
            out.append(f"### {event_type}\n")
            out.append(f"Versions {', '.join(map(str, versions))}; consumed by {consumers}.\n")
            for version in reversed(versions):
                schema = schemas[(event_type, version)]
                doc = (type(schema).__doc__ or "").strip()
                note = " (the newest)" if version == versions[-1] else ""
                if has_upcaster(event_type, version):
                    note = f", read as version {version + 1} through its upcaster"
                out.append(f"Version {version}{note}." + (f" {doc}" if doc else "") + "\n")
                out.append("| field | type | required | rules |\n| --- | --- | --- | --- |")
                out.append("\n".join(field_rows(schema)) + "\n")
    return "\n".join(out)
