"""The audit's own small database: who is signed in to the audit view, and what auditors read there. It holds
no case data; what the audit checks it reads from the other stores, read-only."""

import sqlalchemy as sa

from services.routing.tables import page_sessions as desk_sessions
from shared.kernel.tables import UTCDateTime

metadata = sa.MetaData()

# The audit view's page sessions, of the same shape as the desk's (services/routing/sessions.py)
page_sessions = desk_sessions.to_metadata(metadata)

# Every read of personal data by an auditor: a case's events, or a period's report with every case in it.
# Append-only, as the desk's access log is, for whoever checks the auditors.
access_log = sa.Table(
    "access_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("staff_id", sa.String(60), nullable=False),
    sa.Column("what", sa.String(60), nullable=False),  # case, report
    sa.Column("case_id", sa.String(36), nullable=True),
    sa.Column("period", sa.String(30), nullable=True),  # a report's: 2026-01-01..2026-12-31, or .. for all
    sa.Column("remote_addr", sa.String(60), nullable=True),
    sa.Index("ix_audit_access_log_case", "case_id", "at"),
)
