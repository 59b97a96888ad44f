"""Where a case's time goes between its 202 and its receipt: each hop of the pipeline from the stores' own
clocks (an event's `occurred_at`, its outbox row's `published_at`, a consumer's `processed_at`, a mail's
`sent_at`), per case, in milliseconds."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from shared.kernel.db import make_engine


def hop_latencies(env: dict[str, str], cases: set[str]) -> dict[str, list[float]]:
    def rows(service: str, sql: str) -> list[sa.Row]:
        engine = make_engine(env[f"{service.upper()}_DATABASE_URL"])
        with engine.connect() as conn:
            found = conn.execute(sa.text(sql)).all()
        engine.dispose()
        return found

    def query(service: str, sql: str) -> list[sa.Row]:
        return [row for row in rows(service, sql) if row.case_id in cases]

    def recorded(service: str, event_type: str) -> dict[str, tuple[str, datetime, datetime | None]]:
        """case -> (event id, recorded at, published at) of the case's first event of this type."""
        rows = query(
            service,
            "SELECT e.case_id, e.event_id, e.occurred_at, o.published_at FROM events e"
            f" LEFT JOIN outbox o ON o.position = e.position WHERE e.event_type = '{event_type}'"
            " ORDER BY e.position DESC",
        )
        return {row.case_id: (row.event_id, row.occurred_at, row.published_at) for row in rows}

    def taken(service: str) -> dict[str, datetime]:
        """event id -> when this service's consumer processed it."""
        return {row.event_id: row.processed_at for row in rows(service, "SELECT * FROM processed_events")}

    submitted = recorded("intake", "ApplicationSubmitted")
    routed = recorded("routing", "CaseRouted")
    assessed = recorded("fees", "FeeAssessed")
    receipts = {
        row.case_id: (row.sent_at, row.occurred_at)
        for row in query(
            "notifications",
            "SELECT d.case_id, d.sent_at, min(e.occurred_at) AS occurred_at FROM deliveries d"
            " JOIN events e ON e.case_id = d.case_id AND e.event_type = 'NotificationSent'"
            " AND e.payload->>'template' = 'receipt'"
            " WHERE d.template = 'receipt' GROUP BY d.case_id, d.sent_at",
        )
    }
    routing_took, fees_took, notifications_took = taken("routing"), taken("fees"), taken("notifications")
    hops: dict[str, list[float]] = {}

    def add(hop: str, start: datetime | None, end: datetime | None) -> None:
        if start is not None and end is not None:
            hops.setdefault(hop, []).append((end - start).total_seconds() * 1000)

    for case_id, (event_id, at, published) in submitted.items():
        add("intake relay publishes the application", at, published)
        add("routing takes it from Kafka", published, routing_took.get(event_id))
        add("fees takes it from Kafka", published, fees_took.get(event_id))
        add("notifications takes it from Kafka", published, notifications_took.get(event_id))
        if case_id in assessed:
            add("fees records its assessment", fees_took.get(event_id), assessed[case_id][1])
        if case_id in routed:
            routed_id, routed_at, routed_published = routed[case_id]
            add("routing records the case routed", routing_took.get(event_id), routed_at)
            add("routing relay publishes it", routed_at, routed_published)
            add("notifications takes the case routed", routed_published, notifications_took.get(routed_id))
            if case_id in receipts:
                sent_at, recorded_at = receipts[case_id]
                both = [notifications_took.get(event_id), notifications_took.get(routed_id)]
                ready = max(both) if None not in both else None  # type: ignore[type-var]
                add("the receipt is mailed once both are in", ready, sent_at)
                add("its NotificationSent is recorded", sent_at, recorded_at)
    return hops
