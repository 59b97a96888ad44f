"""The auditors' pages: sign in with an auditor's token, a case's timeline from the log in causal order, the
verification of a period, and its report to download. Read-only like the rest of the audit view."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import Response, g, make_response, redirect, render_template, request, url_for
from marshmallow import ValidationError

from services.audit import access, log, report, timeline
from services.audit import disclosure as disclosures
from services.audit.store import DATABASE
from services.audit.stores import Period, read_only_stores
from services.audit.verify import verify
from services.routing import permissions, sessions
from services.routing.tables import cases
from shared.kernel.causal import causal_order
from shared.web.http import field_errors
from shared.web.limits import limit_sign_ins
from shared.web.pages import form_error, pages_blueprint

PERIOD_FIELDS = {"from": "Von", "to": "Bis", "format": "Format"}


audit_pages = pages_blueprint("audit_pages", __name__, "/pruefung")
# Auditors are routing's staff, read read-only; their sessions are kept in the audit's own database
AUDIT_SESSIONS = sessions.Place(staff=lambda: read_only_stores()["routing"], kept=lambda: DATABASE.engine)
auditor = sessions.required(AUDIT_SESSIONS, permissions.AUDIT, "audit_pages.sign_in")
# A lead answering a request for access (Art. 15) signs in here too, for that page alone
discloser = sessions.required(AUDIT_SESSIONS, permissions.DISCLOSE, "audit_pages.sign_in")


@audit_pages.route("/anmelden", methods=["GET", "POST"])
@limit_sign_ins
def sign_in() -> Response | str:
    return sessions.sign_in_page(
        AUDIT_SESSIONS,
        permissions.DISCLOSE,
        "audit/sign_in.html",
        "/pruefung/",
        lambda _holder: (
            "Dieser Schlüssel gehört keiner Prüferin und keinem Prüfer (und keiner Amtsleitung), "
            "oder er ist gesperrt."
        ),
    )


@audit_pages.post("/abmelden")
def sign_out() -> Response:
    return sessions.sign_out_page(AUDIT_SESSIONS, "audit_pages.sign_in")


@audit_pages.get("/")
@auditor
def start() -> Response:
    return _start_page([])


@audit_pages.get("/vorgang")
@auditor
def find_case() -> Response | str:
    case_id = request.args.get("case_id", "").strip()
    if not case_id:
        return _start_page([form_error("Bitte angeben.", "case_id", "Vorgangsnummer")], 422)
    return redirect(url_for("audit_pages.case_timeline", case_id=case_id))


@audit_pages.get("/vorgang/<case_id>")
@auditor
def case_timeline(case_id: str) -> Response | str:
    events = causal_order(m.event for m in log.case_messages(case_id) if m.event)
    if not events:
        message = f"Zur Vorgangsnummer {case_id} steht nichts im Protokoll."
        return _start_page([form_error(message, "case_id", "Vorgangsnummer")], 404)
    access.record_read(g.worker.id, "case", case_id=case_id)
    rows = [(event, timeline.summary(event)) for event in timeline.readable(events)]
    return render_template("audit/case.html", case_id=case_id, rows=rows)


@audit_pages.get("/verifikation")
@auditor
def verification() -> Response | str:
    period, errors = _period()
    if errors:
        return _start_page(errors, 422)
    result = verify(
        log.read_all(check_payloads=False), read_only_stores(), start=period["start"], end=period["end"]
    )
    return render_template("audit/verification.html", result=result, period=period)


@audit_pages.get("/bericht")
@auditor
def period_report() -> Response:
    period, errors = _period()
    if errors:
        return _start_page(errors, 422)
    access.record_read(g.worker.id, "report", period=period)
    made = report.for_period(log.all_messages(), read_only_stores(), period["start"], period["end"])
    name = f"pruefbericht-{period['start'] or 'beginn'}-{period['end'] or 'heute'}.html"
    response = Response(report.as_html(made), mimetype="text/html")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@audit_pages.get("/auskunft/vorgang/<case_id>")
@discloser
def disclosure(case_id: str) -> Response:
    """Everything held about the applicant of this case, across all their cases; a lead may ask only for a
    case of their own office (the request came to that office)."""
    if not permissions.may(g.worker.role, permissions.ALL_OFFICES):
        with read_only_stores()["routing"].connect() as conn:
            office = conn.execute(sa.select(cases.c.office_id).where(cases.c.case_id == case_id)).scalar()
        if office != g.worker.office_id:
            return make_response(render_template("audit/not_yours.html", case_id=case_id), 403)
    email = disclosures.applicant_email(case_id)
    found = disclosures.cases_of(email) if email else [case_id]  # erased: the case alone, as it stands
    made = disclosures.disclose(found, read_only_stores(), g.worker.id, subject=email)
    if request.args.get("format") == "json":
        response = Response(disclosures.as_json(made), mimetype="application/json")
        response.headers["Content-Disposition"] = f'attachment; filename="auskunft-{case_id[:8]}.json"'
        return response
    json_link = url_for("audit_pages.disclosure", case_id=case_id, format="json")
    return Response(disclosures.as_html(made, json_link), mimetype="text/html")


def _start_page(errors: list[dict[str, Any]], status: int = 200) -> Response:
    return make_response(render_template("audit/start.html", errors=errors), status)


def _period() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    try:
        return Period().load({k: v for k, v in request.args.items() if v}), []
    except ValidationError as error:
        found = field_errors(error.messages)
        return {}, [
            form_error(e["message"], e["field"], PERIOD_FIELDS.get(e["field"], e["field"])) for e in found
        ]
