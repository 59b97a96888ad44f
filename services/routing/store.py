"""Routing's database and event store (its stream per case goes to `cases.routing`)."""

from services.routing.tables import metadata
from shared.db import ServiceDatabase
from shared.eventstore import EventStore

DATABASE = ServiceDatabase("routing", metadata)
STORE = EventStore(producer="routing", topic="cases.routing")
