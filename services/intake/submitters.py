"""Who may submit: vendors' assistants (for the services they are registered for) and counter staff.

A key reads `rk_<submitter id>_<secret>` (see shared/credentials.py)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.intake.tables import submitters
from shared.kernel.envelope import utc_now
from shared.web import credentials

KEY_PREFIX = "rk"
KINDS = ("vendor", "counter")
CHANNEL_OF_KIND = {"vendor": "online", "counter": "counter", "portal": "portal"}


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


# The town's own portal pages submit inside intake, so they need no key.
PORTAL = Submitter("portal", "portal", "Portal der Stadt", ("*",))


def add(conn: Connection, submitter_id: str, kind: str, name: str, services: list[str]) -> str:
    """Registers a submitter; returns its key, which is shown this once and never stored."""
    if kind not in KINDS:
        raise ValueError(f"kind is one of {', '.join(KINDS)}")
    key, key_sha256 = credentials.new_key(KEY_PREFIX, submitter_id)
    conn.execute(
        submitters.insert().values(
            id=submitter_id,
            kind=kind,
            name=name,
            key_sha256=key_sha256,
            services=["*"] if kind == "counter" else sorted(services),
            created_at=utc_now(),
        )
    )
    return key


def revoke(conn: Connection, submitter_id: str) -> bool:
    return credentials.revoke(conn, submitters, submitter_id)


def listing(conn: Connection) -> list[sa.Row]:
    return conn.execute(sa.select(submitters).order_by(submitters.c.id)).all()


def authenticate(conn: Connection, key: str | None) -> Submitter | None:
    """The active submitter whose key this is, or None."""
    row = credentials.active_holder(conn, submitters, KEY_PREFIX, key)
    return Submitter(row.id, row.kind, row.name, tuple(row.services)) if row else None
