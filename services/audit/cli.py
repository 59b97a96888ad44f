"""`rathaus audit`: audit's own commands for operators."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from services.audit.stores import read_only_stores, store_urls
from shared.kernel.causal import causal_order


def register_cli(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "audit", help="a case's timeline from the log; verify the record; a period's report; auditors' reads"
    )
    p.add_argument("action", choices=["case", "verify", "report", "access-log"])
    p.add_argument("case_id", nargs="?", help="case: the case id; access-log: only that case's reads")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--from", dest="start", help="verify: cases submitted from this day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", help="verify: cases submitted until this day (YYYY-MM-DD)")
    p.add_argument(
        "--schedules", help="verify: the fee schedules to recompute with (default: the repository's)"
    )
    p.add_argument(
        "--jobs",
        type=int,
        help="verify: processes that check a range of cases each (default: one on every core)",
    )
    p.add_argument(
        "--format", choices=["json", "html"], default="json", help="report: JSON or printable HTML"
    )
    p.add_argument("--output", help="report: the file to write (default: standard output)")
    p.set_defaults(func=cmd_audit)


def cmd_audit(args: argparse.Namespace) -> None:
    """The auditors' tools: a case's timeline from the log, and the verification of the whole record."""
    from services.audit import log, report, timeline
    from services.audit.jobs import cores, verify_in_jobs
    from services.fees.domain.schedule import SCHEDULE_DIR

    if args.action == "access-log":
        from services.audit import access

        for entry in access.entries(args.case_id):
            what = entry["case_id"] if entry["what"] == "case" else f"report {entry['period']}"
            print(f"{entry['at']}  {entry['staff_id']:<16} {what}  {entry['remote_addr'] or ''}")
        return
    if args.action == "case":
        if not args.case_id:
            sys.exit("rathaus audit case <case id>")
        events = causal_order(m.event for m in log.case_messages(args.case_id) if m.event)
        if not events:
            sys.exit(f"no events of case {args.case_id} on the case topics")
        print(timeline.as_json(args.case_id, events) if args.json else timeline.as_text(args.case_id, events))
        return
    start = date.fromisoformat(args.start) if args.start else None
    end = date.fromisoformat(args.end) if args.end else None
    schedules = Path(args.schedules or SCHEDULE_DIR)
    if args.action == "report":
        messages = log.all_messages(show_progress=True)
        made = report.for_period(messages, read_only_stores(), start, end, schedules, show_progress=True)
        text = (
            report.as_html(made) if args.format == "html" else json.dumps(made, ensure_ascii=False, indent=2)
        )
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
            print(f"report written to {args.output}")
        else:
            print(text)
        sys.exit(0 if made["verification"]["ok"] else 1)
    jobs = args.jobs or cores()
    if jobs < 1:
        sys.exit("--jobs: at least 1")
    result = verify_in_jobs(store_urls(), jobs, None, schedules, start, end, show_progress=True)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(
            f"{result.cases} cases, {result.events} events, {result.fees_recomputed} fees recomputed "
            f"({result.fees_of_erased_cases} more of erased cases checked by their lines), "
            f"{result.rows_compared} projection rows compared; {result.unreadable_messages} unreadable "
            f"messages (dead-lettered), {result.pending_in_outboxes} events still in outboxes"
        )
        for f in result.findings:
            print(f"DIFFERENCE [{f.check}] case {f.case_id} event {f.event_id}: {f.detail}")
        print(
            "verified: the log, the stores and the rules agree"
            if result.ok
            else f"{len(result.findings)} differences"
        )
    if not result.ok:
        sys.exit(1)
