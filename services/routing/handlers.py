"""What routing does on each event it consumes."""

from sqlalchemy.engine import Connection

from services.routing.rules import route
from services.routing.store import STORE
from shared.envelope import Event, NewEvent


def handle(conn: Connection, event: Event) -> None:
    if event.event_type != "ApplicationSubmitted":
        return
    STORE.append_next(conn, event.case_id, [NewEvent.caused_by(event, "CaseRouted", route(event.payload))])
