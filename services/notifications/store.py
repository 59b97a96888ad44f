"""Notifications' database and event store (its stream per case goes to `cases.notifications`)."""

from services.notifications.tables import metadata
from shared.db import ServiceDatabase
from shared.eventstore import EventStore

DATABASE = ServiceDatabase("notifications", metadata)
STORE = EventStore(producer="notifications", topic="cases.notifications")
