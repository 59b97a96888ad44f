"""The four services' own code wired together in one process, for tests that need many whole cases fast: each
service's store and handlers, events handed from store to consumer through the services' real consumer runner
(with its de-duplication), and the outboxes relayed to real Kafka topics."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

import services.fees.handlers
import services.intake.projection
from services.fees.store import STORE as FEES
from services.intake import submitters
from services.intake.handlers import submit
from services.intake.store import STORE as INTAKE
from services.notifications import delivery
from services.registry import consumed_topics, data_services, get, producers
from services.routing import desk, staff
from services.routing.projection import case_row
from services.routing.store import STORE as ROUTING
from shared.kernel.consumer import ConsumerRunner
from shared.kernel.db import make_engine
from shared.kernel.envelope import NewEvent, new_id
from shared.kernel.eventstore import EVENT_COLUMNS, event_from_row
from shared.kernel.outbox import OutboxRelay
from shared.kernel.tables import create_store_tables, events
from tests.helpers import FORMS, submitted_payload

# whose events each service consumes (as its worker's topics say)
CONSUMES = {
    service.name: tuple(topic.split(".")[1] for topic in consumed_topics(service))
    for service in data_services()
}
OFFICES = ("buergerbuero", "standesamt", "gewerbeamt", "steuerabteilung", "clearing")


class Town:
    def __init__(self, urls: dict[str, str]) -> None:
        from services.fees.tables import metadata as fees_tables
        from services.intake.tables import metadata as intake_tables
        from services.notifications.tables import metadata as notification_tables
        from services.routing.tables import metadata as routing_tables

        metadata = {
            "intake": intake_tables,
            "fees": fees_tables,
            "routing": routing_tables,
            "notifications": notification_tables,
        }
        self.urls = urls
        self.engines = {service: make_engine(url) for service, url in urls.items()}
        for service, engine in self.engines.items():
            create_store_tables(engine, metadata[service])
        self.runners = {s: ConsumerRunner(s, self.engines[s], [], get(s).handle_batch) for s in producers()}
        self.positions = dict.fromkeys(producers(), 0)
        with self.engines["intake"].begin() as conn:
            key = submitters.add(conn, "generator", "vendor", "Generator", ["*"])
            self.vendor = submitters.authenticate(conn, key)
        with self.engines["routing"].begin() as conn:
            self.caseworkers, self.seconds = {}, {}
            for office in OFFICES:
                token = staff.add(conn, f"lead-{office}", f"Leitung {office}", office, "lead")
                self.caseworkers[office] = staff.authenticate(conn, token)
                # the second pair of eyes a waiver of the whole fee needs
                token = staff.add(conn, f"second-{office}", f"Vertretung {office}", office, "caseworker")
                self.seconds[office] = staff.authenticate(conn, token)

    def apply_for(self, service_id: str, key: str, version: int | None = None, **form: Any) -> str:
        payload = {
            **submitted_payload(service_id, **form),
            "submitted_by": {"kind": "vendor", "id": self.vendor.id},
        }
        if version == 1:  # as intake recorded it before the payment policy travelled with the application
            for added_later in ("payment_policy", "documents", "document_names"):
                payload.pop(added_later)
            case_id = new_id()
            with self.engines["intake"].begin() as conn:
                first = NewEvent("ApplicationSubmitted", payload, schema_version=1)
                INTAKE.record(conn, case_id, [first], services.intake.projection.apply, expected_version=0)
            return case_id
        with self.engines["intake"].begin() as conn:
            return submit(conn, self.vendor, key, payload).case_id

    def pump(self) -> int:
        """Hands every new event to the services that consume its topic, until nothing new comes."""
        moved = 0
        while True:
            fresh = 0
            for producer in producers():
                with self.engines[producer].connect() as conn:
                    rows = conn.execute(
                        sa.select(*EVENT_COLUMNS, events.c.position)
                        .where(events.c.position > self.positions[producer])
                        .order_by(events.c.position)
                    ).all()
                if not rows:
                    continue
                # the events as recorded, as the outbox relay publishes them, in batches as a poll brings them
                raws = [event_from_row(row).to_json() for row in rows]
                for consumer, topics in CONSUMES.items():
                    if producer in topics:
                        for start in range(0, len(raws), 500):
                            self.runners[consumer].process(*raws[start : start + 500])
                self.positions[producer] = rows[-1].position
                fresh += len(rows)
            moved += fresh
            if not fresh:
                return moved

    def pay(self, case_id: str, share: float = 1.0) -> None:
        with self.engines["fees"].connect() as conn:
            request = next(
                (e for e in FEES.read_stream(conn, case_id) if e.event_type == "PaymentRequested"), None
            )
        if request is None:
            return
        cents = max(1, int(request.payload["amount_cents"] * share))
        payment = {
            "payment_id": f"P-{case_id[:8]}-{cents}",
            "kassenzeichen": request.payload["kassenzeichen"],
            "amount_cents": cents,
            "currency": "EUR",
            "paid_at": datetime.now(UTC),
        }
        with self.engines["fees"].begin() as conn:
            FEES.lock(conn)
            services.fees.handlers.settle(conn, "epaybl", payment, datetime.now(UTC))

    def act(self, case_id: str, action: str, body: dict[str, Any] | None = None) -> bool:
        """A lead of the case's office takes a step (a waiver of the whole fee approved by a second person);
        False when the state machine or the desk refuses it."""
        from services.routing.domain.lifecycle import ForbiddenTransition

        with self.engines["routing"].begin() as conn:
            ROUTING.lock(conn)
            case = case_row(conn, case_id)
            worker = self.caseworkers[case.office_id]
            try:
                if action == "fee-reductions":
                    proposed = desk.reduce_fee(conn, worker, case, body or {})
                    if proposed.event_type == "FeeWaiverProposed":
                        approval = {"decision": "approve", "note": None}
                        desk.decide_waiver(conn, self.seconds[case.office_id], case, approval)
                else:
                    desk.act(conn, worker, case, action, body or {})
            except (ForbiddenTransition, desk.Refused):
                return False
        return True

    def deliver(self) -> None:
        """What the notifications worker's loop would send (its SMTP server is the test's)."""
        while delivery.deliver_due(self.engines["notifications"]):
            pass

    def relay(self) -> int:
        """Every outbox to Kafka, as the workers' relays would."""
        published = 0
        for engine in self.engines.values():
            relay = OutboxRelay(engine, batch_size=2000)
            while count := relay.publish_pending():
                published += count
            relay.close()
        return published

    def generate(self, cases: int, seed: int = 7) -> list[str]:
        """Many cases of every online service, paid or not, worked to different ends."""
        rng = random.Random(seed)
        made = []
        for number in range(cases):
            service_id = rng.choice(sorted(FORMS))
            made.append(self.apply_for(service_id, f"gen-{seed}-{number}", version=rng.choice([1, 2, 2])))
        self.pump()
        for case_id in made:
            roll = rng.random()
            if roll < 0.7:
                self.pay(case_id, share=rng.choice([1.0, 1.0, 0.5, 1.5]))
        self.pump()
        for case_id in made:
            roll = rng.random()
            if roll < 0.1:
                self.act(
                    case_id,
                    "fee-reductions",
                    {"kind": "waiver", "reason": "Bürgergeld", "amount_cents": None},
                )
            steps = (
                ["claim", "approve", "complete"] if roll < 0.6 else ["claim", "reject"] if roll < 0.8 else []
            )
            for step in steps:
                self.act(case_id, step, {"reason": "Nicht zuständig."} if step == "reject" else {})
        self.pump()
        return made

    def count(self, service: str) -> int:
        with self.engines[service].connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()

    def dispose(self) -> None:
        for engine in self.engines.values():
            engine.dispose()
