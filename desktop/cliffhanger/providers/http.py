"""One small JSON-over-HTTP client for the catalogues: rate limit, one deadline per request, bounded
retries, caps on size and nesting, and redirects followed only within the catalogue's own host.

Every failure leaves here as a `ProviderError` subclass with a readable sentence; raw exception text and
query strings (which may carry a key) never reach a message.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from . import errors
from .deadline import deadline, transport_with_deadlines
from .ratelimit import RateLimiter, Sleep

log = logging.getLogger(__name__)
MEGABYTE = 1024 * 1024
USER_AGENT = "Cliffhanger/0.1 (desktop watchlist)"
MAX_REDIRECTS = 5


class _ForeignRedirect(Exception):
    """A redirect to a host other than the catalogue's (or its overridden base URL's)."""

    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.host = host


class HttpClient:
    """GETs JSON from one catalogue host on behalf of one provider; `requests` counts what was sent."""

    def __init__(
        self,
        provider: str,
        base_url: str,
        *,
        limiter: RateLimiter | None = None,
        timeout: float = 10.0,
        max_attempts: int = 4,
        max_bytes: int = 5 * MEGABYTE,
        max_retry_after: float = 60.0,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
        secrets: Iterable[str] = (),
        sleep: Sleep = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.provider, self.base_url, self.timeout = provider, base_url.rstrip("/"), timeout
        self.limiter = limiter or RateLimiter(1000, 1.0)
        self.max_attempts, self.max_bytes, self.max_retry_after = max_attempts, max_bytes, max_retry_after
        self.backoff, self.max_backoff = backoff, max_backoff
        self._secrets = tuple(s for s in secrets if s)
        self._sleep, self._jitter = sleep, jitter
        self._lock = threading.Lock()
        self.requests = 0
        self._home = httpx.URL(self.base_url)
        self._client = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})},
            params=dict(params or {}),
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            transport=transport_with_deadlines(),
            event_hooks={"request": [self._stay_home]},
        )

    def _stay_home(self, request: httpx.Request) -> None:
        """Every request, redirected ones included, goes to the catalogue's host, never down from https."""
        url = request.url
        if url.host != self._home.host or (self._home.scheme == "https" and url.scheme != "https"):
            raise _ForeignRedirect(url.host or "?")

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get_json(self, path: str, params: Mapping[str, Any] | list[tuple[str, str]] | None = None) -> Any:
        """The decoded JSON body of GET `path`, retrying 429, 5xx and timeouts with backoff and jitter."""
        return self._with_retries(path, params, None)

    def post_json(self, path: str, payload: Mapping[str, Any]) -> Any:
        """The decoded JSON body of POSTing `payload` as JSON (a GraphQL query), retried like `get_json`."""
        return self._with_retries(path, None, payload)

    def _with_retries(self, path: str, params: Any, payload: Mapping[str, Any] | None) -> Any:
        for attempt in range(1, self.max_attempts + 1):
            try:
                return self._attempt(path, params, payload)
            except (errors.RateLimitedError, errors.ServerError, errors.TimedOutError) as exc:
                delay = self._retry_delay(exc, attempt)
                if delay is None:
                    raise
                log.info("%s: retrying %s in %.1f s (%s)", self.provider, path, delay, type(exc).__name__)
                self._sleep(delay)
        raise AssertionError("unreachable")

    def _retry_delay(self, exc: errors.ProviderError, attempt: int) -> float | None:
        if attempt >= self.max_attempts or not exc.retryable:
            return None
        if isinstance(exc, errors.RateLimitedError) and exc.retry_after is not None:
            return exc.retry_after if exc.retry_after <= self.max_retry_after else None
        step = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return step / 2 + self._jitter() * step / 2

    def _attempt(self, path: str, params: Any, payload: Mapping[str, Any] | None = None) -> Any:
        self.limiter.acquire()
        with self._lock:
            self.requests += 1
        method = "GET" if payload is None else "POST"
        try:
            with (
                deadline(self.timeout),
                self._client.stream(method, path, params=params, json=payload) as response,
            ):
                body = self._read(response, path)
        except _ForeignRedirect as redirect:
            raise self._error(
                errors.BadResponseError, f"redirected {path} to another host ({redirect.host}); not followed"
            ) from None
        except httpx.TooManyRedirects:
            raise self._error(errors.BadResponseError, f"redirected {path} too many times") from None
        except httpx.TimeoutException:
            raise self._error(
                errors.TimedOutError, f"did not answer within {self.timeout:g} seconds"
            ) from None
        except httpx.RemoteProtocolError:
            raise self._error(errors.BadResponseError, f"sent an incomplete answer for {path}") from None
        except (httpx.HTTPError, httpx.InvalidURL):
            host = httpx.URL(self.base_url).host or self.base_url
            raise self._error(
                errors.OfflineError, f"can't be reached at {host}; check the connection"
            ) from None
        self._check_status(response, body, path)
        return self._decode(body, path)

    def _read(self, response: httpx.Response, path: str) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self._too_large(path)
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise self._too_large(path)
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_large(self, path: str) -> errors.ProviderError:
        limit = self.max_bytes / MEGABYTE
        return self._error(errors.BadResponseError, f"sent more than {limit:g} MB for {path}; it was ignored")

    def _check_status(self, response: httpx.Response, body: bytes, path: str) -> None:
        status = response.status_code
        if status < 400:
            return
        said = _provider_message(body)
        if status == 401:
            raise self._error(errors.AuthFailedError, f"refused the key: {said or 'not authorised'}")
        if status == 404:
            raise self._error(errors.NotFoundError, f"has no entry at {path}; it may have been removed")
        if status == 429:
            after = _retry_after(response.headers.get("Retry-After"))
            wait = _wait_words(after)
            raise self._error(errors.RateLimitedError, f"is limiting requests; {wait}", retry_after=after)
        if status >= 500:
            raise self._error(errors.ServerError, f"had a server problem (HTTP {status}); try again later")
        raise self._error(errors.ProviderError, f"did not accept the request (HTTP {status}): {said or path}")

    def _decode(self, body: bytes, path: str) -> Any:
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise self._error(
                errors.BadResponseError, f"sent an answer for {path} that is not valid JSON"
            ) from None
        except RecursionError:
            raise self._error(
                errors.BadResponseError, f"sent JSON for {path} nested too deeply to read; it was ignored"
            ) from None

    def _error(self, kind: type[errors.ProviderError], text: str, **extra: Any) -> errors.ProviderError:
        sentence = f"{self.provider} {text.rstrip('.')}."
        return kind(self.provider, sentence, secrets=self._secrets, **extra)


def _provider_message(body: bytes) -> str:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return ""
    if not isinstance(data, dict):
        return ""
    said = data.get("status_message") or data.get("message")
    return said.strip()[:200] if isinstance(said, str) else ""


def _wait_words(after: float | None) -> str:
    if after is None:
        return "try again shortly"
    if after <= 3600:
        return f"try again in {after:g} seconds"
    if after <= 48 * 3600:
        return f"try again in about {after / 3600:.0f} hours"
    if after <= 365 * 86400:
        return f"try again in about {after / 86400:.0f} days"
    return "it asks for a wait of more than a year, so try again later"


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())
