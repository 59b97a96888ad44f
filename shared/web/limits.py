"""Rate limits on every HTTP process (Flask-Limiter), counted where all gunicorn workers of a service count
alike: Redis on a socket under var/ (`RATELIMIT_STORAGE_URI`, which `rathaus run` sets). Should that storage
be away, each process counts on its own rather than refusing everyone.

- per address, what it may ask without an API key (the portal, a status, the desk): `RATE_LIMIT_PER_ADDRESS`
- per API key, what a vendor's assistant may send: `RATE_LIMIT_PER_KEY`
- per address, answers of 401, 403 or 404 (a wrong key, token or tracking token): `RATE_LIMIT_FAILURES`
- per address, refused sign-ins to the desk or the audit view: `RATE_LIMIT_SIGN_IN`

Over a limit the answer is 429 with Retry-After, and the refusal is logged (address, never a key or token)."""

from __future__ import annotations

import logging
import time

from flask import Flask, Response, request
from flask_limiter import ApplicationLimit, Limiter, RequestLimit

from shared.kernel import config
from shared.web.credentials import digest
from shared.web.http import bearer_token

log = logging.getLogger(__name__)
TOO_MANY = (
    "Zu viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment und versuchen Sie es dann erneut. "
    "(Too many requests; please wait a moment and try again.)"
)
REFUSED = (401, 403, 404)


def client_address() -> str:
    return request.remote_addr or "unknown"


def api_key() -> str:
    """The bucket of the key presented, by its digest: a made-up key gets its own, never a real vendor's."""
    return digest(bearer_token() or "")


def _without_key() -> bool:
    return bearer_token() is None


def _with_key() -> bool:
    return bearer_token() is not None


def _refused(response: Response) -> bool:
    return response.status_code in REFUSED


def _breached(limit: RequestLimit) -> None:
    log.warning("rate limit %s reached by %s at %s", limit.limit, client_address(), request.path)


limiter = Limiter(
    client_address,
    application_limits=[
        ApplicationLimit(
            lambda: config.rate_limit("PER_ADDRESS"),
            scope="address",
            exempt_when=_with_key,
            error_message=TOO_MANY,
        ),
        ApplicationLimit(
            lambda: config.rate_limit("PER_KEY"),
            key_function=api_key,
            scope="key",
            exempt_when=_without_key,
            error_message=TOO_MANY,
        ),
        ApplicationLimit(
            lambda: config.rate_limit("FAILURES"),
            scope="failures",
            deduct_when=_refused,
            error_message=TOO_MANY,
        ),
    ],
    on_breach=_breached,
)


def sign_in_limit() -> str:
    return config.rate_limit("SIGN_IN")


# A view decorator: refused sign-ins (401) of one address, over the desk's and the audit view's sign-in
limit_sign_ins = limiter.limit(
    sign_in_limit,
    methods=["POST"],
    deduct_when=lambda response: response.status_code == 401,
    error_message=TOO_MANY,
)


def enable_limits(app: Flask, service: str) -> None:
    app.config.update(
        RATELIMIT_ENABLED=config.rate_limits_enabled(),
        RATELIMIT_STORAGE_URI=config.rate_limit_storage(),
        RATELIMIT_KEY_PREFIX=service,
        RATELIMIT_IN_MEMORY_FALLBACK_ENABLED=True,
        # The X-RateLimit headers cost two more round trips to Redis on every request; only a 429 says
        # when to come back (below)
        RATELIMIT_HEADERS_ENABLED=False,
    )
    limiter.init_app(app)
    app.after_request(_log_refused_key)
    app.after_request(_retry_after)


def _retry_after(response: Response) -> Response:
    """On a 429 (problem+json or page alike): when the window of the limit reached ends."""
    breached = limiter.current_limit if response.status_code == 429 else None
    if breached is not None:
        response.headers["Retry-After"] = str(max(1, int(breached.reset_at - time.time())))
    return response


def _log_refused_key(response: Response) -> Response:
    """A refused API key or token is logged with where it came from, never with the key itself."""
    if response.status_code in (401, 403) and bearer_token() is not None:
        log.warning("key refused (%s) at %s from %s", response.status_code, request.path, client_address())
    return response


@limiter.request_filter
def _not_counted() -> bool:
    """Health checks and the style sheet: no one's limit."""
    return request.endpoint in ("healthz", "static", "site.static")
