"""The portal's application form, made from the service's assistant schema: one input per schema field,
labelled from `shared/web/labels.json`; and what the browser posts, turned back into the JSON an
assistant sends, so the same schema checks it and the same messages come back."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from marshmallow import Schema, fields, validate
from werkzeug.datastructures import MultiDict

from services.intake.domain.assistants.registry import form_schema
from services.intake.requests import APPLICANT
from shared.web.labels import label_of, option_label, part_label

# Radio buttons up to this many options, a select above: all options stay visible where that is short.
MAX_RADIOS = 4
# The applicant's own data, named for the browser's autofill (WCAG 2.1 SC 1.3.5, Identify Input Purpose).
AUTOCOMPLETE = {
    "applicant.given_name": "given-name",
    "applicant.family_name": "family-name",
    "applicant.date_of_birth": "bday",
    "applicant.email": "email",
    "applicant.phone": "tel",
    "applicant.address.street": "address-line1",
    "applicant.address.postcode": "postal-code",
    "applicant.address.city": "address-level2",
}


@dataclass
class Input:
    name: str  # the dotted path the API's errors use: applicant.address.postcode
    kind: str  # text, textarea, email, date, number, checkbox, radio, select
    required: bool
    label: str
    hint: str | None = None
    options: list[tuple[str, str]] = field(default_factory=list)  # (value, label)

    @property
    def id(self) -> str:
        return self.name.replace(".", "-")

    @property
    def autocomplete(self) -> str:
        """The autofill name of the applicant's own data; nothing to suggest for the rest of the form."""
        return AUTOCOMPLETE.get(self.name, "off" if self.name.startswith("form.") else "on")


@dataclass
class Group:
    name: str
    required: bool
    label: str
    items: list[Input | Group]

    @property
    def id(self) -> str:
        return self.name.replace(".", "-")


def form_of(service_id: str, lang: str) -> list[Group]:
    """The whole form: the applicant's part and the service's part, each a group of inputs."""
    parts = [("applicant", APPLICANT), ("form", form_schema(service_id))]
    return [
        Group(part, True, part_label(part, lang), _items(service_id, schema, part, lang))
        for part, schema in parts
        if schema is not None
    ]


def _items(service_id: str, schema: Schema, prefix: str, lang: str) -> list[Input | Group]:
    items: list[Input | Group] = []
    for name, schema_field in schema.fields.items():
        path = f"{prefix}.{name}"
        label, hint = label_of(service_id, path, lang)
        if isinstance(schema_field, fields.Nested):
            nested = _items(service_id, schema_field.schema, path, lang)
            items.append(Group(path, schema_field.required, label, nested))
        else:
            items.append(_input(schema_field, path, label, hint, lang))
    return items


def _input(schema_field: fields.Field, path: str, label: str, hint: str | None, lang: str) -> Input:
    required = schema_field.required
    choices = next((v.choices for v in schema_field.validators if isinstance(v, validate.OneOf)), None)
    if choices:
        options = [(value, option_label(value, lang)) for value in choices]
        kind = "radio" if len(options) <= MAX_RADIOS else "select"
        return Input(path, kind, required, label, hint, options)
    if isinstance(schema_field, fields.Boolean):
        return Input(path, "checkbox", required, label, hint)
    if isinstance(schema_field, fields.Email):
        return Input(path, "email", required, label, hint)
    if isinstance(schema_field, fields.Date):
        return Input(path, "date", required, label, hint)
    if isinstance(schema_field, fields.Integer):
        return Input(path, "number", required, label, hint)
    longest = next((v.max for v in schema_field.validators if isinstance(v, validate.Length)), None)
    return Input(path, "textarea" if (longest or 0) > 200 else "text", required, label, hint)


def application_from(posted: MultiDict, groups: list[Group]) -> dict[str, Any]:
    """What the browser posted, as the API's JSON: empty fields left out (so "required" speaks), numbers as
    numbers where they are numbers, and an optional group left out when nothing in it was filled in."""
    return {group.name.split(".")[-1]: _values(posted, group.items) for group in groups}


def _values(posted: MultiDict, items: list[Input | Group]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for item in items:
        key = item.name.rsplit(".", 1)[-1]
        if isinstance(item, Group):
            nested = _values(posted, item.items)
            if item.required or any(value is not False for value in nested.values()):
                values[key] = nested
            continue
        raw = posted.get(item.name, "").strip()
        if item.kind == "checkbox":
            values[key] = raw == "on"
        elif raw and item.kind == "number" and re.fullmatch(r"-?\d{1,9}", raw):
            values[key] = int(raw)
        elif raw:
            values[key] = raw
    return values
