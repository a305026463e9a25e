"""Logging set-up that never lets the bot token out.

httpx logs every request line, and Bot API URLs carry the token (``/bot<token>/sendMessage``);
tracebacks of network errors carry it too. A filter on every root handler rewrites any record
that contains it, whatever logger it came from.
"""

from __future__ import annotations

import logging
import re

REDACTED = "<token>"


class RedactTokenFilter(logging.Filter):
    """Replaces the token (and anything shaped like a bot token in a URL) in a log record."""

    _URL_TOKEN = re.compile(r"(/(?:file/)?bot)\d{1,20}:[A-Za-z0-9_-]+")

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def _clean(self, text: str) -> str:
        if self.token:
            text = text.replace(self.token, REDACTED)
        return self._URL_TOKEN.sub(r"\1" + REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = self._clean(message)
        record.args = None
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        if record.stack_info:
            record.stack_info = self._clean(record.stack_info)
        return True


def setup_logging(token: str, level: int = logging.INFO) -> None:
    """Log to stderr, with the token redacted from every record of every logger."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    for each in root.handlers:
        if not any(isinstance(f, RedactTokenFilter) for f in each.filters):
            each.addFilter(RedactTokenFilter(token))
    # httpx logs each request URL at INFO; the filter would clean it, but it is noise anyway.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
