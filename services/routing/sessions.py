"""Page sessions of staff (the desk and the audit view): the signed cookie holds only the staff id and when
they signed in. Every request checks the token is still active, so revoking it ends the session. A session
ends after `SESSION_MINUTES` without a request (Flask refuses the older cookie), and after 10 hours at the
most."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import wraps
from typing import Any

from flask import Response, flash, g, make_response, redirect, render_template, request, session, url_for
from sqlalchemy.engine import Engine

from services.routing import permissions, staff
from services.routing.staff import Caseworker
from shared.kernel.envelope import utc_now
from shared.web.pages import form_error

LONGEST_SESSION = timedelta(hours=10)


def start(worker: Caseworker) -> None:
    session.clear()  # a fresh session, and with it a fresh CSRF token, for whoever signs in
    session.permanent = True
    session.update(staff_id=worker.id, signed_in_at=utc_now().isoformat())


def end() -> None:
    session.clear()


def holder(engine: Engine) -> Caseworker | None:
    started = session.get("signed_in_at")
    if started is None or utc_now() - datetime.fromisoformat(started) > LONGEST_SESSION:
        return None
    with engine.connect() as conn:
        return staff.signed_in(conn, session.get("staff_id"))


def required(engine: Callable[[], Engine], action: str, sign_in_endpoint: str) -> Callable:
    """A view decorator: the signed-in staff member (in g.worker) whose role may take the action, or the
    sign-in page, which leads back here afterwards."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Response | str:
            g.worker = holder(engine())
            if g.worker is None or not permissions.may(g.worker.role, action):
                had_session = "staff_id" in session
                end()
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
    engine: Engine,
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
    with engine.connect() as conn:
        holder = staff.authenticate(conn, request.form.get("token", "").strip())
    if holder is None or not permissions.may(holder.role, action):
        errors = [form_error(refusal(holder), "token", "Zugangsschlüssel")]
        return make_response(render_template(template, errors=errors), 401)
    start(holder)
    return redirect(return_path(home), 303)


def sign_out_page(sign_in_endpoint: str) -> Response:
    end()
    flash("Sie sind abgemeldet.")
    return redirect(url_for(sign_in_endpoint), 303)
