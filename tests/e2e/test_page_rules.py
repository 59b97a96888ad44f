"""What the web pages promise beyond the browser story (tests/e2e/test_pages.py): no form accepted without
its CSRF token, staff sessions that end, the same case for a form sent twice, security headers, and an
accessibility check that does find what is wrong."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests
import sqlalchemy as sa
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from infra.platform import Platform
from services.intake.domain import catalogue
from services.intake.tables import applications
from services.registry import producers
from services.routing import staff
from services.routing.service import SERVICE as ROUTING
from services.routing.store import STORE
from shared.kernel.db import make_engine
from shared.kernel.envelope import Event
from tests.browser import chromium
from tests.conftest import free_port
from tests.e2e.test_pages import CITIZEN
from tests.helpers import recorded, submitted_payload

IDLE_SECONDS = 2.0
LONG_AGO = datetime.now(UTC) - timedelta(days=40)


class Town:
    def __init__(self, platform: Platform, env: dict[str, str]) -> None:
        self.platform = platform
        self.intake = make_engine(env["INTAKE_DATABASE_URL"])
        self.routing = make_engine(env["ROUTING_DATABASE_URL"])

    def url(self, service: str, path: str) -> str:
        return f"{self.platform.url(service)}{path}"


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Iterator[Town]:
    base = tmp_path_factory.mktemp("pages")
    env = {f"{s.upper()}_DATABASE_URL": f"sqlite:///{base / s}.db" for s in producers()}
    env["SESSION_MINUTES"] = str(IDLE_SECONDS / 60)
    names = ["intake-http", "routing-http", "payments-http"]
    ports = {"intake": free_port(), "routing": free_port(), "payments": free_port()}
    env["PORTAL_URL"] = f"http://127.0.0.1:{ports['intake']}"
    env["PAYMENT_CALLBACK_SECRET"] = "rules-secret"
    env["TEST_PAYMENTS_SECRET"] = "rules-test-payments"
    with Platform(env=env, log_dir=base / "log", ports=ports, names=names) as platform:
        running = Town(platform, env)
        with running.routing.begin() as conn:
            running.token = staff.add(conn, "b-weber", "Ben Weber", "buergerbuero", "caseworker")
            running.auditor_token = staff.add(conn, "a-audit", "Ada Audit", None, "auditor")
        yield running
        running.intake.dispose()
        running.routing.dispose()


def csrf_of(page: requests.Response) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def signed_in(town: Town, token: str) -> requests.Session:
    browser = requests.Session()
    page = browser.get(town.url("routing", "/desk/anmelden"), timeout=10)
    browser.post(page.url, data={"csrf_token": csrf_of(page), "token": token}, timeout=10)
    return browser


def test_a_form_without_its_csrf_token_changes_nothing(town):
    browser = requests.Session()
    form = browser.get(town.url("intake", "/portal/dienste/meldebescheinigung/antrag"), timeout=10)
    form_id = re.search(r'name="form_id" value="([^"]+)"', form.text).group(1)
    data = {**CITIZEN, "form.kind": "einfach", "form_id": form_id}
    refused = browser.post(form.url, data=data, timeout=10, allow_redirects=False)
    # The form comes back with what was typed and a fresh token, and no application was made.
    assert refused.status_code == 400 and "abgelaufen" in refused.text and "Schröder" in refused.text
    with town.intake.connect() as conn:
        assert (
            conn.execute(sa.select(applications).where(applications.c.idempotency_key == form_id)).first()
            is None
        )
    # Sent again from the page that came back, it is accepted.
    accepted = browser.post(form.url, data={**data, "csrf_token": csrf_of(refused)}, timeout=10)
    assert accepted.status_code == 200 and "Ihr Antrag ist eingegangen" in accepted.text
    # A token from another session does not count either.
    desk = requests.post(
        town.url("routing", "/desk/anmelden"),
        data={"csrf_token": csrf_of(form), "token": town.token},
        timeout=10,
    )
    assert desk.status_code == 400 and "abgelaufen" in desk.text and "routing_session" not in desk.cookies


def test_a_form_with_a_nul_character_is_refused_and_makes_no_case(town):
    browser = requests.Session()
    form = browser.get(town.url("intake", "/portal/dienste/meldebescheinigung/antrag"), timeout=10)
    form_id = re.search(r'name="form_id" value="([^"]+)"', form.text).group(1)
    data = {**CITIZEN, "applicant.family_name": "Schr\x00der", "form.kind": "einfach", "form_id": form_id}
    refused = browser.post(form.url, data={**data, "csrf_token": csrf_of(form)}, timeout=10)
    assert refused.status_code == 400 and "Nullzeichen" in refused.text
    with town.intake.connect() as conn:
        made = conn.execute(sa.select(applications).where(applications.c.idempotency_key == form_id)).first()
    assert made is None


def test_a_form_sent_twice_makes_one_case(town):
    browser = requests.Session()
    form = browser.get(town.url("intake", "/portal/dienste/nebenwohnung/antrag"), timeout=10)
    form_id = re.search(r'name="form_id" value="([^"]+)"', form.text).group(1)
    address = {"street": "Markt", "house_number": "3", "postcode": "39387", "city": "Oschersleben (Bode)"}
    data = {
        **CITIZEN,
        "csrf_token": csrf_of(form),
        "form_id": form_id,
        "form.move_in_date": time.strftime("%Y-%m-%d"),
        "form.landlord_confirmation": "on",
        **{f"form.secondary_address.{k}": v for k, v in address.items()},
        **{f"form.main_address.{k}": v.replace("Markt", "Hauptstraße") for k, v in address.items()},
    }
    first = browser.post(form.url, data=data, timeout=10, allow_redirects=False)
    second = browser.post(form.url, data=data, timeout=10, allow_redirects=False)
    assert first.status_code == second.status_code == 303
    case_of = [
        re.search(r"/portal/eingang/([0-9a-f-]{36})", r.headers["Location"]).group(1) for r in (first, second)
    ]
    assert case_of[0] == case_of[1]
    with town.intake.connect() as conn:
        rows = conn.execute(sa.select(applications).where(applications.c.idempotency_key == form_id)).all()
    assert len(rows) == 1 and rows[0].submitter_id == "portal"
    # Back, changed and sent again: the first application stands, and the page says so before a second one.
    changed = browser.post(form.url, data={**data, "applicant.given_name": "Janina"}, timeout=10)
    assert changed.status_code == 200 and "schon abgeschickt" in changed.text
    new_form_id = re.search(r'name="form_id" value="([^"]+)"', changed.text).group(1)
    assert new_form_id != form_id
    # The tracking link opens the status; a wrong token shows nothing of the case.
    status = browser.get(town.url("intake", "") + first.headers["Location"], timeout=10)
    assert status.status_code == 200 and case_of[0] in status.text
    wrong = browser.get(town.url("intake", f"/portal/vorgang/{case_of[0]}?token=nope"), timeout=10)
    shown = wrong.text[wrong.text.index("<main") :]  # the address bar's own URL aside
    assert wrong.status_code == 404 and "Schröder" not in shown and case_of[0] not in shown


def test_the_tracking_token_stays_out_of_every_address_the_portal_leads_to_and_out_of_the_log(town):
    browser = requests.Session()
    form = browser.get(town.url("intake", "/portal/dienste/meldebescheinigung/antrag"), timeout=10)
    form_id = re.search(r'name="form_id" value="([^"]+)"', form.text).group(1)
    data = {**CITIZEN, "form.kind": "einfach", "form_id": form_id, "csrf_token": csrf_of(form)}
    sent = browser.post(form.url, data=data, timeout=10, allow_redirects=False)
    assert sent.status_code == 303 and "token" not in sent.headers["Location"]
    case_id = sent.headers["Location"].rsplit("/", 1)[1].split("?")[0]
    confirmation = browser.get(town.url("intake", sent.headers["Location"]), timeout=10)
    link = re.search(r'id="tracking-link" href="([^"]+)"', confirmation.text).group(1).replace("&amp;", "&")
    token = re.search(r"token=([^&]+)", link).group(1)
    # the link, kept by the citizen, opens the case in another browser, and leads to an address without it
    elsewhere = requests.Session()
    opened = elsewhere.get(link, timeout=10, allow_redirects=False)
    assert opened.status_code == 303 and "token" not in opened.headers["Location"]
    status = elsewhere.get(town.url("intake", opened.headers["Location"]), timeout=10)
    assert status.status_code == 200 and case_id in status.text and token not in status.text
    # a browser without the link sees nothing at that address
    assert requests.get(status.url, timeout=10).status_code == 404
    logged = town.platform.log_of("intake-http").read_text()
    assert "/portal/vorgang/" in logged and token not in logged


def test_pages_carry_security_headers_and_the_api_its_own(town):
    page = requests.get(town.url("intake", "/portal/"), timeout=10)
    assert "style-src 'self'" in page.headers["Content-Security-Policy"]
    assert page.headers["Referrer-Policy"] == "no-referrer" and page.headers["Cache-Control"] == "no-store"
    api = requests.get(town.url("intake", "/api/v1/services"), timeout=10)
    assert api.headers["Content-Type"] == "application/json"
    # data loads nothing and is framed nowhere, whatever a browser might make of it
    assert api.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert (
        api.headers["X-Content-Type-Options"] == "nosniff" and api.headers["Referrer-Policy"] == "no-referrer"
    )


def test_a_desk_session_ends_after_idle_time_and_with_a_revoked_token(town):
    desk = town.url("routing", "/desk/")
    browser = signed_in(town, town.token)
    assert browser.get(desk, timeout=10, allow_redirects=False).status_code == 200
    time.sleep(IDLE_SECONDS + 1)
    idle = browser.get(desk, timeout=10, allow_redirects=False)
    assert idle.status_code == 302 and "/desk/anmelden" in idle.headers["Location"]

    browser = signed_in(town, town.token)
    assert browser.get(desk, timeout=10, allow_redirects=False).status_code == 200
    with town.routing.begin() as conn:
        staff.revoke(conn, "b-weber")
    revoked = browser.get(desk, timeout=10, allow_redirects=False)
    assert revoked.status_code == 302
    told = browser.get(town.url("routing", revoked.headers["Location"]), timeout=10).text
    assert "Ihre Sitzung ist abgelaufen." in told
    with town.routing.begin() as conn:
        town.token = staff.add(conn, "b-weber-2", "Ben Weber", "buergerbuero", "caseworker")


def test_signing_out_ends_the_desk_session_on_the_server_and_a_copied_cookie_with_it(town):
    desk = town.url("routing", "/desk/")
    browser = signed_in(town, town.token)
    copied = requests.Session()  # the cookie as someone who read it off the machine has it
    copied.cookies.update(browser.cookies)
    assert copied.get(desk, timeout=10, allow_redirects=False).status_code == 200
    out = browser.post(
        town.url("routing", "/desk/abmelden"), data={"csrf_token": csrf_of(browser.get(desk))}, timeout=10
    )
    assert "Sie sind abgemeldet." in out.text
    for who in (copied, browser):
        after = who.get(desk, timeout=10, allow_redirects=False)
        assert after.status_code == 302 and "/desk/anmelden" in after.headers["Location"]
    again = signed_in(town, town.token)  # signing in again makes a new session, the old one stays ended
    assert again.get(desk, timeout=10, allow_redirects=False).status_code == 200
    assert copied.get(desk, timeout=10, allow_redirects=False).status_code == 302


def test_a_refused_sign_in_is_logged_without_the_token_tried(town):
    browser = requests.Session()
    page = browser.get(town.url("routing", "/desk/anmelden"), timeout=10)
    tried = "sk_b-weber_" + "x" * 40
    refused = browser.post(page.url, data={"csrf_token": csrf_of(page), "token": tried}, timeout=10)
    assert refused.status_code == 401
    logged = town.platform.log_of("routing-http").read_text()
    assert "sign-in refused at /desk/anmelden from 127.0.0.1 (no active token)" in logged
    assert tried not in logged and "x" * 40 not in logged


def test_the_desk_is_for_caseworkers_and_leads_only_and_leads_back_only_to_itself(town):
    auditor = signed_in(town, town.auditor_token)
    assert auditor.get(town.url("routing", "/desk/"), timeout=10, allow_redirects=False).status_code == 302
    browser = requests.Session()
    page = browser.get(town.url("routing", "/desk/anmelden?next=//evil.example/"), timeout=10)
    went = browser.post(
        page.url, data={"csrf_token": csrf_of(page), "token": town.token}, allow_redirects=False
    )
    assert went.status_code == 303 and went.headers["Location"] == "/desk/"
    unknown = browser.get(
        town.url("routing", "/desk/vorgang/00000000-0000-0000-0000-000000000000"), timeout=10
    )
    assert unknown.status_code == 404 and "gibt es in Ihrem Amt nicht" in unknown.text
    bad_filter = browser.get(town.url("routing", "/desk/?state=verloren"), timeout=10)
    assert bad_filter.status_code == 422 and "Unbekannter Stand" in bad_filter.text


def test_the_accessibility_check_finds_what_is_wrong(tmp_path):
    # An unlabelled input and grey-on-grey text: the check that passes our pages must fail this page.
    page = tmp_path / "bad.html"
    page.write_text(
        '<!doctype html><html><head><title>x</title></head><body><main><input type="text">'
        '<p style="color:#999;background:#aaa">kaum lesbar</p></main></body></html>'
    )
    with chromium() as browser:
        browser.open(page.as_uri())
        found = {finding["id"] for finding in browser.page("known-bad")}
    assert {"label", "color-contrast", "html-has-lang"} <= found


def test_services_needing_a_visit_have_no_form(town):
    for service in catalogue.services().values():
        if service.get("in_person_only"):
            form = requests.get(
                town.url("intake", f"/portal/dienste/{service['id']}/antrag"),
                timeout=10,
                allow_redirects=False,
            )
            assert form.status_code == 302 and form.headers["Location"].endswith(
                f"/portal/dienste/{service['id']}"
            )


def feed(town: Town, event: Event) -> Event:
    with town.routing.begin() as conn:
        ROUTING.handle(conn, event)
    return event


def test_the_desk_pages_list_filter_and_page_an_offices_cases(town):
    old = feed(
        town, recorded("intake", "ApplicationSubmitted", submitted_payload("nebenwohnung"), at=LONG_AGO)
    )
    fresh = [
        feed(town, recorded("intake", "ApplicationSubmitted", submitted_payload("nebenwohnung"))).case_id
        for _ in range(3)
    ]
    browser = signed_in(town, town.token)
    overdue = browser.get(town.url("routing", "/desk/"), params={"overdue": "true"}, timeout=10).text
    assert old.case_id[:8] in overdue and "überfällig" in overdue and not any(c[:8] in overdue for c in fresh)
    seen, url = [], town.url("routing", "/desk/?limit=2")
    while url:
        page = browser.get(url, timeout=10).text
        seen += re.findall(r'href="/desk/vorgang/([0-9a-f-]{36})"', page)
        following = re.search(r'<a href="([^"]+)" rel="next">', page)
        url = town.url("routing", following.group(1).replace("&amp;", "&")) if following else None
    assert len(seen) == len(set(seen)) and {old.case_id, *fresh} <= set(seen)
    # A case number read out on the phone: its start leads to the case; a wrong one says so.
    found = browser.get(town.url("routing", "/desk/suche"), params={"vorgang": old.case_id[:8]}, timeout=10)
    assert found.url.endswith(f"/desk/vorgang/{old.case_id}") and "Vorgang" in found.text
    unknown = browser.get(town.url("routing", "/desk/suche"), params={"vorgang": "ffffffff"}, timeout=10)
    assert unknown.status_code == 422 and "Kein Vorgang Ihres Amtes" in unknown.text
    bad = browser.get(town.url("routing", "/desk/suche"), params={"vorgang": "x'; --"}, timeout=10)
    assert bad.status_code == 422 and "ab 4 Zeichen" in bad.text


def test_a_caseworker_reduces_a_fee_rejects_and_completes_through_the_pages(town):
    submitted = feed(
        town, recorded("intake", "ApplicationSubmitted", submitted_payload("meldebescheinigung"))
    )
    fee = {"service_id": "meldebescheinigung", "schedule_version": "t", "line_items": [], "total_cents": 1000}
    feed(town, recorded("fees", "FeeAssessed", {**fee, "currency": "EUR"}, cause=submitted))
    case = submitted.case_id
    browser = signed_in(town, town.token)

    def act(action: str, **form: str) -> requests.Response:
        page = town.url("routing", f"/desk/vorgang/{case}")
        token = csrf_of(browser.get(page, timeout=10))
        return browser.post(f"{page}/{action}", data={"csrf_token": token, **form}, timeout=10)

    wrong = act("fee-reductions", kind="reduction", amount_cents="zwei Euro", reason="Härtefall")
    assert wrong.status_code == 422 and "Bitte einen Betrag wie 12,50 angeben." in wrong.text
    assert (
        "Ermäßigung gebucht."
        in act("fee-reductions", kind="reduction", amount_cents="2,50", reason="Härtefall nach Satzung").text
    )
    # Fees books the reduction (its FeeWaived lowers what is open); the desk's history shows it at once.
    shown = browser.get(town.url("routing", f"/desk/vorgang/{case}"), timeout=10).text
    assert "Gebühr erlassen oder ermäßigt (reduction, 250 Cent)" in shown
    with town.routing.connect() as conn:
        reductions = [
            e.payload["amount_cents"] for e in STORE.read_stream(conn, case) if "Fee" in e.event_type
        ]
    assert reductions == [250]

    # The rest of the fee waived: proposed here, approved by a second person of the office on her own page
    proposed = act("fee-reductions", kind="waiver", reason="Bezieht Bürgergeld")
    assert "Erlass beantragt; eine zweite Person des Amtes bestätigt ihn." in proposed.text
    assert "Erlass wartet auf Bestätigung" in proposed.text and "Erlass bestätigen" not in proposed.text
    with town.routing.begin() as conn:
        second = staff.add(conn, f"v-{case[:6]}", "Vera Vogel", "buergerbuero", "caseworker")
    colleague = signed_in(town, second)
    page = town.url("routing", f"/desk/vorgang/{case}")
    shown = colleague.get(page, timeout=10)
    assert "Erlass bestätigen" in shown.text and "Bezieht Bürgergeld" in shown.text
    data = {"csrf_token": csrf_of(shown), "decision": "approve"}
    approved = colleague.post(f"{page}/fee-waiver-decision", data=data, timeout=10)
    assert "Erlass bestätigt und gebucht." in approved.text and "bestätigt von v-" in approved.text

    # A free service goes straight to work: claimed, rejected (with a reason only) and completed.
    case = feed(town, recorded("intake", "ApplicationSubmitted", submitted_payload("nebenwohnung"))).case_id
    assert "Vorgang übernommen." in act("claim").text
    no_reason = act("reject", reason="")
    assert no_reason.status_code == 422 and "Pflichtangabe fehlt." in no_reason.text
    assert "Vorgang abgelehnt." in act("reject", reason="Keine Wohnung in Oschersleben gemeldet.").text
    assert "Vorgang abgeschlossen." in act("complete", note="").text
    too_late = act("claim")
    assert too_late.status_code == 409 and "abgeschlossen" in too_late.text
    with town.routing.connect() as conn:
        history = [event.event_type for event in STORE.read_stream(conn, case)]
    assert history == ["CaseRouted", "CaseClaimed", "CaseRejected", "CaseCompleted"]


def test_the_portal_form_works_from_the_keyboard(town):
    with chromium() as browser:
        keys = ActionChains(browser.driver)
        browser.open(town.url("intake", "/portal/dienste/meldebescheinigung/antrag"))
        keys.send_keys(Keys.TAB).perform()
        skip = browser.driver.switch_to.active_element
        assert skip.text == "Zum Inhalt springen"  # the first stop: past the header, straight to the form
        skip.send_keys(Keys.ENTER)
        keys.send_keys(Keys.TAB).perform()
        first = browser.driver.switch_to.active_element
        assert first.get_attribute("id") == "applicant-given_name"
        first.send_keys("Jana")
        browser.driver.execute_script("window.leavingPage = true")
        first.send_keys(Keys.ENTER)  # Enter in a field sends the form
        WebDriverWait(browser.driver, 15).until(lambda d: d.execute_script("return !window.leavingPage"))
        summary = browser.find(".error-summary")
        assert "Familienname: Pflichtangabe fehlt." in summary.text
        assert browser.find("#applicant-given_name").get_attribute("value") == "Jana"


def test_the_portal_reflows_on_a_narrow_screen(town):
    # WCAG 1.4.10: at 320 CSS pixels (a phone, or 400 % zoom) nothing needs scrolling sideways.
    pages = ("/portal/", "/portal/dienste/gewerbeanmeldung", "/portal/dienste/gewerbeanmeldung/antrag")
    with chromium() as browser:
        narrow = {"width": 320, "height": 800, "deviceScaleFactor": 1, "mobile": True}
        browser.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", narrow)
        for path in pages:
            browser.open(town.url("intake", path))
            width, scrolled = browser.driver.execute_script(
                "const page = document.documentElement; return [page.clientWidth, page.scrollWidth]"
            )
            assert width == 320 and scrolled <= width, path


def test_the_english_form_speaks_english(town):
    browser = requests.Session()
    form = browser.get(town.url("intake", "/portal/dienste/hundeanmeldung/antrag?lang=en"), timeout=10)
    data = {"csrf_token": csrf_of(form), "lang": "en", "form.dog.chip_number": "123"}
    answered = browser.post(form.url, data=data, timeout=10)
    assert answered.status_code == 422 and '<html lang="en">' in answered.text
    assert "Given name: Required." in answered.text
    assert "The microchip number has 15 digits (ISO 11784)." in answered.text


def test_the_payment_stand_in_leads_back_only_to_the_portal(town):
    page = town.url("payments", "/bezahlen")
    status = town.url("intake", "/portal/vorgang/x?token=y")
    shown = requests.get(
        page, params={"kassenzeichen": "2600000018", "betrag": 1250, "zurueck": status}, timeout=10
    )
    assert shown.status_code == 200 and "12,50 EUR" in shown.text and "kein echtes Geld" in shown.text
    assert f"form-action 'self' {town.url('intake', '')}" in shown.headers["Content-Security-Policy"]
    elsewhere = {"kassenzeichen": "2600000018", "betrag": 1250, "zurueck": "https://evil.example/"}
    assert requests.get(page, params=elsewhere, timeout=10).status_code == 422
    assert (
        requests.get(page, params={**elsewhere, "zurueck": status, "betrag": "-5"}, timeout=10).status_code
        == 422
    )
