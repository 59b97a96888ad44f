"""Intake's worker: relays its outbox to `cases.intake` and keeps the status projection."""

import shared.contracts  # noqa: F401 - registers the event schemas
from services.intake.projection import apply as handle
from services.intake.store import DATABASE
from shared.kernel.worker import run_worker

TOPICS = ["cases.intake", "cases.fees", "cases.routing", "cases.notifications"]


def main() -> None:
    run_worker(DATABASE, TOPICS, handle)


if __name__ == "__main__":
    main()
