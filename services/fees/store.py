"""Fees' database and event store (its stream per case goes to `cases.fees`)."""

from services.fees.tables import metadata
from shared.kernel.db import ServiceDatabase
from shared.kernel.eventstore import EventStore

DATABASE = ServiceDatabase("fees", metadata, projections="services.fees.projection:FROM_STORE")
STORE = EventStore(producer="fees", topic="cases.fees")
