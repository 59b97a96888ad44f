"""The rules for proof documents: what a service needs (catalogue data), which files are taken, how many."""

from __future__ import annotations

from services.intake.domain import catalogue, documents
from services.intake.domain.documents import MAX_CASE_BYTES, MAX_CASE_FILES, MAX_FILE_BYTES, Upload
from shared.web.labels import document_label

PDF = b"%PDF-1.7\n%%EOF"


def test_the_type_is_told_by_the_content_not_the_name():
    assert documents.media_type_of(PDF) == "application/pdf"
    assert documents.media_type_of(b"\xff\xd8\xff\xe0JFIF") == "image/jpeg"
    assert documents.media_type_of(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert documents.media_type_of(b"GIF89a") is None
    assert Upload("x", "scan.pdf", b"<html>").media_type is None


def test_a_document_is_required_only_when_the_form_meets_its_condition():
    fz = catalogue.find("fuehrungszeugnis")
    assert documents.required(fz, {"kind": "einfach"}) == []
    assert documents.required(fz, {"kind": "erweitert"}) == ["aufforderung_30a"]
    assert documents.required(fz, {"kind": "erweitert", "honorary_work": True}) == [
        "aufforderung_30a",
        "nachweis_ehrenamt",
    ]
    assert documents.required(catalogue.find("gewerbeanmeldung"), {"kind": "anmeldung"}) == []


def test_every_document_the_catalogue_names_has_a_reason_a_legal_basis_and_a_name_in_both_languages():
    for service in catalogue.services().values():
        for document in service.get("documents", []):
            assert document["needed"] in ("required", "optional")
            assert document["reason_de"] and document["reason_en"] and document["legal_basis"]
            for lang in ("de", "en"):
                assert document_label(document["kind"], lang) != document["kind"]
    assert document_label(documents.OTHER_KIND, "en") == "Other document"


def test_what_is_wrong_with_files_is_said_per_kind():
    allowed = ["aufforderung_30a"]
    assert documents.problems([Upload("aufforderung_30a", "a.pdf", PDF)], allowed, ["aufforderung_30a"]) == {}
    found = documents.problems(
        [
            Upload("erlaubnis", "e.pdf", PDF),
            Upload("aufforderung_30a", "leer.pdf", b""),
        ],
        allowed,
        ["aufforderung_30a"],
    )
    assert found == {
        "documents.erlaubnis": ["Diese Art von Nachweis gehört nicht zu dieser Leistung."],
        "documents.aufforderung_30a": ["Die Datei ist leer."],
    }
    too_big = Upload("aufforderung_30a", "a.pdf", PDF + b"0" * MAX_FILE_BYTES)
    assert documents.problems([too_big], allowed, []) == {
        "documents.aufforderung_30a": ["Die Datei ist größer als 10 MB."]
    }


def test_a_case_holds_a_limited_number_and_size_of_files_with_what_it_has_already():
    one = [Upload("sonstiges", "s.pdf", PDF)]
    assert documents.problems(one, None, [], files_before=MAX_CASE_FILES - 1) == {}
    assert "documents.all" in documents.problems(one, None, [], files_before=MAX_CASE_FILES)
    assert "documents.all" in documents.problems(one, None, [], bytes_before=MAX_CASE_BYTES - 1)
