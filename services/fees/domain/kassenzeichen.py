"""Kassenzeichen: the payment reference of a receivable. Ten digits: year, a running number, a check digit
(Luhn), so a mistyped reference on a bank transfer is caught."""

from __future__ import annotations


def luhn_digit(digits: str) -> int:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def is_valid(kassenzeichen: str) -> bool:
    return (
        len(kassenzeichen) == 10
        and kassenzeichen.isdigit()
        and luhn_digit(kassenzeichen[:-1]) == int(kassenzeichen[-1])
    )


def compose(year: int, number: int) -> str:
    """The year's `number`-th Kassenzeichen: YY, the number in seven digits, and the check digit."""
    body = f"{year % 100:02d}{number:07d}"
    return body + str(luhn_digit(body))


def parse(kassenzeichen: str) -> tuple[int, int]:
    """The year and the running number a Kassenzeichen carries."""
    return 2000 + int(kassenzeichen[:2]), int(kassenzeichen[2:9])
