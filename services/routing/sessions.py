"""Page sessions of staff (the desk and the audit view). The signed cookie holds only a session id; the
session itself is a row on the server, so signing out ends it there and a copied cookie is then worth nothing.
Every request checks the staff member's token is still active, so revoking it ends the session too. A session
ends after `SESSION_MINUTES` without a request (Flask refuses the older cookie), and after 10 hours at the
most."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps
from typing import Any

import sqlalchemy as sa
from flask import Response, flash, g, make_response, redirect, render_template, request, session, url_for
from sqlalchemy.engine import Engine

from services.routing import permissions, staff
from services.routing.staff import Caseworker
from services.routing.tables import page_sessions
from shared.kernel.envelope import utc_now
from shared.web.credentials import digest
from shared.web.pages import form_error

LONGEST_SESSION = timedelta(hours=10)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Place:
    """Where a view's staff are read (`staff`) and its page sessions kept (`kept`): both routing's database
    for the desk; for the audit view, routing's read-only and the audit's own."""

    staff: Callable[[], Engine]
    kept: Callable[[], Engine]


def start(place: Place, worker: Caseworker) -> None:
    session.clear()  # a fresh session, and with it a fresh CSRF token, for whoever signs in
    session.permanent = True
    session_id = secrets.token_urlsafe(32)
    now = utc_now()
    with place.kept().begin() as conn:
        conn.execute(page_sessions.delete().where(page_sessions.c.started_at < now - LONGEST_SESSION))
        conn.execute(
            page_sessions.insert().values(id_sha256=digest(session_id), staff_id=worker.id, started_at=now)
        )
    session.update(session_id=session_id)


def end(place: Place) -> None:
    """Ends the session on the server, then forgets the cookie."""
    session_id = session.get("session_id")
    if isinstance(session_id, str):
        with place.kept().begin() as conn:
            conn.execute(
                page_sessions.update()
                .where(page_sessions.c.id_sha256 == digest(session_id), page_sessions.c.ended_at.is_(None))
                .values(ended_at=utc_now())
            )
    session.clear()


def holder(place: Place) -> Caseworker | None:
    """The staff member whose session the cookie names, while it is neither ended nor older than 10 hours."""
    session_id = session.get("session_id")
    if not isinstance(session_id, str):
        return None
    with place.kept().connect() as conn:
        row = conn.execute(
            sa.select(page_sessions.c.staff_id).where(
                page_sessions.c.id_sha256 == digest(session_id),
                page_sessions.c.ended_at.is_(None),
                page_sessions.c.started_at > utc_now() - LONGEST_SESSION,
            )
        ).first()
    if row is None:
        return None
    with place.staff().connect() as conn:
        return staff.signed_in(conn, row.staff_id)


def required(place: Place, action: str, sign_in_endpoint: str) -> Callable:
    """A view decorator: the signed-in staff member (in g.worker) whose role may take the action, or the
    sign-in page, which leads back here afterwards."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Response | str:
            g.worker = holder(place)
            if g.worker is None or not permissions.may(g.worker.role, action):
                had_session = "session_id" in session
                end(place)
                if had_session:
                    flash("Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.")
                # After signing in, back to the page asked for; a form sent meanwhile must be sent again.
                back = request.full_path if request.method == "GET" else None
                return redirect(url_for(sign_in_endpoint, next=back))
            return view(*args, **kwargs)

        return guarded

    return decorate


def return_path(home: str) -> str:
    """Where to go after signing in: the page asked for, if it is one under `home` (never another site)."""
    target = request.args.get("next", "")
    return target if target.startswith(home) and not target.startswith("//") else home


def sign_in_page(
    place: Place,
    action: str,
    template: str,
    home: str,
    refusal: Callable[[Caseworker | None], str],
) -> Response | str:
    """The sign-in form (GET) and its answer (POST): a session for the holder of an active token whose role
    may take the action, then back to the page asked for under `home`, or `home` itself; else the form
    again, with the refusal's words for what the token was."""
    if request.method == "GET":
        return render_template(template, errors=[])
    with place.staff().connect() as conn:
        holder = staff.authenticate(conn, request.form.get("token", "").strip())
    if holder is None or not permissions.may(holder.role, action):
        # Never the token itself: who tried, where, and as whom if the token was a real one
        log.warning(
            "sign-in refused at %s from %s (%s)",
            request.path,
            request.remote_addr,
            f"{holder.id}, role {holder.role}" if holder else "no active token",
        )
        errors = [form_error(refusal(holder), "token", "Zugangsschlüssel")]
        return make_response(render_template(template, errors=errors), 401)
    start(place, holder)
    return redirect(return_path(home), 303)


def sign_out_page(place: Place, sign_in_endpoint: str) -> Response:
    end(place)
    flash("Sie sind abgemeldet.")
    return redirect(url_for(sign_in_endpoint), 303)
