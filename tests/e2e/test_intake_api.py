"""The intake API over real HTTP (gunicorn) into a real PostgreSQL store."""

from __future__ import annotations

import json
import threading
import uuid
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from infra.platform import Platform
from services.intake import submitters
from services.intake.domain import catalogue
from services.intake.tables import applications, case_status
from shared.kernel.db import make_engine
from shared.kernel.tables import events, outbox
from tests.conftest import free_port, temporary_database
from tests.helpers import FORMS, application_body, register_submitter

ONLINE = sorted(FORMS)


class Intake:
    def __init__(self, url: str, database_url: str) -> None:
        self.url = url
        self.engine = make_engine(database_url)
        self.keys: dict[str, str] = {}

    def post(self, body: object, key: str | None = None, vendor: str = "allrounder", **headers: str):
        headers.setdefault("Authorization", f"Bearer {self.keys[vendor]}")
        if key is not None:
            headers["Idempotency-Key"] = key
        data = body if isinstance(body, (str, bytes)) else json.dumps(body)
        headers.setdefault("Content-Type", "application/json")
        return requests.post(f"{self.url}/api/v1/applications", data=data, headers=headers, timeout=10)

    def status(self, case_id: str, token: str):
        return requests.get(
            f"{self.url}/api/v1/applications/{case_id}", headers={"X-Tracking-Token": token}, timeout=10
        )

    def withdraw(self, case_id: str, token: str, body: dict | None = None):
        return requests.post(
            f"{self.url}/api/v1/applications/{case_id}/withdrawal",
            json=body,
            headers={"X-Tracking-Token": token},
            timeout=10,
        )

    def stored(self) -> tuple[int, int, int]:
        """Events, outbox rows and applications in the store: what a refusal must leave unchanged."""
        with self.engine.connect() as conn:
            return tuple(
                conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                for table in (events, outbox, applications)
            )


@pytest.fixture(scope="module")
def intake(postgres_admin_url, tmp_path_factory):
    with temporary_database(postgres_admin_url) as database_url:
        port = free_port()
        log_dir: Path = tmp_path_factory.mktemp("intake-log")
        env = {"INTAKE_DATABASE_URL": database_url}
        running = Intake(f"http://127.0.0.1:{port}", database_url)
        with Platform(env=env, log_dir=log_dir, ports={"intake": port}, names=["intake-http"]):
            running.keys["allrounder"] = register_submitter(database_url, "allrounder", ONLINE)
            running.keys["dogsonly"] = register_submitter(database_url, "dogsonly", ["hundeanmeldung"])
            running.keys["counter"] = register_submitter(database_url, "counter-1", [], kind="counter")
            running.keys["revoked"] = register_submitter(database_url, "gone", ONLINE)
            with running.engine.begin() as conn:
                submitters.revoke(conn, "gone")
            yield running
        running.engine.dispose()


def problem_of(response: requests.Response) -> dict:
    assert response.headers["Content-Type"] == "application/problem+json", response.text
    body = response.json()
    assert body["status"] == response.status_code and body["title"] and body["detail"]
    return body


def fields_of(response: requests.Response) -> set[str]:
    return {error["field"] for error in problem_of(response)["errors"]}


def test_catalogue_lists_every_service_and_who_must_come_in_person(intake):
    listed = {s["id"]: s for s in requests.get(f"{intake.url}/api/v1/services", timeout=5).json()["services"]}
    assert set(listed) == {*ONLINE, "personalausweis", "reisepass"}
    assert (
        listed["personalausweis"]["online"] is False
        and "persönlich" in listed["personalausweis"]["in_person_reason_de"]
    )
    assert listed["fuehrungszeugnis"]["office"] == "buergerbuero"
    assert listed["meldebescheinigung"]["payment_policy"] == "before_submission"
    fields = {f["name"]: f["required"] for f in listed["hundeanmeldung"]["form_fields"]}
    assert fields["dog"] is True and fields["other_dogs_in_household"] is False
    spec = requests.get(f"{intake.url}/api/v1/openapi.json", timeout=5).json()
    for service_id in ONLINE:
        assert listed[service_id]["form_schema"].rsplit("/", 1)[1] in spec["components"]["schemas"]


@pytest.mark.parametrize("service_id", ONLINE)
def test_each_service_accepts_a_complete_application(intake, service_id):
    accepted = intake.post(application_body(service_id), key=f"ok-{service_id}")
    assert accepted.status_code == 202, accepted.text
    body = accepted.json()
    assert len(body["tracking_token"]) >= 22  # at least 128 random bits, URL-safe
    view = intake.status(body["case_id"], body["tracking_token"]).json()
    assert view["service_id"] == service_id and view["status"] == "submitted"
    assert view["timeline"][0]["event"] == "ApplicationSubmitted"


def test_applications_for_a_visit_in_person_are_refused_with_where_to_go(intake):
    before = intake.stored()
    refused = intake.post(application_body("meldebescheinigung") | {"service_id": "reisepass"}, key="pass-1")
    assert refused.status_code == 422
    body = problem_of(refused)
    assert (
        "persönlich" in body["detail"]
        and "Fingerabdrücke" in body["detail"]
        and "Markt 1, 39387 Oschersleben" in body["detail"]
        and body["office"] == "buergerbuero"
    )
    # and where to book the visit instead
    assert body["appointments"] == f"{intake.url}/api/v1/appointments/free/reisepass"
    assert requests.get(body["appointments"], timeout=10).json()["office"] == "buergerbuero"
    assert intake.stored() == before


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer rk_allrounder_" + "x" * 43}, {"Authorization": "Basic abc"}],
    ids=["none", "wrong-secret", "not-bearer"],
)
def test_without_a_valid_key_nothing_is_accepted(intake, headers):
    before = intake.stored()
    response = requests.post(
        f"{intake.url}/api/v1/applications",
        json=application_body(),
        timeout=5,
        headers={"Idempotency-Key": "auth-1", **headers},
    )
    assert response.status_code == 401 and response.headers["WWW-Authenticate"].startswith("Bearer")
    problem_of(response)
    assert intake.stored() == before


def test_a_revoked_key_is_refused(intake):
    assert intake.post(application_body(), key="revoked-1", vendor="revoked").status_code == 401


def test_a_vendor_submits_only_for_its_registered_services(intake):
    before = intake.stored()
    refused = intake.post(application_body("meldebescheinigung"), key="dogs-1", vendor="dogsonly")
    assert refused.status_code == 403
    problem_of(refused)
    assert intake.stored() == before
    assert intake.post(application_body("hundeanmeldung"), key="dogs-2", vendor="dogsonly").status_code == 202


def test_counter_staff_submit_on_the_counter_channel(intake):
    accepted = intake.post(application_body("meldebescheinigung"), key="counter-1", vendor="counter")
    assert accepted.status_code == 202
    with intake.engine.connect() as conn:
        payload = conn.execute(
            sa.select(events.c.payload).where(events.c.case_id == accepted.json()["case_id"])
        ).scalar_one()
    assert payload["channel"] == "counter" and payload["submitted_by"] == {
        "kind": "counter",
        "id": "counter-1",
    }


@pytest.mark.parametrize(
    ("case", "expected_status"),
    [
        ("missing-key", 400),
        ("not-json", 415),
        ("broken-json", 400),
        ("too-large", 413),
        ("unknown-service", 422),
        ("nul-in-a-name", 400),
        ("half-a-surrogate-pair", 400),
    ],
)
def test_malformed_requests_get_a_clear_problem_and_store_nothing(intake, case, expected_status):
    before = intake.stored()
    if case == "missing-key":
        response = intake.post(application_body())
    elif case == "not-json":
        response = intake.post("service_id=meldebescheinigung", key="m-1", **{"Content-Type": "text/plain"})
    elif case == "broken-json":
        response = intake.post('{"service_id": ', key="m-2")
    elif case == "too-large":
        response = intake.post(application_body("meldebescheinigung", usage="x" * 70_000), key="m-3")
    elif case == "nul-in-a-name":  # PostgreSQL keeps no U+0000 in a text: it used to be a 500
        body = application_body()
        body["applicant"]["family_name"] = "Mül\x00ler"
        response = intake.post(body, key="m-5")
    elif case == "half-a-surrogate-pair":
        body = json.dumps(application_body()).replace("Oschersleben", "Osch\\ud800ersleben")
        response = intake.post(body, key="m-6")
    else:
        response = intake.post(application_body() | {"service_id": "drachenhaltung"}, key="m-4")
    assert response.status_code == expected_status
    problem_of(response)
    assert intake.stored() == before


def test_validation_names_every_faulty_field_by_its_path(intake):
    body = application_body("hundeanmeldung")
    body["applicant"]["address"]["postcode"] = "3938"
    body["applicant"]["email"] = "kein-mail"
    body["form"]["dog"]["chip_number"] = "123"
    body["form"]["dog"]["colour"] = "braun"
    del body["form"]["kept_since"]
    before = intake.stored()
    refused = intake.post(body, key="fields-1")
    assert refused.status_code == 422
    assert fields_of(refused) == {
        "applicant.address.postcode",
        "applicant.email",
        "form.dog.chip_number",
        "form.dog.colour",
        "form.kept_since",
    }
    messages = {e["field"]: e["message"] for e in problem_of(refused)["errors"]}
    assert messages["applicant.address.postcode"] == "Bitte eine fünfstellige Postleitzahl angeben."
    assert messages["form.dog.colour"] == "Unbekanntes Feld."
    assert intake.stored() == before


@pytest.mark.parametrize(
    ("service_id", "changes", "field"),
    [
        ("fuehrungszeugnis", {"purpose": "behoerde"}, "form.authority_name"),
        ("fuehrungszeugnis", {"kind": "erweitert"}, "form.extended_request_letter"),
        ("fuehrungszeugnis", {"honorary_work": True}, "form.honorary_organisation"),
        ("geburtsurkunde", {"copies": 11}, "form.copies"),
        ("geburtsurkunde", {"date_of_birth": "2999-01-01"}, "form.date_of_birth"),
        ("gewerbeanmeldung", {"kind": "abmeldung"}, "form.reason"),
        ("nebenwohnung", {"landlord_confirmation": False}, "form.landlord_confirmation"),
        ("hundeabmeldung", {"reason": "abgabe"}, "form.new_keeper"),
    ],
)
def test_rules_of_the_german_forms(intake, service_id, changes, field):
    refused = intake.post(application_body(service_id, **changes), key=f"rule-{uuid.uuid4()}")
    assert refused.status_code == 422
    assert field in fields_of(refused)


def test_the_same_key_and_body_is_the_same_case_and_a_different_body_is_409(intake):
    first = intake.post(application_body("eheurkunde"), key="idem-1")
    again = intake.post(application_body("eheurkunde"), key="idem-1")
    assert first.status_code == again.status_code == 202
    assert first.json()["case_id"] == again.json()["case_id"]
    before = intake.stored()
    conflict = intake.post(application_body("eheurkunde", copies=2), key="idem-1")
    assert conflict.status_code == 409
    problem_of(conflict)
    assert intake.stored() == before
    # keys belong to one vendor: another vendor's same key is its own application
    other = intake.post(application_body("hundeanmeldung"), key="idem-1", vendor="dogsonly")
    assert other.status_code == 202 and other.json()["case_id"] != first.json()["case_id"]


def test_two_clients_racing_with_one_key_make_one_case(intake):
    barrier = threading.Barrier(8)
    answers: list[requests.Response] = []

    def client() -> None:
        barrier.wait()
        answers.append(intake.post(application_body("meldebescheinigung"), key="race-1"))

    threads = [threading.Thread(target=client) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a.status_code for a in answers] == [202] * 8
    assert len({a.json()["case_id"] for a in answers}) == 1
    with intake.engine.connect() as conn:
        case_id = answers[0].json()["case_id"]
        assert (
            conn.execute(
                sa.select(sa.func.count()).select_from(events).where(events.c.case_id == case_id)
            ).scalar_one()
            == 1
        )


def test_status_reveals_nothing_without_the_right_token(intake):
    accepted = intake.post(application_body(), key="status-1").json()
    wrong_token = intake.status(accepted["case_id"], "A" * 43)
    unknown_case = intake.status(str(uuid.uuid4()), accepted["tracking_token"])
    no_token = requests.get(f"{intake.url}/api/v1/applications/{accepted['case_id']}", timeout=5)
    for response in (wrong_token, unknown_case, no_token):
        assert response.status_code == 404
        assert response.json() == wrong_token.json()  # the same answer whether the case exists or not
    assert intake.status(accepted["case_id"], accepted["tracking_token"]).status_code == 200
    # a token in the address would land in logs and histories: the API takes it only as the header
    by_query = requests.get(accepted["status_url"], params={"token": accepted["tracking_token"]}, timeout=5)
    assert by_query.status_code == 404


def test_withdrawal_while_undecided(intake):
    accepted = intake.post(application_body("fuehrungszeugnis"), key="withdraw-1").json()
    case_id, token = accepted["case_id"], accepted["tracking_token"]
    assert intake.withdraw(case_id, "B" * 43).status_code == 404
    withdrawn = intake.withdraw(case_id, token, {"reason": "Hat sich erledigt."})
    assert withdrawn.status_code == 200 and withdrawn.json()["status"] == "withdrawn"
    assert [entry["event"] for entry in withdrawn.json()["timeline"]] == [
        "ApplicationSubmitted",
        "ApplicationWithdrawn",
    ]
    before = intake.stored()
    again = intake.withdraw(case_id, token)
    assert again.status_code == 409 and "bereits zurückgezogen" in problem_of(again)["detail"]
    assert intake.stored() == before


def test_a_decided_case_cannot_be_withdrawn(intake):
    accepted = intake.post(application_body("meldebescheinigung"), key="withdraw-2").json()
    with intake.engine.begin() as conn:  # as the projection records a caseworker's decision
        conn.execute(
            case_status.update()
            .where(case_status.c.case_id == accepted["case_id"])
            .values(progress="approved")
        )
    refused = intake.withdraw(accepted["case_id"], accepted["tracking_token"])
    assert refused.status_code == 409 and "entschieden" in problem_of(refused)["detail"]


def test_the_openapi_states_the_idempotency_key_rules_the_api_enforces(intake):
    spec = requests.get(f"{intake.url}/api/v1/openapi.json", timeout=5).json()
    [key] = [p for p in spec["paths"]["/api/v1/applications"]["post"]["parameters"] if p["in"] == "header"]
    assert key["name"] == "Idempotency-Key" and key["required"] is True
    assert (key["schema"]["minLength"], key["schema"]["maxLength"]) == (1, 200)
    assert intake.post(application_body(), key="k" * 201).status_code == 400
    assert intake.post(application_body(), key="").status_code == 400
    first = intake.post(application_body(), key="k" * 200)
    assert first.status_code == 202
    assert intake.post(application_body(), key="k" * 200).json()["case_id"] == first.json()["case_id"]
    assert intake.post(application_body(copies=2), key="k" * 200).status_code == 409
    assert "409" in key["description"] and "200 Zeichen" in key["description"]


def test_served_openapi_is_the_committed_one(intake):
    committed = json.loads(Path("docs/openapi/intake.json").read_text(encoding="utf-8"))
    served = requests.get(f"{intake.url}/api/v1/openapi.json", timeout=5).json()
    assert served == committed, "run: python -m infra.contracts"


def test_the_portal_lists_every_service_and_says_which_need_a_visit(intake):
    page = requests.get(f"{intake.url}/portal/", timeout=5)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert '<html lang="de">' in page.text and 'href="#inhalt"' in page.text  # a skip link for keyboard users
    for service in catalogue.services().values():
        assert service["name_de"] in page.text
        assert f'href="/portal/dienste/{service["id"]}"' in page.text
    visit = requests.get(f"{intake.url}/portal/dienste/personalausweis", timeout=5).text
    assert "Nur persönlich" in visit and "Fingerabdrücke" in visit
    english = requests.get(f"{intake.url}/portal/dienste/reisepass", params={"lang": "en"}, timeout=5).text
    assert '<html lang="en">' in english and "Passport" in english and "in person" in english
    paid_first = requests.get(f"{intake.url}/portal/dienste/geburtsurkunde", timeout=5).text
    assert "mit dem Antrag bezahlt" in paid_first
    missing = requests.get(f"{intake.url}/portal/dienste/mondlandung", timeout=5)
    assert missing.status_code == 404 and "gibt es nicht" in missing.text


def test_an_answer_needs_an_open_question(intake):
    accepted = intake.post(application_body("meldebescheinigung"), key="answer-1").json()
    case_id, token = accepted["case_id"], accepted["tracking_token"]

    def send(body: dict | None, with_token: str = token) -> requests.Response:
        return requests.post(
            f"{intake.url}/api/v1/applications/{case_id}/answer",
            json=body,
            headers={"X-Tracking-Token": with_token},
            timeout=10,
        )

    before = intake.stored()
    assert send({"message": "Hier die Antwort."}, "B" * 43).status_code == 404
    none_open = send({"message": "Hier die Antwort."})
    assert none_open.status_code == 409 and "keine Rückfrage offen" in problem_of(none_open)["detail"]
    with intake.engine.begin() as conn:  # as the projection records the office's question
        conn.execute(
            case_status.update()
            .where(case_status.c.case_id == case_id)
            .values(progress="information_requested")
        )
    empty = send({})
    assert empty.status_code == 422 and fields_of(empty) == {"message"}
    assert intake.stored() == before
    answered = send({"message": "Der Geburtsname meiner Mutter ist Kühn."})
    assert answered.status_code == 200, answered.text
    assert answered.json()["timeline"][-1] == {
        **answered.json()["timeline"][-1],
        "event": "InformationSupplied",
        "text": "Ihre Antwort: Der Geburtsname meiner Mutter ist Kühn.",
    }


def test_an_invalid_email_address_is_refused_in_german(intake):
    body = application_body("meldebescheinigung")
    body["applicant"]["email"] = "jana.schroeder-at-example.org"
    refused = intake.post(body, key="bad-email")
    assert refused.status_code == 422
    assert problem_of(refused)["errors"] == [
        {"field": "applicant.email", "message": "Keine gültige E-Mail-Adresse."}
    ]
