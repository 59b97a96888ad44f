"""Sends pending mails through SMTP and records each delivery as an event on `cases.notifications`."""

from __future__ import annotations

import logging
import smtplib
import threading
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formatdate

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from services.notifications.store import STORE
from services.notifications.tables import deliveries
from shared.config import mail_sender, smtp_host, smtp_port
from shared.envelope import NewEvent, utc_now

log = logging.getLogger(__name__)
MAX_BACKOFF_SECONDS = 300


def send_due(engine: Engine, limit: int = 50) -> int:
    """Send what is due; returns how many were sent. A failed send is tried again later, with backoff."""
    now = utc_now()
    with engine.connect() as conn:
        due = conn.execute(
            sa.select(deliveries)
            .where(deliveries.c.state == "pending", deliveries.c.next_attempt_at <= now)
            .order_by(deliveries.c.next_attempt_at)
            .limit(limit)
        ).all()
    sent = 0
    for delivery in due:
        try:
            _send(delivery)
        except (OSError, smtplib.SMTPException) as error:
            _postpone(engine, delivery, error)
            continue
        _record_sent(engine, delivery)
        sent += 1
    return sent


def run(engine: Engine, stop: threading.Event) -> None:
    """The mailer loop of the notifications worker."""
    while not stop.is_set():
        try:
            sent = send_due(engine)
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as error:
            log.warning("mailer waits for the database: %s", error)
            sent = 0
        if not sent:
            stop.wait(0.2)


def _send(delivery: sa.Row) -> None:
    message = EmailMessage()
    message["From"] = mail_sender()
    message["To"] = delivery.recipient
    message["Subject"] = delivery.subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    # A stable Message-ID: should a crash make us send twice, the copies are recognisably the same mail.
    message["Message-ID"] = f"<{delivery.id}@rathaus.oschersleben.example>"
    message["X-Case-Id"] = delivery.case_id
    message.set_content(delivery.body)
    with smtplib.SMTP(smtp_host(), smtp_port(), timeout=10) as smtp:
        smtp.send_message(message)


def _record_sent(engine: Engine, delivery: sa.Row) -> None:
    with engine.begin() as conn:
        conn.execute(
            deliveries.update()
            .where(deliveries.c.id == delivery.id)
            .values(state="sent", sent_at=utc_now(), attempts=delivery.attempts + 1)
        )
        payload = {
            "channel": "email",
            "template": delivery.template,
            "recipient": delivery.recipient,
            "message_id": f"<{delivery.id}@rathaus.oschersleben.example>",
            "trigger_event_id": delivery.trigger_event_id,
        }
        sent = NewEvent(
            "NotificationSent",
            payload,
            causation_id=delivery.trigger_event_id,
            correlation_id=delivery.correlation_id,
        )
        STORE.append_next(conn, delivery.case_id, [sent])


def _postpone(engine: Engine, delivery: sa.Row, error: Exception) -> None:
    attempts = delivery.attempts + 1
    delay = min(2**attempts, MAX_BACKOFF_SECONDS)
    log.warning("mail %s not sent (attempt %d), next in %d s: %s", delivery.id, attempts, delay, error)
    with engine.begin() as conn:
        conn.execute(
            deliveries.update()
            .where(deliveries.c.id == delivery.id)
            .values(
                attempts=attempts, last_error=str(error), next_attempt_at=utc_now() + timedelta(seconds=delay)
            )
        )
