"""Fees' database and event store (its stream per case goes to `cases.fees`)."""

from functools import cache

from sqlalchemy.engine import Engine

from shared.db import engine_for
from shared.eventstore import EventStore
from shared.tables import create_store_tables

STORE = EventStore(producer="fees", topic="cases.fees")


@cache
def engine() -> Engine:
    return engine_for("fees")


def setup_database() -> None:
    create_store_tables(engine())
