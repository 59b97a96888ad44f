"""What fees does on each event it consumes."""

from sqlalchemy.engine import Connection

from services.fees.assessment import assess
from services.fees.schedule import in_force, local_date
from services.fees.store import STORE
from shared.envelope import Event, NewEvent


def handle(conn: Connection, event: Event) -> None:
    if event.event_type != "ApplicationSubmitted":
        return
    # The schedule in force when the citizen submitted, not when this worker happens to run.
    submitted_on = local_date(event.occurred_at)
    fee = assess(event.payload, in_force(submitted_on), submitted_on)
    STORE.append_next(conn, event.case_id, [NewEvent.caused_by(event, "FeeAssessed", fee)])
