"""Routing's worker: routes each application to its office, follows its fee, reminds offices of unclaimed
cases, and relays its outbox to `cases.routing`."""

import shared.contracts  # noqa: F401 - registers the event schemas
from services.routing import reminders
from services.routing.handlers import handle
from services.routing.store import DATABASE
from shared.kernel.worker import run_worker

TOPICS = ["cases.intake", "cases.fees"]


def main() -> None:
    run_worker(DATABASE, TOPICS, handle, extra_loops=(reminders.run,))


if __name__ == "__main__":
    main()
