"""Posters cached on disk, so the watchlist looks the same offline. The HTTP stack is imported with the
first poster fetched, not with the app."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
MAX_BYTES = 4_000_000
_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


class PosterCache:
    """Fetches a poster once and keeps it under `folder`; a failure just means no poster."""

    def __init__(self, folder: Path, *, timeout: float = 10.0) -> None:
        self.folder = folder
        self.timeout = timeout

    def path_for(self, url: str) -> Path | None:
        """The cached file for `url`, if it has been fetched."""
        stem = hashlib.sha256(url.encode()).hexdigest()[:24]
        found = sorted(self.folder.glob(f"{stem}.*")) if self.folder.exists() else []
        return found[0] if found else None

    def fetch(self, url: str | None) -> Path | None:
        if not url or not url.startswith(("http://", "https://")):
            return None
        cached = self.path_for(url)
        if cached is not None:
            return cached
        import httpx

        try:
            return self._download(url)
        except (httpx.HTTPError, OSError, ValueError) as error:
            log.info("poster not fetched (%s): %s", type(error).__name__, error)
            return None

    def _download(self, url: str) -> Path:
        import httpx

        from cliffhanger.providers.deadline import deadline, transport_with_deadlines

        client = httpx.Client(
            transport=transport_with_deadlines(), timeout=self.timeout, follow_redirects=True, max_redirects=3
        )
        with deadline(self.timeout), client, client.stream("GET", url) as response:  # one deadline in all
            response.raise_for_status()
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind not in _TYPES:
                raise ValueError(f"not an image: {kind or 'no content type'}")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > MAX_BYTES:
                    raise ValueError("poster too large")
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / (hashlib.sha256(url.encode()).hexdigest()[:24] + _TYPES[kind])
        partial = target.with_suffix(".part")
        partial.write_bytes(bytes(body))
        os.replace(partial, target)
        return target
