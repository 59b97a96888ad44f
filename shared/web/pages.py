"""What the web pages of every service share: one look (a style sheet and a base template), signed session
cookies that expire, and a CSRF token on every form (Flask-WTF). Security headers: shared/web/http.py.

The JSON APIs authenticate with bearer tokens and are not touched: CSRF is checked only on the blueprints
made here."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask import Blueprint, Flask, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import BadRequest, InternalServerError, TooManyRequests

from shared.kernel import config
from shared.kernel.envelope import TOWN_TIME
from shared.kernel.money import euros
from shared.web.http import UNSTORABLE, storable

csrf = CSRFProtect()
site = Blueprint(
    "site", __name__, template_folder="templates", static_folder="static", static_url_path="/static/site"
)


def local_time(moment: str | datetime) -> str:
    """An ISO time or datetime as the town's wall clock shows it, e.g. 26.11.2026 07:01."""
    parsed = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return parsed.astimezone(TOWN_TIME).strftime("%d.%m.%Y %H:%M")


def form_error(message: str, field_id: str | None = None, label: str = "") -> dict[str, Any]:
    """One line of a page's error summary; with a field's id it links to the field and stands beside it."""
    return {"field_id": field_id, "label": label, "message": message}


def by_field(errors: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The messages of an error summary that belong to a field, by the field's id (also a template filter)."""
    messages: dict[str, list[str]] = {}
    for error in errors:
        if error["field_id"]:
            messages.setdefault(error["field_id"], []).append(error["message"])
    return messages


def enable_pages(app: Flask, service: str) -> None:
    app.config.update(
        SECRET_KEY=config.session_secret(service),
        SESSION_COOKIE_NAME=f"{service}_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=config.https_only(),
        # Flask refuses a cookie older than this on every request: an idle session ends on the server too.
        PERMANENT_SESSION_LIFETIME=config.session_lifetime(),
        WTF_CSRF_CHECK_DEFAULT=False,
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
    )
    csrf.init_app(app)
    app.jinja_env.filters["local_time"] = local_time
    app.jinja_env.filters["by_field"] = by_field
    app.jinja_env.filters["euros"] = euros
    app.register_blueprint(site)


def pages_blueprint(name: str, import_name: str, url_prefix: str) -> Blueprint:
    """A blueprint of pages whose every POST needs the session's CSRF token."""
    pages = Blueprint(name, import_name, template_folder="templates", url_prefix=url_prefix)

    @pages.before_request
    def check_csrf() -> None:
        csrf.protect()  # does nothing for GET and HEAD
        if not storable(dict(request.form)):
            raise BadRequest(UNSTORABLE)

    @pages.errorhandler(CSRFError)
    def expired_form(_error: CSRFError) -> tuple[str, int]:
        return render_template("site/expired.html"), 400

    # A page answers with a page, where the JSON APIs answer with problem+json (shared/http.py).
    @pages.errorhandler(sa.exc.OperationalError)
    @pages.errorhandler(sa.exc.InterfaceError)
    def database_away(_error: Exception) -> tuple[str, int, dict[str, str]]:
        return render_template("site/error.html", unavailable=True), 503, {"Retry-After": "2"}

    @pages.errorhandler(TooManyRequests)
    def too_many(_error: TooManyRequests) -> tuple[str, int]:
        return render_template("site/error.html", too_many=True), 429  # Retry-After: shared/web/limits.py

    @pages.errorhandler(InternalServerError)
    def failed(_error: Exception) -> tuple[str, int]:
        return render_template("site/error.html", unavailable=False), 500

    return pages
