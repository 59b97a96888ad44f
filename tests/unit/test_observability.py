"""What an operator watches, without servers: JSON log lines with the case at hand and no e-mail address,
the metrics' bookkeeping across processes, the dashboard asking only for metrics that exist, and the status
table."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys

from prometheus_client import REGISTRY

from infra.status import ServiceStatus, as_table
from shared.kernel import logs, metrics
from shared.kernel.config import ROOT


def _record(message: str, *args: object, exc: bool = False) -> logging.LogRecord:
    exc_info = None
    if exc:
        try:
            raise ValueError("550 mailbox anna.schulze@example.org unknown")
        except ValueError:
            exc_info = sys.exc_info()
    return logging.LogRecord("rathaus.test", logging.WARNING, __file__, 1, message, args, exc_info)


def test_a_json_line_names_the_case_at_hand_and_masks_mail_addresses():
    record = _record("delivery %s refused: %s", "d-1", "550 anna.schulze@example.org unknown", exc=True)
    assert logs.MaskPersonal().filter(record)
    with logs.about("case-1", "corr-1"):
        line = json.loads(logs.JsonFormatter("notifications").format(record))
    assert line["service"] == "notifications" and line["level"] == "WARNING"
    assert line["case_id"] == "case-1" and line["correlation_id"] == "corr-1"
    assert line["message"] == "delivery d-1 refused: 550 <e-mail> unknown"
    assert "ValueError" in line["exception"] and "@" not in json.dumps(line)
    outside = json.loads(logs.JsonFormatter("notifications").format(_record("no case")))
    assert "case_id" not in outside and "correlation_id" not in outside


def test_a_text_line_masks_mail_addresses_too():
    record = _record("to %s", "juergen.weiss@example.org", exc=True)
    logs.MaskPersonal().filter(record)
    text = logs.TextFormatter("%(message)s").format(record)
    assert text.startswith("to <e-mail>") and "example.org" not in text


def test_a_dead_processes_live_gauges_are_forgotten_and_counters_kept(tmp_path):
    # Two processes of one service write into its metrics directory; one of them is gone
    script = (
        "from shared.kernel import metrics;"
        "metrics.MEMORY.labels('fees', 'fees-worker').set(123);"
        "metrics.EVENTS_PUBLISHED.labels('fees').inc(7)"
    )
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, check=True)
    assert list(tmp_path.glob("gauge_liveall_*.db")) and list(tmp_path.glob("counter_*.db"))
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(tmp_path)
    try:
        metrics.forget_dead_processes()
    finally:
        del os.environ["PROMETHEUS_MULTIPROC_DIR"]
    assert not list(tmp_path.glob("gauge_liveall_*.db"))
    assert list(tmp_path.glob("counter_*.db"))


def test_every_interval_is_due_once():
    every = metrics.Every(3600)
    assert every.due() and not every.due()


def test_the_dashboard_asks_only_for_metrics_the_platform_has():
    dashboard = json.loads((ROOT / "infra" / "grafana" / "rathaus.json").read_text(encoding="utf-8"))
    exposed = {
        sample_name
        for family in REGISTRY.collect()
        if family.name.startswith("rathaus_")
        for sample_name in (
            family.name,
            f"{family.name}_total",
            f"{family.name}_count",
            f"{family.name}_bucket",
            f"{family.name}_sum",
        )
    }
    asked = {
        name
        for panel in dashboard["panels"]
        for target in panel["targets"]
        for name in re.findall(r"\brathaus_\w+", target["expr"])
    }
    assert asked and asked <= exposed, asked - exposed
    declared = {family.name for family in REGISTRY.collect() if family.name.startswith("rathaus_")}
    shown = {re.sub(r"_(total|count|bucket|sum)$", "", name) for name in asked}
    assert declared <= shown, f"not on the dashboard: {declared - shown}"


def test_the_status_table_shows_what_is_down_and_behind():
    table = as_table(
        [
            ServiceStatus("intake", True, 0, "", 0, 0.0),
            ServiceStatus("fees", False, 42, "cases.intake/3: 40", 5, 61.2),
            ServiceStatus("audit", True),
        ]
    )
    rows = [line.split() for line in table.splitlines()]
    assert rows[0][:5] == ["service", "http", "lag", "outbox", "oldest"]
    assert rows[1] == ["intake", "ok", "0", "0", "-"]
    assert rows[2] == ["fees", "DOWN", "42", "5", "61", "s", "cases.intake/3:", "40"]
    assert rows[3] == ["audit", "ok", "-", "-", "-"]
