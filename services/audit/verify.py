"""`rathaus audit verify`: the log and the stores checked against each other and against the rules.

1. Every stream's hash chain, on Kafka and in each service's store, with no version missing; every event
   signed by its producer, on its producer's topic and keyed by its case.
2. The stores and the log hold the same events (an event still waiting in an outbox is not yet on Kafka).
3. Every fee recomputed from the application and the schedule in force on the day it was submitted.
4. Every service's projections replayed from the events into a scratch database, compared with the live ones.
5. The journal: every entry balances, and each receivable's account balance is what is still open on it.
6. Every file a citizen sent is still in intake's store with the SHA-256 its event recorded, or erased.

Each difference is a finding that names the case and the first event where the records part. Every check is
about one case, so the log is taken a slice of cases at a time (services/audit/slices.py), and a range of
cases in each of several processes (services/audit/jobs.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from itertools import groupby
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from services import registry
from services.audit import documents, replay
from services.audit.case_ranges import EVERY_CASE, CaseRange
from services.audit.findings import Verification
from services.audit.log import AUDIT_USER, Message
from services.audit.slices import sliced
from services.fees.domain import booking
from services.fees.domain.assessment import assess
from services.fees.domain.schedule import SCHEDULE_DIR, in_force, local_date, schedules
from services.fees.tables import receivables
from services.routing.domain.waivers import is_waiver_granted, waiting_proposal
from shared.contracts import FeesEvent, IntakeEvent, producer_of
from shared.kernel import case_keys
from shared.kernel.envelope import Event, first_broken_link
from shared.kernel.events import payload_holds, signature_problems, upcast
from shared.kernel.eventstore import EVENT_COLUMNS, event_from_row
from shared.kernel.kafka import topic_name
from shared.kernel.money import open_cents
from shared.kernel.progress import progress
from shared.kernel.tables import events as events_table
from shared.kernel.tables import outbox

# The most messages of the log `verify` holds at once, with the stores' events and rows of the same cases:
# about 8 KB each, so at most some 500 MB with the process itself (bench/README.md)
SLICE = 50_000


def verify(
    messages: Iterable[Message],
    stores: dict[str, Engine],
    schedule_dir: Path = SCHEDULE_DIR,
    start: date | None = None,
    end: date | None = None,
    slice_size: int = SLICE,
    show_progress: bool = False,
    cases: CaseRange = EVERY_CASE,
    checked: Callable[[int], None] | None = None,
) -> Verification:
    """`messages` is read once, as it comes (`log.read_all`), and checked a slice of cases at a time
    (services/audit/slices.py): what is held at once is bounded however long the log is. `cases`: only
    these are checked (a job of services/audit/jobs.py), and `messages` holds theirs; `checked` is told how
    many messages each slice checked."""
    result = Verification()
    with sliced(messages, slice_size, cases) as log_slices:
        result.unreadable_messages += log_slices.unreadable
        with progress("verifying", log_slices.total, wanted=show_progress) as bar:
            for in_slice, log_slice in log_slices:
                _verify_slice(in_slice, log_slice, stores, schedule_dir, start, end, result)
                bar.update(len(log_slice))
                if checked is not None:
                    checked(len(log_slice))
    result.findings.sort(key=lambda f: (f.case_id, f.check))
    return result


def _verify_slice(
    cases: CaseRange,
    messages: list[Message],
    stores: dict[str, Engine],
    schedule_dir: Path,
    start: date | None,
    end: date | None,
    result: Verification,
) -> None:
    """Every check on the cases of one range: their messages on the log, their events in the stores."""
    recorded = {service: _store_events(engine, cases) for service, engine in stores.items()}
    as_stored = {event.event_id: event for store_events, _ in recorded.values() for event in store_events}
    hashes = Hashes()
    log = _signed(_readable(messages, as_stored, result), hashes, result)
    in_scope = cases_in_period(log, start, end)
    log = [event for event in log if event.case_id in in_scope]
    unique = _unique(log, result)
    result.cases += len(in_scope)
    result.events += len(unique)
    _check_chains(unique.values(), "log", result, hashes)
    for service, (store_events, pending) in recorded.items():
        store_events = [event for event in store_events if event.case_id in in_scope]
        _check_chains(store_events, f"{service} store", result, hashes)
        _compare_store_and_log(service, store_events, pending, unique, result)
    readable = _opened(list(unique.values()), result)
    _recompute_fees(readable, schedule_dir, result)
    _check_four_eyes(readable, result)
    if set(stores) == set(registry.producers()):
        replay.compare(readable, stores, in_scope, result, cases)
    if "fees" in stores:
        _reconcile_journal(readable, stores["fees"], in_scope, result, cases)
    if "intake" in stores:
        documents.check(readable, stores["intake"], in_scope, result, cases)


def _opened(events: list[Event], result: Verification) -> list[Event]:
    """The events as their readers take them: opened with their cases' keys (an erased key leaves their
    personal fields None), then upcast. A case with sealed data but no key at all is named: the key store
    lost it."""
    keys, lost = case_keys.keys_for(AUDIT_USER, events)
    sealed_in_lost = {event.case_id: event for event in events if event.personal and event.case_id in lost}
    for case_id, event in sealed_in_lost.items():
        result.found("keys", case_id, event.event_id, "personal data sealed, but the key store has no key")
    keys.update(dict.fromkeys(lost))  # read as erased, so that every other check still runs
    return [upcast(case_keys.opened(event, keys)) for event in events]


def _readable(messages: Iterable[Message], as_stored: dict[str, Event], result: Verification) -> list[Event]:
    """The log's events that can be read, each on its producer's topic. A payload is checked against its
    schema once: by the store its producer appended it to, or here when the log was read unchecked and no
    store holds the event as it is on the log. An event on another's topic is named; like a poison message,
    no consumer took it, so no other check counts it. So is one not keyed by its case: it is not in its case's
    order on the log (and a job of `verify` on several cores, which picks messages by key, sees it apart)."""
    log = []
    for message in messages:
        event = message.event
        if event is None or not (
            message.payload_checked or as_stored.get(event.event_id) == event or payload_holds(event)
        ):
            result.unreadable_messages += 1  # a poison message; the consumers dead-lettered it
        elif (owner := message.topic.removeprefix(topic_name("cases."))) != _topic_owner_of(event):
            what = f"log: {event.event_type} by {event.producer} does not belong on the topic of {owner}"
            result.found("signature", event.case_id, event.event_id, what)
        elif message.key != event.case_id:
            # Kafka keeps the order of one key's messages only: this one may pass its case's others
            what = f"log: {event.event_type} is keyed {message.key!r}, not by its case"
            result.found("log", event.case_id, event.event_id, what)
        else:
            log.append(event)
    return log


def _topic_owner_of(event: Event) -> str | None:
    """Whose topic the event belongs on: its producer's, if that producer writes its type; else no one's."""
    return event.producer if _producer_of_type(event.event_type) == event.producer else None


def _signed(log: list[Event], hashes: Hashes, result: Verification) -> list[Event]:
    """The log's events their producers signed; any other is named and, as no consumer took it, left out of
    every other check. A stream's newest event signs, through the chain of hashes, every event before it
    (decision 0032): a stream whole from version 1, each hash and link holding, whose newest event's
    signature holds, is signed throughout. Only the events of any other stream are checked one by one."""
    # A relay may publish an event twice: one copy of each is enough
    copies = {_copy(event): event for event in log}
    whole: list[list[Event]] = []
    one_by_one: list[list[Event]] = []
    for stream in _streams(copies.values()).values():
        (whole if _whole(stream, hashes) else one_by_one).append(stream)
    heads = signature_problems([stream[-1] for stream in whole])
    one_by_one += [stream for stream, problem in zip(whole, heads, strict=True) if problem is not None]
    events = [event for stream in one_by_one for event in stream]
    forged: set[tuple[str, ...]] = set()
    for event, problem in zip(events, signature_problems(events), strict=True):
        if problem is not None:
            forged.add(_copy(event))
            result.found("signature", event.case_id, event.event_id, f"log: {problem}")
    return [event for event in log if _copy(event) not in forged] if forged else log


def _copy(event: Event) -> tuple[str, ...]:
    """What tells copies of an event apart: its hash covers all but its signature."""
    return event.event_id, event.hash, event.key_id, event.signature


def _whole(stream: list[Event], hashes: Hashes) -> bool:
    """Every version from 1 once, each hash and each link to the one before holding."""
    return all(event.stream_version == n for n, event in enumerate(stream, 1)) and (
        first_broken_link(stream, hashes.hold) is None
    )


def _streams(events: Iterable[Event]) -> dict[tuple[str, str], list[Event]]:
    """Each producer's stream of each case, in version order."""
    streams: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        streams[(event.producer, event.case_id)].append(event)
    for stream in streams.values():
        stream.sort(key=lambda e: e.stream_version)
    return streams


def _producer_of_type(event_type: str) -> str | None:
    try:
        return producer_of(event_type)
    except KeyError:
        return None


def cases_in_period(log: list[Event], start: date | None, end: date | None) -> set[str]:
    first: dict[str, datetime] = {}
    for event in log:
        if event.case_id not in first or event.occurred_at < first[event.case_id]:
            first[event.case_id] = event.occurred_at
    return {
        case_id
        for case_id, at in first.items()
        if (start is None or local_date(at) >= start) and (end is None or local_date(at) <= end)
    }


def _unique(log: list[Event], result: Verification) -> dict[str, Event]:
    """One event per id. A relay may publish an event twice, identically; the same id with other content is a
    finding."""
    seen: dict[str, Event] = {}
    for event in log:
        earlier = seen.setdefault(event.event_id, event)
        if earlier is not event and earlier.to_json() != event.to_json():
            result.found("log", event.case_id, event.event_id, "two different messages carry this event id")
    return seen


class Hashes:
    """Each event's hash computed once: a store's event equal to one already checked on the log holds, or
    does not, as that one did."""

    def __init__(self) -> None:
        self._checked: dict[str, tuple[Event, bool]] = {}

    def hold(self, event: Event) -> bool:
        checked = self._checked.get(event.event_id)
        if checked is not None and checked[0] == event:
            return checked[1]
        holds = event.hash_holds()
        self._checked[event.event_id] = (event, holds)
        return holds


def _check_chains(events: Iterable[Event], where: str, result: Verification, hashes: Hashes) -> None:
    for (producer, case_id), stream in _streams(events).items():
        gap = next((n for n, e in enumerate(stream) if e.stream_version != n + 1), len(stream))
        # whichever comes first: a broken link or a missing event
        broken = first_broken_link(stream[:gap], hashes.hold)
        if broken is not None:
            what = (
                "was changed after it was recorded"
                if not hashes.hold(broken)
                else "does not link to its predecessor"
            )
            result.found("chain", case_id, broken.event_id, f"{where}: {broken.event_type} {what}")
        elif gap < len(stream):
            result.found(
                "chain",
                case_id,
                stream[gap].event_id,
                f"{where}: {producer}'s stream jumps from version {gap} to {stream[gap].stream_version} "
                "(an event is missing)",
            )


def _store_events(engine: Engine, cases: CaseRange) -> tuple[list[Event], set[str]]:
    """The store's events of these cases as recorded, and the ids of those still waiting in its outbox."""
    in_range = cases.where(events_table.c.case_id)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(*EVENT_COLUMNS).where(in_range).order_by(events_table.c.position))
        recorded = [event_from_row(row) for row in rows]
        pending = set(
            conn.execute(
                sa.select(events_table.c.event_id)
                .join(outbox, outbox.c.position == events_table.c.position)
                .where(outbox.c.published_at.is_(None), in_range)
            ).scalars()
        )
    return recorded, pending


def _compare_store_and_log(
    service: str, store_events: list[Event], pending: set[str], log: dict[str, Event], result: Verification
) -> None:
    in_store = {event.event_id: event for event in store_events}
    for event in store_events:
        logged = log.get(event.event_id)
        if logged is None:
            if event.event_id in pending:
                result.pending_in_outboxes += 1
            else:
                result.found(
                    "store",
                    event.case_id,
                    event.event_id,
                    f"{service} store holds {event.event_type}, the log does not",
                )
        elif logged.hash != event.hash:
            result.found(
                "store",
                event.case_id,
                event.event_id,
                f"{service} store and log differ on {event.event_type}",
            )
    for event in log.values():
        if event.producer == service and event.event_id not in in_store:
            result.found(
                "store",
                event.case_id,
                event.event_id,
                f"the log holds {event.event_type}, {service} store does not",
            )


def _recompute_fees(readable: list[Event], schedule_dir: Path, result: Verification) -> None:
    submitted = {e.case_id: e for e in readable if e.event_type == IntakeEvent.APPLICATION_SUBMITTED}
    candidates = schedules(Path(schedule_dir))
    for assessed in (e for e in readable if e.event_type == FeesEvent.FEE_ASSESSED):
        application = submitted.get(assessed.case_id)
        if application is None:
            result.found(
                "fee", assessed.case_id, assessed.event_id, "a fee without an application in the log"
            )
            continue
        if application.payload["form"] is None:  # erased: the fee's inputs are gone, its lines are not
            result.fees_of_erased_cases += 1
            lines = sum(line["amount_cents"] for line in assessed.payload["line_items"])
            if lines != assessed.payload["total_cents"]:
                result.found(
                    "fee",
                    assessed.case_id,
                    assessed.event_id,
                    f"its lines add up to {lines} cents, its total is {assessed.payload['total_cents']}",
                )
            continue
        day = local_date(application.occurred_at)
        try:
            again = assess(application.payload, in_force(day, candidates), day)
        except (LookupError, KeyError) as error:
            again = {"error": str(error)}
        result.fees_recomputed += 1
        if again != assessed.payload:
            result.found(
                "fee",
                assessed.case_id,
                assessed.event_id,
                f"recomputed {again.get('total_cents')} cents with schedule {again.get('schedule_version')}, "
                f"recorded {assessed.payload['total_cents']} with {assessed.payload['schedule_version']}",
            )


# From this moment a waiver of the whole fee needs a second person (decision 0019); earlier ones name none
FOUR_EYES_SINCE = datetime(2026, 12, 6, tzinfo=UTC)


def _check_four_eyes(readable: list[Event], result: Verification) -> None:
    """Every waiver of a whole fee granted since the rule was approved by a second person: it follows a
    waiting proposal of the same case (as the desk reads it), names whoever proposed it, and an approver who
    is someone else."""
    routing = sorted(
        (e for e in readable if e.producer == "routing"), key=lambda e: (e.case_id, e.stream_version)
    )
    for _case_id, case_events in groupby(routing, key=lambda e: e.case_id):
        history = list(case_events)
        for at, event in enumerate(history):
            if not is_waiver_granted(event):
                continue
            granted = event.payload
            if event.occurred_at < FOUR_EYES_SINCE and granted.get("approved_by") is None:
                continue
            proposal = waiting_proposal(history[:at])
            if (
                proposal is None
                or granted["caseworker_id"] != proposal.payload["caseworker_id"]
                or granted.get("approved_by") in (None, granted["caseworker_id"])
            ):
                result.found(
                    "four eyes",
                    event.case_id,
                    event.event_id,
                    f"a waiver of the whole fee by {granted['caseworker_id']} without a second person's "
                    "approval of its proposal",
                )


def _reconcile_journal(
    readable: list[Event], fees: Engine, in_scope: set[str], result: Verification, cases: CaseRange
) -> None:
    receivable_account = booking.chart()["receivable"]
    on_receivable: dict[str, int] = defaultdict(int)
    first_booking: dict[str, Event] = {}
    for event in (e for e in readable if e.event_type == FeesEvent.FEE_BOOKED):
        lines = event.payload["lines"]
        if booking.balance(lines) != 0:
            result.found(
                "journal",
                event.case_id,
                event.event_id,
                f"entry does not balance: {booking.balance(lines)} cents",
            )
        for line in lines:
            if line["account"] == receivable_account:
                on_receivable[line["kassenzeichen"]] += line["amount_cents"]
        first_booking.setdefault(event.payload["kassenzeichen"], event)
    with fees.connect() as conn:
        rows = conn.execute(sa.select(receivables).where(cases.where(receivables.c.case_id))).all()
    for row in rows:
        if row.case_id not in in_scope:
            continue
        still_open = open_cents(row.assessed_cents, row.waived_cents, row.paid_cents, row.refunded_cents)
        if on_receivable[row.kassenzeichen] != still_open:
            event = first_booking.get(row.kassenzeichen)
            result.found(
                "journal",
                row.case_id,
                event.event_id if event else None,
                f"Kassenzeichen {row.kassenzeichen}: {still_open} cents open, the receivable account "
                f"holds {on_receivable[row.kassenzeichen]}",
            )
