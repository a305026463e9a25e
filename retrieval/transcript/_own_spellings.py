"""An ambassador named by initials glued to his surname, as the Ministry's pages write him
("S.S.Belyaev"): the speaker table's ambassador of that initial and surname, when the page
names the country of his post.

(Until round 38 an ambassador was also shown as the page spelt his full name, "Sergei
Kuznetsov" in TASS's English; the question writers of the real sets followed the table's
spelling more often, so the table's is shown, as for a minister.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from retrieval.places import places
from retrieval.russian_ambassadors import AMBASSADORS

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
