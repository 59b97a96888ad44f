"""Whatever bytes arrive on a topic, decoding either gives an event or refuses it as InvalidEvent: no shape of
message may raise anything else, since anything else would stop the worker (and the audit) on it for good."""

from __future__ import annotations

import json

import pytest

import services.registry  # noqa: F401  (registers every event schema)
from shared.kernel.events import MAX_EVENT_BYTES, InvalidEvent, decode, decode_recorded, decode_wanted
from tests.helpers import application, recorded


def _submitted() -> dict:
    return json.loads(recorded("intake", "ApplicationSubmitted", application(copies=1)).to_json())


def _with(path: tuple[str, ...], value: object) -> bytes:
    data = _submitted()
    place = data
    for key in path[:-1]:
        place = place[key]
    place[path[-1]] = value
    return json.dumps(data).encode()


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


POISON = {
    "nested past the interpreter's recursion": b"[" * 100_000 + b"]" * 100_000,
    "nested in the payload past the limit": _with(("payload", "form"), {"copies": 1}).replace(
        b'"copies": 1', b'"copies": ' + _nested(40).encode()
    ),
    "an integer of 5,000 digits": _with(("payload", "form"), {"copies": 1}).replace(
        b'"copies": 1', b'"copies": ' + b"9" * 5000
    ),
    "an integer of 5,000 digits as its version": _with(("schema_version",), 1).replace(
        b'"schema_version": 1', b'"schema_version": ' + b"9" * 5000
    ),
    "a lone surrogate in a text": _with(("payload", "applicant", "given_name"), "\ud800"),
    "a lone surrogate in its type": _with(("event_type",), "\udfff"),
    "NaN": _with(("payload", "form"), {"copies": 1}).replace(b'"copies": 1', b'"copies": NaN'),
    "Infinity as its version": _with(("schema_version",), 1).replace(
        b'"schema_version": 1', b'"schema_version": Infinity'
    ),
    "a moment that leaves the calendar in UTC": _with(("occurred_at",), "9999-12-31T23:59:59-23:59"),
    "a moment before the calendar in UTC": _with(("occurred_at",), "0001-01-01T00:00:00+23:59"),
    "larger than an event may be": _with(("payload", "form"), {"note": "x" * MAX_EVENT_BYTES}),
    "a payload of the wrong kind": _with(("payload",), [1, 2]),
    "a list of events": b"[" + json.dumps(_submitted()).encode() + b"]",
    "not UTF-8": b'{"event_type": "\xff\xfe"}',
    "UTF-16": json.dumps(_submitted()).encode("utf-16"),
    "empty": b"",
}


@pytest.mark.parametrize("raw", POISON.values(), ids=POISON.keys())
def test_poison_of_every_shape_is_refused_as_an_invalid_event(raw: bytes):
    for read in (decode, lambda raw: decode_wanted(raw, {"ApplicationSubmitted"}), decode_recorded):
        with pytest.raises(InvalidEvent):
            read(raw)


@pytest.mark.parametrize("raw", POISON.values(), ids=POISON.keys())
def test_poison_of_every_shape_is_refused_also_by_a_reader_that_passes_its_type_over(raw: bytes):
    # fees does not consume a PaymentAwaited, but a malformed one is still not let through unseen
    with pytest.raises(InvalidEvent):
        decode_wanted(raw.replace(b"ApplicationSubmitted", b"PaymentAwaited"), {"FeeBooked"})


def test_a_sound_event_with_texts_nested_as_deep_as_forms_go_still_decodes():
    # more brackets than the nesting limit, none deeper than it, and brackets and escapes inside texts
    children = [{"name": f"Kind {n}", "born": ["2020"], "notes": ["[{", "\\u", '"]']} for n in range(12)]
    raw = recorded("intake", "ApplicationSubmitted", application(copies=1, children=children)).to_json()
    assert decode(raw).payload["form"]["children"] == children
