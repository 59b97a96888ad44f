"""The portal's words, German and English: what a page says around the data it shows."""

import re

from shared.web.labels import payment_state_labels, state_labels

PAYMENT = {
    "de": {
        "before_submission": "Die Gebühr wird mit dem Antrag bezahlt; bearbeitet wird nach ihrem Eingang.",
        "invoiced": "Zahlung nach Aufforderung per E-Mail; die Bearbeitung wartet nicht darauf.",
        "none": "Für diese Leistung fällt keine Gebühr an.",
    },
    "en": {
        "before_submission": "The fee is paid with the application; work starts once it has been received.",
        "invoiced": "The payment request comes by email; work on the application does not wait for it.",
        "none": "There is no fee for this service.",
    },
}
STATE = {lang: state_labels(lang) for lang in ("de", "en")}
PAYMENT_STATE = {lang: payment_state_labels(lang) for lang in ("de", "en")}
TEXT = {
    "de": {
        "title": "Online-Dienste der Stadt Oschersleben (Bode)",
        "in_person": "Nur persönlich im Bürgerbüro",
        "legal": "Rechtsgrundlage",
        "back": "Zur Übersicht",
        "skip": "Zum Inhalt springen",
        "other": "English",
        "not_found": "Diese Leistung gibt es nicht.",
        "apply": "Online beantragen",
        "cost": "Kosten",
        "needs": "Was Sie brauchen",
        "send": "Antrag absenden",
        "required": "Pflichtfeld",
        "errors": "Bitte prüfen Sie Ihre Angaben",
        "error": "Fehler",
        "choose": "Bitte wählen",
        "yes": "ja",
        "expired": "Aus Sicherheitsgründen war das Formular abgelaufen. Ihre Angaben sind erhalten; "
        "bitte prüfen und noch einmal absenden.",
        "received": "Ihr Antrag ist eingegangen",
        "case_id": "Vorgangsnummer",
        "tracking": "Ihr Link zum Stand des Antrags",
        "tracking_note": "Bewahren Sie diesen Link auf: Nur mit ihm sehen Sie den Stand. "
        "Eine Eingangsbestätigung kommt per E-Mail, sobald das zuständige Amt den Antrag hat.",
        "status": "Stand Ihres Antrags",
        "state": "Stand",
        "office": "Zuständig",
        "fee": "Gebühr",
        "paid": "bezahlt",
        "waived": "erlassen",
        "payment": "Zahlung",
        "kassenzeichen": "Kassenzeichen",
        "due_on": "fällig am",
        "history": "Verlauf",
        "refresh": "Stand neu laden",
        "withdraw": "Antrag zurückziehen",
        "withdraw_reason": "Grund (freiwillig)",
        "withdrawn": "Ihr Antrag ist zurückgezogen.",
        "question": "Rückfrage des Amtes beantworten",
        "answer": "Ihre Antwort",
        "answer_hint": "Das Amt liest sie mit Ihrem Antrag.",
        "book": "Termin buchen",
        "move": "Termin verlegen",
        "cancel_visit": "Termin absagen",
        "your_visit": "Ihr Termin",
        "free_days": "Tage mit freien Terminen",
        "free": "frei",
        "no_times": "In den nächsten Wochen sind keine Termine frei. Bitte rufen Sie das Bürgerbüro an.",
        "time": "Uhrzeit",
        "oclock": "Uhr",
        "choose_time": "Bitte eine Uhrzeit wählen.",
        "visitor": "Wer kommt",
        "visitor_given_name": "Vorname",
        "visitor_family_name": "Familienname",
        "visitor_email": "E-Mail-Adresse",
        "visitor_email_hint": "Hierhin schicken wir die Bestätigung mit dem Termin für Ihren Kalender und "
        "eine Erinnerung am Vortag.",
        "moved": "Ihr Termin ist verlegt; die neue Bestätigung kommt per E-Mail.",
        "cancelled": "Ihr Termin ist abgesagt.",
        "appointment_booked": "Termin gebucht",
        "appointment_cancelled": "abgesagt",
        "appointment_missed": "nicht wahrgenommen",
        "weekdays": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
        "answer_files": "Unterlagen (freiwillig)",
        "answer_files_hint": "PDF, JPEG oder PNG, je Datei bis 10 MB; mehrere Dateien auf einmal möglich.",
        "documents": "Nachweise",
        "documents_hint": "Als PDF, JPEG oder PNG, je Datei bis 10 MB, zusammen bis 25 MB. Jede Datei wird "
        "auf Viren geprüft.",
        "optional": "freiwillig",
        "needed_when": "nötig, wenn es auf Sie zutrifft",
        "choose_again": "Aus Sicherheitsgründen behält der Browser ausgewählte Dateien nicht: bitte die "
        "Dateien noch einmal auswählen.",
        "received_documents": "Eingereichte Unterlagen",
        "erased_name": "(Name gelöscht)",
        "send_answer": "Antwort senden",
        "answered": "Ihre Antwort ist beim Amt eingegangen.",
        "unknown_case": "Zu dieser Vorgangsnummer und diesem Link gibt es keinen Antrag.",
        "not_yet": "noch nicht festgesetzt",
        "accessibility": "Erklärung zur Barrierefreiheit",
        "pay": "Jetzt bezahlen",
        "sent_before": "Dieses Formular haben Sie schon abgeschickt; jener Antrag ist eingegangen. Wenn Sie "
        "„Antrag absenden“ wählen, stellen Sie einen zweiten Antrag mit den Angaben hier.",
    },
    "en": {
        "title": "Online services of the town of Oschersleben (Bode)",
        "in_person": "In person only, at the Bürgerbüro",
        "legal": "Legal basis",
        "back": "Back to all services",
        "skip": "Skip to content",
        "other": "Deutsch",
        "not_found": "There is no such service.",
        "apply": "Apply online",
        "cost": "Cost",
        "needs": "What you need",
        "send": "Send application",
        "required": "required",
        "errors": "Please check what you entered",
        "error": "Error",
        "choose": "Please choose",
        "yes": "yes",
        "expired": "For your security the form had expired. What you entered is kept; please check it and "
        "send it again.",
        "received": "Your application has been received",
        "case_id": "Case number",
        "tracking": "Your link to the status of the application",
        "tracking_note": "Keep this link: only with it can you see the status. A receipt follows by email "
        "once the office in charge has the application.",
        "status": "Status of your application",
        "state": "Status",
        "office": "Office in charge",
        "fee": "Fee",
        "paid": "paid",
        "waived": "waived",
        "payment": "Payment",
        "kassenzeichen": "Payment reference (Kassenzeichen)",
        "due_on": "due on",
        "history": "History",
        "refresh": "Reload the status",
        "withdraw": "Withdraw the application",
        "withdraw_reason": "Reason (optional)",
        "withdrawn": "Your application has been withdrawn.",
        "question": "Answer the office's question",
        "answer": "Your answer",
        "answer_hint": "The office reads it with your application.",
        "book": "Book an appointment",
        "move": "Move the appointment",
        "cancel_visit": "Cancel the appointment",
        "your_visit": "Your appointment",
        "free_days": "Days with free appointments",
        "free": "free",
        "no_times": "There are no free appointments in the next weeks. Please call the Bürgerbüro.",
        "time": "Time",
        "oclock": "",
        "choose_time": "Please choose a time.",
        "visitor": "Who is coming",
        "visitor_given_name": "Given name",
        "visitor_family_name": "Family name",
        "visitor_email": "Email address",
        "visitor_email_hint": "We send the confirmation with the appointment for your calendar here, and a "
        "reminder the day before.",
        "moved": "Your appointment has been moved; the new confirmation comes by email.",
        "cancelled": "Your appointment has been cancelled.",
        "appointment_booked": "appointment booked",
        "appointment_cancelled": "cancelled",
        "appointment_missed": "missed",
        "weekdays": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "appointment_messages": {
            "Diese Zeit ist inzwischen vergeben; bitte eine andere wählen.": "This time has been taken "
            "meanwhile; please choose another.",
            "Der Termin ist abgesagt oder hat schon begonnen.": "The appointment is cancelled or has begun.",
        },
        "answer_files": "Documents (optional)",
        "answer_files_hint": "PDF, JPEG or PNG, up to 10 MB a file; you can choose several files at once.",
        "documents": "Proof documents",
        "documents_hint": "As PDF, JPEG or PNG, up to 10 MB a file and 25 MB in all. Every file is checked "
        "for viruses.",
        "optional": "optional",
        "needed_when": "needed if it applies to you",
        "choose_again": "For your security the browser does not keep files you chose: please choose the "
        "files again.",
        "received_documents": "Documents received",
        "erased_name": "(name erased)",
        "send_answer": "Send answer",
        "answered": "Your answer has reached the office.",
        "unknown_case": "There is no application for this case number and link.",
        "not_yet": "not assessed yet",
        "accessibility": "Accessibility statement",
        "pay": "Pay now",
        "sent_before": "You have sent this form before, and that application has been received. If you "
        "choose “Send application”, you make a second application with the details here.",
    },
}

# The assistants' messages are German, as the API gives them; the English pages show these instead.
MESSAGES_EN = {
    "Pflichtangabe fehlt.": "Required.",
    "Darf nicht leer sein.": "Must not be empty.",
    "Ungültiger Wert.": "Not a valid value.",
    "Unbekanntes Feld.": "Unknown field.",
    "Bitte einen Text angeben.": "Please enter text.",
    "Bitte ein Objekt angeben.": "Please give an object.",
    "Bitte ein Objekt mit den Angaben angeben.": "Please give an object with the details.",
    "Bitte eine Liste angeben.": "Please give a list.",
    "Bitte eine ganze Zahl angeben.": "Please enter a whole number.",
    "Keine gültige E-Mail-Adresse.": "Not a valid email address.",
    "Kein gültiges Datum; bitte im Format JJJJ-MM-TT angeben.": "Not a valid date; please use YYYY-MM-DD.",
    "Bitte true oder false angeben.": "Please answer yes or no.",
    "Bitte 1 bis 10 Ausfertigungen angeben.": "Please ask for 1 to 10 copies.",
    "Das Datum darf nicht in der Zukunft liegen.": "The date must not be in the future.",
    "Bitte eine Hausnummer wie 12 oder 12a angeben.": "Please enter a house number such as 12 or 12a.",
    "Bitte eine fünfstellige Postleitzahl angeben.": "Please enter a five-digit postcode.",
    "Bitte eine Telefonnummer aus Ziffern angeben.": "Please enter a phone number in digits.",
    "Bitte eine Zahl ab 0 angeben.": "Please enter a number from 0.",
    "Bitte eine Zahl von 0 bis 20 angeben.": "Please enter a number from 0 to 20.",
    "Bitte höchstens 500 Zeichen angeben.": "Please enter at most 500 characters.",
    "Die Transpondernummer hat 15 Ziffern (ISO 11784).": "The microchip number has 15 digits (ISO 11784).",
    "Bitte angeben, an wen der Hund abgegeben wurde.": "Please say who the dog was handed over to.",
    "Bitte den Grund der Ummeldung oder Abmeldung angeben.": "Please give the reason for the change.",
    "Bitte die Behörde angeben, an die es geschickt wird.": "Please name the authority it is sent to.",
    "Bitte die Organisation des Ehrenamts angeben.": "Please name the organisation of the honorary work.",
    "Bitte die Staatsangehörigkeit angeben.": "Please give your nationality.",
    "Für diese Rechtsform bitte die Registernummer angeben.": "For this legal form, please give the "
    "register number.",
    "Die Wohnungsgeberbestätigung (§ 19 BMG) muss vorliegen.": "The landlord's confirmation (§ 19 BMG) is "
    "needed.",
    "Ein erweitertes Führungszeugnis braucht eine schriftliche Aufforderung (§ 30a BZRG).": "An extended "
    "certificate needs a written request (§ 30a BZRG).",
    "Eine Anmeldung ist höchstens drei Monate vor dem Einzug möglich.": "You can register at most three "
    "months before moving in.",
}
MESSAGES_EN.update(
    {
        "Diese Art von Nachweis gehört nicht zu dieser Leistung.": "This kind of document does not belong "
        "to this service.",
        "Die Datei ist leer.": "The file is empty.",
        "Die Datei ist größer als 10 MB.": "The file is larger than 10 MB.",
        "Die Datei ist kein PDF, JPEG oder PNG; bitte so hochladen.": "The file is not a PDF, JPEG or PNG; "
        "please upload it as one of these.",
        "Bitte einen Dateinamen mit 1 bis 200 Zeichen angeben.": "Please give a file name of 1 to 200 "
        "characters.",
        "Dieser Nachweis ist für diesen Antrag nötig; bitte hochladen.": "This document is needed for this "
        "application; please upload it.",
        "Zu einem Antrag gehören höchstens 10 Dateien.": "An application takes at most 10 files.",
        "Die Dateien eines Antrags sind zusammen höchstens 25 MB groß.": "The files of an application may "
        "be 25 MB in all.",
        "Schadsoftware erkannt; die Datei wurde nicht angenommen.": "Malware found; the file was not "
        "accepted.",
    }
)
MESSAGE_PATTERNS_EN = (
    (re.compile(r"^Bitte (\d+) bis (\d+) Zeichen angeben\.$"), r"Please enter \1 to \2 characters."),
    (re.compile(r"^Bitte einen dieser Werte angeben: (.*)\.$"), r"Please choose one of: \1."),
)


def in_english(message: str) -> str:
    """A message of the assistants in English; one without a translation stays German."""
    if message in MESSAGES_EN:
        return MESSAGES_EN[message]
    for pattern, english in MESSAGE_PATTERNS_EN:
        if pattern.match(message):
            return pattern.sub(english, message)
    return message
