"""Logging to a rotating file in the data directory, with secrets scrubbed from every record."""

from __future__ import annotations

import logging
import re
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from . import paths

LOG_NAME = "cliffhanger.log"
_SECRET_PATTERNS = (
    re.compile(r"(api_key=)[^&\s\"']+", re.IGNORECASE),
    re.compile(r"(Bearer\s+)[A-Za-z0-9._\-]+", re.IGNORECASE),
)


class ScrubSecrets(logging.Filter):
    """Masks API keys and bearer tokens in messages, whatever code logged them."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = scrub(message)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        return True


def scrub(text: str) -> str:
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(r"\1***", text)
    return text


class _LazyFile(RotatingFileHandler):
    """The log file, made on the first record; a log that can't be written (read-only folder, full disk)
    never stops or clutters what the app or a command is doing."""

    def _open(self) -> TextIOWrapper:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        return


def configure_logging(*, verbose: bool = False, to_stderr: bool = False) -> None:
    """Send the app's log to `logs/cliffhanger.log` (and stderr if asked); safe to call twice."""
    root = logging.getLogger()
    if any(getattr(h, "_cliffhanger", False) for h in root.handlers):
        return
    handler = _LazyFile(
        paths.logs_dir(create=False) / LOG_NAME,
        maxBytes=1_000_000,
        backupCount=3,
        encoding="utf-8",
        delay=True,
    )
    handlers: list[logging.Handler] = [handler]
    if to_stderr:
        handlers.append(logging.StreamHandler())
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for h in handlers:
        h.setFormatter(formatter)
        h.addFilter(ScrubSecrets())
        h._cliffhanger = True  # type: ignore[attr-defined]  # our mark, so a second call adds no handlers
        root.addHandler(h)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
