"""Routing's database and event store (its stream per case goes to `cases.routing`)."""

from shared.db import ServiceDatabase
from shared.eventstore import EventStore

DATABASE = ServiceDatabase("routing")
STORE = EventStore(producer="routing", topic="cases.routing")
