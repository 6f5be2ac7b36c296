"""One deadline for a whole HTTP request: connecting, the TLS handshake, and every read and write.

httpx's timeouts bound each network operation alone, so a server that sends a byte a second never times
out. `DeadlineBackend` wraps httpcore's network backend: each operation gets the smaller of its own
timeout and the time left before the deadline the calling thread set with `deadline(seconds)`; past it, the
operation raises httpcore's timeout, which httpx reports as a `TimeoutException`.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

_local = threading.local()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every network operation this thread makes inside the block ends by `seconds` from now."""
    _local.until = time.monotonic() + seconds
    try:
        yield
    finally:
        _local.until = None


def _budget(timeout: float | None, error: type[Exception]) -> float | None:
    until: float | None = getattr(_local, "until", None)
    if until is None:
        return timeout
    left = until - time.monotonic()
    if left <= 0:
        raise error("the request took longer than its deadline")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _budget(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _budget(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        budget = _budget(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, budget))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend with every operation held to the calling thread's deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        budget = _budget(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, budget, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        budget = _budget(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, budget, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def transport_with_deadlines() -> httpx.HTTPTransport:
    """httpx's own transport, its connection pool using `DeadlineBackend`.

    WORKAROUND for https://github.com/encode/httpx/issues/1450 (no total timeout in httpx): HTTPTransport
    takes no network backend, so the one its pool holds is wrapped in place.
    """
    transport = httpx.HTTPTransport()
    pool: Any = transport._pool
    pool._network_backend = DeadlineBackend(pool._network_backend)
    return transport
