"""Fees' database and event store (its stream per case goes to `cases.fees`)."""

from services.fees.tables import metadata
from shared.kernel.db import ServiceDatabase
from shared.kernel.eventstore import EventStore

DATABASE = ServiceDatabase("fees", metadata)
STORE = EventStore(producer="fees", topic="cases.fees")
