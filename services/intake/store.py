"""Intake's database and event store (its stream per case goes to `cases.intake`)."""

from functools import cache

from sqlalchemy.engine import Engine

from services.intake.tables import metadata
from shared.db import engine_for
from shared.eventstore import EventStore
from shared.tables import create_store_tables

STORE = EventStore(producer="intake", topic="cases.intake")


@cache
def engine() -> Engine:
    return engine_for("intake")


def setup_database() -> None:
    create_store_tables(engine(), metadata)
