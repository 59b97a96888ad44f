"""Fees' projections, all rebuilt from its own events by `rathaus fees rebuild`."""

import sqlalchemy as sa

from shared.kernel.tables import UTCDateTime

metadata = sa.MetaData()

assessments = sa.Table(
    "assessments",
    metadata,
    sa.Column("case_id", sa.String(36), primary_key=True),
    sa.Column("service_id", sa.String(60), nullable=False),
    sa.Column("schedule_version", sa.String(60), nullable=False),
    sa.Column("total_cents", sa.BigInteger, nullable=False),
    sa.Column("assessed_at", UTCDateTime, nullable=False),
    sa.Column("chip_number", sa.String(15), nullable=True, index=True),  # a dog's, for its deregistration
)

receivables = sa.Table(
    "receivables",
    metadata,
    sa.Column("kassenzeichen", sa.String(10), primary_key=True),
    sa.Column("case_id", sa.String(36), nullable=False, index=True),
    sa.Column("service_id", sa.String(60), nullable=False),
    sa.Column("assessed_cents", sa.BigInteger, nullable=False),
    sa.Column("paid_cents", sa.BigInteger, nullable=False),  # applied to the receivable
    sa.Column("overpaid_cents", sa.BigInteger, nullable=False),  # received beyond it, owed back
    sa.Column("waived_cents", sa.BigInteger, nullable=False),
    sa.Column("refunded_cents", sa.BigInteger, nullable=False),
    sa.Column("due_on", sa.Date, nullable=False),
    # When the newest payment on it came in, as the provider said; None before any (0003 rebuilt it)
    sa.Column("last_payment_at", UTCDateTime, nullable=True),
)

provider_payments = sa.Table(
    "provider_payments",
    metadata,
    sa.Column("provider", sa.String(40), primary_key=True),
    sa.Column("payment_id", sa.String(100), primary_key=True),
    sa.Column("event_id", sa.String(36), nullable=False),
    sa.Column("kassenzeichen", sa.String(10), nullable=False),
    sa.Column("amount_cents", sa.BigInteger, nullable=False),
    sa.Column("outcome", sa.String(20), nullable=False),
)

journal_entries = sa.Table(
    "journal_entries",
    metadata,
    sa.Column("entry_id", sa.String(36), primary_key=True),
    sa.Column("event_id", sa.String(36), nullable=False, unique=True),
    sa.Column("case_id", sa.String(36), nullable=False),
    sa.Column("kassenzeichen", sa.String(10), nullable=False, index=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("booked_on", sa.Date, nullable=False, index=True),
    sa.Column("recorded_at", UTCDateTime, nullable=False),  # the FeeBooked event's time: order within a day
    sa.Column("description", sa.Text, nullable=False),  # a waiver's reason among them (500 characters)
)

journal_lines = sa.Table(
    "journal_lines",
    metadata,
    sa.Column("entry_id", sa.String(36), sa.ForeignKey("journal_entries.entry_id"), primary_key=True),
    sa.Column("line_no", sa.Integer, primary_key=True),
    sa.Column("account", sa.String(10), nullable=False, index=True),
    sa.Column("kassenzeichen", sa.String(10), nullable=True),
    sa.Column("amount_cents", sa.BigInteger, nullable=False),
)

# Not a projection of one event each, but restored from the PaymentRequested events on rebuild.
kassenzeichen_counters = sa.Table(
    "kassenzeichen_counters",
    metadata,
    sa.Column("year", sa.Integer, primary_key=True),
    sa.Column("last", sa.Integer, nullable=False),
)

PROJECTIONS = (
    journal_lines,
    journal_entries,
    provider_payments,
    receivables,
    assessments,
    kassenzeichen_counters,
)
