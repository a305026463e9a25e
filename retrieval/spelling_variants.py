"""One person's name in the several Latin spellings that pages give it.

English pages write a Russian name by different customs: the Foreign Ministry's site writes
"Nikolay", "Alexey", "Fedorov"; wire services "Nikolai", "Alexei"; a translated agency story
"Fyodorov". Names outside the speaker table keep the page's spelling, so one ambassador could
be three speakers. :func:`spelling_key` folds the letters those customs disagree on, and
:func:`preferred` picks the one spelling a corpus shows for all of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

# Word endings the customs spell differently, folded to one: "-ai"/"-ay" (Nikolai), "-ei"/"-ey"
# (Alexei), "-oi"/"-oy", "-iy"/"-ii"/"-i"/"-y" (Dmitriy, Dmitrii, Yuri), "-iya"/"-ya"/"-ia"
# (Mariya, Nebenzya).
_ENDINGS = (
    ("iya", "ia"), ("ya", "ia"), ("ai", "ay"), ("ei", "ey"), ("oi", "oy"), ("iy", "y"),
    ("ii", "y"), ("i", "y"),
)  # fmt: skip
# "ks"/"x" (Aleksey), "yo"/"e" (Fyodorov, Likhachyov), "ye"/"e" (Yevgeny, Fadeev).
_LETTERS = (("ks", "x"), ("yo", "e"), ("ye", "e"))
# The customs of the speaker table (the Foreign Ministry's and the Kremlin's English sites):
# of spellings used as often, the one with most of them is shown.
_TABLE_CUSTOMS_RE = re.compile(r"(?<!i)y\b|x")
_OTHER_CUSTOMS_RE = re.compile(r"iy?\b|ks|yo")


def _fold_word(word: str) -> str:
    for old, new in _LETTERS:
        word = word.replace(old, new)
    for old, new in _ENDINGS:
        if word.endswith(old):
            return word[: -len(old)] + new
    return word


def spelling_key(name: str) -> tuple[str, ...]:
    """The words of ``name`` with the letters the spelling customs disagree on folded, and
    accents dropped ("Nikolai Fyodorov", "Nikolay Fedorov" and "Nikolay Fëdorov" give one
    key)."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return tuple(_fold_word(word) for word in plain.split())


def _customs(name: str) -> int:
    folded = name.casefold()
    return len(_TABLE_CUSTOMS_RE.findall(folded)) - len(_OTHER_CUSTOMS_RE.findall(folded))


def preferred(spellings: Iterable[str], documents: Mapping[str, int]) -> str:
    """The spelling to show for one person: the one most documents use, then the one closest
    to the speaker table's customs, then the first in alphabetical order.

    Args:
        spellings: The person's spellings (one :func:`spelling_key`).
        documents: How many documents use each spelling.
    """
    return min(spellings, key=lambda name: (-documents.get(name, 0), -_customs(name), name))
