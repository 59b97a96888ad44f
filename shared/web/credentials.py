"""API keys of the form `<prefix>_<holder id>_<secret>`: 256 random bits, of which only the SHA-256 is stored.

The holder id finds the row; the digests are compared in constant time, and a digest is compared even when
there is no such holder, so a guess learns nothing from the answer's timing."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from shared.kernel.envelope import utc_now

HOLDER_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_key(prefix: str, holder_id: str) -> tuple[str, str]:
    """A new key to hand out once, and the digest to store."""
    if not HOLDER_ID.match(holder_id):
        raise ValueError("the id takes 3 to 60 lower-case letters, digits and hyphens")
    secret = secrets.token_urlsafe(32)
    return f"{prefix}_{holder_id}_{secret}", digest(secret)


def holder_of(prefix: str, key: str | None) -> tuple[str, str] | None:
    """The holder id and secret a key names, or None when it is not a key of this kind."""
    match = re.fullmatch(rf"{prefix}_([a-z0-9-]{{3,60}})_([A-Za-z0-9_-]{{20,100}})", key or "")
    return (match.group(1), match.group(2)) if match else None


def secret_matches(secret: str, stored_digest: str | None) -> bool:
    expected = stored_digest or digest(secrets.token_urlsafe(32))
    return hmac.compare_digest(digest(secret), expected) and stored_digest is not None


def active_holder(conn: Connection, table: sa.Table, prefix: str, key: str | None) -> sa.Row | None:
    """The row of the holder a key belongs to, if the key is right and not revoked.

    `table` has the columns id, key_sha256 and revoked_at."""
    named = holder_of(prefix, key)
    if named is None:
        return None
    holder_id, secret = named
    row = conn.execute(sa.select(table).where(table.c.id == holder_id, table.c.revoked_at.is_(None))).first()
    return row if secret_matches(secret, row.key_sha256 if row else None) else None


def revoke(conn: Connection, table: sa.Table, holder_id: str) -> bool:
    """Revokes an active holder's key; False when there is none of that id."""
    result = conn.execute(
        table.update()
        .where(table.c.id == holder_id, table.c.revoked_at.is_(None))
        .values(revoked_at=utc_now())
    )
    return result.rowcount == 1
