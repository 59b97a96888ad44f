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
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate

import requests
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from services.notifications.domain import templates
from services.notifications.store import STORE
from services.notifications.tables import deliveries, recipients, vendor_callbacks
from shared.contracts import NotificationsEvent
from shared.kernel.config import delivery_retry, mail_sender, smtp_host, smtp_port
from shared.kernel.envelope import NewEvent, utc_now
from shared.web import signature

log = logging.getLogger(__name__)
LEASE = timedelta(seconds=60)
NOT_YET = timedelta(seconds=1)  # the case's other events have not arrived yet
MAIL_DOMAIN = "rathaus.oschersleben.example"


@dataclass(frozen=True)
class Outgoing:
    recipient: str
    subject: str
    body: str
    headers: dict[str, str]


class Refused(Exception):
    """The receiver answered, but not with success."""


class MailServerDown(Exception):
    """The town's mail server cannot be reached: no mail goes out until it can."""


# How soon a mail is due again, and the loop looks again, while the mail server is down
MAIL_SERVER_PROBE = timedelta(seconds=2)


def deliver_due(engine: Engine, limit: int = 50) -> int:
    """Tries what is due; returns how many deliveries it tried."""
    with engine.connect() as conn:
        due = conn.execute(
            sa.select(deliveries.c.id, deliveries.c.next_attempt_at)
            .where(deliveries.c.state == "pending", deliveries.c.next_attempt_at <= utc_now())
            .order_by(deliveries.c.next_attempt_at)
            .limit(limit)
        ).all()
    tried = 0
    for row in due:
        tried += deliver(engine, row.id, row.next_attempt_at)
    return tried


def deliver(engine: Engine, delivery_id: str, due_at: datetime) -> bool:
    with engine.begin() as conn:
        # Claim it: only one worker wins the row as it was when found due.
        claimed = conn.execute(
            deliveries.update()
            .where(
                deliveries.c.id == delivery_id,
                deliveries.c.state == "pending",
                deliveries.c.next_attempt_at == due_at,
            )
            .values(next_attempt_at=utc_now() + LEASE)
        ).rowcount
        if not claimed:
            return False
        delivery = conn.execute(sa.select(deliveries).where(deliveries.c.id == delivery_id)).one()
        outgoing = _compose(conn, delivery)
        if outgoing is None:
            return True
    try:
        (_send_mail if delivery.channel == "email" else _post_callback)(delivery, outgoing)
    except MailServerDown as error:
        with engine.begin() as conn:
            _set(conn, delivery.id, last_error=str(error), next_attempt_at=utc_now() + MAIL_SERVER_PROBE)
        raise
    except (OSError, smtplib.SMTPException, requests.RequestException, Refused) as error:
        _failed_try(engine, delivery, outgoing, error)
    else:
        _sent(engine, delivery, outgoing)
    return True


def run(engine: Engine, stop: threading.Event) -> None:
    """The delivery loop of the notifications worker."""
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
            stop.wait(0.2)


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


def _compose(conn: Connection, delivery: sa.Row) -> Outgoing | None:
    """What to send, once the case's contacts are known; None when it must wait or has no receiver."""
    contacts = conn.execute(sa.select(recipients).where(recipients.c.case_id == delivery.case_id)).first()
    if contacts is None or contacts.citizen is None or contacts.office is None:
        _set(conn, delivery.id, next_attempt_at=utc_now() + NOT_YET)  # not a failed try: the facts are coming
        return None
    if delivery.channel == "callback":
        return _compose_callback(conn, delivery, contacts.submitter_id)
    p = delivery.trigger_payload
    subject, body = templates.render(
        delivery.template, delivery.trigger_event_type, delivery.case_id, p, contacts.citizen, contacts.office
    )
    to = contacts.office["email"] if delivery.template == "office_reminder" else contacts.citizen["email"]
    return Outgoing(to, subject, body, {})


def _compose_callback(conn: Connection, delivery: sa.Row, submitter_id: str | None) -> Outgoing | None:
    hook = None
    if submitter_id:
        hook = conn.execute(
            sa.select(vendor_callbacks).where(vendor_callbacks.c.submitter_id == submitter_id)
        ).first()
    if hook is None:  # not submitted by a vendor, or the vendor takes no callbacks
        _set(conn, delivery.id, state="skipped")
        return None
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


def _send_mail(delivery: sa.Row, outgoing: Outgoing) -> None:
    message = EmailMessage()
    message["From"] = mail_sender()
    message["To"] = outgoing.recipient
    message["Subject"] = outgoing.subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    # A stable Message-ID: should a crash make us send twice, the copies are recognisably the same mail.
    message["Message-ID"] = f"<{delivery.id}@{MAIL_DOMAIN}>"
    message["X-Case-Id"] = delivery.case_id
    message.set_content(outgoing.body)
    try:
        smtp = smtplib.SMTP(smtp_host(), smtp_port(), timeout=10)
    except (OSError, smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected) as error:
        raise MailServerDown(f"{smtp_host()}:{smtp_port()}: {error}") from error
    with smtp:
        smtp.send_message(message)


def _post_callback(delivery: sa.Row, outgoing: Outgoing) -> None:
    response = requests.post(
        outgoing.recipient, data=outgoing.body.encode(), headers=outgoing.headers, timeout=10
    )
    if not response.ok:
        raise Refused(f"HTTP {response.status_code} from {outgoing.recipient}")


def _sent(engine: Engine, delivery: sa.Row, outgoing: Outgoing) -> None:
    attempts = delivery.attempts + 1
    with engine.begin() as conn:
        _set(
            conn,
            delivery.id,
            state="sent",
            sent_at=utc_now(),
            attempts=attempts,
            recipient=outgoing.recipient,
        )
        _record(
            conn,
            delivery,
            NotificationsEvent.NOTIFICATION_SENT,
            outgoing,
            attempts,
            message_id=f"<{delivery.id}@{MAIL_DOMAIN}>",
        )


def _failed_try(engine: Engine, delivery: sa.Row, outgoing: Outgoing, error: Exception) -> None:
    first, tries, longest = delivery_retry()
    attempts = delivery.attempts + 1
    with engine.begin() as conn:
        if attempts >= tries:
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
                outgoing,
                attempts,
                error=str(error)[:500],
            )
            return
        delay = min(first * 2 ** (attempts - 1), longest)
        log.warning("delivery %s not done (try %d), next in %.1f s: %s", delivery.id, attempts, delay, error)
        _set(
            conn,
            delivery.id,
            attempts=attempts,
            last_error=str(error),
            next_attempt_at=utc_now() + timedelta(seconds=delay),
        )


def _record(
    conn: Connection, delivery: sa.Row, event_type: str, outgoing: Outgoing, attempts: int, **extra: str
) -> None:
    payload = {
        "channel": delivery.channel,
        "template": delivery.template,
        "description": templates.TEMPLATE_NAMES[delivery.template],
        "recipient": outgoing.recipient,
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
