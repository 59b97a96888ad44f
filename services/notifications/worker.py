"""Notifications' worker: records mails for events, sends them, and relays its outbox."""

import threading

import shared.schemas  # noqa: F401 - registers the event schemas
from services.notifications import mailer
from services.notifications.handlers import handle
from services.notifications.store import engine, setup_database
from shared.worker import configure_logging, run_worker

TOPICS = ["cases.intake", "cases.fees", "cases.routing"]


def main() -> None:
    configure_logging("notifications")
    setup_database()
    db = engine()

    def send_mails(stop: threading.Event) -> None:
        mailer.run(db, stop)

    run_worker("notifications", db, TOPICS, handle, extra_loops=(send_mails,))


if __name__ == "__main__":
    main()
