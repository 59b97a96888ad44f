"""What fees does on each event it consumes."""

from sqlalchemy.engine import Connection

from services.fees.assessment import assess
from services.fees.schedule import in_force
from services.fees.store import STORE
from shared.envelope import Event, NewEvent


def handle(conn: Connection, event: Event) -> None:
    if event.event_type != "ApplicationSubmitted":
        return
    # The schedule in force when the citizen submitted, not when this worker happens to run.
    fee = assess(event.payload, in_force(event.occurred_at.date()))
    STORE.append_next(conn, event.case_id, [NewEvent.caused_by(event, "FeeAssessed", fee)])
