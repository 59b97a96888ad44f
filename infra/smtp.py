"""A local SMTP server that keeps every mail it receives in a Maildir (aiosmtpd)."""

from __future__ import annotations

from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox

from shared.kernel.config import VAR

MAILDIR = VAR / "mail"


def start(port: int, maildir: Path = MAILDIR, host: str = "127.0.0.1") -> Controller:
    for part in ("tmp", "new", "cur"):
        (maildir / part).mkdir(parents=True, exist_ok=True)
    controller = Controller(Mailbox(str(maildir)), hostname=host, port=port)
    controller.start()
    return controller
