"""What notifications does on each event it consumes: it records the mail to send, in the same transaction."""

from sqlalchemy.engine import Connection

from services.notifications import templates
from services.notifications.tables import deliveries
from shared.envelope import Event, new_id, utc_now


def handle(conn: Connection, event: Event) -> None:
    if event.event_type != "ApplicationSubmitted":
        return
    subject, body = templates.receipt(event.case_id, event.payload)
    conn.execute(
        deliveries.insert().values(
            id=new_id(),
            case_id=event.case_id,
            trigger_event_id=event.event_id,
            correlation_id=event.correlation_id,
            template="receipt",
            recipient=event.payload["applicant"]["email"],
            subject=subject,
            body=body,
            state="pending",
            attempts=0,
            next_attempt_at=utc_now(),
        )
    )
