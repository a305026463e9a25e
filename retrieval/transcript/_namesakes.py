"""A known official's namesake: the page that names Dmitry Patrushev, the agriculture minister,
in full and then calls him "Патрушев" (in its headline label, "Патрушев: урожай ...", or after
a quote) means him, not Nikolai Patrushev, whom the speaker table knows by the surname alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from retrieval.russian_names import is_first_name_form
from retrieval.speakers import find_known_speaker, is_known_official, person_name
from retrieval.text import label_key

# Two capitalised words at every start, Latin or Cyrillic, any case of a Russian name:
# "Дмитрий Патрушев", "Дмитрия Патрушева", "Dmitry Patrushev".
_PAIR_RE = re.compile(
    r"(?<![\w.-])(?=([A-ZА-ЯЁ][a-zа-яё]+[^\S\n]+[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?)(?![\w-]))"
)
# The words a name of several parts joins them with ("Fahad bin Mohammed Al-Attiyah"): the
# two words after one are the tail of another name.
_NAME_PARTICLES = frozenset("bin ibn bou bu ben al el de van von da di le la abu".split())
# A patronymic, the middle of a Russian name in full ("Сергей Викторович Лавров").
_PATRONYMIC_RE = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|ovich|evich|ovna|evna|ichna)$")
# First letters that spell one first name several ways ("Yevgeny", "Evgeny", "Iouri",
# "Yuri"): a namesake must differ in a first letter outside them.
_VARIANT_INITIALS = frozenset("EYIJ")


def namesakes(speakers: Iterable[str], text: str) -> dict[str, str]:
    """Each known official among ``speakers`` whom ``text`` never names in full -> the one
    other person of the same surname that it does name in full, with another first name."""
    wanted = {name for name in speakers if is_known_official(name) and len(name.split()) >= 2}
    if not wanted:
        return {}
    named_in_full: set[str] = set()
    others: dict[str, set[str]] = {}
    surnames = {name.split()[-1]: name for name in wanted}
    for match in _PAIR_RE.finditer(text):
        pair = match.group(1)
        if _tail_of_longer_name(text[: match.start()], pair):
            continue
        known = find_known_speaker(pair)
        if known is not None and known.name in wanted:
            named_in_full.add(known.name)
            continue
        person = person_name(pair)
        if person is None or len(person.split()) != 2:
            continue
        first, surname = person.split()
        if _PATRONYMIC_RE.search(first.casefold()) or not is_first_name_form(
            label_key(pair.split()[0])
        ):
            continue  # (not "Зеленскому Зеленский": a surname before the name is no first name)
        official = surnames.get(surname)
        if official is None or person == official:
            continue
        initials = {first[0], official.split()[0][0]}
        if len(initials) == 2 and not initials <= _VARIANT_INITIALS:
            others.setdefault(official, set()).add(person)
    return {
        official: people.pop()
        for official, people in others.items()
        if official not in named_in_full and len(people) == 1
    }


def _tail_of_longer_name(before: str, pair: str) -> bool:
    """Whether two capitalised words end a name of more parts: after a particle ("bin
    Mohammed Al-Attiyah") or after a word that the name takes in ("Shah Mahmood Qureshi")."""
    words = before.split()
    if not words or not before[-1:].isspace():
        return False
    last = words[-1]
    if last.casefold() in _NAME_PARTICLES:
        return True
    if not last[:1].isupper():
        return False
    longer = person_name(f"{last} {pair}")
    return longer is not None and len(longer.split()) >= 3
