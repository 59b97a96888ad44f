"""Every service's projections replayed from the events alone into a scratch database, and compared row by
row with the live ones (a drained platform: every consumer has caught up)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

import services.fees.projection
import services.fees.tables
import services.intake.projection
import services.intake.tables
import services.notifications.handlers
import services.notifications.tables
import services.routing.projection
import services.routing.tables
from infra.audit.timeline import causal_order
from shared.kernel.db import make_engine
from shared.kernel.envelope import Event
from shared.kernel.tables import create_store_tables

if TYPE_CHECKING:
    from infra.audit.verify import Verification


@dataclass(frozen=True)
class Compared:
    table: sa.Table
    key: tuple[str, ...]
    ignore: tuple[str, ...] = ()  # columns that say when a row was written, not what the events say
    case_of: Callable[[Connection], dict[Any, str]] | None = None  # for tables without a case_id column


@dataclass(frozen=True)
class Projection:
    metadata: sa.MetaData
    producers: tuple[str, ...]  # whose events it is built from
    apply: Callable[[Connection, Event], None]
    compared: tuple[Compared, ...]


def _entry_cases(conn: Connection) -> dict[Any, str]:
    entries = services.fees.tables.journal_entries
    return {
        row.entry_id: row.case_id for row in conn.execute(sa.select(entries.c.entry_id, entries.c.case_id))
    }


fees_t, intake_t, routing_t, notif_t = (
    services.fees.tables,
    services.intake.tables,
    services.routing.tables,
    services.notifications.tables,
)
PROJECTIONS = {
    "intake": Projection(
        intake_t.metadata,
        ("intake", "fees", "routing", "notifications"),
        services.intake.projection.apply,
        (
            Compared(intake_t.case_status, ("case_id",), ignore=("updated_at",)),
            Compared(intake_t.timeline, ("event_id",)),
        ),
    ),
    "fees": Projection(
        fees_t.metadata,
        ("fees",),
        services.fees.projection.apply,
        (
            Compared(fees_t.assessments, ("case_id",)),
            Compared(fees_t.receivables, ("kassenzeichen",)),
            Compared(fees_t.journal_entries, ("entry_id",)),
            Compared(fees_t.journal_lines, ("entry_id", "line_no"), case_of=_entry_cases),
        ),
    ),
    "routing": Projection(
        routing_t.metadata,
        ("routing",),
        services.routing.projection.apply,
        (Compared(routing_t.cases, ("case_id",)),),
    ),
    "notifications": Projection(
        notif_t.metadata,
        ("intake", "fees", "routing"),
        services.notifications.handlers.handle,
        (
            Compared(notif_t.recipients, ("case_id",)),
            # which deliveries the events call for; their ids, tries and times are the delivery loop's own
            Compared(
                notif_t.deliveries,
                ("trigger_event_id", "channel", "template"),
                ignore=tuple(
                    c.name
                    for c in notif_t.deliveries.columns
                    if c.name not in ("case_id", "trigger_event_id", "channel", "template", "trigger_payload")
                ),
            ),
        ),
    ),
}
SERVICES = tuple(PROJECTIONS)


def compare(events: list[Event], stores: dict[str, Engine], in_scope: set[str], result: Verification) -> None:
    ordered = causal_order(events)
    with tempfile.TemporaryDirectory(prefix="rathaus-replay-") as scratch_dir:
        for service, projection in PROJECTIONS.items():
            scratch = make_engine(f"sqlite:///{Path(scratch_dir) / (service + '.db')}")
            create_store_tables(scratch, projection.metadata)
            mine = [e for e in ordered if e.producer in projection.producers]
            with scratch.begin() as conn:
                for event in mine:
                    projection.apply(conn, event)
            last_event = {e.case_id: e for e in mine}
            for compared in projection.compared:
                _compare_table(service, compared, stores[service], scratch, in_scope, last_event, result)
            scratch.dispose()


def _compare_table(
    service: str,
    compared: Compared,
    live: Engine,
    scratch: Engine,
    in_scope: set[str],
    last_event: dict[str, Event],
    result: Verification,
) -> None:
    live_rows, replayed = _rows(live, compared), _rows(scratch, compared)
    for key in sorted(set(live_rows) | set(replayed), key=str):
        row, again = live_rows.get(key), replayed.get(key)
        case_id = (row or again or {}).get("_case")
        if case_id not in in_scope:
            continue
        result.rows_compared += 1
        if row == again:
            continue
        last = last_event.get(case_id)
        if row is None or again is None:
            what = (
                "the events call for a row the live projection lacks"
                if row is None
                else "the live projection has a row the events do not explain"
            )
        else:
            differing = sorted(name for name in row if row[name] != again[name])
            what = "; ".join(f"{name}: live {row[name]!r}, replayed {again[name]!r}" for name in differing)
        result.found(
            "replay",
            case_id,
            last.event_id if last else None,
            f"{service}.{compared.table.name} {key}: {what}",
        )


def _rows(engine: Engine, compared: Compared) -> dict[tuple[Any, ...], dict[str, Any]]:
    with engine.connect() as conn:
        cases = compared.case_of(conn) if compared.case_of else None
        rows = {}
        for row in conn.execute(sa.select(compared.table)):
            values = {k: v for k, v in row._mapping.items() if k not in compared.ignore}
            key = tuple(values[name] for name in compared.key)
            values["_case"] = cases.get(key[0]) if cases is not None else values["case_id"]
            rows[key] = values
    return rows
