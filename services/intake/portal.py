"""The town's own portal pages (server-rendered, German first, English with `?lang=en`): the catalogue of
services, and a page per service; a service that needs a personal visit says so and where to go. The forms
come next (issue 8)."""

from __future__ import annotations

from flask import Blueprint, Response, make_response, render_template, request

from services.intake import catalogue

portal = Blueprint("portal", __name__, template_folder="templates", url_prefix="/portal")

PAYMENT = {
    "de": {
        "before_submission": "Die Gebühr wird mit dem Antrag bezahlt; bearbeitet wird nach ihrem Eingang.",
        "invoiced": "Sie erhalten nach der Entscheidung einen Gebührenbescheid.",
        "none": "Für diese Leistung fällt keine Gebühr an.",
    },
    "en": {
        "before_submission": "The fee is paid with the application; work starts once it has been received.",
        "invoiced": "You receive a fee notice after the decision.",
        "none": "There is no fee for this service.",
    },
}
TEXT = {
    "de": {
        "title": "Online-Dienste der Stadt Oschersleben (Bode)",
        "in_person": "Nur persönlich im Bürgerbüro",
        "legal": "Rechtsgrundlage",
        "back": "Zur Übersicht",
        "skip": "Zum Inhalt springen",
        "other": "English",
        "not_found": "Diese Leistung gibt es nicht.",
    },
    "en": {
        "title": "Online services of the town of Oschersleben (Bode)",
        "in_person": "In person only, at the Bürgerbüro",
        "legal": "Legal basis",
        "back": "Back to all services",
        "skip": "Skip to content",
        "other": "Deutsch",
        "not_found": "There is no such service.",
    },
}


def _lang() -> str:
    return "en" if request.args.get("lang") == "en" else "de"


@portal.get("/")
def services_page() -> str:
    lang = _lang()
    listed = sorted(
        catalogue.services().values(), key=lambda s: (s.get("in_person_only", False), s[f"name_{lang}"])
    )
    return render_template(
        "portal/catalogue.html", lang=lang, t=TEXT[lang], services=listed, payment=PAYMENT[lang]
    )


@portal.get("/dienste/<service_id>")
def service_page(service_id: str) -> str | Response:
    lang = _lang()
    service = catalogue.find(service_id)
    if service is None:
        page = render_template("portal/not_found.html", lang=lang, t=TEXT[lang])
        return make_response(page, 404)
    return render_template(
        "portal/service.html", lang=lang, t=TEXT[lang], service=service, payment=PAYMENT[lang]
    )
