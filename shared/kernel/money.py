"""Money as the platform holds it: integer cents of EUR, shown one way and summed one way."""

from __future__ import annotations


def euros(cents: int, *, grouped: bool = False, unit: str = " EUR") -> str:
    """German notation: 12,50 EUR; grouped, 1.234,50 EUR; with unit="", 1234,50 for a spreadsheet."""
    sign, cents = ("-", -cents) if cents < 0 else ("", cents)
    whole = f"{cents // 100:,}".replace(",", ".") if grouped else str(cents // 100)
    return f"{sign}{whole},{cents % 100:02d}{unit}"


def open_cents(assessed: int, waived: int, paid: int, refunded: int = 0) -> int:
    """What is still to pay on a fee: the fee as it stands (assessed less waived) less what was paid and kept
    (paid less refunded)."""
    return assessed - waived - (paid - refunded)
