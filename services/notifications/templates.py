"""German mail texts. One function per occasion; each returns subject and body."""

from __future__ import annotations

from typing import Any


def receipt(case_id: str, application: dict[str, Any]) -> tuple[str, str]:
    applicant = application["applicant"]
    subject = f"Eingangsbestätigung: {application['service_name']} (Vorgang {case_id})"
    body = (
        f"Guten Tag {applicant['given_name']} {applicant['family_name']},\n\n"
        f"Ihr Antrag „{application['service_name']}“ ist bei der Stadt Oschersleben (Bode) eingegangen.\n"
        f"Ihre Vorgangsnummer: {case_id}\n\n"
        "Sie erhalten weitere Nachrichten, sobald sich der Stand Ihres Antrags ändert.\n\n"
        "Mit freundlichen Grüßen\n"
        "Stadt Oschersleben (Bode), Markt 1, 39387 Oschersleben (Bode)\n"
    )
    return subject, body
