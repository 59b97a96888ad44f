"""Intake's HTTP process: accepts applications and shows a case's status to whoever holds its token."""

from __future__ import annotations

import hashlib
from typing import Any

import sqlalchemy as sa
from flask import Flask, Response, jsonify, request, url_for
from marshmallow import ValidationError

import shared.schemas  # noqa: F401 - registers the event schemas
from services.intake import catalogue
from services.intake.projection import status_row
from services.intake.requests import ApplicationRequest
from services.intake.store import DATABASE, STORE
from services.intake.tables import applications, case_status
from shared.envelope import NewEvent, canonical_json, new_id, utc_now
from shared.http import create_service_app, problem
from shared.secrets import derived_token, token_matches

TOKEN_PURPOSE = "tracking"
_REQUEST = ApplicationRequest()


def create_app() -> Flask:
    app = create_service_app("intake")
    db = DATABASE.engine

    @app.post("/api/v1/applications")
    def submit_application() -> Response:
        if not request.is_json:
            return problem(415, "Unsupported Media Type", "Bitte senden Sie den Antrag als application/json.")
        key = request.headers.get("Idempotency-Key", "").strip()
        if not 1 <= len(key) <= 200:
            return problem(
                400,
                "Idempotency-Key fehlt",
                "Jeder Antrag braucht einen Header Idempotency-Key (1 bis 200 Zeichen), damit eine "
                "Wiederholung keinen zweiten Vorgang anlegt.",
            )
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return problem(400, "Ungültiges JSON", "Der Antrag ist kein gültiges JSON-Objekt.")
        try:
            application = _REQUEST.load(body)
        except ValidationError as error:
            return problem(
                422,
                "Antrag unvollständig oder fehlerhaft",
                "Bitte prüfen Sie die markierten Felder.",
                errors=error.messages,
            )
        service = catalogue.find(application["service_id"])
        if service is None:
            return problem(
                422,
                "Unbekannte Leistung",
                f"Die Leistung '{application['service_id']}' wird online nicht angeboten.",
                errors={"service_id": ["Unbekannte Leistung."]},
            )
        if service.get("in_person_only"):
            return problem(
                422,
                "Nur persönlich beantragbar",
                service["in_person_reason_de"],
                detail_en=service["in_person_reason_en"],
                office=service["office"],
            )
        request_sha256 = hashlib.sha256(canonical_json(application)).hexdigest()
        application["service_name"] = service["name_de"]
        case_id = _submit(db, key, request_sha256, application)
        if case_id is None:
            return problem(
                409,
                "Idempotency-Key schon verwendet",
                "Dieser Idempotency-Key gehört zu einem anderen Antrag. Verwenden Sie für einen neuen "
                "Antrag einen neuen Schlüssel.",
            )
        token = derived_token(TOKEN_PURPOSE, case_id)
        status_url = url_for("application_status", case_id=case_id, _external=True)
        response = jsonify(case_id=case_id, tracking_token=token, status_url=status_url)
        response.status_code = 202
        response.headers["Location"] = status_url
        return response

    @app.get("/api/v1/applications/<case_id>")
    def application_status(case_id: str) -> Response:
        token = request.headers.get("X-Tracking-Token") or request.args.get("token")
        not_found = problem(404, "Nicht gefunden", "Kein Antrag zu dieser Nummer und diesem Zugangscode.")
        if not token_matches(token, TOKEN_PURPOSE, case_id):
            return not_found
        with db.connect() as conn:
            row = status_row(conn, case_id)
        if row is None:
            return not_found
        return jsonify(_status_view(row))

    return app


def _submit(engine: sa.Engine, key: str, request_sha256: str, application: dict) -> str | None:
    """The case for this key: a new one committed with its event, the same one again for a repeated
    request, or None when the key came with a different application."""
    for _ in range(3):
        try:
            with engine.begin() as conn:
                existing = conn.execute(
                    sa.select(applications).where(applications.c.idempotency_key == key)
                ).first()
                if existing is not None:
                    return existing.case_id if existing.request_sha256 == request_sha256 else None
                case_id = new_id()
                _accept(conn, case_id, key, request_sha256, application)
                return case_id
        except sa.exc.IntegrityError:
            continue  # a concurrent request with the same key won; read its case
    raise RuntimeError("idempotency key kept conflicting")


def _accept(conn: sa.Connection, case_id: str, key: str, request_sha256: str, application: dict) -> None:
    now = utc_now()
    conn.execute(
        applications.insert().values(
            case_id=case_id,
            idempotency_key=key,
            request_sha256=request_sha256,
            service_id=application["service_id"],
            submitted_at=now,
        )
    )
    STORE.append(conn, case_id, 0, [NewEvent("ApplicationSubmitted", application)])
    conn.execute(
        case_status.insert().values(
            case_id=case_id, service_id=application["service_id"], submitted_at=now, updated_at=now
        )
    )


def _status_view(row: dict[str, Any]) -> dict[str, Any]:
    fee = None
    if row["fee_total_cents"] is not None:
        fee = {
            "total_cents": row["fee_total_cents"],
            "currency": "EUR",
            "schedule_version": row["fee_schedule_version"],
        }
    office = {"id": row["office_id"], "name": row["office_name"]} if row["office_id"] else None
    return {
        "case_id": row["case_id"],
        "service_id": row["service_id"],
        "status": "routed" if office else "submitted",
        "submitted_at": row["submitted_at"].isoformat() if row["submitted_at"] else None,
        "fee": fee,
        "office": office,
        "receipt_sent_at": row["receipt_sent_at"].isoformat() if row["receipt_sent_at"] else None,
    }
