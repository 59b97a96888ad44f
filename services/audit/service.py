"""The audit: reads the log and every service's store (read-only), verifies chains, fees, projections and the
journal, and shows auditors a case's history; it owns no data and writes nothing."""

import shared.contracts  # noqa: F401 - registers the event schemas
from services.audit.cli import register_cli
from shared.kernel.service import Service

SERVICE = Service(
    name="audit",
    http_port=8005,
    blueprints=("services.audit.api:api", "services.audit.pages:audit_pages"),
    pages=True,
    cli=register_cli,
)
