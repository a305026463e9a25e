"""An ambassador's name as the page itself spells it.

English sources spell a Russian name by different customs: "Sergei Kuznetsov" in an agency's
English, "Sergey Kuznetsov" on the Ministry's site, "Aydar Aganin" and "Aidar Aganin". For a
minister, users know one spelling and the speaker table's is shown; an ambassador is quoted
as the page they read writes him, so a page that spells his full name its own way shows it
(retrieval.corpus then gives every page of the corpus that spelling).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from retrieval.speakers import ambassador_spelt

# A first name, an optional middle initial and a surname in Latin letters, at every start
# (the lookahead lets "Ambassador Aydar Aganin" yield "Aydar Aganin" as well).
_PAIR_RE = re.compile(
    r"(?<![\w.])(?=([A-Z][a-z]+)\s+(?:[A-Z]\.\s?)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?!\w))"
)


def own_spellings(speakers: Iterable[str], text: str) -> dict[str, str]:
    """Each ambassador among ``speakers`` (table names) -> the one other Latin spelling of
    his full name that ``text`` gives ("Sergey Kuznetsov" -> "Sergei Kuznetsov"); none for a
    page that spells him two other ways, or only the table's way."""
    wanted = {name for name in speakers if ambassador_spelt(name) == name}
    if not wanted:
        return {}
    found: dict[str, set[str]] = {}
    for match in _PAIR_RE.finditer(text):
        spelling = f"{match.group(1)} {match.group(2)}"
        owner = ambassador_spelt(spelling)
        if owner in wanted and spelling != owner:
            found.setdefault(owner, set()).add(spelling)
    return {owner: spellings.pop() for owner, spellings in found.items() if len(spellings) == 1}
