"""Russian personal names: their case forms, and the nominative of a name met in any case.

Titles and narration name people in whatever case the sentence needs ("интервью Сергея Брилёва",
"по словам Марии Захаровой"); a speaker's name is the nominative ("Сергей Брилёв"). The rules here
decline first names, patronymics and surnames by their endings (enough for names, which follow a
few regular patterns), and :func:`nominative` finds the one reading of a two- or three-word name
in which all its words stand in the same case and gender.

Words are handled in lower case; callers keep or restore capitals.
"""

from __future__ import annotations

from typing import Literal

from retrieval.text import transliterate
from retrieval.translit import to_cyrillic

__all__ = [
    "Cases",
    "Gender",
    "all_forms",
    "first_name_cases",
    "gender_of_first_name",
    "is_common_first_name",
    "nominative",
    "surname_cases",
    "surname_forms_of_latin",
]

Gender = Literal["m", "f"]
#: Case forms in the order nominative, genitive, dative, accusative, instrumental, prepositional.
Cases = tuple[str, str, str, str, str, str]

# First names whose ending misleads: masculine names in -а/-я, feminine names in -ь, and
# masculine names that drop a vowel ("Павел" -> "Павла").
_MASCULINE_IN_A = frozenset({"никита", "илья", "кузьма", "фома", "лука", "савва", "данила"})
_FEMININE_IN_SOFT_SIGN = frozenset({"любовь", "нинель", "адель", "габриэль"})
_FLEETING: dict[str, str] = {"павел": "павл", "пётр": "петр", "петр": "петр", "лев": "льв"}
# Common first names: they settle a reading that the endings alone leave open ("Сергея" is the
# genitive of "Сергей", not a nominative).
_COMMON_FIRST_NAMES = frozenset(
    """
    александр алексей анатолий андрей антон аркадий артём артем артур борис вадим валентин
    валерий василий виктор виталий владимир владислав всеволод вячеслав геннадий георгий герман
    глеб григорий денис дмитрий евгений егор иван игорь илья кирилл константин леонид максим
    марат михаил никита николай олег павел пётр петр роман руслан рамзан семён семен сергей
    станислав степан тимур фёдор федор эдуард юрий яков ярослав лев
    александра алина алла анастасия анна валентина вера вероника виктория галина дарья евгения
    екатерина елена елизавета ирина ирада карина ксения лариса любовь людмила маргарита марина
    мария надежда наталья наталия нина оксана ольга полина светлана софия татьяна юлия яна
    эльвира эльмира
    """.split()
)
# The same names as the corpus spells them in Latin letters ("sergey", "mariya").
_COMMON_FIRST_NAMES_LATIN = frozenset(transliterate(name).lower() for name in _COMMON_FIRST_NAMES)
_HUSHING = "гкхжшчщ"  # after these, -ы is spelt -и ("Ольги")
_VOWELS = "аеёиоуыэюя"


def is_common_first_name(name: str) -> bool:
    """Whether a word (lower case, Cyrillic or Latin) is a common Russian first name."""
    return name in _COMMON_FIRST_NAMES or name in _COMMON_FIRST_NAMES_LATIN


def is_first_name_form(word: str) -> bool:
    """Whether a word (lower case) is a common first name in any case ("ксении", "сергею")."""
    return is_common_first_name(word) or any(
        is_common_first_name(nom) for nom, _, _ in _readings(word)
    )


# A patronymic's stem whose first name is not the stem plus a letter ("Павлович": Павел).
_PATRONYMIC_STEMS = {"павл": "павел", "льв": "лев"}


def is_patronymic(word: str) -> bool:
    """Whether a word (lower case, Cyrillic, nominative) is a patronymic: made from a common
    first name ("викторович", "сергеевна", "анатольевич", "ильинична"), not a South Slavic
    surname with the same ending ("Петкович", "Милошевич", "Вукович").

    Where the first name is both ("Петрович"), it is read as the patronymic: a name is never
    made from an address by first name and patronymic ("Сергей Петрович")."""
    if word.endswith(("ична", "инична")):
        return True
    if not word.endswith(("вич", "вна")) or len(word) < 6:
        return False
    stem = word[:-4]
    names: tuple[str, ...]
    if word.endswith(("ович", "овна")):
        names = (stem, _PATRONYMIC_STEMS.get(stem, stem))
    elif word.endswith(("евич", "евна")):
        # "сергеевич" -> "сергей", "игоревич" -> "игорь", "анатольевич" -> "анатолий".
        names = (stem + "й", stem + "ь", stem[:-1] + "ий" if stem.endswith("ь") else stem)
    else:
        return False
    return any(is_common_first_name(name) for name in names)


def gender_of_first_name(name: str) -> Gender:
    """A first name's gender (lower case, Cyrillic), by its ending and a few exceptions."""
    return _gender_of_first(name)


def _gender_of_first(name: str) -> Gender:
    if name in _MASCULINE_IN_A:
        return "m"
    if name in _FEMININE_IN_SOFT_SIGN:
        return "f"
    return "f" if name.endswith(("а", "я")) else "m"


def first_name_cases(name: str) -> Cases:
    """Case forms of a first name (lower case) by its ending; indeclinable ones repeat."""
    n = name
    if n.endswith("ия"):  # Мария
        s = n[:-1]
        return (n, s + "и", s + "и", s + "ю", s + "ей", s + "и")
    if n.endswith("я"):  # Илья
        s = n[:-1]
        return (n, s + "и", s + "е", s + "ю", s + "ей", s + "е")
    if n.endswith("а"):  # Анна, Ольга, Никита
        s = n[:-1]
        gen = s + ("и" if s[-1:] in _HUSHING else "ы")
        ins = s + ("ей" if s[-1:] in "жшчщц" else "ой")
        return (n, gen, s + "е", s + "у", ins, s + "е")
    if n.endswith("ий"):  # Дмитрий
        s = n[:-1]
        return (n, s + "я", s + "ю", s + "я", s + "ем", s + "и")
    if n.endswith(("ей", "ай", "ой")):  # Сергей, Николай
        s = n[:-1]
        return (n, s + "я", s + "ю", s + "я", s + "ем", s + "е")
    if n.endswith("ь"):
        if _gender_of_first(n) == "f":  # Любовь: indeclinable enough for names
            return (n, n, n, n, n, n)
        s = n[:-1]  # Игорь
        return (n, s + "я", s + "ю", s + "я", s + "ем", s + "е")
    if n[-1:] in _VOWELS or not n:  # Энтони, Антониу: indeclinable
        return (n, n, n, n, n, n)
    s = _FLEETING.get(n, n)  # Иван, Павел
    return (n, s + "а", s + "у", s + "а", s + "ом", s + "е")


def _patronymic_cases(name: str) -> Cases | None:
    if name.endswith("ич"):  # Викторович
        return (name, name + "а", name + "у", name + "а", name + "ем", name + "е")
    if name.endswith("на"):  # Владимировна
        s = name[:-1]
        return (name, s + "ы", s + "е", s + "у", s + "ой", s + "е")
    return None


def surname_cases(name: str, gender: Gender) -> Cases:
    """Case forms of a surname (lower case) of a man or a woman, by its ending."""
    s = name
    if gender == "f":
        if s.endswith(("ова", "ева", "ёва", "ина", "ына")):  # Захарова
            st = s[:-1]
            return (s, st + "ой", st + "ой", st + "у", st + "ой", st + "ой")
        if s.endswith("ая"):  # Полянская
            st = s[:-2]
            return (s, st + "ой", st + "ой", st + "ую", st + "ой", st + "ой")
        return (s, s, s, s, s, s)  # Ситтель, Руденко: a woman's other surnames do not decline
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):  # Лавров, Путин
        return (s, s + "а", s + "у", s + "а", s + "ым", s + "е")
    if s.endswith(("ский", "цкий", "ый", "ой")) and len(s) > 4:  # Полянский, Толстой
        st = s[:-2]
        ins = st + ("ым" if s.endswith(("ый", "ой")) else "им")
        return (s, st + "ого", st + "ому", st + "ого", ins, st + "ом")
    if s.endswith(("ич", "ш", "ж", "ч", "щ")):  # Лукашевич, Гутерриш
        return (s, s + "а", s + "у", s + "а", s + "ем", s + "е")
    if s.endswith("я"):  # Небензя
        st = s[:-1]
        return (s, st + "и", st + "е", st + "ю", st + "ей", st + "е")
    if s.endswith("а"):  # a man's surname in -а ("Глинка")
        st = s[:-1]
        gen = st + ("и" if st[-1:] in _HUSHING else "ы")
        return (s, gen, st + "е", st + "у", st + "ой", st + "е")
    if s.endswith("ь"):  # Медведь
        st = s[:-1]
        return (s, st + "я", st + "ю", st + "я", st + "ем", st + "е")
    if s[-1:] in _VOWELS or s.endswith("й"):  # Шойгу, Керри, Руденко
        return (s, s, s, s, s, s)
    return (s, s + "а", s + "у", s + "а", s + "ом", s + "е")  # Марр, Блинкен


# Endings a case form may carry, and what a nominative may end in instead: candidates for the
# nominative of a word are made by swapping one for the other, then checked by declining them.
_CASE_ENDINGS = (
    "", "а", "я", "у", "ю", "е", "и", "ы", "ой", "ей", "ем", "ом", "ым", "им", "ого", "ому",
    "ую", "ии", "ия", "ию", "ией",
)  # fmt: skip
_NOMINATIVE_ENDINGS = ("", "а", "я", "й", "ь", "ий", "ый", "ой", "ая", "ия", "ей", "ай")


def _candidates(word: str) -> set[str]:
    out = {word}
    for ending in _CASE_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if len(stem) < 2:
            continue
        out.update(stem + nom for nom in _NOMINATIVE_ENDINGS)
    # Fleeting vowels: "павла" -> "павел".
    out.update(full for full, stem in _FLEETING.items() if word.startswith(stem))
    return out


def _readings(word: str) -> list[tuple[str, Gender, int]]:
    """(nominative, gender, case index) readings of a first name in some case."""
    found = []
    for nom in sorted(_candidates(word)):
        cases = first_name_cases(nom)
        for index, form in enumerate(cases):
            if form == word:
                found.append((nom, _gender_of_first(nom), index))
    return found


# Oblique endings of an adjectival surname ("-ского", "-скому"): never a nominative.
ADJECTIVE_OBLIQUE = ("ого", "его", "ому", "ему")


def _surname_rank(nom: str, observed: str, gender: Gender, case: int) -> tuple[bool, ...]:
    """How likely a nominative reading of a surname is (higher is likelier)."""
    if gender == "f":
        endings = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")
        # A woman's other surnames do not decline ("Ситтель"), and none ends in -а/-я then.
        # Nor in an adjective's oblique ending ("Рождественского" is a man's genitive).
        typical = nom.endswith(endings) or (
            nom == observed and not nom.endswith(("а", "я", *ADJECTIVE_OBLIQUE))
        )
    else:
        # (Nor in -я: "Марио Драги" is no genitive of "Драгя".)
        typical = not nom.endswith(("а", "я", "ы", "и", "ого", "ому", "ым", "ом"))
    # After г, к, х a Russian adjective ends in -ий ("Полянский"); else -ой before -ый.
    adjective = nom.endswith(("ий", "ой", "ый")) and len(nom) > 4
    spelling = not adjective or (
        nom.endswith("ий") == (nom[-3:-2] in "гкхжшчщ") and not nom.endswith("ый")
    )
    return (typical, spelling, case == 0 or nom != observed)


def _surname_readings(surname: str, gender: Gender, case: int) -> list[str]:
    """The nominatives of a surname read in ``case``. Each part of a double surname declines
    on its own («Львовой-Беловой» -> «Львова-Белова»): each part's likeliest reading, a part
    that reads as none kept as written."""
    parts = surname.split("-")
    if len(parts) == 1:
        return _part_readings(surname, gender, case)
    chosen: list[str] = []
    for part in parts:
        found = _part_readings(part, gender, case)
        chosen.append(max(found, key=lambda c: _surname_rank(c, part, gender, case), default=part))
    return ["-".join(chosen)]


def _part_readings(word: str, gender: Gender, case: int) -> list[str]:
    return [c for c in sorted(_candidates(word)) if surname_cases(c, gender)[case] == word]


# A man's surname in the instrumental after a consonant: "Терзичем", "Додиком".
_INSTRUMENTAL_ENDINGS = tuple(f"{c}{e}" for c in "бвгджзклмнпрстфхцчшщ" for e in ("ем", "ом"))


def nominative(words: list[str]) -> list[str] | None:
    """The nominative of a Russian name met in some case, or None if no reading fits.

    ``["сергея", "брилёва"]`` -> ``["сергей", "брилёв"]``; ``["марии", "захаровой"]`` ->
    ``["мария", "захарова"]``; a patronymic may stand between (``["сергея", "викторовича",
    "лаврова"]``). All words must stand in one case, with the first name's gender. Readings are
    ranked: a common first name, a first name ending as nominatives do, a surname ending as a
    man's or a woman's does, then the one already in the nominative.

    Args:
        words: A first name, an optional patronymic and a surname, lower case, Cyrillic.

    Returns:
        The same words in the nominative, or None.
    """
    if not 2 <= len(words) <= 3 or not all(words):
        return None
    first, surname = words[0], words[-1]
    middle = words[1] if len(words) == 3 else None
    best: tuple[tuple[bool, ...], list[str]] | None = None
    # A surname ending in the instrumental after a consonant ("Терзичем") is read so when the
    # first name is in the instrumental too ("Драгомиром") or indeclinable ("Славенко"): no
    # nominative ends so.
    instrumental = surname.endswith(_INSTRUMENTAL_ENDINGS) and (
        first.endswith(("ом", "ем", "ём")) or len(set(first_name_cases(first))) == 1
    )
    for nom_first, gender, case in _readings(first):
        nom_middle = None
        if middle is not None:
            for candidate in sorted(_candidates(middle)):
                cases = _patronymic_cases(candidate)
                if cases and cases[case] == middle:
                    nom_middle = candidate
                    break
            if nom_middle is None:
                continue
        for nom_surname in _surname_readings(surname, gender, case):
            rank = (
                nom_first in _COMMON_FIRST_NAMES,
                nom_first[-1:] not in "иыеуюо",  # "Ирита", not "Ириты"
                not instrumental or case == 4,
                *_surname_rank(nom_surname, surname, gender, case),
                case == 0,
            )
            result = [nom_first, *([nom_middle] if nom_middle else []), nom_surname]
            if best is None or rank > best[0]:
                best = (rank, result)
    return best[1] if best else None


def all_forms(first: str, surname: str) -> set[str]:
    """Every "first surname" form of a name in the six cases (lower case)."""
    gender = _gender_of_first(first)
    return {
        f"{a} {b}"
        for a, b in zip(first_name_cases(first), surname_cases(surname, gender), strict=True)
    }


def surname_forms_of_latin(first: str, surname: str, cyrillic: str | None = None) -> Cases:
    """The Russian case forms of a surname that the corpus spells in Latin letters.

    Speakers' names are kept in Latin letters ("Nikolay Zyatkov"); a Russian question names
    them in Cyrillic, in whatever case the sentence needs ("Зятькову"). The surname is spelt
    back in Cyrillic (:func:`retrieval.translit.to_cyrillic`; "-sky" as "-ский") and declined
    for the gender of the first name.

    Args:
        first: The first name as the corpus spells it ("Nikolay").
        surname: The surname as the corpus spells it ("Zyatkov").
        cyrillic: The surname's Russian spelling where it is known (a known official's:
            "Nebenzia" is «Небензя», not letter by letter «Небенциа»).

    Returns:
        Lower-case Cyrillic forms, nominative first (``("зятков", "зяткова", ...)``).
    """
    latin = surname.lower()
    if cyrillic is not None:
        return surname_cases(cyrillic, _gender_of_first(to_cyrillic(first).lower()))
    # The Russian adjective's endings, which letter-by-letter spelling gets wrong:
    # "Maksimovskaya" is "-ская", "Polyansky" "-ский".
    if latin.endswith("aya"):
        cyrillic = to_cyrillic(latin[:-3]) + "ая"
    else:
        cyrillic = to_cyrillic(latin)
        if cyrillic.endswith(("ски", "цки")):
            cyrillic += "й"
    return surname_cases(cyrillic, _gender_of_first(to_cyrillic(first).lower()))
