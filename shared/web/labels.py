"""The German and English names of the fields and choices of an application (labels.json): the
portal labels its form with them, the desk the application data it shows."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

LABELS = Path(__file__).with_name("labels.json")


@cache
def labels() -> dict[str, Any]:
    return json.loads(LABELS.read_text(encoding="utf-8"))


def label_of(service_id: str, path: str, lang: str = "de") -> tuple[str, str | None]:
    """The label and hint of a field (`applicant.address.street`, `form.dog.name`): the service's own wording
    first, then the field's, then its name's. KeyError when there is none."""
    short = path.split(".", 1)[1] if "." in path else path  # without applicant. or form.
    names = labels()["fields"]
    for key in (f"{service_id}:{short}", short, short.rsplit(".", 1)[-1]):
        if key in names:
            return names[key][lang], names[key].get(f"hint_{lang}")
    raise KeyError(f"no label for {path} of {service_id} in {LABELS.name}")


def state_labels(wording: str) -> dict[str, str]:
    """Each case state's name in one wording: the citizen's `de` or `en`, or the `desk`'s."""
    return {state: names[wording] for state, names in labels()["states"].items()}


def payment_state_labels(lang: str) -> dict[str, str]:
    return {state: names[lang] for state, names in labels()["payment_states"].items()}


def option_label(value: str, lang: str = "de") -> str:
    entry = labels()["options"].get(value)
    return entry[lang] if entry else value


def document_label(kind: str, lang: str = "de") -> str:
    """The name of a kind of document (`nachweis_ehrenamt`); the kind itself where the file has none."""
    entry = labels()["documents"].get(kind)
    return entry[lang] if entry else kind


def part_label(part: str, lang: str = "de") -> str:
    return labels()["parts"][part][lang]


def in_form_order(keys: list[str], path: str = "") -> list[str]:
    """Field names in the order the labels file lists them (the order of the forms), unknown ones last;
    `path` is where they stand (`applicant.address`, `form.dog`), for entries like `dog.name`."""
    order = _field_order()
    within = path.split(".", 1)[1] + "." if "." in path else ""

    def position(key: str) -> int:
        return order.get(within + key, order.get(key, len(order)))

    return sorted(keys, key=position)


@cache
def _field_order() -> dict[str, int]:
    return {name: index for index, name in enumerate(labels()["fields"])}
