"""Each service signs what it records with its own Ed25519 key; a rotation adds a key and breaks nothing
that the old one signed."""

from __future__ import annotations

import base64
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives import serialization

from shared.kernel import signing
from shared.kernel.signing import Keyring, make_key, signing_key
from tests.helpers import application, recorded


@pytest.fixture
def keys(tmp_path, monkeypatch):
    monkeypatch.setenv("RATHAUS_KEYS", str(tmp_path / "keys"))
    signing.forget_keys()
    yield tmp_path / "keys"
    signing.forget_keys()


def _problem(ring: Keyring, event) -> str | None:
    return ring.problem(event.producer, event.key_id, event.signature, event.hash)


def test_what_a_service_records_is_signed_with_its_newest_key_and_old_signatures_still_hold(keys):
    ring = Keyring(keys)
    before = recorded("intake", "ApplicationSubmitted", application(copies=1))
    assert before.key_id.startswith("intake.") and _problem(ring, before) is None
    new_key = make_key("intake")  # `rathaus keys rotate intake`
    signing.forget_keys()  # a process started after the rotation
    after = recorded("intake", "ApplicationSubmitted", application(copies=1))
    assert after.key_id == new_key.key_id != before.key_id
    # the keyring read before the rotation learns the new key without a restart, and keeps the old one
    assert _problem(ring, after) is None and _problem(ring, before) is None
    assert sorted(path.stem for path in (keys / "public").iterdir()) == sorted([before.key_id, after.key_id])


def test_private_keys_are_their_owners_alone(keys):
    key = signing_key("fees")
    private = keys / "private" / "fees" / f"{key.key_id}.pem"
    assert private.stat().st_mode & 0o077 == 0 and private.parent.stat().st_mode & 0o077 == 0


def test_a_signature_holds_only_for_its_producer_its_key_and_its_hash(keys):
    ring = Keyring(keys)
    event = recorded("fees", "FeeBooked", {"x": 1})
    other = signing_key("routing")
    stranger = make_key("fees", keys.parent / "elsewhere")

    def why(key_id: str, signature: str, event_hash: str = event.hash) -> str:
        return str(ring.problem("fees", key_id, signature, event_hash))

    assert _problem(ring, event) is None
    assert _problem(ring, replace(event, signature="")) == "unsigned"
    assert "not of its producer fees" in why(other.key_id, other.sign(event.hash))
    assert "does not hold" in why(event.key_id, event.signature, "0" * 64)
    assert "does not hold" in why(event.key_id, "bm90IGEgc2lnbmF0dXJl")
    assert "no key id" in why("../../etc/passwd", event.signature)
    assert "no one published" in why(stranger.key_id, stranger.sign(event.hash))


def test_a_signature_made_through_openssl_still_holds(keys):
    """Events signed before libsodium did the signing were signed through `cryptography` (OpenSSL): the same
    Ed25519, so what they signed verifies as it did; a changed hash still does not."""
    key = make_key("fees")
    private = serialization.load_pem_private_key(
        next((keys / "private" / "fees").glob("*.pem")).read_bytes(), password=None
    )
    event_hash = "ab" * 32
    by_openssl = base64.b64encode(private.sign(f"{key.key_id}:{event_hash}".encode())).decode()
    assert by_openssl == key.sign(event_hash)  # Ed25519 signatures are deterministic (RFC 8032)
    ring = Keyring(keys)
    assert ring.problem("fees", key.key_id, by_openssl, event_hash) is None
    assert ring.problem("fees", key.key_id, by_openssl, "cd" * 32) == (
        f"its signature does not hold for the key {key.key_id}"
    )


def test_many_signatures_checked_at_once_answer_each_as_one_by_one_and_in_order(keys):
    ring = Keyring(keys)
    honest = [recorded("intake", "ApplicationSubmitted", application(copies=1)) for _ in range(100)]
    broken = {7: replace(honest[7], hash="0" * 64), 70: replace(honest[70], signature="")}
    events = [broken.get(n, event) for n, event in enumerate(honest)]
    checked = ring.problems([(e.producer, e.key_id, e.signature, e.hash) for e in events])
    assert checked == [_problem(ring, event) for event in events]
    assert [n for n, problem in enumerate(checked) if problem] == [7, 70]
