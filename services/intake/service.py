"""Intake: the one gateway for applications (vendors' assistants, the counter, the portal's pages), and the
citizen's view of each case from every service's events; produces `cases.intake`."""

import shared.contracts  # noqa: F401 - registers the event schemas
from services.intake import handlers, projection, readiness, retention, tables
from services.intake.cli import register_cli
from services.intake.domain import catalogue
from services.intake.store import DATABASE, STORE
from shared.kernel.service import Audited, Service

SERVICE = Service(
    name="intake",
    http_port=8001,
    database=DATABASE,
    store=STORE,
    consumes=handlers.CONSUMES,
    projection=projection.APPLY,
    prefetch=projection.prefetch,
    # Its worker only sets the facts each event brings (column by column, see shared/kernel/rows.py) and
    # appends nothing: citizens' submissions need not wait for its batches.
    locks_batches=False,
    audited=(
        Audited(tables.case_status, ("case_id",), ignore=("updated_at",)),
        Audited(tables.timeline, ("event_id",)),
    ),
    # Erases, once a day, the personal data whose retention period has run
    loops=(retention.run,),
    blueprints=(
        "services.intake.appointment_pages:appointment_api",
        "services.intake.api:api",
        "services.intake.pages:portal",
        "services.intake.staff_documents:staff_documents",
    ),
    contract="services.intake.openapi:openapi_spec",
    pages=True,
    cli=register_cli,
    offers=catalogue.online,
    lacks=readiness.lacks,
)
