"""The old home of the text normalisers: they live in :mod:`retrieval.text` now.

Kept so that existing imports work; each name here is the one definition in
:mod:`retrieval.text` (``match_key`` is :func:`retrieval.text.label_key`,
``normalize_whitespace`` is :func:`retrieval.text.clean_line`).
"""

from __future__ import annotations

from retrieval.text import (
    CYRILLIC,
    fold_lookalikes,
    has_cyrillic,
    normalize_newlines,
    straighten_quotes,
)
from retrieval.text import clean_line as normalize_whitespace
from retrieval.text import label_key as match_key

__all__ = [
    "CYRILLIC",
    "fold_lookalikes",
    "has_cyrillic",
    "match_key",
    "normalize_newlines",
    "normalize_whitespace",
    "straighten_quotes",
]
