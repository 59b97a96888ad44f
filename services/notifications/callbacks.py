"""Vendors' callback addresses: where an assistant hears how its cases go on, and the secret that signs it."""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.notifications import outbound
from services.notifications.tables import vendor_callbacks
from shared.kernel.db import upsert
from shared.kernel.envelope import utc_now


def register(conn: Connection, submitter_id: str, url: str) -> str:
    """Sets (or replaces) a vendor's callback; returns the new signing secret, shown this once."""
    why = outbound.refusal(url)
    if why:
        raise ValueError(why)
    secret = secrets.token_urlsafe(32)
    upsert(
        conn,
        vendor_callbacks,
        {"submitter_id": submitter_id},
        {"url": url, "secret": secret, "updated_at": utc_now()},
    )
    return secret


def remove(conn: Connection, submitter_id: str) -> bool:
    deleted = conn.execute(vendor_callbacks.delete().where(vendor_callbacks.c.submitter_id == submitter_id))
    return bool(deleted.rowcount)


def listing(conn: Connection) -> list[sa.Row]:
    return conn.execute(sa.select(vendor_callbacks).order_by(vendor_callbacks.c.submitter_id)).all()
