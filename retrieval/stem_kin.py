"""Index terms that begin like a Russian translation's stem: the forms Snowball keeps apart.

A question in English reaches a Russian page through :mod:`retrieval.bilingual_lexicon`, whose
lines give a word in a few forms ("prove = доказать доказывать доказал"). Snowball stems a
Russian word by cutting endings, not suffixes, so the page's noun or adjective of the same root
is another term: "доказательством" gives ``доказательств``, not ``доказ``; "спекулятивными"
``спекулятивн``, not ``спекуляц``; "восточный" ``восточн``, not ``восток``. No table lists every
such form, but the index's own vocabulary holds those the pages use: :meth:`StemKin.kin` finds
the terms that begin like the stem.

The start kept is the stem less its last two letters (where Snowball leaves a suffix's first
letters: ``спекуляц`` -> ``спекул``), never shorter than six letters or the whole stem, and a
stem under five letters has no kin: a shorter start is a prefix of the language or a bare root
rather than a word's ("пред", "пере" begin hundreds of words; "контр" began ``контракт`` for
``контрол``, "милли" ``миллиард`` for ``миллион``, "втор" ``вторник``). A start that many terms
share is no word's either, and gives nothing: this also bounds the terms a question adds at any
corpus size.

A verb's present or future alternates its root's last consonant («писать» / «пишет», «ответить»
/ «отвечает», «показать» / «покажет»): the terms that begin like the stem with that consonant
alternated are kin too, under the same limits.

Only Cyrillic terms are looked at: English stems keep a root's forms together, and cutting them
met other words ("states" / "statement").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Final

from retrieval.text import has_cyrillic

__all__ = ["KEPT_LETTERS", "MAX_KIN", "MIN_STEM", "StemKin", "kin_start"]

#: Shortest stem whose kin are looked for: a shorter one is an abbreviation or a bare root
#: ("сво", the special military operation, began «своевременный»; "нефт" «нефтепродукт», which
#: the lexicon gives as a term of its own). Real sets A-J: 4 and 5 the same figures once it does.
MIN_STEM: Final = 5
#: Shortest start looked up (unless the stem itself is shorter). Real sets A-J: five letters gave
#: the same figures with twice the kin, most of them another word ("закон" / «законч»,
#: "интерв" / «интерес», "достав" / «достаточн»); four matched verb prefixes ("пред" began 38
#: terms, "пере" 23).
KEPT_LETTERS: Final = 6
#: Letters cut from a longer stem: Snowball leaves a suffix's first letters on it ("спекуляц").
CUT_LETTERS: Final = 2
#: A start shared by more terms than this is no root (on the real sets A-J together the
#: lexicon's starts have at most four kin; 8 and 16 gave the same figures).
MAX_KIN: Final = 16


#: Consonants a Russian verb alternates in its present or future (писать / пишет, ответить /
#: отвечает, видеть / вижу, простить / прощу), longest first.
_ALTERNATIONS: Final = (("ст", "щ"), ("с", "ш"), ("з", "ж"), ("т", "ч"), ("д", "ж"), ("к", "ч"))
_VOWELS: Final = "аеиоуыэюяё"


def kin_start(stem: str) -> str:
    """The start of ``stem`` that its kin share: the stem less CUT_LETTERS, at least
    KEPT_LETTERS long (or the whole stem if shorter)."""
    return stem[: max(min(len(stem), KEPT_LETTERS), len(stem) - CUT_LETTERS)]


class StemKin:
    """Cyrillic terms of an index's vocabulary, by their start.

    Args:
        vocabulary: The index's terms (any order; only Cyrillic ones are kept).
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self._sorted = sorted(term for term in vocabulary if has_cyrillic(term))

    def kin(self, stem: str) -> tuple[str, ...]:
        """The other terms that begin like ``stem`` (see :func:`kin_start`), and those that
        begin like it with its last consonant alternated as a verb's present or future does
        ("напис" -> «напишет», "ответ" -> «отвечает»); none for a stem under MIN_STEM letters,
        a term in Latin letters, a concept or name tag, or a start that more than MAX_KIN terms
        share."""
        if len(stem) < MIN_STEM or stem.startswith("#") or not has_cyrillic(stem):
            return ()
        kin = tuple(term for term in self._starting(kin_start(stem)) if term != stem)
        if len(kin) > MAX_KIN:
            return ()
        root = stem.rstrip(_VOWELS)
        for plain, alternated in _ALTERNATIONS:
            if root.endswith(plain):
                start = root[: -len(plain)] + alternated
                found = self._starting(start) if len(start) >= MIN_STEM else ()
                return kin + (found if len(found) <= MAX_KIN else ())
        return kin

    def _starting(self, start: str) -> tuple[str, ...]:
        """The terms that begin with ``start``, looking no further than one more than
        MAX_KIN."""
        terms = self._sorted
        first = bisect.bisect_left(terms, start)
        bound = min(len(terms), first + MAX_KIN + 2)
        return tuple(terms[first : bisect.bisect_left(terms, start + "\U0010ffff", first, bound)])
