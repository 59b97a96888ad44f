"""Appointments through the intake API over real HTTP: two intake processes on one port (as `rathaus run
--instances 2` runs them) on one PostgreSQL store, many citizens at once after the last free slot."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from infra.platform import Platform
from services.intake.tables import appointment_slots
from shared.contracts import appointments as calendar
from shared.kernel.db import make_engine
from shared.kernel.envelope import utc_now
from shared.kernel.tables import events
from tests.conftest import free_port, temporary_database
from tests.helpers import register_submitter

VISITOR = {"given_name": "Jana", "family_name": "Schröder", "email": "jana.schroeder@example.org"}
CROWD = 24


class Intake:
    def __init__(self, url: str, database_url: str, key: str) -> None:
        self.url, self.key = url, key
        self.engine = make_engine(database_url)

    def free(self, service_id: str = "personalausweis") -> dict[str, list[str]]:
        answer = requests.get(f"{self.url}/api/v1/appointments/free/{service_id}", timeout=10)
        assert answer.status_code == 200, answer.text
        return {day["date"]: day["starts_at"] for day in answer.json()["days"]}

    def book(self, starts_at: str, service_id: str = "personalausweis", **visitor: str) -> requests.Response:
        return requests.post(
            f"{self.url}/api/v1/appointments",
            json={"service_id": service_id, "starts_at": starts_at, "visitor": {**VISITOR, **visitor}},
            headers={"Authorization": f"Bearer {self.key}", "Idempotency-Key": str(uuid.uuid4())},
            timeout=30,
        )

    def change(self, case_id: str, token: str, step: str, body: dict | None = None) -> requests.Response:
        return requests.post(
            f"{self.url}/api/v1/appointments/{case_id}/{step}",
            json=body,
            headers={"X-Tracking-Token": token},
            timeout=30,
        )

    def booked_at(self, starts_at: str) -> list[str]:
        """The cases holding a slot at that time, and how many AppointmentBooked events name it."""
        with self.engine.connect() as conn:
            return [
                row.case_id
                for row in conn.execute(
                    sa.select(appointment_slots.c.case_id).where(
                        appointment_slots.c.starts_at == datetime.fromisoformat(starts_at),
                        appointment_slots.c.case_id.is_not(None),
                    )
                )
            ]


@pytest.fixture(scope="module")
def intake(postgres_admin_url, tmp_path_factory):
    with temporary_database(postgres_admin_url) as database_url:
        port = free_port()
        log_dir: Path = tmp_path_factory.mktemp("intake-log")
        env = {"INTAKE_DATABASE_URL": database_url}
        names = ["intake-http", "intake-http.2"]
        with Platform(env=env, log_dir=log_dir, ports={"intake": port}, names=names):
            running = Intake(
                f"http://127.0.0.1:{port}", database_url, register_submitter(database_url, "termine", ["*"])
            )
            yield running
            running.engine.dispose()


def test_many_citizens_at_once_after_the_last_free_slot_get_it_once(intake):
    day, starts = next(iter(intake.free().items()))
    last = starts[len(starts) // 2]
    # Every counter but one is taken at that time: one visit is left
    with intake.engine.begin() as conn:
        for counter in list(calendar.counters("buergerbuero"))[1:]:
            conn.execute(
                appointment_slots.insert().values(
                    office_id="buergerbuero",
                    starts_at=datetime.fromisoformat(last),
                    counter=counter,
                    case_id=None,
                    blocked_by="test",
                    taken_at=utc_now(),
                )
            )
    answers: list[requests.Response] = []
    start = threading.Barrier(CROWD)

    def citizen(number: int) -> None:
        start.wait()
        answers.append(intake.book(last, given_name=f"Person {number}"))

    crowd = [threading.Thread(target=citizen, args=(n,)) for n in range(CROWD)]
    for each in crowd:
        each.start()
    for each in crowd:
        each.join()
    codes = sorted(answer.status_code for answer in answers)
    assert codes == [201] + [409] * (CROWD - 1), codes
    [won] = [answer.json() for answer in answers if answer.status_code == 201]
    assert intake.booked_at(last) == [won["case_id"]]
    with intake.engine.connect() as conn:
        booked = conn.execute(
            sa.select(sa.func.count()).select_from(events).where(events.c.event_type == "AppointmentBooked")
        ).scalar_one()
    assert booked == 1
    refused = [answer.json() for answer in answers if answer.status_code == 409][0]
    assert refused["detail"] == "Diese Zeit ist inzwischen vergeben; bitte eine andere wählen."
    assert last not in intake.free().get(day, [])


def test_a_citizen_moves_and_cancels_with_the_tracking_token(intake):
    free = intake.free()
    first, second = [start for starts in free.values() for start in starts][:2]
    booked = intake.book(first)
    assert booked.status_code == 201, booked.text
    case_id, token = booked.json()["case_id"], booked.json()["tracking_token"]
    assert booked.json()["appointment"]["starts_at"] == datetime.fromisoformat(first).isoformat()
    status = requests.get(
        f"{intake.url}/api/v1/applications/{case_id}", headers={"X-Tracking-Token": token}, timeout=10
    ).json()
    assert status["status"] == "appointment_booked" and status["appointment"]["office_id"] == "buergerbuero"
    assert intake.change(case_id, "wrong-token", "cancellation").status_code == 404
    moved = intake.change(case_id, token, "move", {"starts_at": second})
    assert moved.status_code == 200, moved.text
    assert moved.json()["appointment"]["starts_at"] == datetime.fromisoformat(second).isoformat()
    assert intake.booked_at(first) == [] and intake.booked_at(second) == [case_id]
    # A time the office does not offer for this service is refused, and the visit stays where it was
    closed = intake.change(case_id, token, "move", {"starts_at": "2031-01-01T03:00:00+00:00"})
    assert closed.status_code == 422 and intake.booked_at(second) == [case_id]
    assert intake.change(case_id, token, "cancellation").status_code == 200
    assert intake.booked_at(second) == []
    assert intake.change(case_id, token, "cancellation").status_code == 409
    timeline = requests.get(
        f"{intake.url}/api/v1/applications/{case_id}", headers={"X-Tracking-Token": token}, timeout=10
    ).json()
    assert timeline["status"] == "appointment_cancelled" and timeline["appointment"] is None
    assert [entry["event"] for entry in timeline["timeline"]] == [
        "AppointmentBooked",
        "AppointmentMoved",
        "AppointmentCancelled",
    ]


def test_a_service_without_visits_and_bad_bookings_are_refused(intake):
    assert (
        requests.get(f"{intake.url}/api/v1/appointments/free/geburtsurkunde", timeout=10).status_code == 404
    )
    some_time = next(iter(intake.free().values()))[0]
    assert intake.book(some_time, service_id="geburtsurkunde").status_code == 422
    no_mail = intake.book(some_time, email="kein-mail")
    assert no_mail.status_code == 422 and no_mail.json()["errors"][0]["field"] == "visitor.email"
