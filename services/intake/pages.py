"""The town's own portal pages (server-rendered, German first, English with `?lang=en`): the catalogue, a page
per service, the application form made from the service's assistant schema, the confirmation with the case
id and tracking link, and the status page. A service that needs a personal visit says so and where to go.

The form is checked by the same schemas as the API, so a citizen sees the same messages a vendor gets."""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import urlencode

from flask import Response, abort, flash, make_response, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFError
from marshmallow import ValidationError

from services.intake import projection, tokens, uploads, web_form
from services.intake.domain import catalogue, documents
from services.intake.handlers import KeyReused, NotPossible, answer, submit, withdraw
from services.intake.portal_texts import PAYMENT, PAYMENT_STATE, STATE, TEXT, in_english
from services.intake.requests import AnswerRequest, validated_application
from services.intake.store import DATABASE
from services.intake.submitters import PORTAL
from services.registry import portal_url
from shared.contracts.offices import directory
from shared.contracts.routing import DECIDED
from shared.kernel.config import payment_page_url
from shared.kernel.eventstore import ConcurrencyConflict
from shared.kernel.money import euros, open_cents
from shared.web.http import field_errors
from shared.web.labels import document_label, label_of
from shared.web.pages import by_field, form_error, pages_blueprint

portal = pages_blueprint("portal", __name__, "/portal")


def _lang() -> str:
    return "en" if (request.values.get("lang") == "en") else "de"


def _in_page_language(message: str) -> str:
    """A validation message as the API gives it (German), or in English on the English pages."""
    return in_english(message) if _lang() == "en" else message


def _lang_in_links() -> str | None:
    """German is the default, so only English needs saying in a link."""
    return "en" if _lang() == "en" else None


def _page(template: str, status: int = 200, **context: Any) -> Response:
    lang = _lang()
    other = "de" if lang == "en" else "en"
    here = {**(request.view_args or {}), **request.args.to_dict(), "lang": None if other == "de" else "en"}
    page = render_template(
        f"portal/{template}",
        lang=lang,
        t=TEXT[lang],
        other_language_url=url_for(request.endpoint or "portal.services_page", **here),
        **context,
    )
    return make_response(page, status)


@portal.get("/")
def services_page() -> Response:
    lang = _lang()
    listed = sorted(
        catalogue.services().values(), key=lambda s: (s.get("in_person_only", False), s[f"name_{lang}"])
    )
    return _page("catalogue.html", services=listed, payment=PAYMENT[lang])


@portal.get("/barrierefreiheit")
def accessibility() -> Response:
    """The accessibility statement a public body must publish (§ 12b BGG, BITV 2.0), with where to report a
    barrier."""
    return _page(f"accessibility_{_lang()}.html")


@portal.get("/dienste/<service_id>")
def service_page(service_id: str) -> Response:
    service = catalogue.find(service_id)
    if service is None:
        return _page("not_found.html", 404)
    return _page(
        "service.html",
        service=service,
        payment=PAYMENT[_lang()],
        documents=_documents_asked(service, _lang()),
    )


@portal.route("/dienste/<service_id>/antrag", methods=["GET", "POST"])
@uploads.takes_files_of_a_case
def application_form(service_id: str) -> Response:
    service = catalogue.find(service_id)
    if service is None:
        return _page("not_found.html", 404)
    if service.get("in_person_only"):
        return redirect(url_for("portal.service_page", service_id=service_id, lang=_lang_in_links()))
    groups = web_form.form_of(service_id, _lang())
    if request.method == "GET":
        return _form_page(service, groups, {}, [], form_id=str(uuid.uuid4()))
    envelope = web_form.application_from(request.form, groups)
    files = uploads.received()
    payload, errors = validated_application(service, envelope, files)
    refused = uploads.checked(files, errors)
    if refused:
        return _form_page(
            service, groups, request.form, _refusal_summary(refused, bool(files)), status=refused.status
        )
    try:
        # The form's id is the idempotency key: sending the same form twice gives the one case.
        with DATABASE.engine.begin() as conn:
            accepted = submit(conn, PORTAL, request.form.get("form_id", ""), payload, files)
    except KeyReused:
        # The same form sent again with other data (back, changed, sent): the first one was accepted. Say so;
        # sending once more, with a new form id, makes a second application.
        notice = TEXT[_lang()]["sent_before"]
        return _form_page(service, groups, request.form, [], form_id=str(uuid.uuid4()), notice=notice)
    _keep_token(accepted.case_id, accepted.tracking_token)
    return redirect(url_for("portal.confirmation", case_id=accepted.case_id, lang=_lang_in_links()), 303)


@portal.errorhandler(CSRFError)
def form_expired(_error: CSRFError) -> Response:
    """An expired form keeps what the citizen typed: the form comes back with a fresh token."""
    service_id = (request.view_args or {}).get("service_id")
    service = catalogue.find(service_id) if request.endpoint == "portal.application_form" else None
    if service is None:
        return make_response(render_template("site/expired.html"), 400)
    groups = web_form.form_of(service["id"], _lang())
    return _form_page(service, groups, request.form, [], notice=TEXT[_lang()]["expired"], status=400)


def _refusal_summary(refused: uploads.Refusal, had_files: bool) -> list[dict[str, str]]:
    """A refusal's field errors, after what it says as a whole where that is more than "check the fields";
    files chosen are not kept by the browser on a page sent back, so the citizen is told to choose them
    again."""
    said = refused.detail_en if _lang() == "en" else refused.detail
    whole = [] if refused.status == 422 and not refused.title.startswith("Schadsoftware") else [said]
    if had_files:
        whole.append(TEXT[_lang()]["choose_again"])
    return [{"field": "", "message": message} for message in whole] + field_errors(refused.errors)


def _form_page(
    service: dict,
    groups: list[web_form.Group],
    values: Any,
    errors: list[dict[str, str]],
    form_id: str | None = None,
    notice: str | None = None,
    status: int = 200,
) -> Response:
    lang = _lang()
    summary = [_summary_entry(service["id"], error, lang) for error in errors]
    if notice:
        summary.insert(0, form_error(notice))
    return _page(
        "form.html",
        status,
        service=service,
        groups=groups,
        values=values,
        errors=by_field(summary),
        summary=summary,
        form_id=form_id or values.get("form_id") or str(uuid.uuid4()),
        payment_note=PAYMENT[lang][service["payment_policy"]],
        documents=_documents_asked(service, lang),
    )


def _documents_asked(service: dict, lang: str) -> list[dict[str, Any]]:
    """The file inputs of a service's form: each kind of document with its name, whether and when it is
    needed, and why."""
    return [
        {
            "kind": kind,
            "id": f"documents-{kind}",
            "label": document_label(kind, lang),
            "needed": TEXT[lang]["needed_when" if document.get("when") else document["needed"]],
            "reason": f"{document[f'reason_{lang}']} ({document['legal_basis']})",
        }
        for kind, document in documents.kinds(service).items()
    ]


def _summary_entry(service_id: str, error: dict[str, Any], lang: str) -> dict[str, Any]:
    """A line of the error summary, linked to its field; a whole-form error has no field to link to."""
    field, message = error["field"], _in_page_language(error["message"])
    if field.startswith(uploads.FIELD_PREFIX):
        kind = field.removeprefix(uploads.FIELD_PREFIX)
        if kind == "all":
            return form_error(message, "documents", TEXT[lang]["documents"])
        return form_error(message, field.replace(".", "-"), document_label(kind, lang))
    try:
        label, _hint = label_of(service_id, field, lang)
    except KeyError:  # a whole-form error (`form._schema`), or a field the form never sends
        return form_error(message)
    return form_error(message, field.replace(".", "-"), label)


@portal.get("/eingang/<case_id>")
def confirmation(case_id: str) -> Response:
    view = _case_view(case_id)
    # The one link that carries the token: for the citizen to keep (the receipt mail brings it too)
    tracking = url_for(
        "portal.status_page", case_id=case_id, token=_token(case_id), lang=_lang_in_links(), _external=True
    )
    return _page("confirmation.html", case=view, tracking=tracking)


@portal.get("/vorgang/<case_id>")
def status_page(case_id: str) -> Response:
    if "token" in request.args:
        # The tracking link, followed: the token goes into the session, and out of the address bar, the
        # browser's history and whatever is shared from there
        _case_view(case_id)
        _keep_token(case_id, request.args["token"])
        return redirect(url_for("portal.status_page", case_id=case_id, lang=_lang_in_links()), 303)
    return _status_page(case_id)


def _status_page(case_id: str, errors: list[dict[str, Any]] | None = None, status: int = 200) -> Response:
    view = _case_view(case_id)
    lang = _lang()
    return _page(
        "status.html",
        status,
        case=view,
        service=catalogue.find(view["service_id"]),
        state=STATE[lang],
        payment_state=PAYMENT_STATE[lang],
        # a visit is cancelled, not withdrawn (appointment_pages.py)
        withdrawable=view["status"] not in (*DECIDED, "withdrawn")
        and not view["status"].startswith("appointment"),
        office=directory()["offices"][view["appointment"]["office_id"]] if view["appointment"] else None,
        question_open=view["status"] == "information_requested",
        pay_url=_pay_url(case_id, view),
        errors=errors or [],
        euros=euros,
        document_label=document_label,
    )


def _pay_url(case_id: str, view: dict[str, Any]) -> str | None:
    """The payment provider's page for what is still open, coming back to this status page."""
    fee, page = view["fee"], payment_page_url()
    if not (page and fee and fee["kassenzeichen"] and fee["payment_state"] in ("open", "partial")):
        return None
    still_open = open_cents(fee["total_cents"], fee["waived_cents"], fee["paid_cents"])
    back = url_for("portal.status_page", case_id=case_id, lang=_lang_in_links())
    query = urlencode(
        {"kassenzeichen": fee["kassenzeichen"], "betrag": still_open, "zurueck": portal_url() + back}
    )
    return f"{page}?{query}"


@portal.post("/vorgang/<case_id>/antwort")
@uploads.takes_files_of_a_case
def answer_page(case_id: str) -> Response:
    """The citizen answers the office's question, with documents if asked for; the office's case goes back
    to work with the answer."""
    view = _case_view(case_id)  # the token must open the case
    files = uploads.received()
    refused = uploads.checked_answer(case_id, files)
    if refused:
        summary = [
            _summary_entry(view["service_id"], error, _lang())
            for error in _refusal_summary(refused, bool(files))
        ]
        return _status_page(case_id, summary, refused.status)
    try:
        written = request.form.get("message", "").strip()
        message = AnswerRequest().load({"message": written} if written else {})["message"]
    except ValidationError as error:
        label = TEXT[_lang()]["answer"]
        summary = [
            form_error(_in_page_language(e["message"]), "message", label)
            for e in field_errors(error.messages)
        ]
        return _status_page(case_id, summary, 422)
    try:
        answer(DATABASE.engine, case_id, message, files)
        flash(TEXT[_lang()]["answered"])
    except (NotPossible, ConcurrencyConflict):
        pass  # the status page shows where the case stands
    return _back_to_status(case_id)


@portal.post("/vorgang/<case_id>/zurueckziehen")
def withdrawal(case_id: str) -> Response:
    _case_view(case_id)  # the token must open the case
    reason = request.form.get("reason", "").strip()[:500] or None
    try:
        withdraw(DATABASE.engine, case_id, "citizen", reason)
        flash(TEXT[_lang()]["withdrawn"])
    except (NotPossible, ConcurrencyConflict):
        pass  # the status page shows where the case stands
    return _back_to_status(case_id)


def _back_to_status(case_id: str) -> Response:
    return redirect(url_for("portal.status_page", case_id=case_id, lang=_lang_in_links()), 303)


# The tracking tokens of the cases this browser opened, by case id: in the signed session cookie, so that no
# page the portal leads to carries one in its address
KEPT_TOKENS, MOST_KEPT = "tracking_tokens", 20


def _keep_token(case_id: str, token: str) -> None:
    kept = {k: v for k, v in session.get(KEPT_TOKENS, {}).items() if k != case_id}
    session[KEPT_TOKENS] = dict(list(kept.items())[-(MOST_KEPT - 1) :]) | {case_id: token}


def _token(case_id: str) -> str | None:
    """The token given with this request (the tracking link), else the one kept for the case."""
    return request.args.get("token") or session.get(KEPT_TOKENS, {}).get(case_id)


def _case_view(case_id: str) -> dict[str, Any]:
    token = _token(case_id)
    with DATABASE.engine.connect() as conn:
        view = projection.citizen_view(conn, case_id) if tokens.opens(conn, token, case_id) else None
    if view is None:
        abort(_page("unknown_case.html", 404))
    return view


# Booking a visit adds its pages to this blueprint
from services.intake import appointment_pages  # noqa: E402, F401
