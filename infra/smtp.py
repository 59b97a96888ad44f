"""A local SMTP server that keeps every mail it receives in a Maildir (aiosmtpd), in a process of its own.

In the process that starts it, it would share that process's interpreter lock: a benchmark's or a fault
test's busy threads made it answer each command late, and mails went out at 25 a second for its sake.
For the fault tests it can also refuse: every mail (as a server that has blocked the sender), or the mails to
one address."""

from __future__ import annotations

import mailbox
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from infra.processes import port_open, wait_until
from shared.kernel.config import ROOT, VAR

MAILDIR = VAR / "mail"
EVERY_MAIL = "*"


@dataclass
class MailServerProcess:
    process: subprocess.Popen

    def stop(self) -> None:
        """Gone once this returns: connections to its port are refused."""
        self.process.terminate()
        self.process.wait(10)


def start(
    port: int, maildir: Path = MAILDIR, host: str = "127.0.0.1", refuse: str | None = None
) -> MailServerProcess:
    """`refuse`: EVERY_MAIL, or one address whose mails are refused."""
    command = [
        sys.executable,
        "-m",
        "infra.smtp",
        host,
        str(port),
        str(maildir),
        *([refuse] if refuse else []),
    ]
    process = subprocess.Popen(command, cwd=ROOT)
    try:
        wait_until(lambda: port_open(port, host) or process.poll() is not None, 15, f"SMTP server on {port}")
    except BaseException:
        process.kill()
        raise
    if process.poll() is not None:
        raise RuntimeError(f"the SMTP server on port {port} did not start (exit {process.returncode})")
    return MailServerProcess(process)


class _RefusingEvery:
    async def handle_DATA(self, _server: Any, _session: Any, _envelope: Any) -> str:
        return "554 5.7.1 Message refused"


class _Keeping:
    """Keeps each mail in the Maildir as it came, with where it came from on top (as aiosmtpd's Mailbox does,
    but without parsing every mail and writing it out again, which was most of this server's time)."""

    def __init__(self, maildir: str) -> None:
        self.mailbox = mailbox.Maildir(maildir)

    async def handle_DATA(self, _server: Any, session: Any, envelope: Any) -> str:
        came = f"X-Peer: {session.peer}\r\nX-MailFrom: {envelope.mail_from}\r\n"
        came += f"X-RcptTo: {', '.join(envelope.rcpt_tos)}\r\n"
        self.mailbox.add(came.encode() + envelope.original_content)
        return "250 OK"


class _RefusingTo(_Keeping):
    def __init__(self, maildir: str, address: str) -> None:
        super().__init__(maildir)
        self.address = address

    async def handle_RCPT(self, _server: Any, _session: Any, envelope: Any, address: str, _opts: Any) -> str:
        if address == self.address:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def serve(host: str, port: int, maildir: Path, refuse: str | None = None) -> None:
    """The server's own process, until SIGTERM or SIGINT."""
    for part in ("tmp", "new", "cur"):
        (maildir / part).mkdir(parents=True, exist_ok=True)
    if refuse == EVERY_MAIL:
        handler: Any = _RefusingEvery()
    elif refuse:
        handler = _RefusingTo(str(maildir), refuse)
    else:
        handler = _Keeping(str(maildir))
    controller = Controller(handler, hostname=host, port=port)
    ending = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, ending)  # before the server's thread starts, so it inherits it
    controller.start()
    signal.sigwait(ending)
    controller.stop()


if __name__ == "__main__":
    host, port, maildir, *refuse = sys.argv[1:]
    serve(host, int(port), Path(maildir), *refuse)
