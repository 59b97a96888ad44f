"""The audit's own database (services/audit/tables.py): no events, no outbox, only its own two tables."""

from services.audit.tables import metadata
from shared.kernel.db import ServiceDatabase

DATABASE = ServiceDatabase("audit", metadata, events=False)
