"""Proof documents with an application or an answer: which a service needs (the catalogue's `documents`, with
their legal reasons), which files are taken (PDF, JPEG, PNG, told by their content, never by their name) and
how much. Pure rules: the scan for viruses and the store are the service's (services/intake/documents.py)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

# What each accepted type's files begin with; a name ending in .pdf says nothing about the content
SIGNATURES = {
    "application/pdf": b"%PDF-",
    "image/jpeg": b"\xff\xd8\xff",
    "image/png": b"\x89PNG\r\n\x1a\n",
}
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_CASE_BYTES = 25 * 1024 * 1024
MAX_CASE_FILES = 10
MAX_NAME_LENGTH = 200
# An answer to an office's question may bring any of the service's documents, or another
OTHER_KIND = "sonstiges"


@dataclass(frozen=True)
class Upload:
    """A file as it came in: the kind of document it is meant as, its name on the sender's side, its bytes."""

    kind: str
    filename: str
    content: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    @property
    def media_type(self) -> str | None:
        return media_type_of(self.content)


def media_type_of(content: bytes) -> str | None:
    """The accepted type these bytes are, or None."""
    return next((media for media, start in SIGNATURES.items() if content.startswith(start)), None)


def kinds(service: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The documents the catalogue names for a service, by kind."""
    return {document["kind"]: document for document in service.get("documents", [])}


def required(service: dict[str, Any], form: dict[str, Any]) -> list[str]:
    """The kinds this application must bring: those always required, and those whose condition its form
    meets (an extended Führungszeugnis needs the request letter)."""
    return [
        kind
        for kind, document in kinds(service).items()
        if document["needed"] == "required"
        and all(form.get(name) == value for name, value in document.get("when", {}).items())
    ]


def problems(
    uploads: list[Upload],
    allowed_kinds: list[str] | None,
    must_have: list[str],
    bytes_before: int = 0,
    files_before: int = 0,
) -> dict[str, list[str]]:
    """What is wrong with these files, by the field the sender sees (`documents.<kind>`); empty when
    nothing is. `allowed_kinds` None takes any kind (an answer to the office's question: "other")."""
    found: dict[str, list[str]] = {}

    def refuse(kind: str, message: str) -> None:
        found.setdefault(f"documents.{kind}", []).append(message)

    for upload in uploads:
        if allowed_kinds is not None and upload.kind not in allowed_kinds:
            refuse(upload.kind, "Diese Art von Nachweis gehört nicht zu dieser Leistung.")
        elif not upload.content:
            refuse(upload.kind, "Die Datei ist leer.")
        elif len(upload.content) > MAX_FILE_BYTES:
            refuse(upload.kind, f"Die Datei ist größer als {_megabytes(MAX_FILE_BYTES)}.")
        elif upload.media_type is None:
            refuse(upload.kind, "Die Datei ist kein PDF, JPEG oder PNG; bitte so hochladen.")
        elif not upload.filename.strip() or len(upload.filename) > MAX_NAME_LENGTH:
            refuse(upload.kind, f"Bitte einen Dateinamen mit 1 bis {MAX_NAME_LENGTH} Zeichen angeben.")
    for kind in must_have:
        if not any(upload.kind == kind for upload in uploads):
            refuse(kind, "Dieser Nachweis ist für diesen Antrag nötig; bitte hochladen.")
    if files_before + len(uploads) > MAX_CASE_FILES:
        refuse("all", f"Zu einem Antrag gehören höchstens {MAX_CASE_FILES} Dateien.")
    if bytes_before + sum(len(upload.content) for upload in uploads) > MAX_CASE_BYTES:
        refuse("all", f"Die Dateien eines Antrags sind zusammen höchstens {_megabytes(MAX_CASE_BYTES)} groß.")
    return found


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def with_application(
    service: dict[str, Any], form: dict[str, Any], uploads: list[Upload]
) -> dict[str, list[str]]:
    """What is wrong with an application's files: the service's kinds only, those its form needs present."""
    return problems(uploads, list(kinds(service)), required(service, form))


def with_answer(
    service: dict[str, Any], uploads: list[Upload], files_before: int, bytes_before: int
) -> dict[str, list[str]]:
    """What is wrong with an answer's files: any of the service's kinds or another, within the case's
    limits with what it has already."""
    return problems(uploads, [*kinds(service), OTHER_KIND], [], bytes_before, files_before)
