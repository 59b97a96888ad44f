"""The registry of event schemas, and decoding of events that arrive from Kafka."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Container, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from marshmallow import Schema

from shared.kernel.envelope import Event, canonical_json
from shared.kernel.personal import PERSONAL
from shared.kernel.signing import keyring

MAX_EVENT_BYTES = 1 << 20  # see _parsed

_PAYLOAD_SCHEMAS: dict[tuple[str, int], Schema] = {}
_PERSONAL: dict[tuple[str, int], frozenset[str]] = {}  # the fields each schema declares personal
_EVENT_TYPES: set[str] = set()
_UPCASTERS: dict[tuple[str, int], Callable[[dict[str, Any]], dict[str, Any]]] = {}
_PRODUCER_OF: dict[str, str] = {}  # event type -> the one service that writes it (the contracts say)


class InvalidEvent(Exception):
    """An event that cannot be read: malformed, of an unknown type, or with a payload off its schema."""


def register(event_type: str, version: int = 1) -> Any:
    """Class decorator: the marshmallow schema of one event type's payload at one schema version."""

    def decorate(schema_class: type[Schema]) -> type[Schema]:
        key = (event_type, version)
        if key in _PAYLOAD_SCHEMAS:
            raise ValueError(f"{event_type} v{version} is registered twice")
        schema = schema_class()
        _PAYLOAD_SCHEMAS[key] = schema
        _PERSONAL[key] = frozenset(
            name for name, field in schema.fields.items() if field.metadata.get(PERSONAL)
        )
        _EVENT_TYPES.add(event_type)
        return schema_class

    return decorate


def assign_producers(producer_of: Mapping[str, str]) -> None:
    """Who writes which event type: a topic carries only its owner's types, written by its owner."""
    _PRODUCER_OF.update(producer_of)


def personal_fields(event_type: str, version: int) -> frozenset[str]:
    """The payload fields its schema declares personal (`personal()` in a field's metadata)."""
    return _PERSONAL.get((event_type, version), frozenset())


def validate_payload(event_type: str, version: int, payload: dict[str, Any], sealed: bool = False) -> None:
    """`sealed`: the payload of an event with sealed personal fields, which may be missing (as recorded) or
    None (opened after its key was erased)."""
    schema = _PAYLOAD_SCHEMAS.get((event_type, version))
    if schema is None:
        raise InvalidEvent(f"unknown event type {event_type} v{version}")
    if sealed:
        erased = _PERSONAL[(event_type, version)]
        payload = {name: value for name, value in payload.items() if value is not None or name not in erased}
    try:
        errors = schema.validate(
            payload, partial=tuple(_PERSONAL[(event_type, version)]) if sealed else False
        )
    except Exception as error:  # a field's own conversion may fail past what marshmallow catches
        raise InvalidEvent(f"{event_type} v{version} payload cannot be checked: {error!r}") from error
    if errors:
        raise InvalidEvent(f"{event_type} v{version} payload is invalid: {errors}")


def payload_holds(event: Event) -> bool:
    try:
        validate_payload(event.event_type, event.schema_version, event.payload, sealed=bool(event.personal))
    except InvalidEvent:
        return False
    return True


Check = Callable[[Any], str | None]
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _described(schema: dict[str, Any]) -> Callable[[Check], Check]:
    """What a check accepts, as JSON Schema: the envelope's in the contracts (`envelope_json_schema`)."""

    def describe(check: Check) -> Check:
        check.json_schema = schema  # type: ignore[attr-defined]
        return check

    return describe


@_described({"type": "string", "format": "uuid"})
def _uuid(value: Any) -> str | None:
    return None if isinstance(value, str) and _UUID.fullmatch(value) else "Not a valid UUID."


@_described({"type": "string", "pattern": "^[0-9a-f]{64}$"})
def _sha256(value: Any) -> str | None:
    return None if isinstance(value, str) and _SHA256.fullmatch(value) else "Not a SHA-256 in hex."


@_described({"type": "integer", "minimum": 1})
def _count(value: Any) -> str | None:
    return None if type(value) is int and value >= 1 else "Not a whole number of at least 1."


@_described({"type": "string", "minLength": 1, "maxLength": 100})
def _name(value: Any) -> str | None:
    return None if isinstance(value, str) and 1 <= len(value) <= 100 else "Not a name of 1 to 100 characters."


@_described({"type": "string", "format": "date-time"})
def _moment(value: Any) -> str | None:
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                moment.astimezone(UTC)  # near the calendar's ends an offset can push it out of range
                return None
        except (ValueError, OverflowError):
            pass
    return "Not a moment in ISO 8601 with its offset."


@_described({"type": "object"})
def _object(value: Any) -> str | None:
    return None if isinstance(value, dict) else "Not an object."


# The envelope is the kernel's own and fixed, a dozen plain fields: checked by hand, as it is what every event
# pays on every read (marshmallow's load of it cost more than the rest of a decode). Ids are UUIDs in their
# canonical text, as the store writes them: any other spelling would not match the event's hash anyway.
ENVELOPE_FIELDS: dict[str, Check] = {
    "event_id": _uuid,
    "event_type": _name,
    "schema_version": _count,
    "case_id": _uuid,
    "stream_version": _count,
    "occurred_at": _moment,
    "producer": _name,
    "correlation_id": _uuid,
    "causation_id": _uuid,
    "payload": _object,
    "prev_hash": _sha256,
    "hash": _sha256,
}


def _text(most: int) -> Check:
    @_described({"type": "string", "maxLength": most})
    def check(value: Any) -> str | None:
        return None if isinstance(value, str) and len(value) <= most else f"Not a text of {most} or fewer."

    return check


# The signature and its key's id: absent on an event recorded unsigned, which the audit must still read to
# name it (a consumer refuses it). The sealed personal fields: absent on an event that holds none.
OPTIONAL_FIELDS: dict[str, Check] = {
    "key_id": _text(100),
    "signature": _text(100),
    "personal": _text(MAX_EVENT_BYTES),
}


def envelope_json_schema() -> dict[str, Any]:
    """The envelope as JSON Schema, made from the checks every event passes on its way in."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(ENVELOPE_FIELDS),
        "properties": {
            name: dict(check.json_schema)  # type: ignore[attr-defined]
            for name, check in {**ENVELOPE_FIELDS, **OPTIONAL_FIELDS}.items()
        },
    }


def envelope_errors(data: dict[str, Any]) -> dict[str, list[str]]:
    """What is wrong with an event's envelope, by field (empty when nothing is)."""
    errors: dict[str, list[str]] = {}
    for name, check in ENVELOPE_FIELDS.items():
        if name not in data:
            errors[name] = ["Missing data for required field."]
        elif (problem := check(data[name])) is not None:
            errors[name] = [problem]
    for name, check in OPTIONAL_FIELDS.items():
        if name in data and (problem := check(data[name])) is not None:
            errors[name] = [problem]
    for name in data.keys() - ENVELOPE_FIELDS.keys() - OPTIONAL_FIELDS.keys():
        errors[name] = ["Unknown field."]
    return errors


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
    validate_payload(event.event_type, version, payload, sealed=bool(event.personal))
    return replace(event, schema_version=version, payload=payload)


def decode(raw: bytes) -> Event:
    """Bytes from Kafka to an Event, or InvalidEvent saying why not (a hash that does not match included)."""
    event = decode_wanted(raw, None)
    assert event is not None  # a reader that wants every type is given every event
    return event


def decode_wanted(
    raw: bytes, wanted: Container[str] | None, topic_owner: str | None = None, signed: bool = True
) -> Event | None:
    """As `decode`, for a reader that takes only the event types in `wanted` (None: every one): None for a
    well-formed event of another known type, which is not its concern, and whose payload and hash are not
    checked (they are its consumers' to check, and the audit checks every event). Anything malformed is
    refused as `decode` refuses it, whatever type it claims, and so is an unknown type. Read from the topic
    of `topic_owner`, an event is refused unless that service wrote it and writes its type. `signed=False`
    leaves its signature to the caller, who checks a batch's at once (`signature_problems`)."""
    data = _parsed(raw)
    _check_envelope(data)
    if topic_owner is not None and (
        data["producer"] != topic_owner or _PRODUCER_OF.get(data["event_type"], topic_owner) != topic_owner
    ):
        raise InvalidEvent(
            f"{data['event_type']} by {data['producer']} does not belong on the topic of {topic_owner}"
        )
    if wanted is not None and data["event_type"] not in wanted and data["event_type"] in _EVENT_TYPES:
        return None
    return _sound(_built(data, check_payload=True), signed)


def decode_recorded(raw: bytes, check_payload: bool = True) -> Event:
    """Bytes from Kafka to an Event as recorded, whether its hash holds or not: an auditor wants to see it.
    Its payload is checked against its schema unless the caller checks it elsewhere (`payload_holds`)."""
    return _event_of(_parsed(raw), check_payload)


def _sound(event: Event, signed: bool = True) -> Event:
    if not event.hash_holds():
        raise InvalidEvent("hash does not match the event's content")
    if signed and (problem := signature_problems([event])[0]) is not None:
        raise InvalidEvent(problem)
    return event


def signature_problems(events: list[Event]) -> list[str | None]:
    """Why each event's signature does not hold (None where its producer's key signed it), all checked at
    once on every core (`Keyring.problems`)."""
    problems = keyring().problems([(e.producer, e.key_id, e.signature, e.hash) for e in events])
    return [
        None if problem is None else f"{event.event_type} by {event.producer}: {problem}"
        for event, problem in zip(events, problems, strict=True)
    ]


# Limits checked before a message is parsed. No event comes near them (a form's longest text is 2,000
# characters, its deepest nesting a list of objects in the form in the payload), and past them parsing
# itself is what a hostile message would use: the interpreter's recursion, memory, time.
MAX_NESTING = 16
# A string, skipped whole, or a bracket: enough to count nesting without parsing
_STRING_OR_BRACKET = re.compile(rb'"(?:[^"\\]++|\\.)*+"|[\[\]{}]')


def _parsed(raw: bytes) -> dict[str, Any]:
    if len(raw) > MAX_EVENT_BYTES:
        raise InvalidEvent(f"larger than the {MAX_EVENT_BYTES} bytes an event may have: {len(raw)}")
    if raw.count(b"{") + raw.count(b"[") > MAX_NESTING:  # the count is a bound on the depth, and cheap
        _check_nesting(raw)
    try:
        # UTF-8 strictly: json.loads would also guess UTF-16 and pass lone surrogates through
        text = raw.decode("utf-8")
        data = _DECODER.decode(text)
    except ValueError as error:  # not UTF-8, not JSON, or an integer too long to convert
        raise InvalidEvent(f"not JSON: {error}") from error
    if not isinstance(data, dict):
        raise InvalidEvent("an event must be a JSON object")
    if "\\u" in text:  # an escaped lone surrogate would only fail when the event is hashed
        try:
            canonical_json(data)
        except UnicodeEncodeError as error:
            raise InvalidEvent(f"a text that is not Unicode: {error}") from error
    return data


def _check_nesting(raw: bytes) -> None:
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(raw):
        token = match[0]
        if token in (b"[", b"{"):
            depth += 1
            if depth > MAX_NESTING:
                raise InvalidEvent(f"nested deeper than the {MAX_NESTING} levels an event may have")
        elif token in (b"]", b"}"):
            depth -= 1


def _refuse_constant(name: str) -> None:
    raise InvalidEvent(f"not JSON: {name} is no number an event may hold")


# One decoder for every message: json.loads with an option makes a new one each time, which cost a tenth of
# reading an event
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def _event_of(data: dict[str, Any], check_payload: bool) -> Event:
    _check_envelope(data)
    return _built(data, check_payload)


def _check_envelope(data: dict[str, Any]) -> None:
    errors = envelope_errors(data)
    if errors:
        raise InvalidEvent(f"envelope is invalid: {errors}")


def _built(data: dict[str, Any], check_payload: bool) -> Event:
    if check_payload:
        sealed = bool(data.get("personal"))
        validate_payload(data["event_type"], data["schema_version"], data["payload"], sealed)
    return Event(
        **{name: data[name] for name in ENVELOPE_FIELDS if name != "occurred_at"},
        **{name: data.get(name, "") for name in OPTIONAL_FIELDS},
        occurred_at=datetime.fromisoformat(data["occurred_at"]).astimezone(UTC),
    )
