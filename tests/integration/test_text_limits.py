"""Every text the schemas allow fits where it is kept on PostgreSQL (SQLite keeps any length, so only
PostgreSQL shows a column too short): each test takes a field at the longest its schema allows."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from services.fees.service import SERVICE as FEES_SERVICE
from services.fees.tables import journal_entries
from services.fees.tables import metadata as fees_tables
from services.intake import projection
from services.intake.handlers import answer
from services.intake.tables import metadata as intake_tables
from shared.kernel.db import make_engine
from shared.kernel.tables import OutdatedDatabase, check_columns, create_store_tables
from shared.kernel.tables import metadata as store_tables
from tests.helpers import application, recorded

QUESTION = ("Bitte senden Sie uns die Geburtsurkunde Ihres Kindes. " * 40)[:2000]  # the most a question has
REASON = ("Bezieht Leistungen nach dem SGB II; Bescheid liegt vor. " * 9)[:500]  # the most a waiver's has


def _engine(postgres_url: str, tables: sa.MetaData) -> sa.Engine:
    engine = make_engine(postgres_url)
    create_store_tables(engine, tables)
    return engine


def _case_with_a_question(engine: sa.Engine, question: str) -> str:
    submitted = recorded("intake", "ApplicationSubmitted", application("meldebescheinigung", copies=1))
    routed = recorded(
        "routing",
        "CaseRouted",
        {"office_id": "buergerbuero", "office_name": "Bürgerbüro", "service_id": "meldebescheinigung"},
        cause=submitted,
    )
    asked = recorded(
        "routing", "InformationRequested", {"message": question, "caseworker_id": "m.weber"}, cause=submitted
    )
    with engine.begin() as conn:
        for event in (submitted, routed, asked):
            projection.apply(conn, event)
    return submitted.case_id


def _timeline_texts(engine: sa.Engine, case_id: str) -> list[str]:
    with engine.connect() as conn:
        return [line["text"] for line in projection.case_timeline(conn, case_id)]


def test_the_longest_question_of_an_office_reaches_the_citizen_whole(postgres_url):
    engine = _engine(postgres_url, intake_tables)
    case_id = _case_with_a_question(engine, QUESTION)
    assert f"Rückfrage an Sie: {QUESTION}" in _timeline_texts(engine, case_id)
    engine.dispose()


def test_the_longest_answer_of_a_citizen_is_taken_and_shown_whole(postgres_url):
    engine = _engine(postgres_url, intake_tables)
    case_id = _case_with_a_question(engine, "Welche Staatsangehörigkeit haben Sie?")
    answer(engine, case_id, QUESTION)
    assert f"Ihre Antwort: {QUESTION}" in _timeline_texts(engine, case_id)
    engine.dispose()


def test_the_longest_reason_for_a_waiver_is_booked_whole(postgres_url):
    engine = _engine(postgres_url, fees_tables)
    submitted = recorded("intake", "ApplicationSubmitted", application("geburtsurkunde", copies=1))
    waived = recorded(
        "routing",
        "FeeReductionGranted",
        {"kind": "waiver", "amount_cents": 1200, "reason": REASON, "caseworker_id": "m.weber"},
        cause=submitted,
    )
    with engine.begin() as conn:
        FEES_SERVICE.handle_batch(conn, [submitted])
    with engine.begin() as conn:
        FEES_SERVICE.handle_batch(conn, [waived])
    with engine.connect() as conn:
        descriptions = conn.execute(
            sa.select(journal_entries.c.description).where(journal_entries.c.case_id == submitted.case_id)
        ).scalars()
        assert REASON in list(descriptions)
    engine.dispose()


def test_a_text_column_shorter_than_the_code_writes_is_refused_at_start(postgres_url):
    engine = make_engine(postgres_url)
    create_store_tables(engine, intake_tables)
    with engine.begin() as conn:  # the timeline as an older version made it, its texts cut at 300
        conn.execute(sa.text("DROP TABLE timeline"))
        conn.execute(
            sa.text(
                "CREATE TABLE timeline (event_id VARCHAR(36) PRIMARY KEY, case_id VARCHAR(36), "
                "occurred_at TIMESTAMPTZ, producer VARCHAR(40), event_type VARCHAR(100), "
                "summary VARCHAR(300))"
            )
        )
    with pytest.raises(OutdatedDatabase) as refused:
        check_columns(engine, store_tables, intake_tables)
    assert "shorter texts than the code writes in timeline.summary" in str(refused.value)
    assert "timeline.event_id" not in str(refused.value)
    engine.dispose()
