"""Routing's own tables: the caseworkers, the office's view of its cases, and the access log."""

import sqlalchemy as sa

from shared.kernel.tables import Json, OptionalJson, UTCDateTime

metadata = sa.MetaData()

# A caseworker's token is bound to one office and one role; only the SHA-256 of its secret is stored.
staff = sa.Table(
    "staff",
    metadata,
    sa.Column("id", sa.String(60), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("office_id", sa.String(60), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),  # caseworker, lead
    sa.Column("key_sha256", sa.String(64), nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("revoked_at", UTCDateTime, nullable=True),
)

# The office's view of each case, kept in step with routing's own events (rebuilt from them on replay).
cases = sa.Table(
    "cases",
    metadata,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("office_id", sa.String(60), nullable=False),
    sa.Column("service_id", sa.String(60), nullable=False),
    sa.Column("service_name", sa.String(200), nullable=False),
    sa.Column("state", sa.String(30), nullable=False),
    sa.Column("open", sa.Boolean, nullable=False),  # not yet completed or withdrawn
    sa.Column("payment_first", sa.Boolean, nullable=False),
    sa.Column("routed_at", UTCDateTime, nullable=False),
    sa.Column("due_on", sa.Date, nullable=False),
    sa.Column("remind_at", UTCDateTime, nullable=True),  # cleared once claimed or reminded
    sa.Column("claimed_by", sa.String(60), nullable=True),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),  # of the case's routing stream
    # The desk's list: an office's cases, oldest deadline first, found through these indexes alone.
    sa.Index("ix_cases_office_open_due", "office_id", "open", "due_on", "case_id"),
    sa.Index("ix_cases_office_state_due", "office_id", "state", "due_on", "case_id"),
    sa.Index("ix_cases_remind_at", "remind_at"),
)

# How many of an office's open cases are in each state (the desk's chart), counted as the cases move: a count
# over the cases themselves reads every open case of the office on every page.
open_cases = sa.Table(
    "open_cases",
    metadata,
    sa.Column("office_id", sa.String(60), primary_key=True),
    sa.Column("state", sa.String(30), primary_key=True),
    sa.Column("cases", sa.Integer, nullable=False),
)

# The application as intake recorded it: personal data, read by caseworkers only through the access log.
applications = sa.Table(
    "applications",
    metadata,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("submitted_at", UTCDateTime, nullable=False),
    sa.Column("payload", Json, nullable=False),
)

# The files the citizen sent with the application or an answer, as intake's events describe them; intake keeps
# the bytes and serves them on the desk's grant (shared/web/document_grants.py).
case_documents = sa.Table(
    "case_documents",
    metadata,
    sa.Column("document_id", sa.String(36), primary_key=True),
    sa.Column("case_id", sa.String(36), nullable=False, index=True),
    sa.Column("kind", sa.String(60), nullable=False),
    sa.Column("filename", sa.String(200), nullable=True),  # personal: emptied when the case is erased
    sa.Column("media_type", sa.String(40), nullable=False),
    sa.Column("size_bytes", sa.Integer, nullable=False),
    sa.Column("received_at", UTCDateTime, nullable=False),
)

# The visits booked at an office (intake books them; the desk shows the day's and marks a no-show).
appointments = sa.Table(
    "appointments",
    metadata,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("office_id", sa.String(60), nullable=False),
    sa.Column("service_id", sa.String(60), nullable=False),
    sa.Column("service_name", sa.String(200), nullable=False),
    sa.Column("counter", sa.Integer, nullable=False),
    sa.Column("starts_at", UTCDateTime, nullable=False),
    sa.Column("ends_at", UTCDateTime, nullable=False),
    sa.Column("visitor", OptionalJson, nullable=True),  # personal: emptied when the case is erased
    sa.Column("state", sa.String(20), nullable=False),  # booked, cancelled, missed
    sa.Index("ix_appointments_office_start", "office_id", "starts_at"),
)

# Slots taken out of booking from the desk, as recorded (intake takes them out where still free).
blocked_slots = sa.Table(
    "blocked_slots",
    metadata,
    sa.Column("event_id", sa.String(36), primary_key=True),
    sa.Column("office_id", sa.String(60), nullable=False),
    sa.Column("starts_at", UTCDateTime, nullable=False),
    sa.Column("caseworker_id", sa.String(60), nullable=False),
    sa.Column("reason", sa.String(200), nullable=False),
    sa.Index("ix_blocked_slots_office_start", "office_id", "starts_at"),
)

# What fees has said about a case's fee; it may arrive before or after the case is routed.
case_fees = sa.Table(
    "case_fees",
    metadata,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("assessed_cents", sa.Integer, nullable=False),
    sa.Column("open_cents", sa.Integer, nullable=False),
    sa.Column("kassenzeichen", sa.String(20), nullable=True),
)

# Every read of a case's personal data by a caseworker; append-only, for the auditors.
access_log = sa.Table(
    "access_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("staff_id", sa.String(60), nullable=False),
    sa.Column("office_id", sa.String(60), nullable=False),
    sa.Column("case_id", sa.String(36), nullable=False),
    sa.Column("what", sa.String(60), nullable=False),
    sa.Column("remote_addr", sa.String(60), nullable=True),
    sa.Index("ix_access_log_case", "case_id", "at"),
)

# A staff member's page session (desk; the audit view keeps its own alike): the signed cookie carries the
# session's id, and only its SHA-256 is kept here. Signing out ends it here, so a copied cookie is then worth
# nothing, whatever its signature.
page_sessions = sa.Table(
    "page_sessions",
    metadata,
    sa.Column("id_sha256", sa.String(64), primary_key=True),
    sa.Column("staff_id", sa.String(60), nullable=False),
    sa.Column("started_at", UTCDateTime, nullable=False),
    sa.Column("ended_at", UTCDateTime, nullable=True),
)
