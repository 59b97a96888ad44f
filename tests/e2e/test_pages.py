"""The portal, the office desk and the audit view in headless Chromium, against the platform started as real
processes: what a citizen, a caseworker and an auditor do, each page screenshotted (var/screenshots/) and
checked by axe-core against WCAG 2.1 A and AA, as BITV 2.0 asks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from email.header import decode_header, make_header

import pytest
import requests
import sqlalchemy as sa

from infra.platform import Platform, platform_processes
from services.intake.tables import appointment_slots
from services.registry import http_ports, producers
from services.routing import staff
from shared.kernel.db import make_engine
from tests.browser import Browser, chromium
from tests.conftest import free_port
from tests.e2e.test_documents import EICAR, PDF
from tests.helpers import wait_for

CITIZEN = {
    "applicant.given_name": "Jana",
    "applicant.family_name": "Schröder",
    "applicant.date_of_birth": "1987-03-14",
    "applicant.email": "jana.schroeder@example.org",
    "applicant.address.street": "Halberstädter Straße",
    "applicant.address.house_number": "12a",
    "applicant.address.postcode": "39387",
    "applicant.address.city": "Oschersleben (Bode)",
}
DOG = {
    "form.dog.name": "Bella",
    "form.dog.breed": "Labrador",
    "form.dog.date_of_birth": "2023-05-02",
    "form.dog.chip_number": "276098106543210",
    "form.kept_since": "2026-10-01",
}


@pytest.fixture
def platform(topics, kafka_bootstrap, new_database, smtp_server, tmp_path) -> Iterator[Platform]:
    ports = {**{s: free_port() for s in http_ports()}, "payments": free_port()}
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "RATHAUS_TOPIC_PREFIX": topics,
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp_server.port),
        "PAYMENT_CALLBACK_SECRET": "pages-callback-secret",
        "TEST_PAYMENTS_SECRET": "pages-test-payments",
        "NOTIFICATIONS_RETRY_SECONDS": "0.2",
        # The portal's "pay now" leads to the payment provider's stand-in, which calls fees back.
        "PAYMENT_PAGE_URL": f"http://127.0.0.1:{ports['payments']}/bezahlen",
        "PORTAL_URL": f"http://127.0.0.1:{ports['intake']}",
        "FEES_URL": f"http://127.0.0.1:{ports['fees']}",
    }
    for service in producers():
        env[f"{service.upper()}_DATABASE_URL"] = new_database()
    names = [*platform_processes(), "payments-http"]
    with Platform(env=env, log_dir=tmp_path / "log", ports=ports, names=names) as running:
        routing = make_engine(env["ROUTING_DATABASE_URL"])
        with routing.begin() as conn:
            running.caseworker_token = staff.add(
                conn, "k-mueller", "Karla Müller", "steuerabteilung", "caseworker"
            )
            running.auditor_token = staff.add(conn, "p-pruefer", "Paul Prüfer", None, "auditor")
        routing.dispose()
        yield running


@pytest.fixture
def browser() -> Iterator[Browser]:
    with chromium() as opened:
        yield opened


def test_citizens_apply_a_caseworker_decides_and_an_auditor_follows_it(
    platform, browser, smtp_server, tmp_path
):
    portal = f"{platform.url('intake')}/portal/"
    # A citizen finds the Meldebescheinigung and applies; the form first says what is missing.
    browser.open(portal)
    browser.accessible("portal-catalogue")
    browser.follow("footer a")  # the accessibility statement, linked from every portal page
    assert browser.find("h1").text == "Erklärung zur Barrierefreiheit"
    assert "Barrieren melden" in browser.text()
    browser.accessible("portal-accessibility")
    browser.open(portal)
    browser.follow('a[href="/portal/dienste/meldebescheinigung"]')
    browser.accessible("portal-service")
    browser.follow("a.button")
    browser.follow("button[type=submit]")
    summary = browser.find(".error-summary")
    assert "Vorname: Pflichtangabe fehlt." in summary.text  # the API's own message, next to the field too
    assert browser.find("#applicant-given_name").get_attribute("aria-invalid") == "true"
    assert browser.find("#applicant-given_name").get_attribute("autocomplete") == "given-name"  # SC 1.3.5
    assert "Pflichtangabe fehlt." in browser.find("#applicant-given_name-error").text
    browser.accessible("portal-form-errors")
    browser.fill({**CITIZEN, "applicant.address.postcode": "3938"})
    browser.click("#form-kind-erweitert")
    browser.follow("button[type=submit]")
    assert "Bitte eine fünfstellige Postleitzahl angeben." in browser.find(".error-summary").text
    assert browser.find("#applicant-given_name").get_attribute("value") == "Jana"  # nothing typed is lost
    browser.fill({"applicant.address.postcode": "39387"})
    browser.follow("button[type=submit]")
    case_id = browser.find("#case-id").text
    browser.accessible("portal-confirmation")
    browser.follow("#tracking-link")
    status_url = browser.driver.current_url
    # The fee is paid first: the status page shows the office, the fee and what is still open.
    wait_for(
        lambda: _reloaded_shows(browser, status_url, "#case-state", "Wartet auf Ihre Zahlung"), timeout=30
    )
    assert "Bürgerbüro" in browser.text() and browser.find("#case-payment").text == "offen"
    browser.accessible("portal-status")
    # The citizen pays at the payment provider (its stand-in here), which calls fees back and leads home.
    browser.follow("#pay")
    assert browser.find("#amount").text == "10,00 EUR"
    browser.accessible("payment-provider")
    browser.follow("main button[type=submit]")
    assert browser.driver.current_url == status_url
    wait_for(lambda: _reloaded_shows(browser, status_url, "#case-payment", "bezahlt"), timeout=30)
    wait_for(lambda: _reloaded_shows(browser, status_url, "#case-state", "An das zuständige Amt"), timeout=30)

    # The same citizen registers a dog, in English this time.
    browser.open(f"{portal}dienste/hundeanmeldung/antrag?lang=en")
    assert browser.find("html").get_attribute("lang") == "en"
    browser.fill({**CITIZEN, **DOG})
    browser.click("#form-dog-sex-huendin")
    browser.follow("button[type=submit]")
    dog_case = browser.find("#case-id").text
    browser.follow("#tracking-link")
    dog_status = browser.driver.current_url
    wait_for(lambda: _reloaded_shows(browser, dog_status, "#case-state", "Passed to the office"), timeout=30)
    assert "Steuerabteilung" in browser.text()

    # A caseworker of the dog-tax office signs in, finds the case, claims it and asks a question.
    desk = f"{platform.url('routing')}/desk/"
    browser.open(desk)
    assert "/desk/anmelden" in browser.driver.current_url  # no session, no desk
    browser.accessible("desk-sign-in")
    browser.fill({"token": "sk_k-mueller_wrongwrongwrongwrongwrong"})
    browser.follow("main button[type=submit]")
    assert "nicht gültig" in browser.find(".error-summary").text
    browser.fill({"token": platform.caseworker_token})
    browser.follow("main button[type=submit]")
    assert "Karla Müller" in browser.text()
    wait_for(lambda: _reloaded_shows(browser, desk, "#cases", dog_case[:8]), timeout=30)
    assert case_id[:8] not in browser.find("#cases").text  # the Bürgerbüro's case is not this office's
    # The office's open cases per state, drawn as a chart whose title reads out every figure
    chart = browser.find("#open-by-state svg title").get_attribute("textContent")
    assert chart.startswith("Offene Vorgänge nach Stand: ") and " 1" in chart
    browser.accessible("desk-cases")
    browser.follow(f'a[href="/desk/vorgang/{dog_case}"]')
    assert "Bella" in browser.text() and "Hündin" in browser.text()  # the application, labelled
    browser.accessible("desk-case")
    browser.follow("#action-claim button")
    assert "Vorgang übernommen." in browser.text() and browser.find("#case-state").text == "in Bearbeitung"
    browser.follow("#action-request-information button")  # without the question
    assert "Pflichtangabe fehlt." in browser.find(".error-summary").text
    browser.accessible("desk-case-errors")
    browser.fill({"message": "Bitte senden Sie uns eine Kopie des Heimtierausweises."})
    browser.follow("#action-request-information button")
    assert browser.find("#case-state").text == "Rückfrage beim Antragsteller"

    # The citizen sees the question on the status page and answers it there.
    browser.open(dog_status)
    wait_for(lambda: _reloaded_shows(browser, dog_status, "#case-history", "Heimtierausweises"), timeout=30)
    assert browser.find("#case-state").text == "We have a question for you"
    browser.follow("#answer button")  # nothing written yet
    assert "Your answer: Required." in browser.find(".error-summary").text  # the English page, in English
    browser.accessible("portal-status-question")
    browser.fill({"message": "Die Kopie kommt per Post; die Chipnummer steht oben."})
    # with a scan of the pet passport: a file input, reached and used from the keyboard like any field
    scan = tmp_path / "Heimtierausweis.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    browser.find("#documents-sonstiges").send_keys(str(scan))
    browser.follow("#answer button")
    assert "Your answer has reached the office." in browser.text()
    assert "Heimtierausweis.png (PNG, 1 KB)" in browser.find("#case-documents").text

    # The case is back on the caseworker's desk with the answer; the caseworker approves.
    case_page = f"{desk}vorgang/{dog_case}"
    wait_for(lambda: _reloaded_shows(browser, case_page, "#case-state", "in Bearbeitung"), timeout=30)
    assert "Antwort des Antragstellers: Die Kopie kommt per Post" in browser.find("#case-timeline").text
    assert "Weiteres Dokument: Heimtierausweis.png, PNG, 1 KB" in browser.find("#case-documents").text
    browser.accessible("desk-case-documents")
    browser.fill({"note": "Kopie liegt vor."})
    browser.follow("#action-approve button")
    assert "Vorgang bewilligt." in browser.text() and browser.find("#case-state").text == "bewilligt"
    wait_for(lambda: _reloaded_shows(browser, dog_status, "#case-state", "Approved"), timeout=30)

    # An auditor signs in to the audit view, opens the case's timeline and checks the period.
    audit = f"{platform.url('audit')}/pruefung/"
    browser.open(audit)
    browser.fill({"token": platform.caseworker_token})  # a caseworker's token opens no audit view
    browser.follow("main button[type=submit]")
    assert "keiner Prüferin" in browser.find(".error-summary").text
    browser.fill({"token": platform.auditor_token})
    browser.follow("main button[type=submit]")
    browser.accessible("audit-start")
    browser.fill({"case_id": dog_case})
    browser.follow("main form button[type=submit]")
    events = browser.find("#events").text
    for event_type in (
        "ApplicationSubmitted",
        "CaseRouted",
        "CaseClaimed",
        "InformationRequested",
        "CaseApproved",
    ):
        assert event_type in events
    browser.accessible("audit-case")
    browser.open(audit)
    browser.follow("#period button[type=submit]")
    assert browser.find("#verdict").text.startswith("Ohne Befund")
    browser.accessible("audit-verification")
    cookies = {c["name"]: c["value"] for c in browser.driver.get_cookies()}
    report = requests.get(f"{audit}bericht", cookies=cookies, timeout=30)
    assert report.status_code == 200 and "attachment" in report.headers["Content-Disposition"]
    assert dog_case in report.text or "Hundeanmeldung" in report.text

    # The citizen's receipts came by mail, once per case.
    def receipts() -> list[str]:
        subjects = [str(make_header(decode_header(mail["Subject"]))) for mail in smtp_server.mails()]
        return [subject for subject in subjects if subject.startswith("Eingangsbestätigung")]

    wait_for(lambda: len(receipts()) >= 2, timeout=30)
    assert sorted(receipts()) == sorted(
        [
            f"Eingangsbestätigung: Meldebescheinigung (Vorgang {case_id})",
            f"Eingangsbestätigung: Hundeanmeldung (Vorgang {dog_case})",
        ]
    )


def _reloaded_shows(browser: Browser, url: str, css: str, text: str) -> bool:
    browser.open(url)
    found = browser.all(css)
    return bool(found) and text in found[0].text


@pytest.fixture
def portal(new_database, tmp_path) -> Iterator[Platform]:
    """The portal alone: its pages need intake's HTTP process and its database, and clamd."""
    env = {"INTAKE_DATABASE_URL": new_database()}
    with Platform(
        env=env, log_dir=tmp_path / "log", ports={"intake": free_port()}, names=["intake-http"]
    ) as up:
        yield up


def test_a_citizen_sends_the_proof_a_service_asks_for_and_malware_is_refused(portal, browser, tmp_path):
    form = f"{portal.url('intake')}/portal/dienste/fuehrungszeugnis"
    browser.open(form)
    # The service's page says which documents it needs and why, with the legal basis
    assert "§ 30a Abs. 2 BZRG" in browser.find("#service-documents").text
    browser.follow("a.button")
    browser.fill({**CITIZEN, "form.usage": "Übungsleiterin im Turnverein"})
    for choice in ("#form-kind-erweitert", "#form-purpose-privat", "#form-extended_request_letter"):
        browser.click(choice)
    infected = tmp_path / "Aufforderung.pdf"
    infected.write_bytes(b"%PDF-1.4\n" + EICAR + b"\n%%EOF\n")
    browser.find("#documents-aufforderung_30a").send_keys(str(infected))
    browser.follow("button[type=submit]")
    summary = browser.find(".error-summary").text
    assert "Eine Datei enthält Schadsoftware und wurde nicht angenommen" in summary
    assert "Schadsoftware erkannt; die Datei wurde nicht angenommen." in summary
    assert "bitte die Dateien noch einmal auswählen" in summary
    assert browser.find("#documents-aufforderung_30a").get_attribute("aria-invalid") == "true"
    browser.accessible("portal-form-malware")
    # Sent again without a file, the request letter is said to be missing, in English on the English page
    browser.open(f"{form}/antrag?lang=en")
    browser.fill({**CITIZEN, "form.usage": "Übungsleiterin im Turnverein"})
    for choice in ("#form-kind-erweitert", "#form-purpose-privat", "#form-extended_request_letter"):
        browser.click(choice)
    browser.follow("button[type=submit]")
    assert (
        "Written request for the extended certificate: This document is needed for this application; "
        "please upload it." in browser.find(".error-summary").text
    )
    letter = tmp_path / "Aufforderung Turnverein.pdf"
    letter.write_bytes(PDF)
    browser.find("#documents-aufforderung_30a").send_keys(str(letter))
    browser.follow("button[type=submit]")
    browser.follow("#tracking-link")
    listed = browser.find("#case-documents").text
    assert "Written request for the extended certificate: Aufforderung Turnverein.pdf (PDF, 1 KB)" in listed
    browser.accessible("portal-status-documents")


def test_a_citizen_books_a_visit_and_the_office_sees_its_day(platform, browser, smtp_server):
    portal = f"{platform.url('intake')}/portal/"
    browser.open(f"{portal}dienste/personalausweis")
    assert "nur persönlich" in browser.text().lower()
    browser.follow("#book")
    browser.accessible("portal-appointment-days")
    # The last day offered has all its times free, whatever the hour the test runs at
    last_day = browser.all("#days a")[-1].get_attribute("href")
    day = last_day.split("tag=")[1][:10]
    browser.open(last_day)
    browser.follow("main form button[type=submit]")  # no time, no name
    summary = browser.find(".error-summary").text
    assert "Bitte eine Uhrzeit wählen." in summary and "Vorname: Pflichtangabe fehlt." in summary
    browser.accessible("portal-appointment-errors")
    browser.click("#time-2")
    chosen = browser.find("#time-2").get_attribute("value")
    browser.fill({"given_name": "Jana", "family_name": "Schröder", "email": "jana.schroeder@example.org"})
    browser.follow("main form button[type=submit]")
    case_id = browser.find("#case-id").text
    browser.follow("#tracking-link")
    assert browser.find("#case-state").text == "Termin gebucht"
    assert "Bürgerbüro Oschersleben (Bode)" in browser.find("#case-appointment").text
    browser.accessible("portal-appointment-status")

    # The confirmation mail carries the visit for the citizen's calendar
    def confirmation() -> list:
        return [m for m in smtp_server.mails() if m["X-Case-Id"] == case_id]

    [mail] = wait_for(confirmation, timeout=30)
    [attached] = [part for part in mail.walk() if part.get_content_type() == "text/calendar"]
    assert "METHOD:REQUEST" in attached.get_payload(decode=True).decode()

    # A caseworker of the Bürgerbüro sees the day's visits and blocks a free time
    routing = make_engine(platform.env["ROUTING_DATABASE_URL"])
    with routing.begin() as conn:
        token = staff.add(conn, "b-weber", "Ben Weber", "buergerbuero", "caseworker")
    routing.dispose()
    desk = f"{platform.url('routing')}/desk/"
    browser.open(desk)
    browser.fill({"token": token})
    browser.follow("main button[type=submit]")
    browser.follow("#appointments-today")
    day_page = f"{desk}termine?tag={day}"
    wait_for(lambda: _reloaded_shows(browser, day_page, "#visits", "Jana Schröder"), timeout=30)
    assert "gebucht" in browser.find("#visits").text
    browser.accessible("desk-appointments-day")
    # Several counters: the citizen's time is still free at another, so a different time is blocked
    times = browser.all("#slots input[type=radio]")
    free_times = [time for time in times if time.get_attribute("value") != chosen]
    blocked_at = free_times[-1].get_attribute("value")
    free_times[-1].click()
    browser.fill({"reason": "Dienstbesprechung"})
    browser.follow("#block button[type=submit]")
    assert "gesperrt" in browser.text() and "Dienstbesprechung" in browser.find("#slots").text
    # intake, which books, takes one counter at that time out of booking
    intake = make_engine(platform.env["INTAKE_DATABASE_URL"])

    def blocked_in_intake() -> bool:
        with intake.connect() as conn:
            return conn.execute(
                sa.select(appointment_slots.c.blocked_by).where(
                    appointment_slots.c.starts_at == datetime.fromisoformat(blocked_at)
                )
            ).scalars().all() == ["b-weber"]

    wait_for(blocked_in_intake, timeout=30)
    intake.dispose()
