"""Intake's database and event store (its stream per case goes to `cases.intake`)."""

from services.intake.tables import metadata
from shared.db import ServiceDatabase
from shared.eventstore import EventStore

DATABASE = ServiceDatabase("intake", metadata)
STORE = EventStore(producer="intake", topic="cases.intake")
