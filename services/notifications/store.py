"""Notifications' database and event store (its stream per case goes to `cases.notifications`)."""

from functools import cache

from sqlalchemy.engine import Engine

from services.notifications.tables import metadata
from shared.db import engine_for
from shared.eventstore import EventStore
from shared.tables import create_store_tables

STORE = EventStore(producer="notifications", topic="cases.notifications")


@cache
def engine() -> Engine:
    return engine_for("notifications")


def setup_database() -> None:
    create_store_tables(engine(), metadata)
