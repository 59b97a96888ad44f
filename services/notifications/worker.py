"""Notifications' worker: records the mails and callbacks each event calls for, delivers them, and relays
its outbox."""

import shared.contracts  # noqa: F401 - registers the event schemas
from services.notifications import delivery
from services.notifications.handlers import handle
from services.notifications.store import DATABASE
from shared.kernel.worker import run_worker

TOPICS = ["cases.intake", "cases.fees", "cases.routing"]


def main() -> None:
    run_worker(DATABASE, TOPICS, handle, extra_loops=(delivery.run,))


if __name__ == "__main__":
    main()
