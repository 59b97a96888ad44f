"""How every process logs: a line of text per record (the default, for a person at a terminal), or with
`LOG_FORMAT=json` one JSON object per line for a log shipper: time (UTC), service, process, level, logger,
message, and the case and correlation ids of the event or request at hand. E-mail addresses are masked in
every message and traceback, whatever the format: a mail server's refusal quotes the recipient, and logs keep
no personal data."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

from shared.kernel.config import process_name

CASE_ID: ContextVar[str | None] = ContextVar("case_id", default=None)
CORRELATION_ID: ContextVar[str | None] = ContextVar("correlation_id", default=None)
# A request's or event's own fields a JSON line carries when a log call gives them as `extra`
EXTRA_FIELDS = ("status", "seconds", "event_type", "event_id")
MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MASK = "<e-mail>"


def json_wanted() -> bool:
    return os.environ.get("LOG_FORMAT", "text").lower() == "json"


@contextmanager
def about(case_id: str | None, correlation_id: str | None = None) -> Iterator[None]:
    """Log records within it name this case (and correlation)."""
    case_token, correlation_token = CASE_ID.set(case_id), CORRELATION_ID.set(correlation_id)
    try:
        yield
    finally:
        CASE_ID.reset(case_token)
        CORRELATION_ID.reset(correlation_token)


def masked(text: str) -> str:
    return MAIL_ADDRESS.sub(MASK, text)


class MaskPersonal(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = masked(record.getMessage()), ()
        return True


class TextFormatter(logging.Formatter):
    def formatException(self, ei: object) -> str:  # noqa: N802 - logging's name
        return masked(super().formatException(ei))  # type: ignore[arg-type]


class JsonFormatter(logging.Formatter):
    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service
        self.process_name = process_name() or service

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "service": self.service,
            "process": self.process_name,
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if (case_id := CASE_ID.get()) is not None:
            line["case_id"] = case_id
        if (correlation_id := CORRELATION_ID.get()) is not None:
            line["correlation_id"] = correlation_id
        for name in EXTRA_FIELDS:
            if hasattr(record, name):
                line[name] = getattr(record, name)
        if record.exc_info:
            line["exception"] = masked(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False)


def configure_logging(service: str) -> None:
    handler = logging.StreamHandler()
    if json_wanted():
        handler.setFormatter(JsonFormatter(service))
    else:
        handler.setFormatter(TextFormatter(f"%(asctime)s {service} %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskPersonal())
    logging.basicConfig(level=logging.INFO, handlers=[handler])  # as it was, where logging is set up already
    logging.getLogger("kafka").setLevel(logging.WARNING)
