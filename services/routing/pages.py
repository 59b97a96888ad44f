"""The office desk in the browser: sign in with the caseworker's token, the office's case list with filters,
overdue marking and paging, and a case page with the application, the fee, the timeline and the actions the
state machine allows. The pages call the same desk functions as the desk API, so both refuse the same things.
Sessions: services/routing/sessions.py."""

from __future__ import annotations

import re
from typing import Any

from flask import Response, flash, g, make_response, redirect, render_template, request, url_for
from marshmallow import ValidationError

from services import registry
from services.routing import desk, permissions, sessions, staff
from services.routing.domain.lifecycle import STATES, ForbiddenTransition
from services.routing.domain.rules import directory
from services.routing.requests import CaseQuery
from services.routing.store import DATABASE
from shared.contracts import RoutingEvent
from shared.web.http import field_errors
from shared.web.labels import document_label, in_form_order, label_of, option_label, part_label
from shared.web.limits import limit_sign_ins
from shared.web.pages import by_field, form_error, pages_blueprint

desk_pages = pages_blueprint("desk_pages", __name__, "/desk")

ACTION_TEXT = {
    "claim": ("Übernehmen", "Vorgang übernommen."),
    "request-information": ("Rückfrage an den Antragsteller", "Rückfrage gesendet."),
    "receive-information": ("Antwort ist eingegangen", "Eingang der Antwort vermerkt."),
    "approve": ("Bewilligen", "Vorgang bewilligt."),
    "reject": ("Ablehnen", "Vorgang abgelehnt."),
    "complete": ("Abschließen", "Vorgang abgeschlossen."),
    desk.FEE_REDUCTION: ("Gebühr erlassen oder ermäßigen", "Ermäßigung gebucht."),
    desk.WAIVER_DECISION: ("Erlass bestätigen oder ablehnen", "Erlass bestätigt und gebucht."),
}
# What the flash says where one action can end in different events
DONE_TEXT = {
    RoutingEvent.FEE_WAIVER_PROPOSED: "Erlass beantragt; eine zweite Person des Amtes bestätigt ihn.",
    RoutingEvent.FEE_WAIVER_DECLINED: "Erlass nicht bestätigt; die Gebühr bleibt.",
}
FIELD_TEXT = {
    "message": "Ihre Frage an den Antragsteller",
    "reason": "Begründung",
    "note": "Vermerk (freiwillig)",
    "kind": "Art",
    "amount_cents": "Betrag in Euro",
    "decision": "Entscheidung",
}


DESK_SESSIONS = sessions.Place(staff=lambda: DATABASE.engine, kept=lambda: DATABASE.engine)
signed_in = sessions.required(DESK_SESSIONS, permissions.WORK_CASES, "desk_pages.sign_in")


@desk_pages.route("/anmelden", methods=["GET", "POST"])
@limit_sign_ins
def sign_in() -> Response | str:
    return sessions.sign_in_page(
        DESK_SESSIONS, permissions.WORK_CASES, "desk/sign_in.html", "/desk/", _refusal
    )


def _refusal(holder: staff.Caseworker | None) -> str:
    if holder is not None:  # an auditor's token
        return "Prüferinnen und Prüfer melden sich in der Prüfansicht an."
    return "Dieser Zugangsschlüssel ist nicht gültig oder gesperrt."


@desk_pages.post("/abmelden")
def sign_out() -> Response:
    return sessions.sign_out_page(DESK_SESSIONS, "desk_pages.sign_in")


@desk_pages.get("/")
@signed_in
def case_list() -> Response | str:
    filters = {key: value for key, value in request.args.items() if value}
    try:
        query = CaseQuery().load(filters)
    except ValidationError as error:
        query, errors = CaseQuery().load({}), _summary(field_errors(error.messages))
    else:
        errors = []
    with DATABASE.engine.connect() as conn:
        found = desk.listing(conn, g.worker, query)
        by_state = desk.open_by_state(conn, g.worker.office_id)
    chart = [{"label": desk.STATE_TEXT[state], "value": n, "text": str(n)} for state, n in by_state.items()]
    return _list_page(found, query, errors, filters, open_chart=chart)


def _list_page(
    found: list[dict[str, Any]],
    query: dict[str, Any],
    errors: list[dict[str, Any]],
    filters: dict[str, str] | None = None,
    searched: str | None = None,
    open_chart: list[dict[str, Any]] | None = None,
) -> Response:
    filters = filters or {}
    next_page = None
    if len(found) == query["limit"] and not searched:
        after = f"{found[-1]['due_on']}|{found[-1]['case_id']}"
        next_page = url_for("desk_pages.case_list", **{**filters, "after": after})
    page = render_template(
        "desk/cases.html",
        worker=g.worker,
        office=directory()["offices"][g.worker.office_id]["name"],
        cases=found,
        open_chart=open_chart or [],
        query=query,
        errors=errors,
        searched=searched,
        states=STATES,
        state_text=desk.STATE_TEXT,
        services=sorted({r["service_id"] for r in directory()["rules"] if r["office"] == g.worker.office_id}),
        next_page=next_page,
        first_page=url_for("desk_pages.case_list", **{k: v for k, v in filters.items() if k != "after"})
        if query["after"]
        else None,
    )
    return make_response(page, 422 if errors else 200)


@desk_pages.get("/suche")
@signed_in
def find_case() -> Response | str:
    """A case by its number or the number's first characters: straight to it when one case matches."""
    start = request.args.get("vorgang", "").strip().lower()
    unfiltered = CaseQuery().load({})
    if not re.fullmatch(r"[0-9a-f-]{4,36}", start):
        message = "Bitte die Vorgangsnummer oder ihren Anfang angeben (ab 4 Zeichen, 0–9 und a–f)."
        return _list_page([], unfiltered, [form_error(message, "vorgang", "Vorgangsnummer")])
    with DATABASE.engine.connect() as conn:
        found = desk.by_number(conn, g.worker, start)
    if len(found) == 1:
        return redirect(url_for("desk_pages.case_page", case_id=found[0]["case_id"]))
    if not found:
        message = "Kein Vorgang Ihres Amtes beginnt mit dieser Nummer."
        return _list_page([], unfiltered, [form_error(message, "vorgang", "Vorgangsnummer")])
    return _list_page(found, unfiltered, [], searched=start)


@desk_pages.get("/vorgang/<case_id>")
@signed_in
def case_page(case_id: str) -> Response | str:
    return _case_page(case_id)


@desk_pages.get("/vorgang/<case_id>/dokument/<document_id>")
@signed_in
def open_document(case_id: str, document_id: str) -> Response:
    """The read is logged here; intake, which keeps the file, serves it on this desk's signed grant."""
    with DATABASE.engine.begin() as conn:
        link = desk.document_link(conn, g.worker, case_id, document_id, request.remote_addr)
    if link is None:
        return make_response(render_template("desk/not_found.html", worker=g.worker), 404)
    return redirect(link, 303)


@desk_pages.post("/vorgang/<case_id>/<action>")
@signed_in
def act(case_id: str, action: str) -> Response | str:
    schema = desk.body_schema(action)
    if schema is None:
        return _case_page(case_id, [form_error("Diese Aktion gibt es nicht.")])
    body = {
        key: value.strip() for key, value in request.form.items() if key in schema.fields and value.strip()
    }
    try:
        if action == desk.FEE_REDUCTION and "amount_cents" in body:
            body["amount_cents"] = _cents(body["amount_cents"])
        loaded = schema.load(body)
        with DATABASE.engine.begin() as conn:
            done = desk.perform(conn, g.worker, case_id, action, loaded)
    except ValidationError as error:
        return _case_page(case_id, _summary(field_errors(error.messages), action), action, 422)
    except desk.CaseNotFound:
        return _case_page(case_id)
    except ForbiddenTransition as forbidden:
        message = f"Im Stand „{desk.STATE_TEXT[forbidden.state]}“ ist das nicht möglich."
        return _case_page(case_id, [form_error(message)], action, 409)
    except desk.Refused as refused:
        message = f"{refused.title}: {refused.detail}"
        return _case_page(case_id, [form_error(message)], action, refused.status)
    flash(DONE_TEXT.get(done.event_type, ACTION_TEXT[action][1]))
    return redirect(url_for("desk_pages.case_page", case_id=case_id), 303)


def _cents(euros: str) -> int:
    """'12,50' or '12.50' or '12' in euros, as cents; what is not an amount raises a ValidationError."""
    text = euros.replace(" ", "").replace("€", "").replace(".", ",")
    whole, _, fraction = text.partition(",")
    if not whole.isdigit() or not (fraction == "" or (fraction.isdigit() and len(fraction) <= 2)):
        raise ValidationError({"amount_cents": ["Bitte einen Betrag wie 12,50 angeben."]})
    return int(whole) * 100 + int(fraction.ljust(2, "0"))


def _case_page(
    case_id: str,
    errors: list[dict[str, Any]] | None = None,
    failed_action: str | None = None,
    status: int = 200,
) -> Response:
    with DATABASE.engine.begin() as conn:
        case = desk.office_case(conn, g.worker, case_id)
        if case is None:
            return make_response(render_template("desk/not_found.html", worker=g.worker), 404)
        shown = desk.detail(conn, g.worker, case, request.remote_addr)
    application = shown["application"] or {}
    page = render_template(
        "desk/case.html",
        worker=g.worker,
        case=shown,
        erased=bool(application) and application.get("applicant") is None,
        # A lead answers a person's request for access in the audit view, which reads every service
        disclosure_url=f"{registry.url('audit')}/pruefung/auskunft/vorgang/{case_id}"
        if permissions.may(g.worker.role, permissions.DISCLOSE)
        else None,
        state_text=desk.STATE_TEXT,
        document_label=document_label,
        parts=[
            (part_label(part), _facts(application.get("service_id", ""), part, application.get(part) or {}))
            for part in ("applicant", "form")
        ],
        actions=[(action, ACTION_TEXT[action][0]) for action in shown["actions"]],
        fee_reducible=bool(
            case.open and shown["fee"] and shown["fee"]["open_cents"] and not shown["pending_waiver"]
        ),
        errors=errors or [],
        field_messages=by_field(errors or []),
        failed_action=failed_action,
        posted=request.form if failed_action else {},
        field_text=FIELD_TEXT,
    )
    return make_response(page, status)


def _facts(service_id: str, path: str, values: dict[str, Any]) -> list[tuple[str, Any]]:
    """The application's fields as (label, value) rows; a nested group becomes its own list of rows."""
    rows: list[tuple[str, Any]] = []
    for key in in_form_order(list(values), path):
        value = values[key]
        try:
            label, _hint = label_of(service_id, f"{path}.{key}")
        except KeyError:
            label = key
        if isinstance(value, dict):
            rows.append((label, _facts(service_id, f"{path}.{key}", value)))
        elif isinstance(value, bool):
            rows.append((label, "ja" if value else "nein"))
        else:
            rows.append((label, option_label(str(value)) if isinstance(value, str) else value))
    return rows


def _summary(errors: list[dict[str, str]], action: str | None = None) -> list[dict[str, Any]]:
    prefix = f"{action}-" if action else ""
    return [
        form_error(
            e["message"],
            f"{prefix}{e['field']}" if e["field"] in FIELD_TEXT else None,
            FIELD_TEXT.get(e["field"], e["field"]),
        )
        for e in errors
    ]


# The day of visits adds its pages to this blueprint
from services.routing import appointment_pages  # noqa: E402, F401
