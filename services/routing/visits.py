"""The visits intake books at the offices, as routing keeps them for the desk (appointments.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Connection

from services.routing.tables import appointments
from shared.kernel.envelope import Event
from shared.kernel.rows import rows_of


def on_booked(conn: Connection, event: Event) -> None:
    p = event.payload
    rows_of(conn).append(
        appointments,
        {
            "case_id": event.case_id,
            "office_id": p["office_id"],
            "service_id": p["service_id"],
            "service_name": p["service_name"],
            "counter": p["counter"],
            "starts_at": datetime.fromisoformat(p["starts_at"]),
            "ends_at": datetime.fromisoformat(p["ends_at"]),
            "visitor": p["visitor"],
            "state": "booked",
        },
    )


def on_moved(conn: Connection, event: Event) -> None:
    p = event.payload
    rows_of(conn).update(
        conn,
        appointments,
        event.case_id,
        counter=p["counter"],
        starts_at=datetime.fromisoformat(p["starts_at"]),
        ends_at=datetime.fromisoformat(p["ends_at"]),
    )


def on_cancelled(conn: Connection, event: Event) -> None:
    rows_of(conn).update(conn, appointments, event.case_id, state="cancelled")


def on_erased(conn: Connection, event: Event) -> None:
    conn.execute(appointments.update().where(appointments.c.case_id == event.case_id).values(visitor=None))
