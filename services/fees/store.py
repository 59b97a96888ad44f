"""Fees' database and event store (its stream per case goes to `cases.fees`)."""

from services.fees.tables import metadata
from shared.db import ServiceDatabase
from shared.eventstore import EventStore

DATABASE = ServiceDatabase("fees", metadata)
STORE = EventStore(producer="fees", topic="cases.fees")
