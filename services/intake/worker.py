"""Intake's worker: relays its outbox to `cases.intake` and keeps the status projection."""

import shared.schemas  # noqa: F401 - registers the event schemas
from services.intake.projection import apply
from services.intake.store import engine, setup_database
from shared.worker import configure_logging, run_worker

TOPICS = ["cases.intake", "cases.fees", "cases.routing", "cases.notifications"]


def main() -> None:
    configure_logging("intake")
    setup_database()
    run_worker("intake", engine(), TOPICS, apply)


if __name__ == "__main__":
    main()
