"""What the audit reads besides the log: every service's store, opened read-only, and the period asked for."""

from __future__ import annotations

from functools import cache

from marshmallow import Schema, fields, validate
from sqlalchemy.engine import Engine

from services import registry
from shared.kernel.config import audit_database_url
from shared.kernel.db import make_engine


@cache
def read_only_stores() -> dict[str, Engine]:
    """Made on first use, so each gunicorn worker has its own pools; the databases refuse every write (and on
    the project's PostgreSQL the audit's role may not write in the first place)."""
    return {name: make_engine(url, read_only=True) for name, url in store_urls().items()}


def store_urls() -> dict[str, str]:
    """Where the audit reads each service's store."""
    return {s.name: audit_database_url(s.name) for s in registry.data_services()}


class Period(Schema):
    start = fields.Date(load_default=None, data_key="from")
    end = fields.Date(load_default=None, data_key="to")
    format = fields.String(load_default="json", validate=validate.OneOf(["json", "html"]))
