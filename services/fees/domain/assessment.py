"""A fee as a pure function of the application, the schedule in force and the day it was submitted.

No clock, no database: an auditor who has the ApplicationSubmitted event and the schedule file gets the same
cents, years later."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

Item = dict[str, Any]


def assess(application: dict[str, Any], schedule: dict[str, Any], submitted_on: date) -> dict[str, Any]:
    """The FeeAssessed payload for an ApplicationSubmitted payload."""
    service_id = application["service_id"]
    product = schedule["products"].get(service_id)
    if product is None:
        raise LookupError(f"schedule {schedule['version']} has no fee rule for {service_id}")
    form = application.get("form", {})
    items = RULES[product["rule"]](product, form, submitted_on)
    assessed = {
        "service_id": service_id,
        "schedule_version": schedule["version"],
        "line_items": items,
        "total_cents": sum(item["amount_cents"] for item in items),
        "currency": "EUR",
    }
    if product["rule"] == "dog_tax":  # what the tax is levied on, so a deregistration finds it
        assessed["tax_object"] = {"kind": "dog", "chip_number": form["dog"]["chip_number"]}
    return assessed


def item(code: str, description: str, quantity: int, unit_cents: int, legal_source: str) -> Item:
    return {
        "code": code,
        "description": description,
        "quantity": quantity,
        "unit_cents": unit_cents,
        "amount_cents": quantity * unit_cents,
        "legal_source": legal_source,
    }


def _free(product: dict, _form: dict, _on: date) -> list[Item]:
    return [item(product["code"], product["description"], 1, 0, product["legal_source"])]


def _variant(product: dict, form: dict, _on: date) -> list[Item]:
    variant = product["variants"][form[product["field"]]]
    exemption = product.get("exemption")
    if exemption and form.get(exemption["field"]):
        description = f"{variant['description']}, {exemption['description']}"
        return [item(variant["code"], description, 1, 0, exemption["legal_source"])]
    return [
        item(variant["code"], variant["description"], 1, variant["amount_cents"], variant["legal_source"])
    ]


def _copies(product: dict, form: dict, _on: date) -> list[Item]:
    copies = int(form.get("copies", 1))
    if form.get("purpose") in product.get("free_purposes", ()):
        description = f"{product['description']}, gebührenfrei ({form['purpose']})"
        return [item(product["code"], description, copies, 0, product["free_legal_source"])]
    items = [
        item(product["code"], product["description"], 1, product["first_cents"], product["legal_source"])
    ]
    if copies > 1:
        description = f"{product['description']}, weitere Ausfertigung"
        items.append(
            item(product["code"], description, copies - 1, product["further_cents"], product["legal_source"])
        )
    return items


def _dog_tax(product: dict, form: dict, submitted_on: date) -> list[Item]:
    """The annual tax by the dog's place in the household, charged by the month: from the first of the month
    after the dog was taken in to the end of the year of registration (or of the year the tax starts)."""
    place = ("first", "second", "further")[min(int(form.get("other_dogs_in_household", 0)), 2)]
    annual = product["annual_cents"][place]
    if annual % 12:
        raise ValueError(f"an annual dog tax of {annual} cents does not divide into months")
    start = month_after(date.fromisoformat(form["kept_since"]))
    last_year = max(start.year, submitted_on.year)
    items = []
    for year in range(start.year, last_year + 1):
        first_month = start.month if year == start.year else 1
        months = 13 - first_month
        label = {"first": "erster Hund", "second": "zweiter Hund", "further": "weiterer Hund"}[place]
        description = f"{product['description']} {year}, {label}, {months} Monate ab {first_month:02d}/{year}"
        line = item(f"{product['code']}-{year}", description, months, annual // 12, product["legal_source"])
        items.append({**line, "period_from": f"{year}-{first_month:02d}", "period_to": f"{year}-12"})
    return items


def dog_tax_credit(registration_fee: dict[str, Any], kept_until: date) -> tuple[int, int]:
    """Months and cents of a registration's dog tax that fall after the month the dog left."""
    months = cents = 0
    for line in registration_fee["line_items"]:
        if not line.get("period_to"):
            continue
        first, last = (date.fromisoformat(line[key] + "-01") for key in ("period_from", "period_to"))
        after = max(first, month_after(kept_until))
        if after <= last:
            count = (last.year - after.year) * 12 + last.month - after.month + 1
            months, cents = months + count, cents + count * line["unit_cents"]
    return months, cents


def month_after(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


RULES: dict[str, Callable[[dict, dict, date], list[Item]]] = {
    "free": _free,
    "variant": _variant,
    "copies": _copies,
    "dog_tax": _dog_tax,
}
