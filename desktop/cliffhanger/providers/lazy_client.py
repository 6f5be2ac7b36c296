"""A catalogue's HTTP client made when the catalogue is first asked something, not when its provider is.

The app builds its providers at start; the HTTP stack under them (httpx, httpcore, h11, anyio and the
command-line extras httpx imports, about 5 MB) then loads with the first search, refresh or key test, not
with the window. Everything but the client's making is passed through unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .http import HttpClient


class JsonClient(Protocol):
    """What a provider asks of its client (`http.HttpClient` and `LazyClient` both are one)."""

    base_url: str

    @property
    def requests(self) -> int: ...
    def get_json(self, path: str, params: Mapping[str, Any] | list[tuple[str, str]] | None = None) -> Any: ...
    def post_json(self, path: str, payload: Mapping[str, Any]) -> Any: ...
    def close(self) -> None: ...


class LazyClient:
    """An `HttpClient(provider, base_url, **options)` made on first use."""

    def __init__(self, provider: str, base_url: str, **options: Any) -> None:
        self.provider, self.base_url = provider, base_url.rstrip("/")
        self._options = options
        self._made: HttpClient | None = None
        self._lock = threading.Lock()

    def _client(self) -> HttpClient:
        with self._lock:
            if self._made is None:
                from .http import HttpClient

                self._made = HttpClient(self.provider, self.base_url, **self._options)
            return self._made

    @property
    def requests(self) -> int:
        """Requests sent so far (none before the client is made)."""
        return 0 if self._made is None else self._made.requests

    def get_json(self, path: str, params: Mapping[str, Any] | list[tuple[str, str]] | None = None) -> Any:
        return self._client().get_json(path, params)

    def post_json(self, path: str, payload: Mapping[str, Any]) -> Any:
        return self._client().post_json(path, payload)

    def close(self) -> None:
        with self._lock:
            made, self._made = self._made, None
        if made is not None:
            made.close()
