"""Intake's database and event store (its stream per case goes to `cases.intake`)."""

from services.intake.tables import metadata
from shared.kernel.db import ServiceDatabase
from shared.kernel.eventstore import EventStore

DATABASE = ServiceDatabase("intake", metadata, projections="services.intake.projection:FROM_EVENTS")
STORE = EventStore(producer="intake", topic="cases.intake")
