"""Routing's database and event store (its stream per case goes to `cases.routing`)."""

from functools import cache

from sqlalchemy.engine import Engine

from shared.db import engine_for
from shared.eventstore import EventStore
from shared.tables import create_store_tables

STORE = EventStore(producer="routing", topic="cases.routing")


@cache
def engine() -> Engine:
    return engine_for("routing")


def setup_database() -> None:
    create_store_tables(engine())
