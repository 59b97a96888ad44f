"""The caseworkers' desk: an office's cases, one case with its personal data (logged), and the actions the
state machine allows. A case of another office does not exist for the caller."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from marshmallow import Schema
from sqlalchemy.engine import Connection

from services import registry
from services.routing import requests
from services.routing.domain import lifecycle
from services.routing.domain.waivers import waiting_proposal
from services.routing.handlers import after_last, fee_of, record, transition
from services.routing.permissions import OVERRULE_CLAIM, may
from services.routing.staff import Caseworker
from services.routing.store import STORE
from services.routing.tables import access_log, applications, case_documents, cases, open_cases
from shared.contracts import RoutingEvent
from shared.kernel.envelope import TOWN_TIME, Event, utc_now
from shared.kernel.personal import quoted
from shared.web import document_grants
from shared.web.labels import state_labels

# action in the URL: (the event it records, the shape of its body)
ACTIONS: dict[str, tuple[str, type[Schema]]] = {
    "claim": (RoutingEvent.CASE_CLAIMED, requests.NoBody),
    "request-information": (RoutingEvent.INFORMATION_REQUESTED, requests.Message),
    "receive-information": (RoutingEvent.INFORMATION_RECEIVED, requests.Note),
    "approve": (RoutingEvent.CASE_APPROVED, requests.Note),
    "reject": (RoutingEvent.CASE_REJECTED, requests.Reason),
    "complete": (RoutingEvent.CASE_COMPLETED, requests.Note),
}
STATE_TEXT = state_labels("desk")

ACTION_OF = {event_type: action for action, (event_type, _) in ACTIONS.items()}
# Not steps of the lifecycle: a waiver or reduction of the case's fee, and a second person's answer to a
# proposed waiver of all of it
FEE_REDUCTION = "fee-reductions"
WAIVER_DECISION = "fee-waiver-decision"
FEE_ACTIONS: dict[str, type[Schema]] = {
    FEE_REDUCTION: requests.FeeReduction,
    WAIVER_DECISION: requests.WaiverDecision,
}


def body_schema(action: str) -> Schema | None:
    """The shape of an action's body, or None for an action the desk does not know."""
    if action in FEE_ACTIONS:
        return FEE_ACTIONS[action]()
    return ACTIONS[action][1]() if action in ACTIONS else None


TIMELINE_TEXT = {
    RoutingEvent.CASE_ROUTED: "Zuständig: {office_name}, zu erledigen bis {due_on}",
    RoutingEvent.PAYMENT_AWAITED: "Wartet auf Zahlung der Gebühr",
    RoutingEvent.PAYMENT_CONFIRMED: "Gebühr bezahlt oder erlassen",
    RoutingEvent.CASE_CLAIMED: "Übernommen von {caseworker_name}",
    RoutingEvent.INFORMATION_REQUESTED: "Nachfrage an Antragsteller: {message}",
    RoutingEvent.INFORMATION_RECEIVED: "Unterlagen oder Auskunft eingegangen",
    RoutingEvent.CASE_APPROVED: "Bewilligt",
    RoutingEvent.CASE_REJECTED: "Abgelehnt: {reason}",
    RoutingEvent.CASE_COMPLETED: "Abgeschlossen",
    RoutingEvent.CASE_WITHDRAWN: "Vom Antragsteller zurückgezogen",
    RoutingEvent.CLAIM_REMINDER_RAISED: "Erinnerung an das Amt: seit 3 Arbeitstagen nicht übernommen",
    RoutingEvent.FEE_REDUCTION_GRANTED: (
        "Gebühr erlassen oder ermäßigt ({kind}, {amount_cents} Cent): {reason}"
    ),
    RoutingEvent.FEE_WAIVER_PROPOSED: (
        "Erlass der ganzen Gebühr ({amount_cents} Cent) beantragt von {caseworker_id}: {reason}"
    ),
    RoutingEvent.FEE_WAIVER_DECLINED: "Erlass nicht bestätigt von {caseworker_id}",
}


@dataclass
class Refused(Exception):
    status: int
    title: str
    detail: str


class CaseNotFound(Exception):
    """No such case in the caller's office."""


def perform(conn: Connection, worker: Caseworker, case_id: str, action: str, body: dict[str, Any]) -> Event:
    """A caseworker's action on a case, the state read and the event appended as one step under the store's
    lock. Raises CaseNotFound, ForbiddenTransition (with the state) or Refused."""
    STORE.lock(conn)
    case = office_case(conn, worker, case_id)
    if case is None:
        raise CaseNotFound(case_id)
    if action == FEE_REDUCTION:
        return reduce_fee(conn, worker, case, body)
    if action == WAIVER_DECISION:
        return decide_waiver(conn, worker, case, body)
    return act(conn, worker, case, action, body)


def office_case(conn: Connection, worker: Caseworker, case_id: str) -> sa.Row | None:
    """The case if it belongs to the caller's office; otherwise None, exactly as if it did not exist."""
    return conn.execute(
        sa.select(cases).where(cases.c.case_id == case_id, cases.c.office_id == worker.office_id)
    ).first()


def today() -> date:
    return utc_now().astimezone(TOWN_TIME).date()


def listing(conn: Connection, worker: Caseworker, query: dict[str, Any]) -> list[dict[str, Any]]:
    """The office's cases, nearest deadline first, a page at a time (keyset: `after` = due_on|case_id)."""
    columns = [cases.c[name] for name in LIST_COLUMNS]
    select = sa.select(*columns).where(cases.c.office_id == worker.office_id)
    if query["state"]:
        select = select.where(cases.c.state == query["state"])
    else:
        select = select.where(cases.c.open.is_(True))
    if query["service"]:
        select = select.where(cases.c.service_id == query["service"])
    if query["overdue"]:
        select = select.where(cases.c.due_on < today(), cases.c.open.is_(True))
    if query["after"]:
        due, case_id = query["after"].split("|")
        select = select.where(sa.tuple_(cases.c.due_on, cases.c.case_id) > (date.fromisoformat(due), case_id))
    rows = conn.execute(select.order_by(cases.c.due_on, cases.c.case_id).limit(query["limit"]))
    return [summary(row) for row in rows]


def open_by_state(conn: Connection, office_id: str) -> dict[str, int]:
    """How many of the office's open cases are in each state, in the lifecycle's order."""
    counted = dict(
        conn.execute(
            sa.select(open_cases.c.state, open_cases.c.cases).where(
                open_cases.c.office_id == office_id, open_cases.c.cases > 0
            )
        ).all()
    )
    return {state: counted[state] for state in lifecycle.STATES if state in counted}


def by_number(conn: Connection, worker: Caseworker, start: str, limit: int = 20) -> list[dict[str, Any]]:
    """The office's cases whose number begins with `start` (as read out on the phone), through the key."""
    prefix = start.lower()
    rows = conn.execute(
        sa.select(*[cases.c[name] for name in LIST_COLUMNS])
        .where(
            cases.c.office_id == worker.office_id, cases.c.case_id >= prefix, cases.c.case_id < prefix + "~"
        )
        .order_by(cases.c.case_id)
        .limit(limit)
    )
    return [summary(row) for row in rows]


LIST_COLUMNS = ("case_id", "service_id", "service_name", "state", "open", "due_on", "routed_at", "claimed_by")


def summary(row: sa.Row) -> dict[str, Any]:
    return {
        "case_id": row.case_id,
        "service_id": row.service_id,
        "service_name": row.service_name,
        "state": row.state,
        "due_on": row.due_on.isoformat(),
        "overdue": bool(row.open and row.due_on < today()),
        "routed_at": row.routed_at.isoformat(),
        "claimed_by": row.claimed_by,
    }


def log_read(conn: Connection, worker: Caseworker, case_id: str, what: str, remote_addr: str | None) -> None:
    """A read of a case's personal data (`case`, or `document:<id>`), written before it is shown."""
    conn.execute(
        access_log.insert().values(
            at=utc_now(),
            staff_id=worker.id,
            office_id=worker.office_id,
            case_id=case_id,
            what=what,
            remote_addr=remote_addr,
        )
    )


def detail(conn: Connection, worker: Caseworker, case: sa.Row, remote_addr: str | None) -> dict[str, Any]:
    """The whole case with the applicant's data; this read is written to the access log first."""
    log_read(conn, worker, case.case_id, "case", remote_addr)
    application = conn.execute(sa.select(applications).where(applications.c.case_id == case.case_id)).first()
    fee = fee_of(conn, case.case_id)
    history = STORE.read_stream(conn, case.case_id)
    return {
        **summary(case),
        "application": application.payload if application else None,
        "fee": {
            "assessed_cents": fee.assessed_cents,
            "open_cents": fee.open_cents,
            "kassenzeichen": fee.kassenzeichen,
        }
        if fee
        else None,
        "documents": documents_of(conn, case.case_id),
        "actions": detail_actions(case.state),
        "pending_waiver": _as_proposal(waiting_proposal(history)),
        "timeline": [timeline_entry(event) for event in history],
    }


def documents_of(conn: Connection, case_id: str) -> list[dict[str, Any]]:
    """The case's files, oldest first (their names are None once the case is erased)."""
    rows = conn.execute(
        sa.select(case_documents)
        .where(case_documents.c.case_id == case_id)
        .order_by(case_documents.c.received_at, case_documents.c.document_id)
    )
    return [{**row._mapping, "received_at": row.received_at.isoformat()} for row in rows]


def document_link(
    conn: Connection, worker: Caseworker, case_id: str, document_id: str, remote_addr: str | None
) -> str | None:
    """Where the caseworker's browser fetches one of the case's files from intake, which keeps them: the
    read is logged first. None for a file not of a case of the worker's office."""
    case = office_case(conn, worker, case_id)
    if case is None or not any(d["document_id"] == document_id for d in documents_of(conn, case_id)):
        return None
    log_read(conn, worker, case_id, f"document:{document_id}", remote_addr)
    grant = document_grants.grant(case_id, document_id, worker.id, utc_now())
    return f"{registry.url('intake')}/dokumente/{case_id}/{document_id}?{urlencode(grant)}"


def detail_actions(state: str) -> list[str]:
    """What the desk offers in this state."""
    return [ACTION_OF[event_type] for event_type in lifecycle.allowed(state) if event_type in ACTION_OF]


def timeline_entry(event: Event) -> dict[str, Any]:
    p = event.payload
    if event.event_type == RoutingEvent.INFORMATION_RECEIVED and not p.get("caseworker_id"):
        text = "Antwort des Antragstellers: {note}"  # through the portal or an assistant
    else:
        text = TIMELINE_TEXT.get(event.event_type, event.event_type)
        if p.get("note") and event.event_type in (
            RoutingEvent.INFORMATION_RECEIVED,
            RoutingEvent.CASE_APPROVED,
            RoutingEvent.CASE_COMPLETED,
        ):
            text += " (Vermerk: {note})"
    if event.event_type == RoutingEvent.FEE_REDUCTION_GRANTED and p.get("approved_by"):
        text += ", bestätigt von {approved_by}"
    return {"at": event.occurred_at.isoformat(), "event": event.event_type, "text": quoted(text, p)}


def act(conn: Connection, worker: Caseworker, case: sa.Row, action: str, body: dict[str, Any]) -> Event:
    """A caseworker's step; the state machine refuses a step it does not allow (ForbiddenTransition)."""
    event_type, _ = ACTIONS[action]
    _may_act(worker, case)
    payload = {**body, "caseworker_id": worker.id}
    if action == "claim":
        payload["caseworker_name"] = worker.name
        if case.payment_first and fee_of(conn, case.case_id) is None:
            raise Refused(
                409,
                "Gebühr noch offen",
                "Die Gebühr ist noch nicht festgesetzt; bitte gleich erneut versuchen.",
            )
    return transition(conn, case, after_last(conn, case.case_id, event_type, payload))


def reduce_fee(conn: Connection, worker: Caseworker, case: sa.Row, body: dict[str, Any]) -> Event:
    """A reduction (part of the fee), booked at once; or a waiver of all of it, which is only proposed here
    and waits for a second person of the office (`decide_waiver`). Fees books what is granted."""
    _may_act(worker, case)
    fee = fee_of(conn, case.case_id)
    if not case.open or fee is None or fee.assessed_cents == 0:
        raise Refused(
            409, "Keine Gebühr", "Für diesen Vorgang ist keine Gebühr offen, die erlassen werden könnte."
        )
    history = STORE.read_stream(conn, case.case_id)
    if waiting_proposal(history) is not None:
        raise Refused(
            409,
            "Erlass schon beantragt",
            "Ein Erlass der Gebühr wartet auf die Bestätigung durch eine zweite Person; erst danach ist "
            "eine weitere Ermäßigung möglich.",
        )
    if body["kind"] == "waiver":
        proposal = {"amount_cents": fee.assessed_cents, "reason": body["reason"], "caseworker_id": worker.id}
        return record(
            conn, case.case_id, [after_last(conn, case.case_id, RoutingEvent.FEE_WAIVER_PROPOSED, proposal)]
        )[0]
    if body["amount_cents"] is None:
        raise Refused(422, "Betrag fehlt", "Eine Ermäßigung braucht den Betrag in Cent (amount_cents).")
    if body["amount_cents"] + _reduced_so_far(history) >= fee.assessed_cents:
        raise Refused(
            422,
            "Das ist ein Erlass",
            "Diese Ermäßigung ließe von der Gebühr nichts übrig. Bitte als Erlass beantragen; ihn bestätigt "
            "eine zweite Person des Amtes.",
        )
    payload = {
        "kind": "reduction",
        "amount_cents": body["amount_cents"],
        "reason": body["reason"],
        "caseworker_id": worker.id,
    }
    return record(
        conn, case.case_id, [after_last(conn, case.case_id, RoutingEvent.FEE_REDUCTION_GRANTED, payload)]
    )[0]


def decide_waiver(conn: Connection, worker: Caseworker, case: sa.Row, body: dict[str, Any]) -> Event:
    """A second person of the office approves the proposed waiver (then it is granted, and fees books it) or
    declines it. Whoever proposed it can do neither: four eyes."""
    proposal = waiting_proposal(STORE.read_stream(conn, case.case_id))
    if proposal is None:
        raise Refused(409, "Kein Erlass beantragt", "Für diesen Vorgang wartet kein Erlass auf Bestätigung.")
    if proposal.payload["caseworker_id"] == worker.id:
        raise Refused(
            403,
            "Vier-Augen-Prinzip",
            "Einen Erlass der ganzen Gebühr bestätigt oder verwirft eine zweite Person des Amtes, nicht "
            "wer ihn beantragt hat.",
        )
    if body["decision"] == "decline":
        declined = {"caseworker_id": worker.id, "note": body["note"]}
        new = after_last(conn, case.case_id, RoutingEvent.FEE_WAIVER_DECLINED, declined)
        return record(conn, case.case_id, [new])[0]
    fee = fee_of(conn, case.case_id)
    if not case.open or fee is None:
        raise Refused(409, "Keine Gebühr", "Für diesen Vorgang ist keine Gebühr mehr offen.")
    granted = {**proposal.payload, "kind": "waiver", "approved_by": worker.id}
    new = after_last(conn, case.case_id, RoutingEvent.FEE_REDUCTION_GRANTED, granted)
    return record(conn, case.case_id, [new])[0]


def _as_proposal(event: Event | None) -> dict[str, Any] | None:
    return None if event is None else {**event.payload, "proposed_at": event.occurred_at.isoformat()}


def _reduced_so_far(history: list[Event]) -> int:
    return sum(
        e.payload["amount_cents"] for e in history if e.event_type == RoutingEvent.FEE_REDUCTION_GRANTED
    )


def _may_act(worker: Caseworker, case: sa.Row) -> None:
    if case.claimed_by not in (None, worker.id) and not may(worker.role, OVERRULE_CLAIM):
        raise Refused(
            409,
            "Von jemand anderem übernommen",
            f"Diesen Vorgang bearbeitet {case.claimed_by}; nur diese Person "
            "oder die Leitung des Amtes kann hier handeln.",
        )


def access_entries(
    conn: Connection, case_id: str | None = None, office_id: str | None = None
) -> list[dict[str, Any]]:
    select = sa.select(access_log).order_by(access_log.c.id)
    if case_id:
        select = select.where(access_log.c.case_id == case_id)
    if office_id:
        select = select.where(access_log.c.office_id == office_id)
    return [
        {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in row._mapping.items()}
        for row in conn.execute(select)
    ]
