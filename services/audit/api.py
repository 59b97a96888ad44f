"""The auditors' read-only HTTP API: a case's timeline from the log, the verification of a period, and its
report. An auditor's token (`rathaus staff add <id> --role auditor`) reads and replays; every database is
opened read-only, so nothing here can change a case."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Blueprint, Response, g, jsonify, request
from marshmallow import ValidationError

from services.audit import access, log, report, timeline
from services.audit.stores import Period, read_only_stores
from services.audit.verify import verify
from services.routing import permissions, staff
from shared.kernel.causal import causal_order
from shared.web.http import bearer_token, problem, validation_problem

api = Blueprint("api", __name__)


def auditor_only(view: Callable[..., Response]) -> Callable[..., Response]:
    @wraps(view)
    def guarded(*args: Any, **kwargs: Any) -> Response:
        with read_only_stores()["routing"].connect() as conn:
            holder = staff.authenticate(conn, bearer_token())
        if holder is None or not permissions.may(holder.role, permissions.AUDIT):
            response = problem(
                401, "Nicht angemeldet", "Bitte mit dem Token einer Prüferin oder eines Prüfers anmelden."
            )
            response.headers["WWW-Authenticate"] = 'Bearer realm="audit"'
            return response
        g.worker = holder
        return view(*args, **kwargs)

    return guarded


@api.get("/api/v1/audit/cases/<case_id>")
@auditor_only
def case_timeline(case_id: str) -> Response:
    events = causal_order(m.event for m in log.case_messages(case_id) if m.event)
    if not events:
        return problem(404, "Nicht gefunden", "Zu dieser Vorgangsnummer steht nichts im Protokoll.")
    access.record_read(g.worker.id, "case", case_id=case_id)
    return jsonify(
        case_id=case_id,
        events=[
            {**event.to_dict(), "summary": timeline.summary(event)} for event in timeline.readable(events)
        ],
    )


@api.get("/api/v1/audit/verification")
@auditor_only
def verification() -> Response:
    period, refusal = _period()
    if refusal:
        return refusal
    stores = read_only_stores()
    return jsonify(
        verify(log.read_all(check_payloads=False), stores, start=period["start"], end=period["end"]).as_dict()
    )


@api.get("/api/v1/audit/report")
@auditor_only
def period_report() -> Response:
    period, refusal = _period()
    if refusal:
        return refusal
    access.record_read(g.worker.id, "report", period=period)
    made = report.for_period(log.all_messages(), read_only_stores(), period["start"], period["end"])
    if period["format"] == "html":
        return Response(report.as_html(made), mimetype="text/html")
    return jsonify(made)


def _period() -> tuple[dict[str, Any], Response | None]:
    try:
        return Period().load(request.args.to_dict()), None
    except ValidationError as error:
        return {}, validation_problem(error.messages)
