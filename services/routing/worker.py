"""Routing's worker: routes each application to its office and relays its outbox to `cases.routing`."""

import shared.schemas  # noqa: F401 - registers the event schemas
from services.routing.handlers import handle
from services.routing.store import DATABASE
from shared.worker import run_worker

TOPICS = ["cases.intake"]


def main() -> None:
    run_worker(DATABASE, TOPICS, handle)


if __name__ == "__main__":
    main()
