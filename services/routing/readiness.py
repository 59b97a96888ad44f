"""What routing needs for a service the catalogue offers: a rule naming the office that decides it (without
one, its cases would go to the clearing office), and that office in the directory."""

from __future__ import annotations

from shared.contracts.offices import directory


def lacks(service_id: str) -> list[str]:
    data = directory()
    rules = [rule for rule in data["rules"] if rule["service_id"] == service_id]
    if not rules:
        return [f"routing: no office rule for {service_id} in offices.json (its cases would go to clearing)"]
    return [
        f"routing: rule {rule['id']} names the unknown office {rule['office']}"
        for rule in rules
        if rule["office"] not in data["offices"]
    ]
