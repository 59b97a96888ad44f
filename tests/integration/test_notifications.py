"""Mails through a real SMTP server and signed callbacks to a real HTTP receiver: every occasion once,
retries with backoff while the receiver is down, a final failure for an operator, and a retry."""

from __future__ import annotations

import socket
from email.header import decode_header, make_header
from email.message import Message
from typing import Any

import pytest
import sqlalchemy as sa

from services.notifications import callbacks, delivery
from services.notifications.service import SERVICE as NOTIFICATIONS
from services.notifications.store import STORE
from services.notifications.tables import deliveries
from services.notifications.tables import metadata as notification_tables
from services.routing.domain.rules import route
from shared.kernel.consumer import ConsumerRunner
from shared.kernel.db import make_engine
from shared.kernel.envelope import Event, utc_now
from shared.kernel.tables import create_store_tables
from tests.helpers import CallbackReceiver, rathaus_cli, recorded, submitted_payload, wait_for

OFFICE_PHONE = "+49 3949 912-0"


@pytest.fixture
def notifications(database_url, smtp_server, monkeypatch):
    monkeypatch.setenv("NOTIFICATIONS_RETRY_SECONDS", "0.05")
    monkeypatch.setenv("NOTIFICATIONS_MAX_DELAY_SECONDS", "0.2")
    monkeypatch.setenv("NOTIFICATIONS_MAX_ATTEMPTS", "1000")
    engine = make_engine(database_url)
    create_store_tables(engine, notification_tables)
    yield engine
    engine.dispose()


class Case:
    """One case's events as the other services record them, fed to notifications' handler."""

    def __init__(
        self, engine: sa.Engine, service_id: str = "geburtsurkunde", vendor: str | None = None
    ) -> None:
        payload = submitted_payload(service_id)
        if vendor:
            payload["submitted_by"] = {"kind": "vendor", "id": vendor}
        self.engine = engine
        self.submitted = recorded("intake", "ApplicationSubmitted", payload)
        self.case_id = self.submitted.case_id
        self.versions: dict[str, int] = {}

    def event(self, producer: str, event_type: str, payload: dict[str, Any]) -> Event:
        self.versions[producer] = self.versions.get(producer, 0) + 1
        return recorded(producer, event_type, payload, cause=self.submitted, version=self.versions[producer])

    def routed(self) -> Event:
        return self.event("routing", "CaseRouted", route(self.submitted.payload, self.submitted.occurred_at))

    def feed(self, *events: Event) -> None:
        for each in events:
            with self.engine.begin() as conn:
                NOTIFICATIONS.handle(conn, each)


def deliver_all(engine: sa.Engine, until: Any = None, timeout: float = 20) -> None:
    def done() -> bool:
        delivery.deliver_due(engine)
        with engine.connect() as conn:
            pending = conn.execute(
                sa.select(sa.func.count()).select_from(deliveries).where(deliveries.c.state == "pending")
            ).scalar_one()
        return until() if until else pending == 0

    wait_for(done, timeout=timeout, interval=0.05)


def subject(mail: Message) -> str:
    return str(make_header(decode_header(mail["Subject"])))


def text(mail: Message) -> str:
    return mail.get_payload(decode=True).decode("utf-8")


def test_each_occasion_sends_one_german_mail_with_the_case_and_the_office(notifications, smtp_server):
    case = Case(notifications)
    payment = {"kassenzeichen": "2600000018", "amount_cents": 2000, "currency": "EUR", "due_on": "2026-12-10"}
    paid = {
        **{k: payment[k] for k in ("kassenzeichen", "amount_cents")},
        "provider": "epaybl",
        "payment_id": "P-1",
        "paid_at": utc_now().isoformat(),
        "outcome": "settled",
        "applied_cents": 2000,
        "excess_cents": 0,
    }
    case.feed(
        case.submitted,
        case.routed(),
        case.event("fees", "PaymentRequested", payment),
        case.event("fees", "PaymentReceived", paid),
        case.event(
            "routing",
            "InformationRequested",
            {"message": "Bitte Geburtsdatum der Mutter.", "caseworker_id": "a"},
        ),
        case.event("routing", "CaseApproved", {"note": None, "caseworker_id": "a"}),
        case.event("routing", "CaseCompleted", {"note": None, "caseworker_id": "a"}),
        case.event(
            "routing",
            "ClaimReminderRaised",
            {"office_id": "standesamt", "routed_at": "2026-11-20T09:00:00+00:00", "due_on": "2026-12-04"},
        ),
    )
    deliver_all(notifications)
    mails = {subject(mail).split(":")[0]: mail for mail in smtp_server.mails()}
    assert sorted(mails) == [
        "Eingangsbestätigung",
        "Erinnerung",
        "Ihr Antrag ist abgeschlossen",
        "Ihr Antrag wurde bewilligt",
        "Rückfrage zu Ihrem Antrag",
        "Zahlungsaufforderung",
        "Zahlungseingang",
    ]
    for name, mail in mails.items():
        assert case.case_id in subject(mail) and case.case_id in text(mail)
        if name == "Erinnerung":
            assert mail["To"] == "standesamt@oschersleben.example"
        else:
            assert mail["To"] == "juergen.weiss@example.org"
            assert "Guten Tag Jürgen Weiß" in text(mail) and "Standesamt Oschersleben" in text(mail)
            assert OFFICE_PHONE in text(mail) and "standesamt@oschersleben.example" in text(mail)
    assert "20,00 EUR" in text(mails["Zahlungsaufforderung"]) and "2600000018" in text(
        mails["Zahlungsaufforderung"]
    )
    assert "10.12.2026" in text(mails["Zahlungsaufforderung"])
    assert "Bitte Geburtsdatum der Mutter." in text(mails["Rückfrage zu Ihrem Antrag"])
    with notifications.connect() as conn:
        sent = STORE.read_stream(conn, case.case_id)
    assert [e.event_type for e in sent] == ["NotificationSent"] * 7
    assert {e.payload["trigger_event_id"] for e in sent} <= {str(e) for e in _trigger_ids(notifications)}
    assert all(e.correlation_id == case.submitted.event_id for e in sent)


def _trigger_ids(engine: sa.Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(sa.select(deliveries.c.trigger_event_id)).scalars())


def test_a_rejection_mail_gives_the_reason(notifications, smtp_server):
    case = Case(notifications, "meldebescheinigung")
    reason = "Sie sind nicht in Oschersleben gemeldet."
    case.feed(
        case.submitted,
        case.routed(),
        case.event("routing", "CaseRejected", {"reason": reason, "caseworker_id": "a"}),
    )
    deliver_all(notifications)
    [rejection] = [mail for mail in smtp_server.mails() if "abgelehnt" in subject(mail)]
    assert reason in text(rejection) and "Bürgerbüro" in text(rejection)


def test_a_mail_waits_for_the_case_s_contacts_whichever_topic_comes_first(notifications, smtp_server):
    case = Case(notifications)
    case.feed(case.routed())  # routing's topic was read before intake's
    delivery.deliver_due(notifications)
    assert smtp_server.mails() == []
    case.feed(case.submitted)
    deliver_all(notifications)
    assert [subject(mail).split(":")[0] for mail in smtp_server.mails()] == ["Eingangsbestätigung"]


def test_a_mail_that_waited_for_the_office_goes_out_as_soon_as_the_case_is_routed(notifications, smtp_server):
    case = Case(notifications)
    payment = {"kassenzeichen": "2600000018", "amount_cents": 2000, "currency": "EUR", "due_on": "2026-12-10"}
    # fees was quicker than routing
    case.feed(case.submitted, case.event("fees", "PaymentRequested", payment))
    assert delivery.deliver_due(notifications) == 0  # not tried without its office, so not put off either
    case.feed(case.routed())
    delivery.deliver_due(notifications)  # the very next round sends both
    wait_for(lambda: len(smtp_server.mails()) == 2)
    assert sorted(subject(mail).split(":")[0] for mail in smtp_server.mails()) == [
        "Eingangsbestätigung",
        "Zahlungsaufforderung",
    ]


def test_smtp_down_for_a_while_loses_no_mail_and_doubles_none(notifications, smtp_server):
    smtp_server.stop()
    cases = [Case(notifications) for _ in range(3)]
    for case in cases:
        case.feed(case.submitted, case.routed())

    def waiting_for_the_server() -> list[sa.Row]:
        with notifications.connect() as conn:
            return conn.execute(sa.select(deliveries).where(deliveries.c.channel == "email")).all()

    for _ in range(3):
        with pytest.raises(delivery.MailServerDown):
            delivery.deliver_due(notifications)
        with notifications.begin() as conn:  # due again at once, for the test
            conn.execute(deliveries.update().values(next_attempt_at=utc_now()))
    with pytest.raises(delivery.MailServerDown):
        delivery.deliver_due(notifications)
    rows = waiting_for_the_server()
    assert smtp_server.mails() == []
    # Our own server being down is no receiver's fault: no try counts, and each mail is due again in seconds,
    # however long the outage, so none waits out a long backoff after it.
    assert all(row.state == "pending" and row.attempts == 0 for row in rows)
    assert any("Connection refused" in (row.last_error or "") for row in rows)
    assert max(row.next_attempt_at for row in rows) <= utc_now() + delivery.MAIL_SERVER_PROBE
    smtp_server.start()
    deliver_all(notifications)
    receipts = [mail["X-Case-Id"] for mail in smtp_server.mails()]
    assert sorted(receipts) == sorted(case.case_id for case in cases)
    with notifications.connect() as conn:
        [sent] = STORE.read_stream(conn, cases[0].case_id)
    assert sent.payload["attempts"] == 1


def test_mails_go_over_connections_kept_open_and_a_fallen_one_costs_no_try(notifications, smtp_server):
    def peers() -> set[str]:  # the client address (and so connection) the server took each mail from
        return {mail["X-Peer"] for mail in smtp_server.mails()}

    for _round in range(3):
        for case in [Case(notifications) for _ in range(4)]:
            case.feed(case.submitted, case.routed())
        delivery.deliver_due(notifications)
    assert len(smtp_server.mails()) == 12
    assert len(peers()) <= delivery.SENDERS  # not one connection a round
    before = peers()
    smtp_server.stop()  # the kept connections fall with it
    smtp_server.start()
    late = Case(notifications)
    late.feed(late.submitted, late.routed())
    delivery.deliver_due(notifications)
    assert len(smtp_server.mails()) == 13 and peers() - before  # sent over a new connection
    with notifications.connect() as conn:
        [sent] = STORE.read_stream(conn, late.case_id)
    assert sent.payload["attempts"] == 1  # the fallen connection was not the receiver's failure


def test_rounds_of_mails_on_every_line_reuse_their_database_connections(postgres_url, smtp_server):
    """Each mail line marks its mails over a connection of its own: a pool that keeps fewer than a round
    uses closes the rest when they are given back, and every round logged in to PostgreSQL again."""
    engine = make_engine(postgres_url)
    create_store_tables(engine, notification_tables)
    logins = []
    sa.event.listen(engine, "connect", lambda *_: logins.append(1))

    def a_round() -> None:
        for case in [Case(engine) for _ in range(2 * delivery.SENDERS)]:
            case.feed(case.submitted, case.routed())
        delivery.deliver_due(engine)

    a_round()
    first = len(logins)
    a_round()
    a_round()
    assert len(smtp_server.mails()) == 6 * delivery.SENDERS
    assert len(logins) == first
    engine.dispose()


def test_a_mail_the_server_refuses_holds_back_none_of_the_others(notifications, smtp_server):
    refused = "abgelehnt@example.org"
    smtp_server.refuse_mail_to(refused)
    cases = [Case(notifications) for _ in range(3)]
    cases[1].submitted.payload["applicant"]["email"] = refused
    for case in cases:
        case.feed(case.submitted, case.routed())
    delivery.deliver_due(notifications)  # one batch
    receipts = sorted(mail["X-Case-Id"] for mail in smtp_server.mails())
    assert receipts == sorted([cases[0].case_id, cases[2].case_id])
    with notifications.connect() as conn:
        mails = conn.execute(sa.select(deliveries).where(deliveries.c.channel == "email"))
        rows = {row.case_id: row for row in mails}
    assert [rows[case.case_id].state for case in cases] == ["sent", "pending", "sent"]
    assert rows[cases[1].case_id].attempts == 1  # a refusal is the receiver's: it counts as a try
    assert "Mailbox unavailable" in rows[cases[1].case_id].last_error


def test_a_mail_out_before_its_worker_died_is_recorded_and_not_sent_again(notifications, smtp_server):
    case = Case(notifications)
    case.feed(case.submitted, case.routed())
    with notifications.begin() as conn:  # as a worker killed after the mail server took the mail leaves it
        conn.execute(
            deliveries.update()
            .where(deliveries.c.channel == "email")
            .values(state="delivered", attempts=1, recipient="anna.schulze@example.org", sent_at=utc_now())
        )
    delivery.deliver_due(notifications)
    assert smtp_server.mails() == []
    with notifications.connect() as conn:
        [sent] = STORE.read_stream(conn, case.case_id)
        [row] = conn.execute(sa.select(deliveries).where(deliveries.c.channel == "email")).all()
    assert (sent.event_type, sent.payload["recipient"], sent.payload["attempts"]) == (
        "NotificationSent",
        "anna.schulze@example.org",
        1,
    )
    assert row.state == "sent"


def test_a_vendor_endpoint_that_fails_then_succeeds_gets_each_signed_status_once(notifications, smtp_server):
    with notifications.begin() as conn:
        first = callbacks.register(conn, "formsolutions", "http://127.0.0.1:1/unused")
    with CallbackReceiver(secret="", failures=3) as receiver:
        with notifications.begin() as conn:
            receiver.secret = callbacks.register(conn, "formsolutions", receiver.url)
        assert receiver.secret != first  # setting the address again makes a new secret
        case = Case(notifications, vendor="formsolutions")
        case.feed(
            case.submitted,
            case.routed(),
            case.event("routing", "CaseClaimed", {"caseworker_id": "a", "caseworker_name": "A"}),
        )
        deliver_all(notifications)
        assert receiver.refused == []
        assert [
            (c["status"], c["event"]) for c in sorted(receiver.accepted, key=lambda c: c["occurred_at"])
        ] == [
            ("routed", "CaseRouted"),
            ("in_progress", "CaseClaimed"),
        ]
        assert all(c["case_id"] == case.case_id for c in receiver.accepted)
    with notifications.connect() as conn:
        sent = [
            e.payload for e in STORE.read_stream(conn, case.case_id) if e.payload["channel"] == "callback"
        ]
    assert len(sent) == 2 and sum(p["attempts"] for p in sent) == 2 + 3


def test_a_callback_with_a_wrong_signature_is_refused_by_the_receiver(notifications, smtp_server):
    with notifications.begin() as conn:
        callbacks.register(conn, "formsolutions", "http://127.0.0.1:1/unused")
    with CallbackReceiver("not-the-secret") as receiver:
        with notifications.begin() as conn:
            conn.execute(sa.text("UPDATE vendor_callbacks SET url = :url"), {"url": receiver.url})
        case = Case(notifications, vendor="formsolutions")
        case.feed(case.submitted, case.routed())
        deliver_all(notifications, until=lambda: len(receiver.refused) >= 2)
        assert receiver.accepted == [] and receiver.refused[0] == "Die Signatur stimmt nicht."


def _failed_callbacks(engine: sa.Engine) -> list[sa.Row]:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(deliveries.c.state, deliveries.c.last_error).where(deliveries.c.channel == "callback")
        ).all()


def test_a_callback_to_a_public_name_that_resolves_to_this_machine_sends_nothing(
    notifications, smtp_server, monkeypatch
):
    monkeypatch.delenv("CALLBACK_PRIVATE_NETWORKS")
    with CallbackReceiver(secret="") as receiver:
        port = receiver.server.server_port
        url = f"https://assistant.example.org:{port}/callbacks"
        with notifications.begin() as conn:
            receiver.secret = callbacks.register(conn, "formsolutions", url)  # a public name: taken
        # ... whose name then resolves to this machine (a rebinding, or a vendor's mistake)
        resolve = socket.getaddrinfo
        monkeypatch.setattr(
            socket,
            "getaddrinfo",
            lambda host, *args, **kw: resolve(
                "127.0.0.1" if host == "assistant.example.org" else host, *args, **kw
            ),
        )
        case = Case(notifications, vendor="formsolutions")
        case.feed(case.submitted, case.routed())
        deliver_all(notifications)
        assert receiver.requests == 0 and receiver.accepted == []
    [(state, error)] = _failed_callbacks(notifications)  # failed at once: no later try makes it public
    assert state == "failed" and "127.0.0.1 is not a public address" in error


def test_a_callback_is_not_redirected(notifications, smtp_server, monkeypatch):
    monkeypatch.setenv("NOTIFICATIONS_MAX_ATTEMPTS", "1")
    with CallbackReceiver(secret="", redirect=True) as receiver:
        with notifications.begin() as conn:
            receiver.secret = callbacks.register(conn, "formsolutions", receiver.url)
        case = Case(notifications, vendor="formsolutions")
        case.feed(case.submitted, case.routed())
        deliver_all(notifications)
        assert receiver.requests == 1 and receiver.accepted == []  # nothing went to /elsewhere
    [(state, error)] = _failed_callbacks(notifications)
    assert state == "failed" and "HTTP 307" in error


def test_a_callback_address_that_is_not_public_https_cannot_be_set(notifications, monkeypatch):
    monkeypatch.delenv("CALLBACK_PRIVATE_NETWORKS")
    for url in ("http://assistant.example.org/cb", "https://169.254.169.254/latest", "https://10.0.0.8/cb"):
        with notifications.begin() as conn, pytest.raises(ValueError):
            callbacks.register(conn, "formsolutions", url)
    with notifications.connect() as conn:
        assert callbacks.listing(conn) == []


def test_no_callback_without_a_vendor_address(notifications, smtp_server):
    case = Case(notifications)  # submitted at the counter: no vendor to tell
    case.feed(case.submitted, case.routed())
    deliver_all(notifications)
    with notifications.connect() as conn:
        states = dict(conn.execute(sa.select(deliveries.c.channel, deliveries.c.state)).all())
    assert states == {"email": "sent", "callback": "skipped"}


def test_callbacks_with_no_receiver_take_no_place_in_a_batch(notifications, smtp_server):
    cases = [Case(notifications) for _ in range(3)]  # at the counter: callbacks queued, no vendor to tell
    for case in cases:
        case.feed(case.submitted, case.routed())
    delivery.deliver_due(notifications, limit=3)  # one round of three: the three receipts
    wait_for(lambda: len(smtp_server.mails()) == 3)
    with notifications.connect() as conn:
        states = set(conn.execute(sa.select(deliveries.c.channel, deliveries.c.state)).all())
    assert states == {("email", "sent"), ("callback", "skipped")}


def test_after_the_last_try_a_delivery_is_failed_listed_and_sent_again_on_retry(
    notifications, smtp_server, database_url, tmp_path, monkeypatch
):
    monkeypatch.setenv("NOTIFICATIONS_MAX_ATTEMPTS", "3")
    smtp_server.refuse()
    case = Case(notifications)
    case.feed(case.submitted, case.routed())

    def failed() -> bool:
        with notifications.connect() as conn:
            return bool(delivery.failed(conn))

    deliver_all(notifications, until=failed)
    with notifications.connect() as conn:
        [failure] = STORE.read_stream(conn, case.case_id)
    assert failure.event_type == "NotificationFailed" and failure.payload["attempts"] == 3
    assert "554" in failure.payload["error"] and "refused" in failure.payload["error"]

    env = {"NOTIFICATIONS_DATABASE_URL": database_url, "RATHAUS_VAR": str(tmp_path)}
    listed = rathaus_cli("notifications", "failed", env=env)
    assert listed.returncode == 0 and case.case_id in listed.stdout and "receipt" in listed.stdout
    smtp_server.start()
    again = rathaus_cli("notifications", "retry", "--all", env=env)
    assert again.returncode == 0 and "1 deliveries" in again.stdout, again.stderr
    deliver_all(notifications)
    assert [mail["X-Case-Id"] for mail in smtp_server.mails()] == [case.case_id]
    with notifications.connect() as conn:
        assert [e.event_type for e in STORE.read_stream(conn, case.case_id)] == [
            "NotificationFailed",
            "NotificationSent",
        ]


def test_a_redelivered_event_never_sends_a_second_mail(notifications, smtp_server):
    runner = ConsumerRunner("notifications", notifications, [], NOTIFICATIONS.handle_batch)
    case = Case(notifications)
    routed = case.routed()
    for message in (case.submitted, routed, routed, case.submitted, routed):  # Kafka may deliver again
        runner.process(message.to_json())
    deliver_all(notifications)
    runner.process(routed.to_json())  # even after the mail went out
    deliver_all(notifications)
    assert [mail["X-Case-Id"] for mail in smtp_server.mails()] == [case.case_id]
