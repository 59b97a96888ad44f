"""The audit: reads the log and every service's store (read-only), verifies chains, fees, projections and the
journal, and shows auditors a case's history; it writes nothing to what it checks, and keeps only who signed
in to its view and what they read there, in a database of its own."""

import shared.contracts  # noqa: F401 - registers the event schemas
from services.audit.cli import register_cli
from services.audit.store import DATABASE
from shared.kernel.service import Service

SERVICE = Service(
    name="audit",
    http_port=8005,
    database=DATABASE,
    blueprints=("services.audit.api:api", "services.audit.pages:audit_pages"),
    contract="services.audit.openapi:openapi_spec",
    pages=True,
    cli=register_cli,
)
