"""Proof documents through the intake API over real HTTP (gunicorn), scanned by a real clamd, kept in a real
PostgreSQL store, and served to staff only on the desk's signed grant."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from infra.platform import Platform
from services.intake.domain.documents import MAX_CASE_FILES, MAX_FILE_BYTES
from services.intake.service import SERVICE as INTAKE
from services.intake.tables import applications, documents
from shared.kernel.db import make_engine
from shared.kernel.envelope import utc_now
from shared.kernel.tables import events
from shared.web import document_grants
from tests.conftest import free_port, temporary_database
from tests.helpers import application_body, recorded, register_submitter

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
# The anti-virus test file (eicar.org), put together here so that no scanner on a developer's machine
# quarantines this source file
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
EXTENDED = application_body(
    "fuehrungszeugnis", kind="erweitert", extended_request_letter=True, usage="Jugendtrainerin im Sportverein"
)


class Intake:
    def __init__(self, url: str, database_url: str, key: str) -> None:
        self.url, self.key = url, key
        self.engine = make_engine(database_url)

    def apply(
        self, body: dict, files: list[tuple[str, tuple[str, bytes, str]]], key: str | None = None
    ) -> requests.Response:
        """With files as multipart/form-data, without as JSON."""
        headers = {"Authorization": f"Bearer {self.key}", "Idempotency-Key": key or str(uuid.uuid4())}
        address = f"{self.url}/api/v1/applications"
        if not files:
            return requests.post(address, json=body, headers=headers, timeout=30)
        return requests.post(
            address, data={"application": json.dumps(body)}, files=files, headers=headers, timeout=30
        )

    def stored(self) -> tuple[int, int, int]:
        with self.engine.connect() as conn:
            return tuple(
                conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                for table in (events, applications, documents)
            )


@pytest.fixture(scope="module")
def intake(postgres_admin_url, tmp_path_factory):
    with temporary_database(postgres_admin_url) as database_url:
        port = free_port()
        log_dir: Path = tmp_path_factory.mktemp("intake-log")
        env = {"INTAKE_DATABASE_URL": database_url}
        with Platform(env=env, log_dir=log_dir, ports={"intake": port}, names=["intake-http"]):
            key = register_submitter(database_url, "formsvendor", ["*"])
            running = Intake(f"http://127.0.0.1:{port}", database_url, key)
            yield running
            running.engine.dispose()


def letter(content: bytes = PDF, name: str = "Aufforderung Sportverein.pdf") -> tuple[str, tuple]:
    return ("documents.aufforderung_30a", (name, content, "application/pdf"))


def errors_of(response: requests.Response) -> dict[str, str]:
    return {e["field"]: e["message"] for e in response.json().get("errors", [])}


def test_an_application_brings_its_proof_and_its_status_lists_it(intake):
    accepted = intake.apply(EXTENDED, [letter()])
    assert accepted.status_code == 202, accepted.text
    case_id, token = accepted.json()["case_id"], accepted.json()["tracking_token"]
    view = requests.get(
        f"{intake.url}/api/v1/applications/{case_id}", headers={"X-Tracking-Token": token}, timeout=10
    ).json()
    [listed] = view["documents"]
    assert listed["kind"] == "aufforderung_30a" and listed["filename"] == "Aufforderung Sportverein.pdf"
    assert listed["media_type"] == "application/pdf" and listed["size_bytes"] == len(PDF)
    with intake.engine.connect() as conn:
        row = conn.execute(sa.select(documents).where(documents.c.case_id == case_id)).one()
        payload = conn.execute(
            sa.select(events.c.payload).where(events.c.case_id == case_id, events.c.stream_version == 1)
        ).scalar_one()
    assert row.content == PDF and row.sha256 == hashlib.sha256(PDF).hexdigest()
    # The event describes the file and never holds it; its name is sealed with the case's personal data
    assert payload["documents"] == [
        {
            "document_id": row.document_id,
            "kind": "aufforderung_30a",
            "media_type": "application/pdf",
            "size_bytes": len(PDF),
            "sha256": row.sha256,
        }
    ]
    assert "Sportverein" not in json.dumps(payload) and "document_names" not in payload


def test_a_proof_missing_of_the_wrong_type_too_large_or_of_another_service_is_refused_keeping_nothing(intake):
    before = intake.stored()
    missing = intake.apply(EXTENDED, [])
    assert missing.status_code == 422
    assert errors_of(missing)["documents.aufforderung_30a"].startswith(
        "Dieser Nachweis ist für diesen Antrag nötig"
    )
    # Told by the content, not the name: a text file called .pdf is no PDF
    renamed = intake.apply(EXTENDED, [letter(b"Sehr geehrte Damen und Herren", "brief.pdf")])
    assert renamed.status_code == 422
    assert "kein PDF, JPEG oder PNG" in errors_of(renamed)["documents.aufforderung_30a"]
    too_large = intake.apply(EXTENDED, [letter(PDF + b"0" * MAX_FILE_BYTES)])
    assert too_large.status_code == 422
    assert "größer als 10 MB" in errors_of(too_large)["documents.aufforderung_30a"]
    stranger = intake.apply(
        application_body("eheurkunde"), [("documents.aufforderung_30a", ("a.pdf", PDF, "application/pdf"))]
    )
    assert stranger.status_code == 422 and "documents.aufforderung_30a" in errors_of(stranger)
    assert intake.stored() == before


def test_the_virus_scanner_refuses_the_eicar_test_file_and_nothing_is_kept(intake):
    before = intake.stored()
    for infected in (EICAR, b"%PDF-1.4\n" + EICAR + b"\n%%EOF\n"):
        refused = intake.apply(EXTENDED, [letter(infected)])
        assert refused.status_code == 422, refused.text
        problem = refused.json()
        assert problem["title"] == "Schadsoftware gefunden"
        assert problem["detail_en"].startswith("A file contains malware and was not accepted")
        assert errors_of(refused) == {
            "documents.aufforderung_30a": "Schadsoftware erkannt; die Datei wurde nicht angenommen."
        }
    assert intake.stored() == before


def test_the_same_key_with_the_same_file_is_the_same_case_and_with_another_a_conflict(intake):
    key = f"with-file-{uuid.uuid4()}"
    first = intake.apply(EXTENDED, [letter()], key=key)
    again = intake.apply(EXTENDED, [letter()], key=key)
    assert first.status_code == again.status_code == 202
    assert first.json()["case_id"] == again.json()["case_id"]
    before = intake.stored()
    other = intake.apply(EXTENDED, [letter(PDF + b"% anders\n")], key=key)
    assert other.status_code == 409
    assert intake.stored() == before


def test_without_an_answer_from_the_scanner_no_file_is_taken(postgres_admin_url, tmp_path):
    with temporary_database(postgres_admin_url) as database_url:
        port = free_port()
        env = {"INTAKE_DATABASE_URL": database_url, "RATHAUS_VIRUS_SCANNER": str(tmp_path / "no-clamd.sock")}
        with Platform(env=env, log_dir=tmp_path / "log", ports={"intake": port}, names=["intake-http"]):
            intake = Intake(
                f"http://127.0.0.1:{port}", database_url, register_submitter(database_url, "vendor", ["*"])
            )
            before = intake.stored()
            refused = intake.apply(EXTENDED, [letter()])
            assert refused.status_code == 503 and refused.headers["Retry-After"] == "60"
            assert refused.json()["title"] == "Virenprüfung nicht erreichbar"
            assert intake.stored() == before
            # An application without files needs no scanner
            assert intake.apply(application_body("eheurkunde"), []).status_code == 202
            intake.engine.dispose()


def test_a_file_is_served_only_on_a_grant_the_desk_signed_and_only_for_a_minute(intake):
    accepted = intake.apply(EXTENDED, [letter()])
    case_id = accepted.json()["case_id"]
    with intake.engine.connect() as conn:
        document_id = conn.execute(
            sa.select(documents.c.document_id).where(documents.c.case_id == case_id)
        ).scalar_one()
    address = f"{intake.url}/dokumente/{case_id}/{document_id}"
    assert requests.get(address, timeout=10).status_code == 403
    granted = document_grants.grant(case_id, document_id, "anna", utc_now())
    served = requests.get(address, params=granted, timeout=10)
    assert served.status_code == 200 and served.content == PDF
    assert served.headers["Content-Type"] == "application/pdf"
    assert served.headers["Content-Disposition"].startswith("attachment;")
    # Another staff member, another document, a changed time or a late use: each refused
    for changed in (
        {"bearbeiter": "ben"},
        {"bis": (utc_now() + timedelta(hours=1)).isoformat(timespec="seconds")},
    ):
        assert requests.get(address, params={**granted, **changed}, timeout=10).status_code == 403
    other = requests.get(f"{intake.url}/dokumente/{case_id}/{uuid.uuid4()}", params=granted, timeout=10)
    assert other.status_code == 403
    late = document_grants.grant(case_id, document_id, "anna", utc_now() - timedelta(minutes=2))
    refused = requests.get(address, params=late, timeout=10)
    assert refused.status_code == 403 and "abgelaufen" in refused.json()["detail"]


def ask(intake: Intake, case_id: str) -> None:
    """The office's question reaches intake's view of the case, as its worker would apply it."""
    question = {"message": "Bitte die Bescheinigung des Vereins nachreichen.", "caseworker_id": "anna"}
    with intake.engine.begin() as conn:
        INTAKE.handle(conn, recorded("routing", "InformationRequested", question, case_id=case_id))


def test_an_answer_to_the_office_brings_more_documents_within_the_case_s_limits(intake):
    accepted = intake.apply(EXTENDED, [letter()]).json()
    case_id, token = accepted["case_id"], accepted["tracking_token"]
    address = f"{intake.url}/api/v1/applications/{case_id}/answer"
    headers = {"X-Tracking-Token": token}
    ask(intake, case_id)
    too_many = [("documents.sonstiges", (f"Seite {n}.png", PNG, "image/png")) for n in range(MAX_CASE_FILES)]
    refused = requests.post(
        address,
        data={"answer": json.dumps({"message": "Anbei."})},
        files=too_many,
        headers=headers,
        timeout=30,
    )
    assert refused.status_code == 422 and "höchstens 10 Dateien" in errors_of(refused)["documents.all"]
    answered = requests.post(
        address,
        data={"answer": json.dumps({"message": "Anbei die Bescheinigung."})},
        files=[("documents.sonstiges", ("Bescheinigung.png", PNG, "image/png"))],
        headers=headers,
        timeout=30,
    )
    assert answered.status_code == 200, answered.text
    kinds = [(d["kind"], d["media_type"]) for d in answered.json()["documents"]]
    assert kinds == [("aufforderung_30a", "application/pdf"), ("sonstiges", "image/png")]
    # Only while a question is open, as an answer without files: once the office has the answer, no more
    received = {"note": "Anbei die Bescheinigung.", "caseworker_id": None}
    with intake.engine.begin() as conn:
        INTAKE.handle(conn, recorded("routing", "InformationReceived", received, case_id=case_id))
    again = requests.post(
        address,
        data={"answer": json.dumps({"message": "Noch eine."})},
        files=[("documents.sonstiges", ("Noch.png", PNG, "image/png"))],
        headers=headers,
        timeout=30,
    )
    assert again.status_code == 409
    with intake.engine.connect() as conn:
        assert (
            conn.execute(
                sa.select(sa.func.count()).select_from(documents).where(documents.c.case_id == case_id)
            ).scalar_one()
            == 2
        )
