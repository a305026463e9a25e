"""Small text normalisers shared by the transcript parser and the speaker matcher.

Passage text is only ever whitespace-normalised (:func:`normalize_whitespace`); the heavier
folds here (:func:`match_key`) are for *matching* labels and titles, never for quoted text.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "CYRILLIC",
    "fold_lookalikes",
    "has_cyrillic",
    "match_key",
    "normalize_newlines",
    "normalize_whitespace",
    "straighten_quotes",
]

#: One Cyrillic letter (the basic block plus Ё/ё, which live inside it).
CYRILLIC = "\u0400-\u04ff"

_CYRILLIC_RE = re.compile(f"[{CYRILLIC}]")
_LOOKALIKE_LATIN = "CABEHKMOPTXcaeopxy"
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKE_LATIN, "САВЕНКМОРТХсаеорху")
# A "word" for folding: letters glued by dots, hyphens or apostrophes ("C.В.Лавров", "Нур-Султан").
_WORD_RE = re.compile(r"[^\W\d_]+(?:[.\-'’][^\W\d_]+)*\.?")
# A lone Latin initial right before a Cyrillic word: "C. В. Лавров".
_LONE_INITIAL_RE = re.compile(rf"(?<![^\W\d_])([CABEHKMOPTX])\.(?=\s?[{CYRILLIC}])")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z]")

# Horizontal whitespace that should read as one plain space (NBSP, thin spaces, tabs ...).
_SPACES_RE = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Invisible characters that carry no words: zero-width spaces/joiners, BOM, soft hyphen.
_INVISIBLE_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Control characters other than line breaks, which read as a space.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_NEWLINES_RE = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028]")

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains at least one Cyrillic letter."""
    return _CYRILLIC_RE.search(text) is not None


def _fold_word(match: re.Match[str]) -> str:
    word = match.group()
    if not _CYRILLIC_RE.search(word):
        return word
    latin = set(_LATIN_LETTER_RE.findall(word))
    # A word mixing Cyrillic with Latin letters that have no Cyrillic twin is left alone:
    # it is genuinely mixed, not a typing slip.
    if latin and latin <= set(_LOOKALIKE_LATIN):
        return word.translate(_LOOKALIKE_TABLE)
    return word


def fold_lookalikes(text: str) -> str:
    """Replace Latin letters that look Cyrillic inside Cyrillic words with Cyrillic ones.

    Transcripts sometimes type a Latin ``C`` in ``С.В.Лавров``; folding makes such labels
    match. Only words that already contain Cyrillic (and lone initials right before a
    Cyrillic word) change, so English text is untouched. The length of ``text`` is kept.

    Args:
        text: Any text.

    Returns:
        The text with look-alike letters folded.
    """
    if not _CYRILLIC_RE.search(text):
        return text
    folded = _WORD_RE.sub(_fold_word, text)
    return _LONE_INITIAL_RE.sub(lambda m: m.group(1).translate(_LOOKALIKE_TABLE) + ".", folded)


def normalize_newlines(text: str) -> str:
    """Turn every line-break convention (CRLF, CR, Unicode separators) into ``\\n``.

    A Unicode paragraph separator becomes a blank line.
    """
    return _NEWLINES_RE.sub("\n", text).replace("\u2029", "\n\n")


def normalize_whitespace(text: str) -> str:
    """Collapse NBSP, tabs, control characters and repeated spaces to single spaces; strip.

    Line breaks count as whitespace too, so call this per line to keep lines apart.
    Zero-width characters and soft hyphens are removed.

    Args:
        text: Any text.

    Returns:
        The text on one line with single spaces and no leading or trailing space.
    """
    text = _INVISIBLE_RE.sub("", text)
    text = _CONTROL_RE.sub(" ", text)
    return _SPACES_RE.sub(" ", text).strip()


def straighten_quotes(text: str) -> str:
    """Curly quotes, guillemets and primes to their straight ASCII forms."""
    return text.translate(_QUOTES)


def match_key(text: str) -> str:
    """A folded form of a label or title for matching only (never for display).

    NFKC, look-alikes folded, quotes straightened, ``ё`` as ``е``, case-folded, single spaces.
    """
    text = unicodedata.normalize("NFKC", text)
    text = fold_lookalikes(straighten_quotes(text))
    return normalize_whitespace(text).casefold().replace("ё", "е")
