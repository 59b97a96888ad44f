"""Where a callback may go. A vendor chooses its address, so it is checked as an attacker's would be: only
https to a public address. The name is resolved when connecting and the address actually connected to is
checked before anything is sent (a name that resolves to 127.0.0.1, 169.254.169.254 or the town's own
network on the second lookup gets nothing). No redirect is followed, at most a little of the answer is
read, and the whole call has a deadline.

`CALLBACK_PRIVATE_NETWORKS` (addresses or networks, comma-separated) lets the operator allow a vendor's test
system inside the town's network, over http too; nothing else that is not public is ever allowed."""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

CONNECT_SECONDS, READ_SECONDS, DEADLINE_SECONDS = 3, 5, 10
MOST_READ = 64 * 1024

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class NotAllowed(Exception):
    """An address a callback may not go to."""


def _private_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    given = os.environ.get("CALLBACK_PRIVATE_NETWORKS", "")
    return [ipaddress.ip_network(part.strip(), strict=False) for part in given.split(",") if part.strip()]


def _allowed_privately(address: Address) -> bool:
    return any(address in network for network in _private_networks())


def address_refusal(address: Address) -> str | None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_global or _allowed_privately(address):
        return None
    return f"{address} is not a public address"


def refusal(url: str) -> str | None:
    """Why a callback may not go to `url` (checked when a vendor's address is set), or None."""
    parts = urlsplit(url)
    if not parts.hostname:
        return f"not an address: {url}"
    if parts.username or parts.password:
        return "no user or password in the address: the callback is signed instead"
    try:
        literal: Address | None = ipaddress.ip_address(parts.hostname)
    except ValueError:
        literal = None
    private_ok = literal is not None and _allowed_privately(literal)
    if parts.scheme != "https" and not (parts.scheme == "http" and private_ok):
        return "only https: the callback carries the case's state"
    if literal is not None:
        return address_refusal(literal)
    if parts.hostname == "localhost" or parts.hostname.endswith((".localhost", ".local", ".internal")):
        return f"{parts.hostname} is not a public name"
    return None


def post(url: str, body: bytes, headers: dict[str, str]) -> int:
    """The callback sent; returns the receiver's status. NotAllowed before anything is sent to a refused
    address; requests' errors for a receiver that cannot be reached or runs past the deadline."""
    why = refusal(url)
    if why:
        raise NotAllowed(why)
    with requests.Session() as session:
        session.trust_env = False  # no proxy from the environment: the address checked is the one reached
        adapter = _CheckedAdapter()
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        with session.post(
            url,
            data=body,
            headers=headers,
            timeout=(CONNECT_SECONDS, READ_SECONDS),
            allow_redirects=False,
            stream=True,
        ) as response:
            response.raw.read(MOST_READ)
            return response.status_code


class _Checked:
    """A connection that checks the address it reached before a byte is sent (TLS included), and is cut at
    the deadline."""

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        why = address_refusal(ipaddress.ip_address(sock.getpeername()[0]))
        if why:
            sock.close()
            raise NotAllowed(why)
        self._deadline = threading.Timer(DEADLINE_SECONDS, lambda: _cut(sock))
        self._deadline.daemon = True
        self._deadline.start()
        return sock

    def close(self) -> None:
        deadline = getattr(self, "_deadline", None)
        if deadline is not None:
            deadline.cancel()
        super().close()  # type: ignore[misc]


def _cut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


class _CheckedHTTPConnection(_Checked, HTTPConnection):
    pass


class _CheckedHTTPSConnection(_Checked, HTTPSConnection):
    pass


class _CheckedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _CheckedHTTPConnection


class _CheckedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _CheckedHTTPSConnection


class _CheckedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _CheckedHTTPPool, "https": _CheckedHTTPSPool}
