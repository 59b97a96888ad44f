"""A worker's loops nap between rounds when they find nothing to do. A commit in the process that leaves one
of them work (a consumer's batch: events for the outbox relay, deliveries for the notifications loop) rings
the bell, and every loop napping on it goes on at once instead of after its nap: a case's hop through a worker
costs the work, not the nap. What other processes commit (a web request's application) is still found by
the next round."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Bell:
    def __init__(self) -> None:
        self._rung = threading.Condition()
        self._times = 0

    def ring(self) -> None:
        with self._rung:
            self._times += 1
            self._rung.notify_all()

    def listener(self) -> Callable[[float], None]:
        """A nap for one loop: ends after `seconds`, or as soon as the bell rings (also if it rang since the
        loop's last nap, while it was busy)."""
        heard = self._times

        def nap(seconds: float) -> None:
            nonlocal heard
            with self._rung:
                self._rung.wait_for(lambda: self._times != heard, seconds)
                heard = self._times

        return nap


# One per process: its worker's loops and its consumer
WORK_ARRIVED = Bell()
