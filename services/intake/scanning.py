"""Every file is scanned by ClamAV's daemon before intake takes it; without an answer from the scanner no
file is taken (the citizen is asked to try again later), never one unscanned."""

from __future__ import annotations

import io
import logging

from clamdpy import ClamdNetworkSocket, ClamdUnixSocket
from clamdpy.exceptions import ClamdException

from services.intake.domain.documents import Upload
from shared.kernel import config

log = logging.getLogger(__name__)
CHUNK = 256 * 1024


class ScannerUnavailable(RuntimeError):
    """clamd did not answer, or could not scan: nothing is taken."""


def _scanner() -> ClamdNetworkSocket:
    address = config.virus_scanner()
    if address.startswith("/"):
        return ClamdUnixSocket(address, timeout=60, max_chunk_size=CHUNK)
    host, _, port = address.rpartition(":")
    return ClamdNetworkSocket(host, int(port), timeout=60, max_chunk_size=CHUNK)


def infected(uploads: list[Upload]) -> dict[str, str]:
    """The signature clamd found, by kind of document; empty when every file is clean."""
    scanner = _scanner()
    found = {}
    for upload in uploads:
        try:
            result = scanner.instream(io.BytesIO(upload.content))
        except (ClamdException, OSError) as error:
            raise ScannerUnavailable(str(error)) from error
        if result.status == "ERROR":
            raise ScannerUnavailable(result.reason or "scan failed")
        if result.status == "FOUND":
            # The signature's name only: never the file's name, which may name a person
            log.warning("refused a file of kind %s: %s", upload.kind, result.reason)
            found[upload.kind] = result.reason or "unknown"
    return found
