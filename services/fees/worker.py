"""Fees' worker: assesses a fee for each application and relays its outbox to `cases.fees`."""

import shared.contracts  # noqa: F401 - registers the event schemas
from services.fees.handlers import handle
from services.fees.store import DATABASE
from shared.kernel.worker import run_worker

TOPICS = ["cases.intake", "cases.routing"]  # applications; caseworkers' fee reductions


def main() -> None:
    run_worker(DATABASE, TOPICS, handle)


if __name__ == "__main__":
    main()
