"""Signed callbacks, both ways: HMAC-SHA-512 over `<timestamp>.<body>`, at most 5 minutes old. The payment
provider signs what it sends to fees (ePayBL style); notifications signs what it sends to vendors' assistants
(as FIT-Connect signs its callbacks, in the headers `callback-authentication` and `callback-timestamp`)."""

from __future__ import annotations

import hashlib
import hmac

MAX_AGE_SECONDS = 300


def sign(secret: str, timestamp: str, body: bytes) -> str:
    return hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha512).hexdigest()


def refusal(secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float) -> str | None:
    """Why a callback is refused, or None when its signature and age are right."""
    if not timestamp or not signature:
        return "Signatur oder Zeitstempel fehlt (X-Timestamp, X-Signature)."
    try:
        sent = int(timestamp)
    except ValueError:
        return "Der Zeitstempel ist keine Unix-Zeit in Sekunden."
    # As bytes: compare_digest refuses a text with other than ASCII in it, and a header may hold anything
    given = signature.strip().lower().encode("utf-8", "replace")
    if not hmac.compare_digest(sign(secret, timestamp, body).encode(), given):
        return "Die Signatur stimmt nicht."
    if abs(now - sent) > MAX_AGE_SECONDS:
        return "Die Nachricht ist älter als 5 Minuten (oder aus der Zukunft)."
    return None


def signed_headers(secret: str, body: bytes, timestamp: int) -> dict[str, str]:
    """The headers a provider sends with a callback body (used by `rathaus fees pay` and the tests)."""
    stamp = str(timestamp)
    signature = sign(secret, stamp, body)
    return {"Content-Type": "application/json", "X-Timestamp": stamp, "X-Signature": signature}
