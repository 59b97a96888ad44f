"""Fees' database and event store (its stream per case goes to `cases.fees`)."""

from shared.db import ServiceDatabase
from shared.eventstore import EventStore

DATABASE = ServiceDatabase("fees")
STORE = EventStore(producer="fees", topic="cases.fees")
