"""The baselines for intake's throughput, served by the very gunicorn command line that serves intake: a plain
Flask endpoint that reads the same JSON body and answers 202, and (given a database URL) one that also writes
the body into PostgreSQL, one insert and one commit per request."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from flask import Flask, Response, jsonify, request

METADATA = sa.MetaData()
APPLICATIONS = sa.Table(
    "plain_applications",
    METADATA,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("body", sa.JSON, nullable=False),
)


def create_app(database_url: str | None = None) -> Flask:
    app = Flask("plain")
    engine = None
    if database_url:
        engine = sa.create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))

    @app.post("/api/v1/applications")
    def accept() -> tuple[Response, int]:
        body = request.get_json()
        case_id = str(uuid.uuid4())
        if engine is not None:
            with engine.begin() as conn:
                conn.execute(APPLICATIONS.insert().values(case_id=case_id, body=body))
        return jsonify(case_id=case_id, service_id=body["service_id"]), 202

    @app.get("/healthz")
    def healthz() -> Response:
        return jsonify(status="ok")

    return app
