"""Small helpers for the local processes the project starts: pid files, waiting, stopping."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import requests

from infra.files import PRIVATE_UMASK


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def last_lines(text: str, count: int) -> str:
    """A log's last lines that say something, on one line (an error message, a CI summary)."""
    return " | ".join([line for line in text.splitlines() if line.strip()][-count:])


def exited(what: str, log: Path, lines: int = 5) -> RuntimeError:
    """The error for a process gone while it was awaited: its log's last lines with it, since in a container
    the log may be gone by the time someone reads the error."""
    try:
        tail = last_lines(log.read_text(errors="replace"), lines)
    except OSError:
        tail = ""
    last = f"; its last lines: {tail}" if tail else ""
    return RuntimeError(f"{what} exited; see {log}{last}")


def answers(url: str, timeout: float = 1) -> bool:
    """Whether the HTTP process at `url` answers its /healthz."""
    try:
        return requests.get(f"{url}/healthz", timeout=timeout).status_code == 200
    except requests.RequestException:
        return False


def wait_until(check: Callable[[], bool], seconds: float, what: str, interval: float = 0.25) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(interval)
    raise TimeoutError(f"{what} was not ready within {seconds:.0f} s")


def start_detached(
    argv: list[str],
    log_file: Path,
    pid_file: Path,
    env: dict[str, str] | None = None,
    umask: int = PRIVATE_UMASK,  # a server's data and logs under var/ are the operator's alone
) -> int:
    """Start a process in its own session, so it outlives the command that started it."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with open(log_file, "ab") as log:
        process = subprocess.Popen(
            argv,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env=env,
            umask=umask,
        )
    pid_file.write_text(str(process.pid))
    return process.pid


def read_pid(pid_file: Path) -> int | None:
    try:
        pid = int(pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    return pid if pid_alive(pid) else None


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child of ours still answers kill(0); reap it if it has exited.
    try:
        reaped, _ = os.waitpid(pid, os.WNOHANG)
        return reaped == 0
    except ChildProcessError:
        return True


def stop_pid(pid_file: Path, seconds: float = 30) -> bool:
    """SIGTERM, wait, then SIGKILL; returns whether a process was running."""
    pid = read_pid(pid_file)
    if pid is None:
        pid_file.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    try:
        wait_until(lambda: not pid_alive(pid), seconds, f"process {pid} to stop")
    except TimeoutError:
        os.kill(pid, signal.SIGKILL)
        wait_until(lambda: not pid_alive(pid), 10, f"process {pid} to die")
    pid_file.unlink(missing_ok=True)
    return True
