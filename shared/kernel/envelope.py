"""The event envelope: one shape for every event, with a SHA-256 chain per stream."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from shared.kernel.signing import SigningKey

GENESIS_HASH = "0" * 64


# Events are stamped in UTC; the town's days, deadlines and clocks are German time.
TOWN_TIME = ZoneInfo("Europe/Berlin")


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


def format_time(moment: datetime) -> str:
    """The one text form of a moment: UTC with microseconds, so hashes are reproducible."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class NewEvent:
    """What a handler wants to record; the store gives it its id, version, time and hashes."""

    event_type: str
    payload: dict[str, Any]
    schema_version: int | None = None  # None: the newest registered version (the store fills it in)
    causation_id: str | None = None
    correlation_id: str | None = None
    event_id: str = field(default_factory=new_id)

    @classmethod
    def caused_by(cls, cause: Event, event_type: str, payload: dict[str, Any]) -> NewEvent:
        """An event recorded because of another: same correlation, caused by it."""
        return cls(event_type, payload, causation_id=cause.event_id, correlation_id=cause.correlation_id)


@dataclass(frozen=True)
class Event:
    event_id: str
    event_type: str
    schema_version: int
    case_id: str
    stream_version: int
    occurred_at: datetime
    producer: str
    correlation_id: str
    causation_id: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str
    # Outside the hash, which they sign (shared/kernel/signing.py); empty on an event recorded unsigned
    key_id: str = ""
    signature: str = ""
    # The payload's personal fields, encrypted with the case's key (shared/kernel/personal.py); hashed with
    # the rest. Empty when the event holds none: such an event is written, and hashed, as before there were
    # sealed fields.
    personal: str = ""

    def to_dict(self) -> dict[str, Any]:
        # Shallow: the payload is shared, not copied (asdict's deep copy was a quarter of a verification).
        # Callers serialise it; none may change it.
        data = {name: getattr(self, name) for name in EVENT_FIELDS}
        data["occurred_at"] = format_time(self.occurred_at)
        if not self.personal:
            del data["personal"]
        return data

    def to_json(self) -> bytes:
        return canonical_json(self.to_dict())

    def computed_hash(self) -> str:
        return chain_hash({k: v for k, v in self.to_dict().items() if k not in UNHASHED})

    def hash_holds(self) -> bool:
        return self.computed_hash() == self.hash


EVENT_FIELDS = tuple(f.name for f in dataclass_fields(Event))
UNHASHED = frozenset({"hash", "key_id", "signature"})


def chain_hash(fields: dict[str, Any]) -> str:
    """SHA-256 over the canonical JSON of every envelope field but `hash` itself and its signature (prev_hash
    included)."""
    return hashlib.sha256(canonical_json(fields)).hexdigest()


def seal(
    new: NewEvent,
    *,
    case_id: str,
    stream_version: int,
    producer: str,
    prev_hash: str,
    occurred_at: datetime,
    signing_key: SigningKey | None,
    personal: str = "",
) -> Event:
    """The event as recorded: hashed onto its stream and signed with its producer's key (None: unsigned,
    which no consumer takes; for the tests of that). `new.payload` is what stays readable; `personal` its
    sealed fields (shared/kernel/personal.py)."""
    if new.schema_version is None:
        raise ValueError("the store gives an event its schema version before sealing it")
    # The first event of a case starts its correlation and causes itself.
    correlation_id = new.correlation_id or new.event_id
    causation_id = new.causation_id or new.event_id
    fields = {
        "event_id": new.event_id,
        "event_type": str(new.event_type),  # a plain string, also when given as a contract's StrEnum
        "schema_version": new.schema_version,
        "case_id": case_id,
        "stream_version": stream_version,
        "occurred_at": format_time(occurred_at),
        "producer": producer,
        "correlation_id": correlation_id,
        "causation_id": causation_id,
        "payload": new.payload,
        "prev_hash": prev_hash,
    }
    if personal:
        fields["personal"] = personal
    event_hash = chain_hash(fields)
    return Event(
        event_id=new.event_id,
        event_type=str(new.event_type),
        schema_version=new.schema_version,
        case_id=case_id,
        stream_version=stream_version,
        occurred_at=occurred_at.astimezone(UTC),
        producer=producer,
        correlation_id=correlation_id,
        causation_id=causation_id,
        payload=new.payload,
        prev_hash=prev_hash,
        hash=event_hash,
        key_id=signing_key.key_id if signing_key else "",
        signature=signing_key.sign(event_hash) if signing_key else "",
        personal=personal,
    )


def first_broken_link(
    stream: list[Event], hash_holds: Callable[[Event], bool] = Event.hash_holds
) -> Event | None:
    """The first event of a stream whose hash or link to its predecessor does not hold, or None."""
    prev = GENESIS_HASH
    for event in stream:
        if event.prev_hash != prev or not hash_holds(event):
            return event
        prev = event.hash
    return None
