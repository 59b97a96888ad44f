"""Tracking tokens: 256 random bits for the citizen; only their SHA-256 is stored."""

from __future__ import annotations

import hashlib
import secrets

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.intake.tables import tracking_tokens
from shared.kernel.envelope import utc_now
from shared.kernel.rows import rows_of


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(conn: Connection, case_id: str) -> str:
    token = secrets.token_urlsafe(32)
    row = {"token_sha256": _digest(token), "case_id": case_id, "issued_at": utc_now()}
    rows_of(conn).append(tracking_tokens, row)  # written with the case's other rows, at commit
    return token


def opens(conn: Connection, token: str | None, case_id: str) -> bool:
    """Whether the token belongs to this case. Looked up by its digest: a guess learns nothing from timing."""
    if not token or len(token) > 200:
        return False
    found = conn.execute(
        sa.select(tracking_tokens.c.case_id).where(tracking_tokens.c.token_sha256 == _digest(token))
    ).scalar()
    return found == case_id
