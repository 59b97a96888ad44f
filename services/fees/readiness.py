"""What fees needs for a service the catalogue offers: a fee rule in the schedule in force, and a revenue
account for a fee above zero (else its booking could not be made)."""

from __future__ import annotations

from services.fees.domain.booking import chart
from services.fees.domain.schedule import in_force, local_date
from shared.kernel.envelope import utc_now


def lacks(service_id: str) -> list[str]:
    schedule = in_force(local_date(utc_now()))
    product = schedule["products"].get(service_id)
    if product is None:
        return [f"fees: the schedule in force ({schedule['version']}) has no fee rule for {service_id}"]
    if product["rule"] != "free" and service_id not in chart()["revenue_by_product"]:
        return [f"fees: accounts.json names no revenue account for {service_id}"]
    return []
