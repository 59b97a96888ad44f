"""What routing does on each event it consumes."""

from sqlalchemy.engine import Connection

from services.routing.rules import route
from services.routing.store import STORE
from shared.envelope import Event, NewEvent


def handle(conn: Connection, event: Event) -> None:
    if event.event_type != "ApplicationSubmitted":
        return
    STORE.append(
        conn,
        event.case_id,
        STORE.version(conn, event.case_id),
        [
            NewEvent(
                "CaseRouted",
                route(event.payload),
                causation_id=event.event_id,
                correlation_id=event.correlation_id,
            )
        ],
    )
