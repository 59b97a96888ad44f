"""German texts for every occasion a person is told of. Each mail names the case and the office's contact."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from shared.contracts import FeesEvent, IntakeEvent, RoutingEvent
from shared.contracts.routing import STATE_AFTER
from shared.kernel.envelope import TOWN_TIME
from shared.kernel.money import euros

# event type: the mail it sends (to the citizen, or for a reminder to the office)
MAIL_FOR = {
    RoutingEvent.CASE_ROUTED: "receipt",
    FeesEvent.PAYMENT_REQUESTED: "payment_request",
    FeesEvent.PAYMENT_RECEIVED: "payment_received",
    RoutingEvent.INFORMATION_REQUESTED: "information_requested",
    RoutingEvent.CASE_APPROVED: "decision",
    RoutingEvent.CASE_REJECTED: "decision",
    RoutingEvent.CASE_COMPLETED: "completed",
    RoutingEvent.CLAIM_REMINDER_RAISED: "office_reminder",
    IntakeEvent.APPOINTMENT_BOOKED: "appointment_booked",
    IntakeEvent.APPOINTMENT_MOVED: "appointment_moved",
    IntakeEvent.APPOINTMENT_CANCELLED: "appointment_cancelled",
}
# The mails that carry the visit as a calendar file (calendar_file.py); its reminder, which only points to
# it, goes the day before at this hour of the town's time
CALENDAR_MAILS = ("appointment_booked", "appointment_moved", "appointment_cancelled")
REMINDER_HOUR = 9
TEMPLATE_NAMES = {
    "receipt": "Eingangsbestätigung",
    "payment_request": "Zahlungsaufforderung",
    "payment_received": "Zahlungseingang",
    "information_requested": "Rückfrage",
    "decision": "Entscheidung",
    "completed": "Abschluss",
    "office_reminder": "Erinnerung an das Amt",
    "appointment_booked": "Terminbestätigung",
    "appointment_moved": "Terminverlegung",
    "appointment_cancelled": "Terminabsage",
    "appointment_reminder": "Terminerinnerung",
    "status": "Statusmeldung an das Antragsportal",
}

# event type: the status a vendor's assistant is told in a callback (the case's state after it)
CALLBACK_STATUS = STATE_AFTER


def german_date(iso: str) -> str:
    year, month, day = iso[:10].split("-")
    return f"{day}.{month}.{year}"


def town_time(iso: str) -> str:
    """A UTC moment as the town reads it: 12.01.2027 um 10:20 Uhr."""
    return datetime.fromisoformat(iso).astimezone(TOWN_TIME).strftime("%d.%m.%Y um %H:%M Uhr")


def reminder_due(starts_at: str) -> datetime:
    """When the reminder of a visit goes: the day before, in the morning."""
    day_before = datetime.fromisoformat(starts_at).astimezone(TOWN_TIME).date() - timedelta(days=1)
    return datetime.combine(day_before, time(REMINDER_HOUR), TOWN_TIME).astimezone(UTC)


def render(
    template: str,
    event_type: str,
    case_id: str,
    payload: dict[str, Any],
    citizen: dict[str, Any],
    office: dict[str, Any],
) -> tuple[str, str]:
    """Subject and body of a mail."""
    if template == "office_reminder":
        return _office_reminder(case_id, payload, office)
    service = citizen["service_name"]
    subject, text = TEXTS[template](payload, event_type, service)
    greeting = f"Guten Tag {citizen['given_name']} {citizen['family_name']},"
    body = (
        f"{greeting}\n\n{text}\n\n"
        f"Ihre Vorgangsnummer: {case_id}\n"
        "Bitte geben Sie sie bei Rückfragen an.\n\n"
        "Mit freundlichen Grüßen\n"
        f"{office['name']}\n{office['address']}\nTelefon {office['phone']}\nE-Mail {office['email']}\n"
    )
    return f"{subject}: {service} (Vorgang {case_id})", body


def _receipt(p: dict[str, Any], _t: str, service: str) -> tuple[str, str]:
    return "Eingangsbestätigung", (
        f"Ihr Antrag „{service}“ ist bei der Stadt Oschersleben (Bode) eingegangen. "
        f"Zuständig ist: {p['office_name']}.\n"
        f"Wir bearbeiten ihn voraussichtlich bis zum {german_date(p['due_on'])}. "
        "Sie erhalten eine Nachricht, sobald sich der Stand Ihres Antrags ändert."
    )


def _payment_request(p: dict[str, Any], _t: str, _service: str) -> tuple[str, str]:
    return "Zahlungsaufforderung", (
        f"Für Ihren Antrag wird eine Gebühr von {euros(p['amount_cents'])} fällig.\n"
        f"Bitte zahlen Sie bis zum {german_date(p['due_on'])} unter dem Kassenzeichen {p['kassenzeichen']}, "
        "über das Bezahlportal oder per Überweisung mit dem Kassenzeichen als Verwendungszweck.\n"
        "Wo die Gebühr vorab zu zahlen ist, beginnen wir mit der Bearbeitung, sobald sie eingegangen ist."
    )


def _payment_received(p: dict[str, Any], _t: str, _service: str) -> tuple[str, str]:
    amount, kassenzeichen = euros(p["amount_cents"]), p["kassenzeichen"]
    text = f"Wir haben Ihre Zahlung von {amount} (Kassenzeichen {kassenzeichen}) erhalten."
    if p["outcome"] == "partial":
        text += " Es ist noch ein Restbetrag offen."
    elif p["excess_cents"]:
        text += f" Sie haben {euros(p['excess_cents'])} zu viel gezahlt; dieser Betrag wird Ihnen erstattet."
    return "Zahlungseingang", text


def _information_requested(p: dict[str, Any], _t: str, _service: str) -> tuple[str, str]:
    return "Rückfrage zu Ihrem Antrag", (
        "Für die Bearbeitung Ihres Antrags brauchen wir noch Angaben oder Unterlagen von Ihnen:\n\n"
        f"    {p['message']}\n\n"
        "Bitte antworten Sie auf der Seite zum Stand Ihres Antrags (den Link dazu haben Sie beim Absenden "
        "erhalten), auf diese E-Mail oder beim unten genannten Amt."
    )


def _decision(p: dict[str, Any], event_type: str, _service: str) -> tuple[str, str]:
    if event_type == RoutingEvent.CASE_APPROVED:
        return (
            "Ihr Antrag wurde bewilligt",
            "Ihr Antrag wurde bewilligt. Wir schließen die Bearbeitung nun ab.",
        )
    return "Ihr Antrag wurde abgelehnt", (
        f"Ihr Antrag wurde abgelehnt. Begründung:\n\n    {p['reason']}\n\n"
        "Den Bescheid mit der Rechtsbehelfsbelehrung erhalten Sie gesondert."
    )


def _completed(_p: dict[str, Any], _t: str, _service: str) -> tuple[str, str]:
    return "Ihr Antrag ist abgeschlossen", (
        "Die Bearbeitung Ihres Antrags ist abgeschlossen. Dokumente, die Sie beantragt haben, "
        "senden wir Ihnen zu oder halten sie zur Abholung bereit."
    )


def _office_reminder(case_id: str, p: dict[str, Any], office: dict[str, Any]) -> tuple[str, str]:
    subject = f"Erinnerung: Vorgang {case_id} seit 3 Arbeitstagen nicht übernommen"
    body = (
        f"Guten Tag,\n\nder Vorgang {case_id} liegt seit {german_date(p['routed_at'])} bei {office['name']} "
        f"und wurde noch nicht übernommen. Er ist bis zum {german_date(p['due_on'])} zu erledigen.\n\n"
        "Diese Nachricht wurde automatisch erstellt.\n"
    )
    return subject, body


def _appointment_booked(p: dict[str, Any], _t: str, service: str) -> tuple[str, str]:
    return "Terminbestätigung", (
        f"Ihr Termin für „{service}“ ist am {town_time(p['starts_at'])}. Bitte kommen Sie pünktlich "
        "und bringen Sie Ihren bisherigen Ausweis oder Pass mit.\n"
        "Den Termin für Ihren Kalender finden Sie im Anhang. Verlegen oder absagen können Sie ihn "
        "über den Link zum Stand, den Sie bei der Buchung erhalten haben."
    )


def _appointment_moved(p: dict[str, Any], _t: str, service: str) -> tuple[str, str]:
    return "Terminverlegung", (
        f"Ihr Termin für „{service}“ ist verlegt: nicht mehr am {town_time(p['previous_starts_at'])}, "
        f"sondern am {town_time(p['starts_at'])}. Der Anhang ersetzt den bisherigen Eintrag in Ihrem "
        "Kalender."
    )


def _appointment_cancelled(p: dict[str, Any], _t: str, service: str) -> tuple[str, str]:
    return "Terminabsage", (
        f"Ihr Termin für „{service}“ am {town_time(p['starts_at'])} ist abgesagt. Der Anhang entfernt "
        "ihn aus Ihrem Kalender. Einen neuen Termin können Sie jederzeit im Portal buchen."
    )


def _appointment_reminder(p: dict[str, Any], _t: str, service: str) -> tuple[str, str]:
    return "Terminerinnerung", (
        f"Wir erinnern Sie an Ihren Termin für „{service}“ morgen, am {town_time(p['starts_at'])}. "
        "Wenn Sie nicht kommen können, sagen Sie ihn bitte über den Link zum Stand ab: dann kann "
        "jemand anderes ihn nutzen."
    )


TEXTS = {
    "appointment_booked": _appointment_booked,
    "appointment_moved": _appointment_moved,
    "appointment_cancelled": _appointment_cancelled,
    "appointment_reminder": _appointment_reminder,
    "receipt": _receipt,
    "payment_request": _payment_request,
    "payment_received": _payment_received,
    "information_requested": _information_requested,
    "decision": _decision,
    "completed": _completed,
}
