"""Notifications' database and event store (its stream per case goes to `cases.notifications`)."""

from services.notifications.tables import metadata
from shared.kernel.db import ServiceDatabase
from shared.kernel.eventstore import EventStore

DATABASE = ServiceDatabase("notifications", metadata)
STORE = EventStore(producer="notifications", topic="cases.notifications")
