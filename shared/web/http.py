"""What every HTTP process has: /healthz, RFC 9457 problem+json errors, security headers on every answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa
from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix

from shared.kernel import config
from shared.kernel.logs import configure_logging

PROBLEM_JSON = "application/problem+json"
V = TypeVar("V", bound=Callable[..., Any])

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    # Status links carry the citizen's tracking token: never hand it on to another site.
    "Referrer-Policy": "no-referrer",
    # Pages and answers show personal data: no shared or back-button caches.
    "Cache-Control": "no-store",
}
# A page: no scripts at all, styles from our own sheet; no framing; forms post only to us.
PAGE_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# Anything else (JSON, problem+json, text) is data: nothing in it may load or run, nor be framed.
DATA_POLICY = "default-src 'none'; frame-ancestors 'none'"


def problem(status: int, title: str, detail: str, **extra: Any) -> Response:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    response = jsonify(body)
    response.status_code = status
    response.mimetype = PROBLEM_JSON
    return response


def takes_files(limit: int) -> Callable[[V], V]:
    """Marks a view whose request may carry files (multipart/form-data), up to `limit` bytes in all; every
    other request keeps the app's 64 KiB. Read before anything reads the body (the pages' CSRF check
    included)."""

    def mark(view: V) -> V:
        view.upload_limit = limit  # type: ignore[attr-defined]
        return view

    return mark


def create_service_app(service: str) -> Flask:
    configure_logging(service)  # refused sign-ins and keys are logged (never the secret), as workers log
    app = Flask(service)
    proxies = config.trusted_proxies()
    if proxies:  # behind the town's proxy: the address it forwards is the client's (rate limits, logs)
        forwarded = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)
        app.wsgi_app = forwarded  # type: ignore[method-assign]
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024

    @app.before_request
    def room_for_files() -> None:
        limit = getattr(app.view_functions.get(request.endpoint or ""), "upload_limit", None)
        # Only a body that can carry files: JSON stays within 64 KiB on these routes too
        if limit and request.mimetype == "multipart/form-data":
            request.max_content_length = limit

    @app.get("/healthz")
    def healthz() -> Response:
        return jsonify(status="ok", service=service)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        response = problem(error.code or 500, error.name, error.description or error.name)
        # What the error says beyond its body: Allow on a 405, Retry-After, WWW-Authenticate
        for name, value in error.get_headers():
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    @app.after_request
    def security_headers(response: Response) -> Response:
        policy = PAGE_POLICY if response.mimetype == "text/html" else DATA_POLICY
        response.headers.setdefault("Content-Security-Policy", policy)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if config.https_only():
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        return response

    @app.errorhandler(sa.exc.OperationalError)
    @app.errorhandler(sa.exc.InterfaceError)
    def database_away(_error: Exception) -> Response:
        # The database restarts or is out of reach: nothing was accepted; the client may simply try again.
        response = problem(
            503,
            "Vorübergehend nicht verfügbar",
            "Der Dienst ist gerade nicht erreichbar; nichts wurde gespeichert. Bitte gleich noch einmal.",
        )
        response.headers["Retry-After"] = "2"
        return response

    return app


def field_errors(messages: Any, path: str = "") -> list[dict[str, str]]:
    """marshmallow's nested messages as a flat list of {field, message}, with dotted field paths."""
    if isinstance(messages, dict):
        found = []
        for key, value in messages.items():
            found += field_errors(value, f"{path}.{key}" if path else str(key))
        return found
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return [{"field": path, "message": message} for message in messages]
    if isinstance(messages, list):
        return [e for index, item in enumerate(messages) for e in field_errors(item, f"{path}.{index}")]
    return [{"field": path, "message": str(messages)}]


def validation_problem(messages: Any) -> Response:
    return problem(
        422,
        "Angaben unvollständig oder fehlerhaft",
        "Bitte prüfen Sie die genannten Felder.",
        errors=field_errors(messages),
    )


def bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    return header[7:].strip() if header.lower().startswith("bearer ") else None


def json_body(optional: bool = False) -> tuple[Any, Response | None]:
    """The request's JSON object, or the problem to answer instead."""
    if optional and not request.content_length:
        return None, None
    if not request.is_json:
        return None, problem(415, "Falsches Format", "Bitte die Angaben als application/json senden.")
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return None, problem(400, "Ungültiges JSON", "Der Inhalt ist kein gültiges JSON-Objekt.")
    if not storable(body):
        return None, problem(400, "Ungültiger Text", UNSTORABLE)
    return body, None


UNSTORABLE = (
    "Ein Text enthält ein Zeichen, das kein Schriftzeichen ist (das Nullzeichen U+0000 oder eine halbe "
    "UTF-16-Folge). Bitte ohne dieses Zeichen senden."
)


def storable(value: Any) -> bool:
    """Whether every text in it (keys too) can be kept as text: JSON may carry U+0000 and lone surrogates,
    which no database text column and no UTF-8 file takes."""
    if isinstance(value, str):
        return "\x00" not in value and not _has_lone_surrogate(value)
    if isinstance(value, dict):
        return all(storable(key) and storable(item) for key, item in value.items())
    if isinstance(value, list):
        return all(storable(item) for item in value)
    return True


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
