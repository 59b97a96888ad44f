"""The delivery loop: sends each due mail (SMTP) and vendor callback (signed HTTP POST), retries with
exponential backoff, and records each delivery, or its final failure, as an event on `cases.notifications`.

A delivery is claimed for a lease before it is sent, outside any transaction: a worker that dies while sending
leaves it to be tried again when the lease ends (so a mail may, rarely, go twice; never not at all).

The town's own mail server being unreachable is not a receiver's fault: such a try does not count, the mail is
due again within seconds, and the loop pauses its mails until the server answers, so a long outage ends with
every mail out at once instead of each waiting out its backoff."""

from __future__ import annotations

import json
import logging
import smtplib
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, parseaddr

import requests
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from services.notifications import outbound
from services.notifications.domain import calendar_file, templates
from services.notifications.store import STORE
from services.notifications.tables import deliveries, recipients, vendor_callbacks
from shared.contracts import NotificationsEvent
from shared.kernel.bell import WORK_ARRIVED
from shared.kernel.config import delivery_retry, mail_sender, smtp_host, smtp_port
from shared.kernel.envelope import NewEvent, utc_now
from shared.kernel.metrics import DELIVERIES
from shared.kernel.sql import one_of
from shared.web import signature

log = logging.getLogger(__name__)
LEASE = timedelta(seconds=60)
NOT_YET = timedelta(seconds=1)  # the case's other events have not arrived yet
MAIL_DOMAIN = "rathaus.oschersleben.example"
UTF8_QUOTED_PRINTABLE = Charset("utf-8")  # readable in any mail file, umlauts and all
UTF8_QUOTED_PRINTABLE.body_encoding = QP


@dataclass(frozen=True)
class Outgoing:
    recipient: str
    subject: str
    body: str
    headers: dict[str, str]
    calendar: str | None = None  # an appointment mail's calendar file


class Refused(Exception):
    """The receiver answered, but not with success."""


class MailServerDown(Exception):
    """The town's mail server cannot be reached: no mail goes out until it can."""


# How soon a mail is due again, and the loop looks again, while the mail server is down
MAIL_SERVER_PROBE = timedelta(seconds=2)
SENDERS = 6  # connections to the mail server, and callbacks, at once


def deliver_due(engine: Engine, limit: int = 100) -> int:
    """Tries what is due, a batch at a time: claimed in one statement, the mails sent over a few connections
    to the mail server, each marked delivered the moment it is out, and the batch's events recorded in one
    transaction. Returns how many deliveries it tried."""
    claimed = _claim_due(engine, limit)
    if not claimed:
        _record_delivered(engine)  # what a worker that died after sending left unrecorded
        return 0
    with engine.begin() as conn:
        ready = _compose_all(conn, claimed)
    outcomes = _send_all(engine, ready)
    with engine.begin() as conn:
        for delivery, outgoing, error in outcomes:
            if error is None:
                DELIVERIES.labels(delivery.channel, "sent").inc()
                continue  # delivered: recorded with the others below
            if isinstance(error, MailServerDown):
                DELIVERIES.labels(delivery.channel, "mail_server_down").inc()
                _set(conn, delivery.id, last_error=str(error), next_attempt_at=utc_now() + MAIL_SERVER_PROBE)
            else:
                gave_up = _failed_try(conn, delivery, outgoing, error)
                DELIVERIES.labels(delivery.channel, "failed" if gave_up else "retry").inc()
    _record_delivered(engine)
    down = [error for _d, _o, error in outcomes if isinstance(error, MailServerDown)]
    if down:
        raise down[0]
    return len(claimed)


@contextmanager
def _marking(engine: Engine) -> Iterator[Connection]:
    """A connection held for a run of delivered marks, each committed without waiting for the disk: a worker
    killed at any point loses none of them (the database has them), only a crash of the database itself
    within a fraction of a second could, and then the mail goes once more, as the lease allows anyway.
    Waiting for the disk, and a connection taken from the pool for every mark, cost more than the mail. On
    PostgreSQL each mark is a statement that commits itself (autocommit): one exchange, not two."""
    with engine.connect() as conn:
        postgres = conn.dialect.name == "postgresql"
        if postgres:
            # The pool gives the connection back to its next user in its own isolation level
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.execute(sa.text("SET synchronous_commit TO OFF"))
        try:
            yield conn
        finally:
            if postgres and not conn.invalidated:
                conn.execute(sa.text("RESET synchronous_commit"))  # the pool's next user gets the default


def _delivered(conn: Connection, delivery: sa.Row, outgoing: Outgoing) -> None:
    """Out, and so never to be sent again, committed the moment the receiver took it: a worker killed later
    in the batch sends none of it twice. Its event follows with the batch's (below)."""
    _set(
        conn,
        delivery.id,
        state="delivered",
        sent_at=utc_now(),
        attempts=delivery.attempts + 1,
        recipient=outgoing.recipient,
    )
    conn.commit()


def _record_delivered(engine: Engine) -> None:
    """A NotificationSent for every delivery that is out but not yet recorded, in one transaction; each row
    is taken by one worker only (the first to move it from delivered to sent)."""
    with engine.begin() as conn:
        taken = conn.execute(
            deliveries.update()
            .where(deliveries.c.state == "delivered")
            .values(state="sent")
            .returning(*deliveries.c)
        ).all()
        if taken:
            cases = [delivery.case_id for delivery in taken]
            STORE.load_heads(conn, cases)
            STORE.load_keys(conn, cases)  # each seals its recipient
        for delivery in taken:
            _record(
                conn,
                delivery,
                NotificationsEvent.NOTIFICATION_SENT,
                delivery.recipient,
                delivery.attempts,
                message_id=f"<{delivery.id}@{MAIL_DOMAIN}>",
            )
    if taken:
        WORK_ARRIVED.ring()  # for the relay


def _claim_due(engine: Engine, limit: int) -> list[sa.Row]:
    """Claim the due deliveries for a lease: a row another worker claimed meanwhile is no longer due, so
    each goes to one worker only. Only those whose case's citizen and office are known are due: a mail that
    waited for them goes out in the round after they arrive, not a second later."""
    now = utc_now()
    with engine.begin() as conn:
        _skip_callbacks_without_receiver(conn, now)
        due = (
            sa.select(deliveries.c.id)
            .join(recipients, recipients.c.case_id == deliveries.c.case_id)
            .where(
                deliveries.c.state == "pending",
                deliveries.c.next_attempt_at <= now,
                recipients.c.citizen.is_not(None),
                recipients.c.office.is_not(None),
            )
            .order_by(deliveries.c.next_attempt_at)
            .limit(limit)
        )
        return conn.execute(
            deliveries.update()
            .where(
                deliveries.c.id.in_(due.scalar_subquery()),
                deliveries.c.state == "pending",
                deliveries.c.next_attempt_at <= now,
            )
            .values(next_attempt_at=now + LEASE)
            .returning(*deliveries.c)
        ).all()


def _skip_callbacks_without_receiver(conn: Connection, now: datetime) -> None:
    """A due callback of a case no vendor's address waits for (submitted at the counter or the portal, or by
    a vendor that takes none) is skipped in one statement, rather than claimed, composed and set aside: such
    rows were more than half of what a batch claimed under load, each taking a mail's place."""
    without_receiver = sa.select(recipients.c.case_id).where(
        recipients.c.citizen.is_not(None),
        recipients.c.office.is_not(None),
        sa.or_(
            recipients.c.submitter_id.is_(None),
            recipients.c.submitter_id.not_in(sa.select(vendor_callbacks.c.submitter_id)),
        ),
    )
    conn.execute(
        deliveries.update()
        .where(
            deliveries.c.state == "pending",
            deliveries.c.channel == "callback",
            deliveries.c.next_attempt_at <= now,
            deliveries.c.case_id.in_(without_receiver),
        )
        .values(state="skipped")
    )


def run(engine: Engine, stop: threading.Event) -> None:
    """The delivery loop of the notifications worker: a batch the consumer commits may hold due deliveries,
    and it rings, so they go out at once."""
    nap = WORK_ARRIVED.listener()
    try:
        _deliver_until(stop, engine, nap)
    finally:
        for line in LINES:
            with line.lock:
                line.close()


def _deliver_until(stop: threading.Event, engine: Engine, nap: Callable[[float], None]) -> None:
    while not stop.is_set():
        try:
            tried = deliver_due(engine)
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as error:
            log.warning("deliveries wait for the database: %s", error)
            tried = 0
        except MailServerDown as error:
            log.warning("deliveries wait for the mail server: %s", error)
            stop.wait(MAIL_SERVER_PROBE.total_seconds())
            continue
        if not tried:
            nap(0.2)


def failed(conn: Connection) -> list[sa.Row]:
    return conn.execute(
        sa.select(deliveries).where(deliveries.c.state == "failed").order_by(deliveries.c.next_attempt_at)
    ).all()


def retry(conn: Connection, delivery_ids: list[str] | None = None) -> int:
    """An operator sends failed deliveries again (all of them, or these); returns how many."""
    query = deliveries.update().where(deliveries.c.state == "failed")
    if delivery_ids is not None:
        query = query.where(deliveries.c.id.in_(delivery_ids))
    return conn.execute(query.values(state="pending", attempts=0, next_attempt_at=utc_now())).rowcount


def _compose_all(conn: Connection, claimed: list[sa.Row]) -> list[tuple[sa.Row, Outgoing]]:
    """What to send for each claimed delivery, with the cases' contacts and the vendors' hooks read at once;
    the deliveries that must wait, and those without a receiver, are set aside in a statement each."""
    case_ids = list({delivery.case_id for delivery in claimed})
    contacts = {
        row.case_id: row
        for row in conn.execute(sa.select(recipients).where(one_of(conn, recipients.c.case_id, case_ids)))
    }
    submitters = list({c.submitter_id for c in contacts.values() if c.submitter_id})
    hooks = {
        row.submitter_id: row
        for row in conn.execute(
            sa.select(vendor_callbacks).where(one_of(conn, vendor_callbacks.c.submitter_id, submitters))
        )
    }
    changes_before = _calendar_files_before(conn, claimed)
    ready, waiting, skipped = [], [], []
    for delivery in claimed:
        contact = contacts.get(delivery.case_id)
        if contact is None or contact.citizen is None or contact.office is None:
            # written as JSON's null by an older version, so claimed: not a failed try, the facts are coming
            waiting.append(delivery.id)
        elif delivery.channel == "callback" and contact.submitter_id not in hooks:
            skipped.append(delivery.id)  # the vendor's address was taken away since it was claimed
        elif delivery.channel == "email" and "email" not in contact.citizen:
            skipped.append(delivery.id)  # the case's personal data was erased: there is no one to write to
        else:
            ready.append((delivery, _compose(delivery, contact, hooks, changes_before.get(delivery.id, 0))))
    if waiting:
        conn.execute(
            deliveries.update()
            .where(one_of(conn, deliveries.c.id, waiting))
            .values(next_attempt_at=utc_now() + NOT_YET)
        )
    if skipped:
        conn.execute(
            deliveries.update().where(one_of(conn, deliveries.c.id, skipped)).values(state="skipped")
        )
    return ready


def _calendar_files_before(conn: Connection, claimed: list[sa.Row]) -> dict[str, int]:
    """For each claimed mail that carries a calendar file: how many such mails its case had before it (by
    the time their events were recorded), in one query."""
    visits = [d for d in claimed if d.channel == "email" and d.template in templates.CALENDAR_MAILS]
    if not visits:
        return {}
    earlier = conn.execute(
        sa.select(deliveries.c.case_id, deliveries.c.trigger_occurred_at).where(
            one_of(conn, deliveries.c.case_id, list({d.case_id for d in visits})),
            deliveries.c.channel == "email",
            deliveries.c.template.in_(templates.CALENDAR_MAILS),
        )
    ).all()
    return {
        d.id: sum(
            1 for e in earlier if e.case_id == d.case_id and e.trigger_occurred_at < d.trigger_occurred_at
        )
        for d in visits
    }


def _compose(delivery: sa.Row, contact: sa.Row, hooks: dict[str, sa.Row], changes_before: int) -> Outgoing:
    if delivery.channel == "callback":
        return _compose_callback(delivery, hooks[contact.submitter_id])
    p = delivery.trigger_payload
    subject, body = templates.render(
        delivery.template, delivery.trigger_event_type, delivery.case_id, p, contact.citizen, contact.office
    )
    to = contact.office["email"] if delivery.template == "office_reminder" else contact.citizen["email"]
    calendar = None
    if delivery.template in templates.CALENDAR_MAILS:
        calendar = calendar_file.visit(
            delivery.case_id,
            MAIL_DOMAIN,
            p,
            contact.citizen["service_name"],
            contact.office,
            delivery.trigger_occurred_at,
            changes_before,
            cancelled=delivery.template == "appointment_cancelled",
        )
    return Outgoing(to, subject, body, {}, calendar)


def _compose_callback(delivery: sa.Row, hook: sa.Row) -> Outgoing:
    body = json.dumps(
        {
            "case_id": delivery.case_id,
            "status": templates.CALLBACK_STATUS[delivery.trigger_event_type],
            "event": delivery.trigger_event_type,
            "event_id": delivery.trigger_event_id,
            "occurred_at": delivery.trigger_occurred_at.isoformat(),
        },
        ensure_ascii=False,
    )
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "callback-timestamp": timestamp,
        "callback-authentication": signature.sign(hook.secret, timestamp, body.encode()),
    }
    return Outgoing(hook.url, "", body, headers)


Outcome = tuple[sa.Row, Outgoing, Exception | None]  # a delivery, what was sent, and why it failed if it did


def _send_all(engine: Engine, ready: list[tuple[sa.Row, Outgoing]]) -> list[Outcome]:
    """Mails over several connections at once, each case's on one of them in order, and callbacks beside them:
    a receiver spends most of each delivery waiting, and one slow receiver should not hold back the rest."""
    by_case: dict[str, list[tuple[sa.Row, Outgoing, Message]]] = {}
    callbacks = []
    for delivery, outgoing in ready:
        if delivery.channel == "email":
            # made here, not in the senders' threads: they only wait on the wire and so hardly ever wait
            # for the interpreter lock (each such wait costs up to 5 ms while another thread computes)
            by_case.setdefault(delivery.case_id, []).append(
                (delivery, outgoing, _message(delivery, outgoing))
            )
        else:
            callbacks.append((delivery, outgoing))
    # Each case's mails on one line, in their order; the round ends with its busiest line, so the cases go
    # to the line with the fewest mails yet
    shares: list[list[tuple[sa.Row, Outgoing, Message]]] = [[] for _ in range(SENDERS)]
    for mails in by_case.values():
        min(shares, key=len).extend(mails)
    with ThreadPoolExecutor(SENDERS) as pool:
        mailed = [
            pool.submit(_send_mails, LINES[n], engine, share) for n, share in enumerate(shares) if share
        ]
        called = [pool.submit(_send_callback, engine, *each) for each in callbacks]
        return [outcome for work in mailed for outcome in work.result()] + [work.result() for work in called]


def _send_callback(engine: Engine, delivery: sa.Row, outgoing: Outgoing) -> Outcome:
    try:
        _post_callback(delivery, outgoing)
    except (OSError, requests.RequestException, Refused, outbound.NotAllowed) as error:
        return (delivery, outgoing, error)
    with _marking(engine) as conn:
        _delivered(conn, delivery, outgoing)
    return (delivery, outgoing, None)


class MailLine:
    """One connection to the town's mail server, kept open from round to round: a mail then costs its own
    three exchanges, not a connection, a greeting and a goodbye besides (the mail server's time, and ours,
    went more to those than to the mails). A line used again after a pause is asked whether it still
    stands; one that fell meanwhile is noticed at its first mail, which is then sent over a new one."""

    IDLE = 5.0  # seconds after which a kept connection is checked before use

    def __init__(self) -> None:
        self.lock = threading.Lock()  # one sender at a time (two delivery loops in one process share it)
        self._smtp: smtplib.SMTP | None = None
        self._to: tuple[str, int] | None = None
        self._used = 0.0

    def send(self, message: Message) -> None:
        """Raises MailServerDown when no connection can be made, the SMTP error of a refusal, or OSError /
        SMTPServerDisconnected when a new connection breaks while sending (the line is closed then)."""
        kept = self._kept()
        if kept is not None:
            try:
                kept.send_message(message)
            except (smtplib.SMTPServerDisconnected, OSError):
                self.close()  # it had fallen: once more over a new one
            else:
                self._used = time.monotonic()
                return
        try:
            self._connect().send_message(message)
        except (smtplib.SMTPServerDisconnected, OSError):
            self.close()
            raise
        self._used = time.monotonic()

    def _kept(self) -> smtplib.SMTP | None:
        if self._smtp is None or self._to != (smtp_host(), smtp_port()):
            self.close()
            return None
        if time.monotonic() - self._used > self.IDLE:
            try:
                self._smtp.noop()
            except (smtplib.SMTPException, OSError):
                self.close()
        return self._smtp

    def _connect(self) -> smtplib.SMTP:
        to = (smtp_host(), smtp_port())
        try:
            self._smtp = smtplib.SMTP(*to, timeout=10)
        except (OSError, smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected) as error:
            raise MailServerDown(f"{to[0]}:{to[1]}: {error}") from error
        self._to = to
        return self._smtp

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
        self._smtp = None


# The delivery loop's lines, one per sender; each is used by one sender at a time (a round's shares)
LINES = [MailLine() for _ in range(SENDERS)]


def _send_mails(
    line: MailLine, engine: Engine, mails: list[tuple[sa.Row, Outgoing, Message]]
) -> list[Outcome]:
    """Over one line to the mail server. A mail the server refuses fails alone; a connection lost while
    sending fails that mail; while the server cannot be reached, no mail is tried."""
    outcomes: list[Outcome] = []
    with line.lock, _marking(engine) as marks:
        for delivery, outgoing, message in mails:
            try:
                line.send(message)
            except MailServerDown as down:
                outcomes += [(d, o, down) for d, o, _m in mails[len(outcomes) :]]
                break
            except (smtplib.SMTPServerDisconnected, OSError) as error:  # the line closed itself
                outcomes.append((delivery, outgoing, error))
            except smtplib.SMTPException as error:  # refused: the connection stays good for the next
                outcomes.append((delivery, outgoing, error))
            else:
                _delivered(marks, delivery, outgoing)
                outcomes.append((delivery, outgoing, None))
    return outcomes


def _message(delivery: sa.Row, outgoing: Outgoing) -> Message:
    # The classic email API: the same mail as EmailMessage makes, built in a twentieth of its time
    # (EmailMessage parses every header it is given, 2 ms a mail, the largest part of sending one).
    text = MIMEText(outgoing.body, "plain", UTF8_QUOTED_PRINTABLE)
    message: Message = text
    if outgoing.calendar is not None:
        message = MIMEMultipart("mixed")
        message.attach(text)
        method = "CANCEL" if "METHOD:CANCEL" in outgoing.calendar else "REQUEST"
        invitation = MIMEText(outgoing.calendar, "calendar", "utf-8")
        invitation.set_param("method", method)
        invitation.add_header("Content-Disposition", "attachment", filename="termin.ics")
        message.attach(invitation)
    message["From"] = formataddr(parseaddr(mail_sender()), charset="utf-8")
    message["To"] = outgoing.recipient
    message["Subject"] = Header(outgoing.subject, "utf-8")
    message["Date"] = formatdate(localtime=False, usegmt=True)
    # A stable Message-ID: should a crash make us send twice, the copies are recognisably the same mail.
    message["Message-ID"] = f"<{delivery.id}@{MAIL_DOMAIN}>"
    message["X-Case-Id"] = delivery.case_id
    return message


def _post_callback(delivery: sa.Row, outgoing: Outgoing) -> None:
    status = outbound.post(outgoing.recipient, outgoing.body.encode(), outgoing.headers)
    if not 200 <= status < 300:  # a redirect too: a callback goes only where the vendor said
        raise Refused(f"HTTP {status} from {outgoing.recipient}")


def _failed_try(conn: Connection, delivery: sa.Row, outgoing: Outgoing, error: Exception) -> bool:
    """A try that did not deliver: another one later, or (True) none any more."""
    first, tries, longest = delivery_retry()
    attempts = delivery.attempts + 1
    if attempts >= tries or isinstance(error, outbound.NotAllowed):  # no try makes a private address public
        log.error("delivery %s failed for good after %d tries: %s", delivery.id, attempts, error)
        _set(
            conn,
            delivery.id,
            state="failed",
            attempts=attempts,
            last_error=str(error),
            recipient=outgoing.recipient,
        )
        _record(
            conn,
            delivery,
            NotificationsEvent.NOTIFICATION_FAILED,
            outgoing.recipient,
            attempts,
            error=str(error)[:500],
        )
        return True
    delay = min(first * 2 ** (attempts - 1), longest)
    log.warning("delivery %s not done (try %d), next in %.1f s: %s", delivery.id, attempts, delay, error)
    _set(
        conn,
        delivery.id,
        attempts=attempts,
        last_error=str(error),
        next_attempt_at=utc_now() + timedelta(seconds=delay),
    )
    return False


def _record(
    conn: Connection, delivery: sa.Row, event_type: str, recipient: str, attempts: int, **extra: str
) -> None:
    payload = {
        "channel": delivery.channel,
        "template": delivery.template,
        "description": templates.TEMPLATE_NAMES[delivery.template],
        "recipient": recipient,
        "attempts": attempts,
        "trigger_event_id": delivery.trigger_event_id,
        **extra,
    }
    event = NewEvent(
        event_type, payload, causation_id=delivery.trigger_event_id, correlation_id=delivery.correlation_id
    )
    STORE.append_next(conn, delivery.case_id, [event])


def _set(conn: Connection, delivery_id: str, **values: object) -> None:
    conn.execute(deliveries.update().where(deliveries.c.id == delivery_id).values(**values))
