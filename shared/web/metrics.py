"""Every HTTP process measures its requests (route template, method, status, duration) and serves its
service's metrics, from all of the service's processes, at /metrics in Prometheus' text format. With JSON
logs it also writes one line per request in place of gunicorn's access log."""

from __future__ import annotations

import logging
import os
import time

from flask import Flask, Response, g, request
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest, multiprocess

from shared.kernel import logs
from shared.kernel.config import process_name
from shared.kernel.metrics import HTTP_REQUESTS, forget_dead_processes, note_memory

log = logging.getLogger("rathaus.http")


def enable_metrics(app: Flask, service: str) -> None:
    forget_dead_processes()
    process = process_name() or f"{service}-http"

    @app.before_request
    def started() -> None:
        g.started = time.perf_counter()
        g.case_logged = logs.CASE_ID.set((request.view_args or {}).get("case_id"))

    @app.teardown_request
    def finished(_error: BaseException | None) -> None:
        if "case_logged" in g:  # a gunicorn worker serves one request after another in the same context
            logs.CASE_ID.reset(g.case_logged)

    @app.after_request
    def measured(response: Response) -> Response:
        seconds = time.perf_counter() - g.get("started", time.perf_counter())
        route = request.url_rule.rule if request.url_rule else "unmatched"
        HTTP_REQUESTS.labels(service, route, request.method, str(response.status_code)).observe(seconds)
        note_memory(service, process)
        if logs.json_wanted():
            # The route's template, never the path: a case id or a tracking token stays out of the log
            log.info(
                "%s %s %s",
                request.method,
                route,
                response.status_code,
                extra={"status": response.status_code, "seconds": round(seconds, 4)},
            )
        return response

    app.add_url_rule("/metrics", "metrics", _metrics)


def _metrics() -> Response:
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, directory)
    else:
        registry = REGISTRY
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)
