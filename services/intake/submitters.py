"""Who may submit: vendors' assistants (for the services they are registered for) and counter staff.

A key reads `rk_<submitter id>_<secret>`; only the SHA-256 of the 256-bit random secret is stored, and it is
compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.intake.tables import submitters
from shared.envelope import utc_now

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$")
KEY_PATTERN = re.compile(r"^rk_([a-z0-9-]{3,60})_([A-Za-z0-9_-]{20,100})$")
KINDS = ("vendor", "counter")
CHANNEL_OF_KIND = {"vendor": "online", "counter": "counter"}


@dataclass(frozen=True)
class Submitter:
    id: str
    kind: str
    name: str
    services: tuple[str, ...]

    @property
    def channel(self) -> str:
        return CHANNEL_OF_KIND[self.kind]

    def may_submit(self, service_id: str) -> bool:
        return "*" in self.services or service_id in self.services


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def add(conn: Connection, submitter_id: str, kind: str, name: str, services: list[str]) -> str:
    """Registers a submitter; returns its key, which is shown this once and never stored."""
    if not ID_PATTERN.match(submitter_id):
        raise ValueError("the id takes 3 to 60 lower-case letters, digits and hyphens")
    if kind not in KINDS:
        raise ValueError(f"kind is one of {', '.join(KINDS)}")
    secret = secrets.token_urlsafe(32)
    conn.execute(
        submitters.insert().values(
            id=submitter_id,
            kind=kind,
            name=name,
            key_sha256=_digest(secret),
            services=["*"] if kind == "counter" else sorted(services),
            created_at=utc_now(),
        )
    )
    return f"rk_{submitter_id}_{secret}"


def revoke(conn: Connection, submitter_id: str) -> bool:
    result = conn.execute(
        submitters.update()
        .where(submitters.c.id == submitter_id, submitters.c.revoked_at.is_(None))
        .values(revoked_at=utc_now())
    )
    return result.rowcount == 1


def listing(conn: Connection) -> list[sa.Row]:
    return conn.execute(sa.select(submitters).order_by(submitters.c.id)).all()


def authenticate(conn: Connection, key: str | None) -> Submitter | None:
    """The active submitter whose key this is, or None."""
    match = KEY_PATTERN.match(key or "")
    if not match:
        return None
    submitter_id, secret = match.groups()
    row = conn.execute(
        sa.select(submitters).where(submitters.c.id == submitter_id, submitters.c.revoked_at.is_(None))
    ).first()
    # Compare a digest even when there is no such submitter, so the answer takes the same time.
    expected = row.key_sha256 if row else _digest(secrets.token_urlsafe(32))
    if not hmac.compare_digest(_digest(secret), expected) or row is None:
        return None
    return Submitter(row.id, row.kind, row.name, tuple(row.services))
