"""Notifications' worker: records mails for events, sends them, and relays its outbox."""

import shared.schemas  # noqa: F401 - registers the event schemas
from services.notifications import mailer
from services.notifications.handlers import handle
from services.notifications.store import DATABASE
from shared.worker import run_worker

TOPICS = ["cases.intake", "cases.fees", "cases.routing"]


def main() -> None:
    run_worker(DATABASE, TOPICS, handle, extra_loops=(mailer.run,))


if __name__ == "__main__":
    main()
