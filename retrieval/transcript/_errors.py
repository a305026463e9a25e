"""The parser's one error."""

from __future__ import annotations


class TranscriptError(ValueError):
    """The text is not a usable transcript; ``str(exc)`` is a short human reason."""
