"""Regular expressions written for speed: long alternations grouped, rare words asked first.

Python's ``re`` tries the alternatives of ``a|b|c`` one by one at every position it reaches;
under ``re.IGNORECASE`` it cannot even skip an alternative whose first letter differs without
entering it. A list of a hundred verbs ("said|says|stated|...") so costs a hundred attempts at
each word. Grouped by first letter ("s(?:aid|ays|tated)|t(?:old|ells)|..."), a position
enters one group, and the matches are the same: alternatives that begin with different
letters never match at the same place, and within a group the order is kept.

A case-insensitive pattern of rare phrases ("all rights reserved", "cookies") run over every
line of a page costs most where it finds nothing. :func:`may_hold` asks first, with plain
substring tests on the lower-cased text, whether a word that every match holds is there at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["first_letter_alternation", "may_hold", "top_level_alternatives"]

# First letters an alternative may start with: no two of them match the same character,
# even under re.IGNORECASE (capitals would meet their small letters; "ı", "ſ" and the old
# Cyrillic forms are no first letters here).
_FIRST_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_QUANTIFIERS = ("?", "*", "+", "{")


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern, split at each ``|`` outside groups and classes."""
    alternatives: list[str] = []
    current: list[str] = []
    depth = 0
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            alternatives.append("".join(current))
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    alternatives.append("".join(current))
    return alternatives


def first_letter_alternation(alternatives: Sequence[str]) -> str:
    """``a|b|c`` with the alternatives grouped by first letter; it matches as the plain one.

    Args:
        alternatives: Regex pieces, each starting with a small letter that no quantifier
            follows (``"said"``, ``"emphasi[sz]ed"``, ``"заявил(?:а|и)?"``), in the order
            the plain alternation would try them.

    Returns:
        The pattern, to put inside ``(?:...)``.

    Raises:
        ValueError: An alternative starts otherwise, or holds a ``|`` of its own at the top.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first, rest = alternative[:1], alternative[1:]
        if first not in _FIRST_LETTERS or rest.startswith(_QUANTIFIERS):
            raise ValueError(f"no plain small first letter: {alternative!r}")
        if len(top_level_alternatives(alternative)) > 1:
            raise ValueError(f"an alternation of its own: {alternative!r}")
        groups.setdefault(first, []).append(rest)
    return "|".join(
        first + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
        for first, rests in groups.items()
    )


# Characters that re.IGNORECASE takes for a small Latin or Cyrillic letter while str.lower()
# does not lower them to it: dotted and dotless I, long s, the old Cyrillic letter forms
# (tests/test_patterns.py checks the list against every code point).
_CASE_TWINS_RE = re.compile("[\u0130\u0131\u017f\u1c80-\u1c86]")


def may_hold(text: str, anchors: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold a match of a case-insensitive pattern, each of whose matches
    holds one of ``anchors``: False only when none of them is in the text, in any case.

    Args:
        text: The text the pattern would search.
        anchors: Lower-case pieces (Latin or Cyrillic letters, spaces, punctuation), such that
            every match of the pattern holds one of them.

    Returns:
        False when the pattern certainly finds nothing; True when it has to be asked.
    """
    lowered = text.lower()
    return any(anchor in lowered for anchor in anchors) or (
        not text.isascii() and _CASE_TWINS_RE.search(text) is not None
    )
