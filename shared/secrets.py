"""The server's secret key and the tokens derived from it; secrets are compared in constant time."""

from __future__ import annotations

import hmac
import os
import secrets
from functools import cache
from hashlib import sha256

from shared.config import VAR


@cache
def secret_key() -> bytes:
    """RATHAUS_SECRET_KEY, or a random key kept in var/secret_key (made once, readable by the owner only)."""
    if os.environ.get("RATHAUS_SECRET_KEY"):
        return os.environ["RATHAUS_SECRET_KEY"].encode()
    path = VAR / "secret_key"
    VAR.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes()
    with os.fdopen(fd, "wb") as file:
        file.write(secrets.token_hex(32).encode())
    return path.read_bytes()


def derived_token(purpose: str, subject: str) -> str:
    """256 bits of HMAC-SHA-256: nothing to store, the same answer when a request is repeated."""
    return hmac.new(secret_key(), f"{purpose}:{subject}".encode(), sha256).hexdigest()


def token_matches(given: str | None, purpose: str, subject: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), derived_token(purpose, subject).encode())
