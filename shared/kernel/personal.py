"""Personal data in events, sealed per case so that it can be forgotten (crypto-shredding).

An event schema declares its personal fields (`personal()` in a field's metadata), and nothing else is taken
for personal. The store takes those fields out of the payload before the event is hashed and keeps them,
encrypted with the case's key (AES-256-GCM, through `cryptography`), in the event's `personal` field: the
hash and the signature cover the ciphertext. Once the key is erased (shared/kernel/case_keys.py) the fields
cannot be read by anyone, while the event, its chain, its signature and every figure in it still hold.

A reader opens an event with its case's key: the fields are back in the payload. Without the key (erased)
they read as None. An opened event's hash is that of the event as recorded, as an upcast one's is."""

from __future__ import annotations

import base64
import json
import os
from collections import defaultdict
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shared.kernel.envelope import Event

PERSONAL = "personal"
FORMAT = "v1"  # AES-256-GCM, 12-byte nonce, the case and event ids as associated data
# In place of sealed fields on an event recorded after its case's key was erased: it keeps nothing personal
ERASED = "erased"


def personal(**metadata: Any) -> dict[str, Any]:
    """A schema field's metadata that marks it as personal data: `fields.String(metadata=personal())`."""
    return {**metadata, PERSONAL: True}


# What a reader shows where a person's words or data were: erased, or never kept after an erasure
ERASED_TEXT = "(gelöscht)"


def shown(value: Any) -> Any:
    return ERASED_TEXT if value is None else value


def quoted(text: str, payload: dict[str, Any]) -> str:
    """A line that quotes a payload's fields (`{message}`), each erased or missing one as such."""
    return text.format_map(defaultdict(lambda: ERASED_TEXT, {k: shown(v) for k, v in payload.items()}))


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def seal_fields(
    payload: dict[str, Any], names: frozenset[str], key: bytes | None, case_id: str, event_id: str
) -> tuple[dict[str, Any], str]:
    """The payload without its personal fields, and those fields encrypted ("" when it holds none). With the
    case's key erased (None) they are dropped: `ERASED` says so."""
    kept = {name: payload[name] for name in names if name in payload}
    if not kept:
        return payload, ""
    plain = {name: value for name, value in payload.items() if name not in kept}
    if key is None:
        return plain, ERASED
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, json.dumps(kept).encode(), _bound_to(case_id, event_id))
    return plain, f"{FORMAT}.{base64.b64encode(nonce + sealed).decode()}"


def open_fields(event: Event, key: bytes | None, names: frozenset[str]) -> dict[str, Any]:
    """The personal fields of a recorded event; with the key erased (None), each of `names` as None."""
    if key is None or event.personal == ERASED:
        return dict.fromkeys(names)
    form, _, text = event.personal.partition(".")
    if form != FORMAT:
        raise ValueError(f"personal data of event {event.event_id} sealed as {form!r}, which no reader knows")
    raw = base64.b64decode(text)
    try:
        opened = AESGCM(key).decrypt(raw[:12], raw[12:], _bound_to(event.case_id, event.event_id))
    except InvalidTag:
        raise ValueError(
            f"personal data of event {event.event_id} does not open with its case's key"
        ) from None
    return json.loads(opened)


def _bound_to(case_id: str, event_id: str) -> bytes:
    # Sealed for this one event: a ciphertext copied into another event (of another case) does not open
    return f"{case_id}:{event_id}".encode()
