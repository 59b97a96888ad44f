"""Configuration, read from environment variables in this one place."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[2]
VAR = Path(os.environ.get("RATHAUS_VAR", ROOT / "var"))


def kafka_bootstrap() -> str:
    return os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")


def kafka_security_protocol() -> str:
    """`SASL_PLAINTEXT` (the default: the project's broker asks every client who it is), `SASL_SSL` for a
    deployment's broker, or `PLAINTEXT` for a broker that asks no one (compose's, testcontainers')."""
    return os.environ.get("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")


def kafka_user() -> str | None:
    """Who this process is to the broker (`RATHAUS_KAFKA_USER`): the platform gives each process its
    service's name; the operator's `rathaus` command is `admin`."""
    return os.environ.get("RATHAUS_KAFKA_USER") or None


def kafka_credentials_dir() -> Path:
    """`<user>.password` for each of the broker's users, only their owner reads (`KAFKA_CREDENTIALS`)."""
    return Path(os.environ.get("KAFKA_CREDENTIALS", VAR / "secrets" / "kafka"))


def process_name() -> str | None:
    """The name the platform gave this process (`RATHAUS_WORKER_ID`: `fees-worker-2`, `intake-http`), or
    None where it was started by hand; each user says what it stands in for then."""
    return os.environ.get("RATHAUS_WORKER_ID") or None


def topic_prefix() -> str:
    """Prefixes every topic and consumer group; tests use it to get a clean set of topics."""
    return os.environ.get("RATHAUS_TOPIC_PREFIX", "")


def database_url(service: str) -> str:
    """`<SERVICE>_DATABASE_URL`; else the service's database on the server `RATHAUS_DATABASE_SERVER` names
    (a PostgreSQL URL without the database, as in docker-compose.yml); else an SQLite file under var/, the
    embedded default."""
    url = os.environ.get(f"{service.upper()}_DATABASE_URL")
    if url:
        return url
    server = database_server()
    if server:
        return f"{server}/{service}"
    VAR.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{VAR / (service + '.db')}"


def keys_database_url(role: str | None = None) -> str:
    """The key store (shared/kernel/case_keys.py) as `role` reaches it: `<ROLE>_KEYS_DATABASE_URL` (on
    PostgreSQL each service and the audit have a role there of their own), else the store's own database URL
    (`KEYS_DATABASE_URL`, the key store's role, which alone may erase), as `database_url` finds it."""
    return (role and os.environ.get(f"{role.upper()}_KEYS_DATABASE_URL")) or database_url("keys")


def audit_database_url(service: str) -> str:
    """Where the audit reads a service's store: `AUDIT_<SERVICE>_DATABASE_URL` (the project's PostgreSQL gives
    the audit a role of its own that may only read), else the service's own URL, opened read-only."""
    return os.environ.get(f"AUDIT_{service.upper()}_DATABASE_URL") or database_url(service)


def postgres_credentials_dir() -> Path:
    """`<role>.password` for each role of the project's PostgreSQL, only their owner reads
    (`POSTGRES_CREDENTIALS`)."""
    return Path(os.environ.get("POSTGRES_CREDENTIALS", VAR / "secrets" / "postgres"))


def database_server() -> str | None:
    """A PostgreSQL server that holds one database per service (`RATHAUS_DATABASE_SERVER`, a superuser's URL
    without the database), its password read from `RATHAUS_DATABASE_PASSWORD_FILE` where that is set (as
    compose hands it over, instead of in the URL)."""
    server = os.environ.get("RATHAUS_DATABASE_SERVER", "").rstrip("/")
    password_file = os.environ.get("RATHAUS_DATABASE_PASSWORD_FILE")
    if server and password_file:
        with_password = make_url(server).set(password=Path(password_file).read_text().strip())
        server = with_password.render_as_string(hide_password=False)
    return server or None


def smtp_host() -> str:
    return os.environ.get("SMTP_HOST", "localhost")


def smtp_port() -> int:
    return int(os.environ.get("SMTP_PORT", "8025"))


def mail_sender() -> str:
    return os.environ.get("MAIL_FROM", "Buergerbuero Oschersleben <online@oschersleben.example>")


def delivery_retry() -> tuple[float, int, float]:
    """Notifications' retry: first delay in seconds (doubling each time), the number of tries before a
    delivery counts as failed, and the longest delay."""
    first = float(os.environ.get("NOTIFICATIONS_RETRY_SECONDS", "10"))
    tries = int(os.environ.get("NOTIFICATIONS_MAX_ATTEMPTS", "12"))
    longest = float(os.environ.get("NOTIFICATIONS_MAX_DELAY_SECONDS", "3600"))
    return first, tries, longest


def session_secret(service: str) -> str:
    """Signs the web pages' session cookies: `<SERVICE>_SESSION_SECRET`, or one made once under var/ and kept
    there, so every gunicorn worker and every restart signs with the same key."""
    configured = os.environ.get(f"{service.upper()}_SESSION_SECRET")
    if configured:
        return configured
    path = VAR / "secrets" / f"{service}-session.key"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        # Written aside and linked into place: of workers starting together, one key wins and all read it.
        draft = path.with_name(f"{path.name}.{os.getpid()}")
        draft.write_text(secrets.token_hex(32))
        draft.chmod(0o600)
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        draft.unlink()
    return path.read_text().strip()


def session_lifetime() -> timedelta:
    """How long a page session lasts without a request (`SESSION_MINUTES`, 30 by default)."""
    return timedelta(minutes=float(os.environ.get("SESSION_MINUTES", "30")))


# Rate limits per address, per API key, on refused requests and on refused sign-ins (shared/web/limits.py)
RATE_LIMITS = {
    "PER_ADDRESS": "300/minute",
    "PER_KEY": "3000/minute",
    "FAILURES": "30/minute",
    "SIGN_IN": "5/minute",
}


def rate_limit(kind: str) -> str:
    """`RATE_LIMIT_<KIND>` in the notation of the limits library (`5/minute`, `100 per hour`)."""
    return os.environ.get(f"RATE_LIMIT_{kind}") or RATE_LIMITS[kind]


def rate_limits_enabled() -> bool:
    """`RATE_LIMITS=off` switches them off (the tests of other things, the benchmark's load)."""
    return os.environ.get("RATE_LIMITS", "on") != "off"


def rate_limit_storage() -> str:
    """Where the HTTP processes count requests (`RATELIMIT_STORAGE_URI`, e.g. the project's Redis,
    `redis+unix:///…/var/redis/redis.sock`); without it each process counts on its own."""
    return os.environ.get("RATELIMIT_STORAGE_URI") or "memory://"


def trusted_proxies() -> int:
    """How many reverse proxies stand before the HTTP processes (`RATHAUS_TRUSTED_PROXIES`, 0 by default):
    that many hops of X-Forwarded-For and -Proto are believed, so the rate limits and the logs see the
    citizen's address rather than the proxy's. Set it only where every request comes through them."""
    return int(os.environ.get("RATHAUS_TRUSTED_PROXIES", "0"))


def https_only() -> bool:
    """Session cookies only over HTTPS (`RATHAUS_HTTPS=1`, as behind the town's TLS proxy)."""
    return os.environ.get("RATHAUS_HTTPS") == "1"


def virus_scanner() -> str:
    """Where clamd answers (`RATHAUS_VIRUS_SCANNER`): a socket's path, or host:port; by default the socket of
    the scanner `rathaus run` starts (infra/virus_scanner.py)."""
    return os.environ.get("RATHAUS_VIRUS_SCANNER") or str(VAR / "clamav" / "clamd.sock")


def configured_url(name: str) -> str | None:
    """Where a service answers, when `<NAME>_URL` says (`PORTAL_URL` for the portal's host); else its port on
    this machine (services/registry.py)."""
    return os.environ.get(f"{name.upper()}_URL") or None


# The town's payment provider, and the stand-in that `rathaus run --test-payments` starts (no money moves)
PAYMENT_PROVIDER = "epaybl"
TEST_PAYMENTS = "test"


def payment_providers() -> dict[str, str]:
    """Whose payment callbacks fees takes, each signed with its own secret: the town's provider's
    (`PAYMENT_CALLBACK_SECRET`) and, only where `TEST_PAYMENTS_SECRET` is set, the test stand-in's, whose
    payments are recorded as test payments."""
    secrets_by_provider = {
        PAYMENT_PROVIDER: os.environ.get("PAYMENT_CALLBACK_SECRET"),
        TEST_PAYMENTS: os.environ.get("TEST_PAYMENTS_SECRET"),
    }
    return {provider: secret for provider, secret in secrets_by_provider.items() if secret}


def payment_page_url() -> str | None:
    """The payment provider's page the portal's "pay now" leads to (`PAYMENT_PAGE_URL`), with the query
    parameters kassenzeichen, betrag (cents) and zurueck (the status page); unset, there is no such button."""
    return os.environ.get("PAYMENT_PAGE_URL") or None
