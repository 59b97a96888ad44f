"""A process of the platform gone while it was awaited is named with its log's last lines, so the error says
why even where the log is gone (a container's)."""

from pathlib import Path

from infra.processes import exited


def test_the_error_carries_the_last_lines_of_the_log(tmp_path: Path):
    log = tmp_path / "intake-worker.log"
    log.write_text("starting\n\nconnecting to kafka:9092\nNoBrokersAvailable\n\n")
    error = str(exited("intake-worker", log, lines=2))
    last = "connecting to kafka:9092 | NoBrokersAvailable"
    assert error == f"intake-worker exited; see {log}; its last lines: {last}"


def test_without_a_log_the_error_names_where_it_would_be(tmp_path: Path):
    log = tmp_path / "never-written.log"
    assert str(exited("clamd", log)) == f"clamd exited; see {log}"
