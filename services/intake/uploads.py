"""Files in a request (the API's multipart body, the portal's forms): read, checked against the catalogue's
rules and scanned for viruses before anything is stored. Each way in answers a refusal its own way; the
reasons are the same."""

from __future__ import annotations

from dataclasses import dataclass

from flask import request

from services.intake import documents as kept_documents
from services.intake import projection, scanning
from services.intake.domain import catalogue, documents
from services.intake.domain.documents import Upload
from services.intake.store import DATABASE
from shared.web.http import takes_files

# A case's files and the form around them; the JSON-only requests keep the app's 64 KiB
LARGEST_UPLOAD_REQUEST = documents.MAX_CASE_BYTES + 512 * 1024
FIELD_PREFIX = "documents."


MALWARE = "Schadsoftware erkannt; die Datei wurde nicht angenommen."


@dataclass(frozen=True)
class Refusal:
    status: int
    title: str
    detail: str
    detail_en: str
    errors: dict[str, list[str]]


# A view that takes a case's files: `@takes_files_of_a_case` under its route
takes_files_of_a_case = takes_files(LARGEST_UPLOAD_REQUEST)


def received() -> list[Upload]:
    """The files of the request, each under the field `documents.<kind>`; empty file inputs left out."""
    return [
        Upload(name.removeprefix(FIELD_PREFIX), sent.filename or "", sent.read())
        for name in request.files
        for sent in request.files.getlist(name)
        if sent.filename or sent.content_length
    ]


def stray_fields(json_part: str) -> dict[str, list[str]]:
    """Parts that are neither the JSON nor a file under `documents.<kind>`: the sender's mistake, said rather
    than ignored."""
    stray = {
        name: ["Dateien bitte unter documents.<Art> senden."]
        for name in request.files
        if not name.startswith(FIELD_PREFIX)
    }
    for name in request.form:
        if name != json_part:
            stray[name] = [
                "Hier bitte eine Datei senden." if name.startswith(FIELD_PREFIX) else "Unbekanntes Feld."
            ]
    return stray


def checked_answer(case_id: str, uploads: list[Upload]) -> Refusal | None:
    """Why an answer's files are refused, or None: any of the case's service's kinds or another, within the
    case's limits with what it has already, scanned. Nothing to read for an answer without files."""
    if not uploads:
        return None
    with DATABASE.engine.connect() as conn:
        kept_files, kept_bytes = kept_documents.kept_so_far(conn, case_id)
        row = projection.status_row(conn, case_id) or {}
    service = catalogue.find(row.get("service_id") or "") or {}
    return checked(uploads, documents.with_answer(service, uploads, kept_files, kept_bytes))


def checked(uploads: list[Upload], problems: dict[str, list[str]]) -> Refusal | None:
    """Why the request is refused, or None. Malware is named first, whatever else is wrong (a file that is
    no PDF may still be one), then what is wrong with the request; without the scanner's answer no file is
    taken at all."""
    # What clamd takes: a file beyond the limit is refused for its size and never sent
    sendable = [upload for upload in uploads if 0 < len(upload.content) <= documents.MAX_FILE_BYTES]
    try:
        found: dict[str, str] | None = scanning.infected(sendable) if sendable else {}
    except scanning.ScannerUnavailable:
        found = None
    if found:
        return Refusal(
            422,
            "Schadsoftware gefunden",
            "Eine Datei enthält Schadsoftware und wurde nicht angenommen; nichts wurde gespeichert. Bitte "
            "das Gerät prüfen und eine saubere Datei hochladen.",
            "A file contains malware and was not accepted; nothing was stored. Please check your device and "
            "upload a clean file.",
            {f"{FIELD_PREFIX}{kind}": [MALWARE] for kind in found},
        )
    if problems:
        return Refusal(
            422,
            "Angaben unvollständig oder fehlerhaft",
            "Bitte prüfen Sie die genannten Felder.",
            "Please check the fields named.",
            problems,
        )
    if found is None:
        return Refusal(
            503,
            "Virenprüfung nicht erreichbar",
            "Die Dateien konnten gerade nicht auf Viren geprüft werden; nichts wurde gespeichert. Bitte in "
            "einigen Minuten noch einmal senden.",
            "The files could not be checked for viruses just now; nothing was stored. Please send them "
            "again in a few minutes.",
            {},
        )
    return None
