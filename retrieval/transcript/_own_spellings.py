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

from retrieval.places import places
from retrieval.russian_ambassadors import AMBASSADORS
from retrieval.speakers import ambassador_spelt

# A first name, an optional middle initial or patronymic and a surname in Latin letters, at
# every start (the lookahead lets "Ambassador Aydar Aganin" yield "Aydar Aganin" as well):
# "Nikolai Vladimirovich Krasilnikov" is "Nikolai Krasilnikov".
_PAIR_RE = re.compile(
    r"(?<![\w.])(?=([A-Z][a-z]+)\s+(?:[A-Z]\.\s?|[A-Z][a-z]{2,}(?:ovich|evich|ovna|evna)\s+)?"
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?!\w))"
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


# A name written as initials glued to a surname: "S.S.Belyaev", "A.G.Markov".
_INITIALLED_RE = re.compile(
    r"^(?P<first>[A-Z])[a-z]?\.(?:[A-Z][a-z]?\.)?\s?(?P<surname>[A-Z][a-z-]+)$"
)
# The country of an ambassador's post: "Ambassador to Sweden (2024-present)".
_POST_COUNTRY_RE = re.compile(r"\bto (?:the )?(?P<country>[A-Z][\w' -]+?) \(")


def initialled_ambassadors(speakers: Iterable[str], text: str) -> dict[str, str]:
    """Each speaker named by initials and a surname ("S.S.Belyaev", as the Ministry's pages
    write its ambassadors) -> the table's ambassador of that first initial and surname whose
    post's country the page names ("Ambassador to Sweden"; «в Швеции»), when exactly one is
    (the table may list a common surname's holder without his patronymic)."""
    found: dict[str, str] = {}
    for name in speakers:
        match = _INITIALLED_RE.match(name)
        if match is None:
            continue
        owners = {
            row_name
            for row_name, countries in _ambassador_posts(match.group("surname"))
            if row_name.startswith(match.group("first"))
            and any(_named_in(country, text) for country in countries)
        }
        if len(owners) == 1:
            found[name] = owners.pop()
    return found


def _ambassador_posts(surname: str) -> list[tuple[str, tuple[str, ...]]]:
    """The table's ambassadors of a Latin surname, each with his posts' countries."""
    out = []
    for row in AMBASSADORS:
        name, posts = row[0], row[6]
        if name.split()[-1] == surname:
            countries = tuple(
                m.group("country") for p in posts for m in _POST_COUNTRY_RE.finditer(p)
            )
            out.append((name, countries))
    return out


def _named_in(country: str, text: str) -> bool:
    """Whether ``text`` names a country in English, or in Russian in any case (its Russian
    name's stem: «Швеция» in «в Швеции»)."""
    if country in text:
        return True
    russian = next((p.ru for p in places() if p.en == country), None)
    return russian is not None and len(russian) >= 5 and russian[:-1] in text
