"""Routing's worker: routes each application to its office and relays its outbox to `cases.routing`."""

import shared.schemas  # noqa: F401 - registers the event schemas
from services.routing.handlers import handle
from services.routing.store import engine, setup_database
from shared.worker import configure_logging, run_worker


def main() -> None:
    configure_logging("routing")
    setup_database()
    run_worker("routing", engine(), ["cases.intake"], handle)


if __name__ == "__main__":
    main()
