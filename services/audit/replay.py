"""Every service's projection (its descriptor's `projection` and `audited` tables) replayed from the events
alone into a scratch database, and compared row by row with the live one (a drained platform: every
consumer has caught up)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from services import registry
from services.audit.case_ranges import EVERY_CASE, CaseRange
from services.audit.findings import Verification
from shared.kernel.causal import causal_order
from shared.kernel.db import make_engine
from shared.kernel.envelope import Event
from shared.kernel.rows import rows_of
from shared.kernel.service import Audited
from shared.kernel.tables import create_store_tables


def compare(
    events: list[Event],
    stores: dict[str, Engine],
    in_scope: set[str],
    result: Verification,
    cases: CaseRange = EVERY_CASE,
) -> None:
    """`events`: every event of the cases in `cases` (a slice of the log); the live rows of those cases are
    compared with what they replay to."""
    ordered = causal_order(events)
    for service in registry.data_services():
        # In memory: a slice's rows are few (services/audit/slices.py), and a file cost more to make than
        # the replay into it
        scratch = make_engine("sqlite://")
        create_store_tables(scratch, *service.database.own_tables)
        mine = [e for e in ordered if e.event_type in service.projection]
        with scratch.begin() as conn:
            rows_of(conn).all_known(
                *(t for tables in service.database.own_tables for t in tables.sorted_tables)
            )
            for event in mine:
                service.replay(conn, event)
        last_event = {e.case_id: e for e in mine}
        for compared in service.audited:
            _compare_table(
                service.name, compared, stores[service.name], scratch, in_scope, last_event, result, cases
            )
        scratch.dispose()


def _compare_table(
    service: str,
    compared: Audited,
    live: Engine,
    scratch: Engine,
    in_scope: set[str],
    last_event: dict[str, Event],
    result: Verification,
    cases: CaseRange,
) -> None:
    names = _compared_columns(compared)
    live_rows, replayed = _rows(live, compared, names, cases), _rows(scratch, compared, names, cases)
    for key in sorted(live_rows.keys() | replayed.keys(), key=str):
        row, again = live_rows.get(key), replayed.get(key)
        case_id = (row or again or (None, ()))[0]
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
            what = "; ".join(
                f"{name}: live {value!r}, replayed {replayed_value!r}"
                for name, value, replayed_value in sorted(zip(names, row[1], again[1], strict=True))
                if value != replayed_value
            )
        result.found(
            "replay",
            case_id,
            last.event_id if last else None,
            f"{service}.{compared.table.name} {key}: {what}",
        )


def _compared_columns(compared: Audited) -> list[str]:
    return [column.name for column in compared.table.columns if column.name not in compared.ignore]


def _rows(
    engine: Engine, compared: Audited, names: list[str], cases: CaseRange
) -> dict[tuple[Any, ...], tuple[str, tuple[Any, ...]]]:
    """The table's rows of these cases by key, each as its case id and its values in the order of `names`:
    plain tuples, as a row's mapping view or a dict for each cost more than the rest of the comparison."""
    table = compared.table
    at = [names.index(name) for name in compared.key]
    query = sa.select(*(table.c[name] for name in names))
    if compared.case_via is None:
        case_id = table.c.case_id
    else:
        own, referred = compared.case_via
        case_id = referred.table.c.case_id
        query = query.join_from(table, referred.table, own == referred)
    rows = {}
    with engine.connect() as conn:
        for *values, case in conn.execute(query.add_columns(case_id).where(cases.where(case_id))):
            rows[tuple(values[i] for i in at)] = (case, tuple(values))
    return rows
