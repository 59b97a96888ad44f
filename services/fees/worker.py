"""Fees' worker: assesses a fee for each application and relays its outbox to `cases.fees`."""

import shared.schemas  # noqa: F401 - registers the event schemas
from services.fees.handlers import handle
from services.fees.store import engine, setup_database
from shared.worker import configure_logging, run_worker


def main() -> None:
    configure_logging("fees")
    setup_database()
    run_worker("fees", engine(), ["cases.intake"], handle)


if __name__ == "__main__":
    main()
