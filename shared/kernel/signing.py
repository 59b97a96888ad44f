"""Every event is signed by the service that wrote it: Ed25519 over its key id and its hash, which covers
everything else in the event, its link to the one before included. A consumer takes an event only when its
producer's key signed it; the audit names any event that is unsigned or forged.

The keys live in one directory (`RATHAUS_KEYS`, by default var/keys):

    private/<service>/<key id>.pem   a service's signing keys; only that service needs them (0600)
    public/<key id>.pem              every key ever used, for every consumer and the auditor

A key id is `<service>.<UTC time it was made>.<fingerprint>`: it names whose key it is, and the newest of a
service's keys signs. Rotating (`rathaus keys rotate`) adds a key and leaves the old public keys where they
are, so what the old keys signed still verifies, years later.

The key files are read and written with `cryptography`; the signing and checking, done for every event, by
libsodium (PyNaCl), which takes half the time OpenSSL takes to check a signature. Both are the same Ed25519
(RFC 8032): a signature made by one holds for the other."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey as Signer
from nacl.signing import VerifyKey

from shared.kernel.config import VAR

# What `Keyring.problems` checks of an event: its producer, key id, signature and hash
Signed = tuple[str, str, str, str]
# Fewer checks than this are not worth a thread's start
_FEWEST_TO_SHARE = 32

KEY_ID = re.compile(r"(?P<service>[a-z][a-z0-9-]{0,39})\.\d{8}T\d{12}Z\.[0-9a-f]{8}")


def keys_dir() -> Path:
    return Path(os.environ.get("RATHAUS_KEYS", VAR / "keys"))


def _signed_text(key_id: str, event_hash: str) -> bytes:
    return f"{key_id}:{event_hash}".encode()


@dataclass(frozen=True)
class SigningKey:
    key_id: str
    signer: Signer

    @classmethod
    def of(cls, key_id: str, private_key: Ed25519PrivateKey) -> SigningKey:
        raw = private_key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        return cls(key_id, Signer(raw))

    def sign(self, event_hash: str) -> str:
        return base64.b64encode(self.signer.sign(_signed_text(self.key_id, event_hash)).signature).decode()


def make_key(service: str, directory: Path | None = None) -> SigningKey:
    """A new signing key for `service`, written beside its others; from now on it signs."""
    directory = directory or keys_dir()
    private_key = Ed25519PrivateKey.generate()
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    made = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")  # sorts as made: the newest signs
    key_id = f"{service}.{made}.{hashlib.sha256(public_pem).hexdigest()[:8]}"
    private_pem = private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    # The public key first: no event may be signed with a key its consumers cannot find
    _write_new(directory / "public" / f"{key_id}.pem", public_pem, 0o644)
    _write_new(directory / "private" / service / f"{key_id}.pem", private_pem, 0o600)
    return SigningKey.of(key_id, private_key)


def _write_new(path: Path, content: bytes, mode: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Written aside and linked into place, so no reader ever sees half a key
    draft = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    draft.write_bytes(content)
    draft.chmod(mode)
    try:
        os.link(draft, path)
    finally:
        draft.unlink()


_made_lock = threading.Lock()
# The newest key of each service, by service and keys directory as the environment names it: asked for on
# every event recorded, so found by two strings, without a path made or a lock taken
_newest: dict[tuple[str, str], SigningKey] = {}


def signing_key(service: str) -> SigningKey:
    """The newest key of `service`; the first is made on first use (`rathaus setup` makes them ahead)."""
    where = (service, os.environ.get("RATHAUS_KEYS", ""))
    known = _newest.get(where)
    if known is None:
        with _made_lock:
            known = _newest[where] = _newest_or_new(service, keys_dir())
    return known


def _newest_or_new(service: str, directory: Path) -> SigningKey:
    found = sorted((directory / "private" / service).glob(f"{service}.*.pem"))
    if not found:
        return make_key(service, directory)
    private_key = serialization.load_pem_private_key(found[-1].read_bytes(), password=None)
    if not isinstance(private_key, Ed25519PrivateKey):
        raise ValueError(f"{found[-1]} is not an Ed25519 key")
    return SigningKey.of(found[-1].stem, private_key)


def forget_keys() -> None:
    """Read the keys afresh on next use (after a rotation in this process, or a test's own directory)."""
    _newest.clear()
    Keyring.shared.cache_clear()


class Keyring:
    """The public keys of every service, read from the keys directory; a key id it does not know yet sends
    it to read the directory again, so a rotation needs no restart of the consumers."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._keys: dict[str, VerifyKey] = {}
        self._lock = threading.Lock()

    @staticmethod
    @cache
    def shared(directory: Path) -> Keyring:
        return Keyring(directory)

    def problem(self, producer: str, key_id: str, signature: str, event_hash: str) -> str | None:
        """Why the signature of an event does not hold, or None when its producer's key signed it."""
        if not key_id or not signature:
            return "unsigned"
        owner = KEY_ID.fullmatch(key_id)
        if owner is None:
            return f"signed with {key_id!r}, which is no key id"
        if owner["service"] != producer:
            return f"signed with a key of {owner['service']}, not of its producer {producer}"
        public_key = self._key(key_id)
        if public_key is None:
            return f"signed with the key {key_id}, which no one published"
        try:
            public_key.verify(_signed_text(key_id, event_hash), base64.b64decode(signature, validate=True))
        except (BadSignatureError, ValueError):
            return f"its signature does not hold for the key {key_id}"
        return None

    def problems(self, signed: Sequence[Signed]) -> list[str | None]:
        """`problem` for many events, checked on every core the process may use: libsodium lets go of the
        GIL while it checks a signature, which is most of the time a check takes."""
        cores = len(os.sched_getaffinity(0))
        share = max(-(-len(signed) // cores), _FEWEST_TO_SHARE)
        parts = [signed[start : start + share] for start in range(0, len(signed), share)]
        if len(parts) < 2:
            return [self.problem(*each) for each in signed]
        with ThreadPoolExecutor(len(parts)) as pool:
            checked = pool.map(lambda part: [self.problem(*each) for each in part], parts)
            return [problem for part in checked for problem in part]

    def _key(self, key_id: str) -> VerifyKey | None:
        if key_id not in self._keys:
            with self._lock:
                path = self.directory / "public" / f"{key_id}.pem"
                if path.exists():
                    public_key = serialization.load_pem_public_key(path.read_bytes())
                    if isinstance(public_key, Ed25519PublicKey):
                        raw = public_key.public_bytes(
                            serialization.Encoding.Raw, serialization.PublicFormat.Raw
                        )
                        self._keys[key_id] = VerifyKey(raw)
        return self._keys.get(key_id)


def keyring() -> Keyring:
    return Keyring.shared(keys_dir())
