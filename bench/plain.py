"""The baseline for intake's throughput: a plain Flask endpoint that reads the same JSON body and answers 202,
served by the same gunicorn configuration, with no validation, database or event."""

from flask import Flask, Response, jsonify, request


def create_app() -> Flask:
    app = Flask("plain")

    @app.post("/api/v1/applications")
    def accept() -> tuple[Response, int]:
        body = request.get_json()
        return jsonify(case_id="0", service_id=body["service_id"]), 202

    @app.get("/healthz")
    def healthz() -> Response:
        return jsonify(status="ok")

    return app
