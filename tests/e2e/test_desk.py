"""The caseworkers' desk over real HTTP (gunicorn) on a real PostgreSQL routing store: lists, the lifecycle,
payment before work, office isolation and the access log. Events of intake and fees are fed to routing's own
consumer handler, as its worker would."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa

from infra.platform import Platform
from services.routing import reminders, staff
from services.routing.service import SERVICE as ROUTING
from services.routing.store import STORE
from services.routing.tables import access_log
from services.routing.tables import metadata as routing_tables
from shared.kernel.db import make_engine
from shared.kernel.envelope import Event
from shared.kernel.tables import create_store_tables
from tests.conftest import free_port, temporary_database
from tests.helpers import recorded, submitted_payload

BODIES = {
    "request-information": {"message": "Bitte die Wohnungsgeberbestätigung senden."},
    "reject": {"reason": "Nicht zuständig."},
    "fee-reductions": {"kind": "waiver", "reason": "Bürgergeld"},
    "fee-waiver-decision": {"decision": "approve"},
}
STAFF = {
    "anna": ("buergerbuero", "caseworker"),
    "ben": ("buergerbuero", "caseworker"),
    "lena": ("buergerbuero", "lead"),
    "carl": ("standesamt", "caseworker"),
    "pruefer": (None, "auditor"),
}


class Desk:
    def __init__(self, url: str, engine: sa.Engine, tokens: dict[str, str]) -> None:
        self.url, self.engine, self.tokens = url, engine, tokens

    def submit(self, service_id: str = "nebenwohnung", at: datetime | None = None) -> Event:
        submitted = recorded("intake", "ApplicationSubmitted", submitted_payload(service_id), at=at)
        self.feed(submitted)
        return submitted

    def feed(self, event: Event) -> None:
        with self.engine.begin() as conn:
            ROUTING.handle(conn, event)

    def fee(self, submitted: Event, cents: int) -> None:
        fee = {
            "service_id": "x",
            "schedule_version": "test",
            "line_items": [],
            "total_cents": cents,
            "currency": "EUR",
        }
        self.feed(recorded("fees", "FeeAssessed", fee, cause=submitted))

    def pay(self, submitted: Event, cents: int, outcome: str = "settled") -> None:
        paid = {
            "provider": "epaybl",
            "payment_id": "P-1",
            "kassenzeichen": "2600000018",
            "amount_cents": cents,
            "paid_at": datetime.now(UTC).isoformat(),
            "outcome": outcome,
            "applied_cents": cents,
            "excess_cents": 0,
        }
        self.feed(recorded("fees", "PaymentReceived", paid, cause=submitted, version=3))

    def get(self, who: str | None, path: str, **params: Any) -> requests.Response:
        return requests.get(f"{self.url}{path}", params=params, headers=self._auth(who), timeout=10)

    def post(self, who: str | None, path: str, body: dict[str, Any] | None = None) -> requests.Response:
        return requests.post(f"{self.url}{path}", json=body, headers=self._auth(who), timeout=10)

    def act(
        self, who: str, case_id: str, action: str, body: dict[str, Any] | None = None
    ) -> requests.Response:
        return self.post(who, f"/api/v1/desk/cases/{case_id}/{action}", body)

    def history(self, case_id: str) -> list[str]:
        with self.engine.connect() as conn:
            return [event.event_type for event in STORE.read_stream(conn, case_id)]

    def state(self, case_id: str) -> str:
        return self.get("lena", f"/api/v1/desk/cases/{case_id}").json()["state"]

    def listed(self, who: str, **params: Any) -> list[str]:
        response = self.get(who, "/api/v1/desk/cases", **params)
        assert response.status_code == 200, response.text
        return [case["case_id"] for case in response.json()["cases"]]

    def _auth(self, who: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"} if who else {}


@pytest.fixture(scope="module")
def desk(postgres_admin_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    with temporary_database(postgres_admin_url) as url:
        engine = make_engine(url)
        create_store_tables(engine, routing_tables)
        with engine.begin() as conn:
            tokens = {
                name: staff.add(conn, name, name.title(), office, role)
                for name, (office, role) in STAFF.items()
            }
        port = free_port()
        log_dir: Path = tmp_path_factory.mktemp("routing-log")
        with Platform(
            env={"ROUTING_DATABASE_URL": url},
            log_dir=log_dir,
            ports={"routing": port},
            names=["routing-http"],
        ):
            yield Desk(f"http://127.0.0.1:{port}", engine, tokens)
        engine.dispose()


def test_a_caseworker_takes_a_case_from_the_list_to_completion(desk):
    case = desk.submit("nebenwohnung").case_id
    assert case in desk.listed("anna")
    assert desk.act("anna", case, "claim").json()["case"]["state"] == "in_progress"
    asked = desk.act(
        "anna", case, "request-information", {"message": "Bitte die Wohnungsgeberbestätigung senden."}
    )
    assert asked.status_code == 200 and asked.json()["case"]["state"] == "information_requested"
    assert desk.act("anna", case, "receive-information", {"note": "per Post"}).status_code == 200
    assert desk.act("anna", case, "approve").json()["case"]["state"] == "approved"
    assert desk.act("anna", case, "complete").json()["case"]["state"] == "completed"
    assert desk.history(case) == [
        "CaseRouted",
        "CaseClaimed",
        "InformationRequested",
        "InformationReceived",
        "CaseApproved",
        "CaseCompleted",
    ]
    assert case not in desk.listed("anna")  # the default list holds open cases only
    assert case in desk.listed("anna", state="completed")


def test_a_rejection_needs_a_reason(desk):
    case = desk.submit().case_id
    desk.act("anna", case, "claim")
    refused = desk.act("anna", case, "reject", {})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "reason"
    assert desk.history(case) == ["CaseRouted", "CaseClaimed"]
    rejected = desk.act("anna", case, "reject", {"reason": "Die Wohnung liegt nicht in Oschersleben."})
    assert rejected.json()["case"]["state"] == "rejected"


@pytest.mark.parametrize(
    ("steps", "forbidden"),
    [
        ([], "approve"),  # nobody has claimed it
        ([], "complete"),
        ([], "receive-information"),
        (["claim"], "claim"),
        (["claim"], "complete"),  # not decided yet
        (["claim", "approve"], "request-information"),
        (["claim", "approve", "complete"], "reject"),
    ],
)
def test_a_forbidden_transition_is_refused_with_409_and_changes_nothing(desk, steps, forbidden):
    case = desk.submit().case_id
    for step in steps:
        assert desk.act("anna", case, step, BODIES.get(step)).status_code == 200
    before = desk.history(case)
    refused = desk.act("anna", case, forbidden, BODIES.get(forbidden))
    assert refused.status_code == 409
    assert refused.headers["Content-Type"] == "application/problem+json"
    assert forbidden in refused.json()["detail"] and refused.json()["allowed"] is not None
    assert desk.history(case) == before


def test_a_service_paid_with_the_application_waits_for_its_fee(desk):
    submitted = desk.submit("fuehrungszeugnis")
    case = submitted.case_id
    early = desk.act("anna", case, "claim")
    assert early.status_code == 409 and "Gebühr" in early.json()["title"]  # the fee is not known yet
    desk.fee(submitted, 1300)
    assert desk.history(case) == ["CaseRouted", "PaymentAwaited"]
    assert desk.act("anna", case, "claim").status_code == 409
    desk.pay(submitted, 1300)
    assert desk.history(case) == ["CaseRouted", "PaymentAwaited", "PaymentConfirmed"]
    assert desk.act("anna", case, "claim").status_code == 200


def test_a_fee_known_before_the_case_is_routed_is_awaited_too(desk):
    submitted = recorded("intake", "ApplicationSubmitted", submitted_payload("geburtsurkunde"))
    desk.fee(submitted, 2000)  # fees' topic was read first
    desk.feed(submitted)
    assert desk.history(submitted.case_id) == ["CaseRouted", "PaymentAwaited"]
    desk.pay(submitted, 500, outcome="partial")
    assert desk.history(submitted.case_id)[-1] == "PaymentAwaited"  # 15.00 EUR still open


def test_a_free_certificate_is_not_held_for_payment(desk):
    submitted = desk.submit("geburtsurkunde")
    desk.fee(submitted, 0)  # free copies for Kindergeld, say
    assert desk.history(submitted.case_id) == ["CaseRouted"]
    assert desk.act("carl", submitted.case_id, "claim").status_code == 200


ENDPOINTS = [
    ("GET", ""),
    *[
        ("POST", f"/{action}")
        for action in ("claim", "request-information", "receive-information", "approve")
    ],
    *[("POST", f"/{action}") for action in ("reject", "complete", "fee-reductions", "fee-waiver-decision")],
]


@pytest.mark.parametrize(("method", "suffix"), ENDPOINTS)
def test_another_office_cannot_see_or_touch_a_case(desk, method, suffix):
    case = desk.submit("meldebescheinigung")
    desk.fee(case, 1000)
    body = BODIES.get(suffix.strip("/"))
    path = f"/api/v1/desk/cases/{case.case_id}{suffix}"
    unknown = f"/api/v1/desk/cases/00000000-0000-4000-8000-000000000000{suffix}"
    before = desk.history(case.case_id)
    if method == "GET":
        foreign, missing = desk.get("carl", path), desk.get("carl", unknown)
    else:
        foreign, missing = desk.post("carl", path, body), desk.post("carl", unknown, body)
    assert foreign.status_code == 404
    assert foreign.json() == missing.json()  # exactly as if it did not exist
    assert desk.history(case.case_id) == before
    assert case.case_id not in desk.listed("carl") + desk.listed("carl", state="awaiting_payment")
    with desk.engine.connect() as conn:
        reads = conn.execute(sa.select(access_log).where(access_log.c.case_id == case.case_id)).all()
    assert reads == []


@pytest.mark.parametrize(("method", "suffix"), [*ENDPOINTS, ("GET", "LIST")])
def test_every_desk_endpoint_needs_a_caseworker_token(desk, method, suffix):
    case = desk.submit().case_id
    path = "/api/v1/desk/cases" if suffix == "LIST" else f"/api/v1/desk/cases/{case}{suffix}"
    desk.tokens["vendor"] = "rk_vendor_" + "A" * 43
    for who in (None, "vendor"):
        response = desk.get(who, path) if method == "GET" else desk.post(who, path, {})
        assert response.status_code == 401 and response.headers["WWW-Authenticate"].startswith("Bearer")
    assert desk.history(case) == ["CaseRouted"]


def test_every_read_of_personal_data_is_in_the_access_log(desk):
    case = desk.submit().case_id
    desk.listed("anna")  # the list shows no personal data and is not logged
    shown = desk.get("anna", f"/api/v1/desk/cases/{case}").json()
    assert shown["application"]["applicant"]["family_name"] == "Weiß"
    assert shown["actions"] == ["claim"]
    assert [entry["text"] for entry in shown["timeline"]][0].startswith("Zuständig: Bürgerbüro")
    desk.get("ben", f"/api/v1/desk/cases/{case}")
    with desk.engine.connect() as conn:
        reads = conn.execute(
            sa.select(access_log).where(access_log.c.case_id == case).order_by(access_log.c.id)
        ).all()
    assert [(r.staff_id, r.office_id, r.what) for r in reads] == [
        ("anna", "buergerbuero", "case"),
        ("ben", "buergerbuero", "case"),
    ]


def test_a_claimed_case_is_worked_by_its_caseworker_or_the_lead(desk):
    case = desk.submit().case_id
    desk.act("anna", case, "claim")
    other = desk.act("ben", case, "approve")
    assert other.status_code == 409 and "anna" in other.json()["detail"]
    assert (
        desk.act("lena", case, "request-information", {"message": "Bitte Ausweiskopie."}).status_code == 200
    )


def test_a_waiver_of_the_whole_fee_needs_a_second_person_of_the_office(desk):
    submitted = desk.submit("meldebescheinigung")
    case = submitted.case_id
    desk.fee(submitted, 1000)
    proposed = desk.act("anna", case, "fee-reductions", {"kind": "waiver", "reason": "Bürgergeld"})
    assert proposed.status_code == 200 and proposed.json()["event"] == "FeeWaiverProposed"
    waiting = desk.get("ben", f"/api/v1/desk/cases/{case}").json()["pending_waiver"]
    assert waiting["caseworker_id"] == "anna" and waiting["amount_cents"] == 1000
    assert "FeeReductionGranted" not in desk.history(case)  # nothing is waived, so fees books nothing yet
    # whoever proposed it cannot approve it; another office does not see the case; a second proposal waits
    own = desk.act("anna", case, "fee-waiver-decision", {"decision": "approve"})
    assert own.status_code == 403 and own.json()["title"] == "Vier-Augen-Prinzip"
    assert desk.act("carl", case, "fee-waiver-decision", {"decision": "approve"}).status_code == 404
    part = {"kind": "reduction", "amount_cents": 100, "reason": "Härtefall"}
    again = desk.act("anna", case, "fee-reductions", part)
    assert again.status_code == 409
    approved = desk.act("ben", case, "fee-waiver-decision", {"decision": "approve"})
    assert approved.status_code == 200 and approved.json()["event"] == "FeeReductionGranted"
    with desk.engine.connect() as conn:
        granted = STORE.read_stream(conn, case)[-1]
    assert granted.payload == {
        "kind": "waiver",
        "amount_cents": 1000,
        "reason": "Bürgergeld",
        "caseworker_id": "anna",
        "approved_by": "ben",
    }
    shown = desk.get("lena", f"/api/v1/desk/cases/{case}").json()
    assert shown["pending_waiver"] is None
    assert "bestätigt von ben" in shown["timeline"][-1]["text"]
    none_waiting = desk.act("lena", case, "fee-waiver-decision", {"decision": "approve"})
    assert none_waiting.status_code == 409


def test_a_declined_waiver_leaves_the_fee_and_a_reduction_of_all_of_it_is_a_waiver(desk):
    submitted = desk.submit("meldebescheinigung")
    case = submitted.case_id
    desk.fee(submitted, 1000)
    desk.act("anna", case, "fee-reductions", {"kind": "waiver", "reason": "Bürgergeld"})
    decline = {"decision": "decline", "note": "Bescheid fehlt"}
    declined = desk.act("lena", case, "fee-waiver-decision", decline)
    assert declined.status_code == 200 and declined.json()["event"] == "FeeWaiverDeclined"
    assert desk.get("anna", f"/api/v1/desk/cases/{case}").json()["pending_waiver"] is None
    assert "FeeReductionGranted" not in desk.history(case)
    # A reduction that leaves nothing, at once or after an earlier one, is refused as a waiver in disguise
    whole = {"kind": "reduction", "amount_cents": 1000, "reason": "Härtefall"}
    assert desk.act("anna", case, "fee-reductions", whole).status_code == 422
    part = desk.act("anna", case, "fee-reductions", {**whole, "amount_cents": 600})
    assert part.status_code == 200 and part.json()["event"] == "FeeReductionGranted"
    rest = desk.act("anna", case, "fee-reductions", {**whole, "amount_cents": 400})
    assert rest.status_code == 422 and rest.json()["title"] == "Das ist ein Erlass"
    no_amount = desk.act("anna", case, "fee-reductions", {"kind": "reduction", "reason": "Teilweise"})
    assert no_amount.status_code == 422
    free = desk.submit("nebenwohnung").case_id
    assert (
        desk.act("anna", free, "fee-reductions", {"kind": "waiver", "reason": "Bürgergeld"}).status_code
        == 409
    )


def test_the_list_filters_by_state_service_and_deadline_and_pages(desk):
    old = desk.submit("nebenwohnung", at=datetime.now(UTC) - timedelta(days=40)).case_id
    fresh = [desk.submit("meldebescheinigung").case_id for _ in range(3)]
    overdue = desk.get("anna", "/api/v1/desk/cases", overdue="true").json()["cases"]
    assert old in [c["case_id"] for c in overdue] and all(c["overdue"] for c in overdue)
    assert not set(fresh) & {c["case_id"] for c in overdue}
    assert set(fresh) <= set(desk.listed("anna", service="meldebescheinigung"))
    assert old not in desk.listed("anna", service="meldebescheinigung")
    seen, after = [], None
    while True:
        params = {"limit": 2, **({"after": after} if after else {})}
        page = desk.get("anna", "/api/v1/desk/cases", **params).json()
        seen += [c["case_id"] for c in page["cases"]]
        after = page.get("next_after")
        if not after:
            break
    assert len(seen) == len(set(seen)) and seen == desk.listed("anna", limit=500)
    bad = desk.get("anna", "/api/v1/desk/cases", state="vergessen")
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "state"


@pytest.mark.parametrize("after", ["2026-02-30|{case}", "2026-13-01|{case}", "2026-12-01", "2026-12-01|x"])
def test_a_list_position_that_names_no_real_day_and_case_is_refused(desk, after):
    case_id = desk.submit().case_id
    bad = desk.get("anna", "/api/v1/desk/cases", after=after.format(case=case_id))
    assert bad.status_code == 422, bad.text
    assert bad.json()["errors"][0]["field"] == "after" and "next_after" in bad.json()["errors"][0]["message"]


def test_an_unclaimed_case_reminds_its_office_once_after_three_working_days(desk):
    submitted = desk.submit("nebenwohnung", at=datetime(2026, 11, 23, 9, tzinfo=UTC))  # a Monday
    claimed = desk.submit("nebenwohnung", at=datetime(2026, 11, 23, 9, tzinfo=UTC)).case_id
    desk.act("anna", claimed, "claim")
    # Thursday, a minute early
    reminders.raise_due(desk.engine, now=datetime(2026, 11, 26, 8, 59, tzinfo=UTC))
    assert desk.history(submitted.case_id) == ["CaseRouted"]
    reminders.raise_due(desk.engine, now=datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    assert desk.history(submitted.case_id) == ["CaseRouted", "ClaimReminderRaised"]
    assert desk.history(claimed) == ["CaseRouted", "CaseClaimed"]
    reminders.raise_due(desk.engine, now=datetime(2026, 12, 26, tzinfo=UTC))
    assert desk.history(submitted.case_id) == ["CaseRouted", "ClaimReminderRaised"]


def test_a_withdrawal_ends_an_open_case_but_not_a_decided_one(desk):
    submitted = desk.submit()
    desk.feed(
        recorded("intake", "ApplicationWithdrawn", {"withdrawn_by": "citizen"}, cause=submitted, version=2)
    )
    assert desk.history(submitted.case_id) == ["CaseRouted", "CaseWithdrawn"]
    decided = desk.submit()
    desk.act("anna", decided.case_id, "claim")
    desk.act("anna", decided.case_id, "approve")
    desk.feed(
        recorded("intake", "ApplicationWithdrawn", {"withdrawn_by": "citizen"}, cause=decided, version=2)
    )
    assert desk.history(decided.case_id)[-1] == "CaseApproved"
    assert desk.state(decided.case_id) == "approved"


def test_an_auditor_reads_in_the_audit_view_not_at_the_desk(desk):
    case = desk.submit().case_id
    for response in (desk.get("pruefer", "/api/v1/desk/cases"), desk.act("pruefer", case, "claim")):
        assert response.status_code == 403
    assert desk.history(case) == ["CaseRouted"]


def test_the_citizens_answer_puts_the_case_back_to_work(desk):
    submitted = desk.submit()
    case_id = submitted.case_id
    desk.act("anna", case_id, "claim")
    desk.act("anna", case_id, "request-information", {"message": "Bitte den Mietvertrag nennen."})
    answer = {
        "message": "Mietvertrag vom 1. Oktober, Vermieter Herr Kühn.",
        "documents": [],
        "document_names": {},
    }
    desk.feed(recorded("intake", "InformationSupplied", answer, cause=submitted, version=2))
    assert desk.history(case_id)[-1] == "InformationReceived" and desk.state(case_id) == "in_progress"
    shown = desk.get("anna", f"/api/v1/desk/cases/{case_id}").json()["timeline"][-1]["text"]
    assert shown == "Antwort des Antragstellers: Mietvertrag vom 1. Oktober, Vermieter Herr Kühn."
    # An answer nobody asked for (or a second one) moves nothing.
    desk.feed(recorded("intake", "InformationSupplied", answer, cause=submitted, version=3))
    assert desk.history(case_id).count("InformationReceived") == 1


def test_a_lead_finds_the_disclosure_on_the_case_page_a_caseworker_does_not(desk):
    case = desk.submit().case_id
    for who, offered in (("lena", True), ("anna", False)):
        browser = requests.Session()
        form = browser.get(f"{desk.url}/desk/anmelden", timeout=10)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
        browser.post(
            f"{desk.url}/desk/anmelden", data={"csrf_token": csrf, "token": desk.tokens[who]}, timeout=10
        )
        page = browser.get(f"{desk.url}/desk/vorgang/{case}", timeout=10)
        assert page.status_code == 200 and "Antrag" in page.text
        assert ('id="disclosure"' in page.text) is offered, who
        if offered:
            assert f"/pruefung/auskunft/vorgang/{case}" in page.text


def test_a_caseworker_marks_a_no_show_only_for_a_begun_visit_of_the_office(desk):
    from services.routing import appointments
    from services.routing.desk import Refused

    def visit(starts_at: datetime) -> str:
        booked = {
            "service_id": "personalausweis",
            "service_name": "Personalausweis",
            "office_id": "buergerbuero",
            "counter": 1,
            "starts_at": starts_at.isoformat(),
            "ends_at": (starts_at + timedelta(minutes=20)).isoformat(),
            "channel": "portal",
            "visitor": {"given_name": "Jana", "family_name": "Schröder", "email": "jana@example.org"},
        }
        event = recorded("intake", "AppointmentBooked", booked)
        desk.feed(event)
        return event.case_id

    begun, coming = (
        visit(datetime.now(UTC) - timedelta(minutes=5)),
        visit(datetime.now(UTC) + timedelta(hours=3)),
    )
    with desk.engine.begin() as conn:
        anna = staff.authenticate(conn, desk.tokens["anna"])
        carl = staff.authenticate(conn, desk.tokens["carl"])
    assert anna is not None and carl is not None
    for who, case_id, status in ((carl, begun, 404), (anna, coming, 409)):
        with pytest.raises(Refused) as refused, desk.engine.begin() as conn:
            appointments.missed(conn, who, case_id)
        assert refused.value.status == status
    with desk.engine.begin() as conn:
        appointments.missed(conn, anna, begun)
    assert desk.history(begun) == ["AppointmentMissed"]
    with desk.engine.connect() as conn:
        state = conn.execute(
            sa.text("SELECT state FROM appointments WHERE case_id = :c"), {"c": begun}
        ).scalar()
    assert state == "missed"


def test_the_desk_api_shows_the_office_s_day_and_blocks_a_free_time(desk):
    from shared.contracts import appointments as calendar
    from shared.kernel.envelope import TOWN_TIME

    now = datetime.now(UTC)
    day = next(d for d in calendar.bookable_days(now)[2:] if calendar.slots("buergerbuero", d))
    first, second = calendar.slots("buergerbuero", day)[:2]
    booked = {
        "service_id": "reisepass",
        "service_name": "Reisepass",
        "office_id": "buergerbuero",
        "counter": 1,
        "starts_at": first.isoformat(),
        "ends_at": (first + timedelta(minutes=20)).isoformat(),
        "channel": "online",
        "visitor": {"given_name": "Omar", "family_name": "Haddad", "email": "omar@example.org"},
    }
    desk.feed(recorded("intake", "AppointmentBooked", booked))
    shown = desk.get("anna", "/api/v1/desk/appointments", day=day.isoformat())
    assert shown.status_code == 200, shown.text
    [visit] = shown.json()["visits"]
    assert visit["visitor"]["family_name"] == "Haddad" and visit["state"] == "booked"
    slots = {slot["starts_at"]: slot for slot in shown.json()["slots"]}
    assert (slots[first.isoformat()]["free"], slots[first.isoformat()]["booked"]) == (1, 1)
    block = {"starts_at": second.isoformat(), "reason": "Dienstbesprechung"}
    blocked = requests.post(
        f"{desk.url}/api/v1/desk/appointments/blocks", json=block, headers=desk._auth("anna"), timeout=10
    )
    assert blocked.status_code == 201 and blocked.json()["event"] == "SlotBlocked"
    again = desk.get("anna", "/api/v1/desk/appointments", day=day.isoformat()).json()
    [held] = [slot for slot in again["slots"] if slot["starts_at"] == second.isoformat()]
    assert held["free"] == 1 and held["blocked"] == [{"reason": "Dienstbesprechung", "caseworker_id": "anna"}]
    # A time the office does not offer, or one that has begun, is refused; so is an office without visits
    lunch = datetime.combine(day, datetime.min.time().replace(hour=12), TOWN_TIME)
    for when, status in ((lunch, 422), (now - timedelta(hours=1), 422)):
        refused = requests.post(
            f"{desk.url}/api/v1/desk/appointments/blocks",
            json={"starts_at": when.isoformat(), "reason": "Versuch"},
            headers=desk._auth("anna"),
            timeout=10,
        )
        assert refused.status_code == status, refused.text
    assert desk.get("carl", "/api/v1/desk/appointments").status_code == 404
