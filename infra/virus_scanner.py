"""ClamAV's scanner daemon (clamd, from Debian's package), started by the project like its other servers: on
a socket under var/ that only the operator reaches, no TCP port.

Its signatures: the official databases where freshclam could fetch them (`/var/lib/clamav`), and always the
project's own (`infra/clamav/rathaus.ndb`, the EICAR test file), so that clamd starts and the refusal of an
infected file can be tested where the signature mirror is not reachable (as here)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from infra.files import PRIVATE_UMASK
from infra.processes import exited, wait_until
from shared.kernel.config import ROOT, VAR

OWN_SIGNATURES = ROOT / "infra" / "clamav" / "rathaus.ndb"
OFFICIAL_SIGNATURES = Path("/var/lib/clamav")
# Above the platform's own limit per file (services/intake/domain/documents.py), so clamd never cuts a file
STREAM_LIMIT = "32M"


class VirusScanner:
    def __init__(self, home: Path = VAR / "clamav", official: bool = True) -> None:
        """`official`: load freshclam's databases where there are any (a gigabyte and half a minute to load;
        the tests use the project's own signatures alone)."""
        self.home = home
        self.official = official
        self.process: subprocess.Popen | None = None

    @property
    def socket(self) -> Path:
        return self.home / "clamd.sock"

    @property
    def address(self) -> str:
        """What the intake processes are given (`RATHAUS_VIRUS_SCANNER`)."""
        return str(self.socket)

    def start(self) -> VirusScanner:
        clamd = shutil.which("clamd") or shutil.which("/usr/sbin/clamd")
        if clamd is None:
            raise RuntimeError(
                "clamd is not installed: apt-get install clamav-daemon (infra/install-system.sh)"
            )
        self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.socket.unlink(missing_ok=True)
        config = self.home / "clamd.conf"
        config.write_text(self._config())
        with open(self.home / "clamd.log", "ab") as log:
            self.process = subprocess.Popen(
                [clamd, "--config-file", str(config)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                umask=PRIVATE_UMASK,
            )
        # Loading the official databases takes clamd half a minute; the project's own, a moment
        wait_until(self._ready, 120, "clamd")
        return self

    def _config(self) -> str:
        signatures = self.home / "signatures"
        shutil.rmtree(signatures, ignore_errors=True)
        signatures.mkdir(mode=0o700)
        (signatures / OWN_SIGNATURES.name).symlink_to(OWN_SIGNATURES)
        for database in OFFICIAL_SIGNATURES.glob("*.c[vl]d") if self.official else []:
            (signatures / database.name).symlink_to(database)
        settings = {
            "LocalSocket": self.socket,
            "LocalSocketMode": "600",
            "DatabaseDirectory": signatures,
            "TemporaryDirectory": self.home,
            "PidFile": self.home / "clamd.pid",
            "Foreground": "yes",
            "LogTime": "yes",
            "StreamMaxLength": STREAM_LIMIT,
            "MaxFileSize": STREAM_LIMIT,
            "MaxScanSize": STREAM_LIMIT,
            # The platform's own files are never to be answered with "too big, not scanned": refuse instead
            "AlertExceedsMax": "yes",
            "SelfCheck": "0",
        }
        return "".join(f"{name} {value}\n" for name, value in settings.items())

    def _ready(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise exited("clamd", self.home / "clamd.log")
        return self.socket.exists()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        self.process = None
