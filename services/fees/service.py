"""Fees: assesses each application's fee from the schedule in force, requests payment under a Kassenzeichen,
settles payments and books every step in a balanced journal; produces `cases.fees`."""

import shared.contracts  # noqa: F401 - registers the event schemas
from services.fees import handlers, projection, readiness, tables
from services.fees.cli import register_cli
from services.fees.store import DATABASE, STORE
from shared.kernel.service import Audited, Service

SERVICE = Service(
    name="fees",
    http_port=8002,
    database=DATABASE,
    store=STORE,
    consumes=handlers.CONSUMES,
    projection=projection.APPLY,
    prefetch=handlers.prefetch,
    audited=(
        Audited(tables.assessments, ("case_id",)),
        Audited(tables.receivables, ("kassenzeichen",)),
        Audited(tables.journal_entries, ("entry_id",)),
        Audited(
            tables.journal_lines,
            ("entry_id", "line_no"),
            case_via=(tables.journal_lines.c.entry_id, tables.journal_entries.c.entry_id),
        ),
    ),
    blueprints=("services.fees.api:api",),
    contract="services.fees.openapi:openapi_spec",
    cli=register_cli,
    lacks=readiness.lacks,
)
