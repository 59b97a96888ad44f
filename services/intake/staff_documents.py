"""A case's files for the office's staff: served on a grant from the desk, which has logged the read
(shared/web/document_grants.py). Always as a download: a file a citizen sent is never shown in our pages."""

from __future__ import annotations

import logging
from urllib.parse import quote

from flask import Blueprint, Response, request

from services.intake import documents
from services.intake.store import DATABASE
from shared.kernel.envelope import utc_now
from shared.web import document_grants
from shared.web.http import problem

staff_documents = Blueprint("staff_documents", __name__)
log = logging.getLogger(__name__)


@staff_documents.get("/dokumente/<case_id>/<document_id>")
def open_document(case_id: str, document_id: str) -> Response:
    refused = document_grants.refusal(case_id, document_id, request.args.to_dict(), utc_now())
    if refused:
        return problem(403, "Nicht freigegeben", refused)
    with DATABASE.engine.connect() as conn:
        found = documents.opened(conn, case_id, document_id)
    if found is None:
        return problem(404, "Nicht gefunden", "Dieses Dokument gibt es nicht (mehr); es kann gelöscht sein.")
    log.info("document %s of case %s served to %s", document_id, case_id, request.args["bearbeiter"])
    response = Response(found.content, mimetype=found.media_type)
    name = found.filename or f"{found.kind}"
    response.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    return response
