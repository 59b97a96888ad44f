"""Behind the town's reverse proxy every request comes from the proxy: the rate limits must count the address
it forwards, and only when the operator says a proxy is there (else anyone could name any address)."""

from __future__ import annotations

import pytest

from services.registry import create_app
from shared.web.limits import limiter


def catalogue_answers(monkeypatch: pytest.MonkeyPatch, proxies: str) -> dict[str, list[int]]:
    monkeypatch.setenv("RATE_LIMITS", "on")
    monkeypatch.setenv("RATELIMIT_STORAGE_URI", "memory://")
    monkeypatch.setenv("RATE_LIMIT_PER_ADDRESS", "2/minute")
    monkeypatch.setenv("RATHAUS_TRUSTED_PROXIES", proxies)
    client = create_app("intake").test_client()
    limiter.reset()
    return {
        citizen: [
            client.get("/api/v1/services", headers={"X-Forwarded-For": citizen}).status_code for _ in range(3)
        ]
        for citizen in ("198.51.100.7", "203.0.113.9")
    }


def test_behind_a_trusted_proxy_each_citizen_has_a_limit_of_their_own(monkeypatch):
    answers = catalogue_answers(monkeypatch, "1")
    assert answers == {"198.51.100.7": [200, 200, 429], "203.0.113.9": [200, 200, 429]}


def test_without_a_proxy_a_forwarded_address_counts_for_nothing(monkeypatch):
    answers = catalogue_answers(monkeypatch, "0")
    assert answers == {"198.51.100.7": [200, 200, 429], "203.0.113.9": [429, 429, 429]}
