"""Routing's database and event store (its stream per case goes to `cases.routing`)."""

from services.routing.tables import metadata
from shared.kernel.db import ServiceDatabase
from shared.kernel.eventstore import EventStore

DATABASE = ServiceDatabase("routing", metadata)
STORE = EventStore(producer="routing", topic="cases.routing")
