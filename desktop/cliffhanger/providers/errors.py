"""Typed failures of the online catalogues, each carrying a sentence a user can read.

Messages are built here from facts we choose (provider name, path, status), never from raw exception text,
and `scrub` removes any secret that might still slip in, so a key or token never reaches the screen or a log.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SECRET_PARAMS = re.compile(r"(?i)((?:api_key|apikey|access_token|token|key)=)[^&\s#]+")
_BEARER = re.compile(r"(?i)(bearer\s+)\S+")


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """Text with every known secret, every key-like query parameter and every bearer token masked."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    text = _SECRET_PARAMS.sub(r"\1***", text)
    return _BEARER.sub(r"\1***", text)


class ProviderError(Exception):
    """Something went wrong talking to a catalogue; `str(error)` is fit to show the user."""

    retryable = False

    def __init__(self, provider: str, message: str, *, secrets: Iterable[str] = ()) -> None:
        self.provider = provider
        self.message = scrub(message, secrets)
        super().__init__(self.message)


class OfflineError(ProviderError):
    """The catalogue could not be reached: no network, DNS failure or connection refused."""

    retryable = True


class TimedOutError(OfflineError):
    """The catalogue did not answer in time."""


class RateLimitedError(ProviderError):
    """The catalogue asked us to slow down; `retry_after` is the wait it asked for, in seconds."""

    retryable = True

    def __init__(
        self, provider: str, message: str, *, retry_after: float | None = None, secrets: Iterable[str] = ()
    ) -> None:
        super().__init__(provider, message, secrets=secrets)
        self.retry_after = retry_after


class AuthFailedError(ProviderError):
    """The catalogue refused the key (HTTP 401); the message quotes the provider's own explanation."""


class NotFoundError(ProviderError):
    """The title does not exist (any more) at the catalogue (HTTP 404)."""


class ServerError(ProviderError):
    """The catalogue failed on its side (HTTP 5xx or another unexpected status)."""

    retryable = True


class BadResponseError(ProviderError):
    """The answer could not be used: not JSON, cut off, too large, or missing what we need."""
