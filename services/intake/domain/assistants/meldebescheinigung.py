"""Meldebescheinigung (§ 18 BMG)."""

from services.intake.domain.assistants.base import FormSchema, choice, copies, text
from services.intake.domain.assistants.registry import assistant


@assistant("meldebescheinigung")
class MeldebescheinigungForm(FormSchema):
    kind = choice(["einfach", "erweitert"], required=True)
    copies = copies()
    usage = text(200)
