"""The auditors' read-only HTTP view: a case's timeline from the log, the verification of a period, and its
report. An auditor's token (`rathaus staff add <id> --role auditor`) reads and replays; every database is
opened read-only, so nothing here can change a case."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Flask, Response, jsonify, request
from marshmallow import Schema, ValidationError, fields, validate

import shared.contracts  # noqa: F401 - registers the event schemas
from infra.audit import log, report, timeline
from infra.audit.pages import audit_pages
from infra.audit.verify import verify
from services.routing import staff
from shared.kernel.config import SERVICES, database_url
from shared.kernel.db import make_engine
from shared.kernel.events import upcast
from shared.web.http import bearer_token, create_service_app, problem, validation_problem
from shared.web.pages import enable_pages


class Period(Schema):
    start = fields.Date(load_default=None, data_key="from")
    end = fields.Date(load_default=None, data_key="to")
    format = fields.String(load_default="json", validate=validate.OneOf(["json", "html"]))


def create_app() -> Flask:
    app = create_service_app("audit")
    stores = {service: make_engine(database_url(service), read_only=True) for service in SERVICES}
    enable_pages(app, "audit")
    app.register_blueprint(audit_pages(stores, Period()))

    def auditor_only(view: Callable[..., Response]) -> Callable[..., Response]:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Response:
            with stores["routing"].connect() as conn:
                holder = staff.authenticate(conn, bearer_token())
            if holder is None or holder.role != "auditor":
                response = problem(
                    401, "Nicht angemeldet", "Bitte mit dem Token einer Prüferin oder eines Prüfers anmelden."
                )
                response.headers["WWW-Authenticate"] = 'Bearer realm="audit"'
                return response
            return view(*args, **kwargs)

        return guarded

    @app.get("/api/v1/audit/cases/<case_id>")
    @auditor_only
    def case_timeline(case_id: str) -> Response:
        events = timeline.causal_order(m.event for m in log.case_messages(case_id) if m.event)
        if not events:
            return problem(404, "Nicht gefunden", "Zu dieser Vorgangsnummer steht nichts im Protokoll.")
        return jsonify(
            case_id=case_id,
            events=[{**event.to_dict(), "summary": timeline.summary(upcast(event))} for event in events],
        )

    @app.get("/api/v1/audit/verification")
    @auditor_only
    def verification() -> Response:
        period, refusal = _period()
        if refusal:
            return refusal
        return jsonify(verify(log.all_messages(), stores, start=period["start"], end=period["end"]).as_dict())

    @app.get("/api/v1/audit/report")
    @auditor_only
    def period_report() -> Response:
        period, refusal = _period()
        if refusal:
            return refusal
        made = report.for_period(log.all_messages(), stores, period["start"], period["end"])
        if period["format"] == "html":
            return Response(report.as_html(made), mimetype="text/html")
        return jsonify(made)

    return app


def _period() -> tuple[dict[str, Any], Response | None]:
    try:
        return Period().load(request.args.to_dict()), None
    except ValidationError as error:
        return {}, validation_problem(error.messages)
