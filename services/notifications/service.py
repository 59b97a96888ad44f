"""Notifications: mails to citizens and offices and signed status callbacks to vendors' assistants, each
delivered at least once and recorded; produces `cases.notifications`."""

import shared.contracts  # noqa: F401 - registers the event schemas
from services.notifications import delivery, handlers, projection, tables
from services.notifications.cli import register_cli
from services.notifications.store import DATABASE, STORE
from shared.kernel.service import Audited, Service

# Which deliveries the events call for is the projection's; their ids, tries and times are the loop's own.
_DELIVERY_FACTS = ("case_id", "trigger_event_id", "channel", "template", "trigger_payload")

SERVICE = Service(
    name="notifications",
    http_port=8004,
    database=DATABASE,
    store=STORE,
    consumes=handlers.CONSUMES,
    projection=projection.APPLY,
    prefetch=projection.prefetch,
    audited=(
        Audited(tables.recipients, ("case_id",)),
        Audited(
            tables.deliveries,
            ("trigger_event_id", "channel", "template"),
            ignore=tuple(c.name for c in tables.deliveries.columns if c.name not in _DELIVERY_FACTS),
        ),
    ),
    loops=(delivery.run,),
    cli=register_cli,
)
