"""A vendor's callback address may be only https to a public address: never this machine, the cloud's
metadata service or the town's own network, unless the operator allows a network by name."""

from __future__ import annotations

import pytest

from services.notifications.outbound import refusal


@pytest.fixture(autouse=True)
def no_private_networks(monkeypatch):
    monkeypatch.delenv("CALLBACK_PRIVATE_NETWORKS", raising=False)


@pytest.mark.parametrize(
    "url",
    [
        "http://assistant.example.org/callbacks",  # http: the case's state in the clear
        "https://127.0.0.1/callbacks",
        "https://[::1]/callbacks",
        "https://[::ffff:127.0.0.1]/callbacks",
        "https://169.254.169.254/latest/meta-data",
        "https://10.1.2.3/callbacks",
        "https://192.168.178.1/",
        "https://0.0.0.0/",
        "https://localhost/callbacks",
        "https://intranet.local/",
        "https://user:secret@assistant.example.org/callbacks",
        "ftp://assistant.example.org/",
        "not an address",
    ],
)
def test_an_address_that_is_not_public_https_is_refused(url):
    assert refusal(url) is not None


def test_a_public_https_address_is_taken():
    assert refusal("https://assistant.example.org:8443/rathaus/callbacks") is None
    assert refusal("https://93.184.215.14/callbacks") is None


def test_a_network_the_operator_allows_takes_http_too(monkeypatch):
    monkeypatch.setenv("CALLBACK_PRIVATE_NETWORKS", "10.20.0.0/16, 127.0.0.1")
    assert refusal("http://10.20.3.4:8080/callbacks") is None
    assert refusal("http://127.0.0.1:9000/callbacks") is None
    assert refusal("https://10.21.0.1/callbacks") is not None
    assert refusal("https://169.254.169.254/") is not None
