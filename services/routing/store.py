"""Routing's database and event store (its stream per case goes to `cases.routing`)."""

from services.routing.tables import metadata
from shared.kernel.db import ServiceDatabase
from shared.kernel.eventstore import EventStore

DATABASE = ServiceDatabase("routing", metadata, projections="services.routing.projection:FROM_STORE")
STORE = EventStore(producer="routing", topic="cases.routing")
