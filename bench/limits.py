"""What the rate limits cost one request: intake's catalogue (no database) through Flask's test client,
in one process, with the limits off and with them counted in a Redis of its own, in turns; the ratio is to
the limits off. `python -m bench.limits` (Redis from `infra/install-system.sh`)."""

from __future__ import annotations

import os
import statistics
import time

from infra.limits_store import LimitsStore
from shared.kernel.config import VAR

REQUESTS = 3000
ROUNDS = 5


def per_request(on: bool, storage: str) -> float:
    """Microseconds per GET of the catalogue, with the limits on or off."""
    from services.registry import create_app

    os.environ.update(
        RATE_LIMITS="on" if on else "off",
        RATELIMIT_STORAGE_URI=storage,
        # never reached: what is measured is the counting, not a refusal
        RATE_LIMIT_PER_ADDRESS="1000000000/minute",
        RATE_LIMIT_FAILURES="1000000000/minute",
    )
    client = create_app("intake").test_client()
    for _ in range(200):
        client.get("/api/v1/services")
    started = time.perf_counter()
    for _ in range(REQUESTS):
        client.get("/api/v1/services")
    return (time.perf_counter() - started) / REQUESTS * 1e6


def main() -> None:
    counts = LimitsStore(VAR / "bench-limits-redis").start()
    try:
        rounds = [
            (per_request(False, counts.uri), per_request(True, "memory://"), per_request(True, counts.uri))
            for _ in range(ROUNDS)
        ]
    finally:
        counts.stop()
    off, memory, redis = (statistics.median(column) for column in zip(*rounds, strict=True))
    print(f"one request, limits off:          {off:7.0f} µs")
    print(f"limits counted in process memory: {memory:7.0f} µs  ({memory / off:.2f} × off)")
    extra = redis - off
    print(f"limits counted in Redis:          {redis:7.0f} µs  ({redis / off:.2f} × off, +{extra:.0f} µs)")


if __name__ == "__main__":
    main()
