"""Intake's store of documents: the files of a case, written in the transaction that records their event, so a
202 or an accepted answer means the files are kept too; erased with the case's personal data."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from services.intake.domain.documents import Upload
from services.intake.tables import documents
from shared.kernel.envelope import new_id


def keep(conn: Connection, case_id: str, uploads: list[Upload], at: datetime) -> dict[str, Any]:
    """Stores the files; returns what their event carries: `documents` (id, kind, type, size, SHA-256) and
    `document_names` (the senders' file names, personal data)."""
    described, names = [], {}
    for upload in uploads:
        document_id = new_id()
        facts = {
            "document_id": document_id,
            "kind": upload.kind,
            "media_type": upload.media_type,
            "size_bytes": len(upload.content),
            "sha256": upload.sha256,
        }
        conn.execute(
            documents.insert().values(
                **facts, case_id=case_id, filename=upload.filename, content=upload.content, received_at=at
            )
        )
        described.append(facts)
        names[document_id] = upload.filename
    return {"documents": described, "document_names": names}


def kept_so_far(conn: Connection, case_id: str) -> tuple[int, int]:
    """The case's files and their bytes, for its limits."""
    count, size = conn.execute(
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(documents.c.size_bytes), 0)).where(
            documents.c.case_id == case_id
        )
    ).one()
    return int(count), int(size)


def of_case(conn: Connection, case_id: str) -> list[dict[str, Any]]:
    """The case's files as the citizen's status shows them (no content)."""
    rows = conn.execute(
        sa.select(documents.c.document_id, documents.c.kind, documents.c.filename, documents.c.media_type)
        .add_columns(documents.c.size_bytes, documents.c.received_at, documents.c.erased_at)
        .where(documents.c.case_id == case_id)
        .order_by(documents.c.received_at, documents.c.document_id)
    )
    return [
        {
            "document_id": row.document_id,
            "kind": row.kind,
            "filename": row.filename,
            "media_type": row.media_type,
            "size_bytes": row.size_bytes,
            "received_at": row.received_at.isoformat(),
            "erased": row.erased_at is not None,
        }
        for row in rows
    ]


def opened(conn: Connection, case_id: str, document_id: str) -> sa.Row | None:
    """One file of the case with its content; None when there is none (or it is erased)."""
    return conn.execute(
        sa.select(documents).where(
            documents.c.document_id == document_id,
            documents.c.case_id == case_id,
            documents.c.content.is_not(None),
        )
    ).first()


def erase(conn: Connection, case_id: str, at: datetime) -> int:
    """Empties content and name of every file of the case; type, size and hash stay, as in the events."""
    return conn.execute(
        documents.update()
        .where(documents.c.case_id == case_id, documents.c.erased_at.is_(None))
        .values(content=None, filename=None, erased_at=at)
    ).rowcount
