"""Redis, from Debian's package, where the HTTP processes count requests for their rate limits
(shared/web/limits.py): on a socket under var/ that only the operator reaches, no TCP port, nothing written
to disk (the counts are minutes old at most, so a restart that forgets them loses nothing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from infra.files import PRIVATE_UMASK
from infra.processes import exited, wait_until
from shared.kernel.config import VAR


class LimitsStore:
    def __init__(self, home: Path = VAR / "redis") -> None:
        self.home = home
        self.process: subprocess.Popen | None = None

    @property
    def socket(self) -> Path:
        return self.home / "redis.sock"

    @property
    def uri(self) -> str:
        """The storage URI the limits library takes (`RATELIMIT_STORAGE_URI`)."""
        return f"redis+unix://{self.socket}"

    def start(self) -> LimitsStore:
        server = shutil.which("redis-server")
        if server is None:
            raise RuntimeError(
                "redis-server is not installed: apt-get install redis-server (infra/install-system.sh)"
            )
        self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.socket.unlink(missing_ok=True)
        argv = [server, "--port", "0", "--unixsocket", str(self.socket), "--unixsocketperm", "700"]
        argv += ["--save", "", "--appendonly", "no", "--dir", str(self.home), "--logfile", ""]
        with open(self.home / "server.log", "ab") as log:
            self.process = subprocess.Popen(
                argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, umask=PRIVATE_UMASK
            )
        wait_until(self._ready, 20, "redis-server")
        return self

    def _ready(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise exited("redis-server", self.home / "server.log")
        return self.socket.exists()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None
