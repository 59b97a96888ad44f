"""The service catalogue, read from catalogue.json (data, so another town can bring its own)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from services.intake.domain.assistants.registry import form_schema
from services.intake.domain.documents import OTHER_KIND
from shared.contracts.offices import office_of

CATALOGUE_FILE = Path(__file__).resolve().parents[1] / "data" / "catalogue.json"
PUBLIC_FIELDS = ("id", "name_de", "name_en", "leika", "payment_policy", "legal_basis")
# What the portal tells a citizen before applying; the amounts in cost_cents are checked against the fee
# schedule in force by tests/unit/test_page_texts.py, so the page and the fee booked cannot drift apart.
FOR_CITIZENS = ("cost_de", "cost_en", "cost_cents", "needs_de", "needs_en")


@cache
def services() -> dict[str, dict[str, Any]]:
    data = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    return {service["id"]: service for service in data["services"]}


def find(service_id: str) -> dict[str, Any] | None:
    return services().get(service_id)


def online() -> list[str]:
    """The services citizens can apply for online (not those that need a visit)."""
    return [sid for sid, service in services().items() if not service.get("in_person_only")]


def document_kinds() -> list[str]:
    """Every kind of document a service names, and `sonstiges` (another, with an answer)."""
    named = {document["kind"] for service in services().values() for document in service.get("documents", [])}
    return [*sorted(named), OTHER_KIND]


def describe(service: dict[str, Any]) -> dict[str, Any]:
    """A service as the catalogue endpoint lists it."""
    listed = {name: service.get(name) for name in (*PUBLIC_FIELDS, *FOR_CITIZENS)}
    listed["office"] = office_of(service["id"])  # the shared offices file says which
    listed["online"] = not service.get("in_person_only", False)
    if service.get("in_person_only"):
        listed["in_person_reason_de"] = service["in_person_reason_de"]
        listed["in_person_reason_en"] = service["in_person_reason_en"]
    else:
        # The assistant's schema is the one definition of the form; the listing names its fields.
        schema = form_schema(service["id"])
        if schema is None:
            raise LookupError(f"the catalogue offers {service['id']} online, but no assistant has its form")
        listed["form_fields"] = [
            {"name": name, "required": field.required} for name, field in schema.fields.items()
        ]
        listed["form_schema"] = f"#/components/schemas/Form_{service['id']}"
        # What to send along (multipart/form-data, under documents.<kind>), each with why
        listed["documents"] = service.get("documents", [])
    return listed
