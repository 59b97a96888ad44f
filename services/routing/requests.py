"""The shapes of what caseworkers send to the desk API."""

from datetime import date

from marshmallow import Schema, ValidationError, fields, validate

from services.routing.domain.lifecycle import STATES

TEXT = validate.Length(min=3, max=2000, error="Bitte 3 bis 2000 Zeichen.")
NOTE = validate.Length(max=2000, error="Höchstens 2000 Zeichen.")
REQUIRED = {"required": "Pflichtangabe fehlt.", "invalid": "Bitte einen Text angeben."}


class NoBody(Schema):
    pass


class Note(Schema):
    note = fields.String(load_default=None, allow_none=True, validate=NOTE)


class Message(Schema):
    message = fields.String(required=True, validate=TEXT, error_messages=REQUIRED)


class Reason(Schema):
    reason = fields.String(required=True, validate=TEXT, error_messages=REQUIRED)


class FeeReduction(Schema):
    kind = fields.String(
        required=True,
        validate=validate.OneOf(
            ["waiver", "reduction"], error="waiver (Erlass) oder reduction (Ermäßigung)."
        ),
        error_messages=REQUIRED,
    )
    amount_cents = fields.Integer(
        load_default=None, strict=True, validate=validate.Range(min=1, error="Betrag ab 1 Cent.")
    )
    reason = fields.String(
        required=True,
        validate=validate.Length(min=3, max=500, error="3 bis 500 Zeichen."),
        error_messages=REQUIRED,
    )


class WaiverDecision(Schema):
    """A second person's answer to a proposed waiver of the whole fee."""

    decision = fields.String(
        required=True,
        validate=validate.OneOf(
            ["approve", "decline"], error="approve (bestätigen) oder decline (ablehnen)."
        ),
        error_messages=REQUIRED,
    )
    note = fields.String(load_default=None, allow_none=True, validate=NOTE)


AFTER = "Keine gültige Stelle der Liste; bitte den Wert aus next_after nehmen (Datum|Fallnummer)."


def _page_mark(value: str) -> None:
    """`after` is the last case of the page before: its deadline (a real day) and its case id."""
    due, _, case_id = value.partition("|")
    validate.Regexp(r"^\d{4}-\d{2}-\d{2}$", error=AFTER)(due)
    validate.Regexp(r"^[0-9a-f-]{36}$", error=AFTER)(case_id)
    try:
        date.fromisoformat(due)
    except ValueError as error:
        raise ValidationError(AFTER) from error


class CaseQuery(Schema):
    state = fields.String(
        load_default=None,
        validate=validate.OneOf(STATES, error="Unbekannter Stand; möglich: {choices}."),
    )
    service = fields.String(load_default=None, validate=validate.Length(max=60))
    overdue = fields.Boolean(load_default=False)
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))
    after = fields.String(load_default=None, validate=_page_mark)


class DayQuery(Schema):
    """Which day of the office's visits (the town's date; today when not given)."""

    day = fields.Date(load_default=None, error_messages={"invalid": "Bitte ein Datum wie 2027-01-12."})


class BlockRequest(Schema):
    """A free time of the office's day to take one counter out of booking, and why."""

    starts_at = fields.AwareDateTime(
        required=True,
        format="iso",
        error_messages={
            **REQUIRED,
            "invalid": "Bitte eine Zeit mit Zeitzone, wie 2027-01-12T09:00:00+00:00.",
        },
    )
    reason = fields.String(
        required=True,
        validate=validate.Length(min=3, max=200, error="3 bis 200 Zeichen."),
        error_messages=REQUIRED,
    )
