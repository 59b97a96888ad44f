"""gunicorn's settings for every HTTP process, beside those on its command line (infra/platform.py): a worker
that exits takes its live metrics with it, and with `LOG_FORMAT=json` gunicorn's own lines are JSON too."""

from __future__ import annotations

import os
from typing import Any

from prometheus_client import multiprocess

from shared.kernel.logs import json_wanted


def child_exit(_server: Any, worker: Any) -> None:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.mark_process_dead(worker.pid)


if json_wanted():
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {
                "()": "shared.kernel.logs.JsonFormatter",
                "service": os.environ.get("RATHAUS_SERVICE", "http"),
            }
        },
        "filters": {"personal": {"()": "shared.kernel.logs.MaskPersonal"}},
        "handlers": {
            "json": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "filters": ["personal"],
                "stream": "ext://sys.stdout",
            }
        },
        "root": {"level": "INFO", "handlers": ["json"]},
        "loggers": {
            "gunicorn.error": {"handlers": ["json"], "level": "INFO", "propagate": False},
            "gunicorn.access": {"handlers": [], "propagate": False},
        },
    }
