"""Routing: decides which office works each case, follows the case's lifecycle and its fee, serves the
caseworkers' desk and reminds offices of unclaimed cases; produces `cases.routing`."""

import shared.contracts  # noqa: F401 - registers the event schemas
from services.routing import handlers, projection, readiness, reminders, tables
from services.routing.cli import register_cli
from services.routing.store import DATABASE, STORE
from shared.kernel.service import Audited, Service

SERVICE = Service(
    name="routing",
    http_port=8003,
    database=DATABASE,
    store=STORE,
    consumes=handlers.CONSUMES,
    projection=projection.APPLY,
    prefetch=handlers.prefetch,
    audited=(Audited(tables.cases, ("case_id",)),),
    loops=(reminders.run,),
    blueprints=("services.routing.api:api", "services.routing.pages:desk_pages"),
    contract="services.routing.openapi:openapi_spec",
    pages=True,
    cli=register_cli,
    lacks=readiness.lacks,
)
