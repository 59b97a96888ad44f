"""Caseworkers: each with a token bound to one office and a role. A token reads `sk_<staff id>_<secret>`."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.routing.domain.rules import directory
from services.routing.permissions import ALL_OFFICES, ROLES, may
from services.routing.tables import staff
from shared.kernel.envelope import utc_now
from shared.web import credentials

KEY_PREFIX = "sk"
NO_OFFICE = "*"  # an auditor's: reads and replays every case through the audit view, works none


@dataclass(frozen=True)
class Caseworker:
    id: str
    name: str
    office_id: str
    role: str


def add(conn: Connection, staff_id: str, name: str, office_id: str | None, role: str) -> str:
    """Registers a caseworker (or an auditor, who has no office); returns the token, shown this once."""
    if role not in ROLES:
        raise ValueError(f"role is one of {', '.join(ROLES)}")
    if may(role, ALL_OFFICES):
        office_id = NO_OFFICE
    elif office_id not in directory()["offices"]:
        raise ValueError(f"unknown office {office_id}; offices: {', '.join(sorted(directory()['offices']))}")
    key, key_sha256 = credentials.new_key(KEY_PREFIX, staff_id)
    conn.execute(
        staff.insert().values(
            id=staff_id,
            name=name,
            office_id=office_id,
            role=role,
            key_sha256=key_sha256,
            created_at=utc_now(),
        )
    )
    return key


def revoke(conn: Connection, staff_id: str) -> bool:
    return credentials.revoke(conn, staff, staff_id)


def listing(conn: Connection) -> list[sa.Row]:
    return conn.execute(sa.select(staff).order_by(staff.c.office_id, staff.c.id)).all()


def authenticate(conn: Connection, key: str | None) -> Caseworker | None:
    row = credentials.active_holder(conn, staff, KEY_PREFIX, key)
    return _caseworker(row) if row else None


def signed_in(conn: Connection, staff_id: str | None) -> Caseworker | None:
    """Whoever holds a page session, while their token is not revoked: revoking ends their sessions too."""
    row = conn.execute(sa.select(staff).where(staff.c.id == staff_id, staff.c.revoked_at.is_(None))).first()
    return _caseworker(row) if row else None


def _caseworker(row: sa.Row) -> Caseworker:
    return Caseworker(row.id, row.name, row.office_id, row.role)
