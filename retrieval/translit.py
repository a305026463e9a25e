"""Transliteration between Russian Cyrillic and Latin letters, for names.

The one home of the rules that let a name cross scripts: ``Лавров`` and ``Lavrov``,
``Захарова`` and ``Zakharova``, ``Ашкенази`` and ``Ashkenazi``.

* Cyrillic to Latin has one home, :func:`retrieval.text.transliterate` (the way the Foreign
  Ministry's English pages spell Russian names), which speaker names use too.
* :func:`to_cyrillic` writes a Latin name in Cyrillic letters the way Russian pages spell foreign
  and Russian names (``sh`` -> ``ш``, ``j`` -> ``дж``, ``ya`` -> ``я``), with a short table of
  well-known names spelled by their sound (``Trump`` -> ``Трамп``).
* :func:`name_skeleton` folds a Cyrillic spelling so that the usual variants meet: ``й``, ``ы``
  as ``и``; ``э``, ``ё`` as ``е``; soft and hard signs dropped; doubled letters single
  (``Сергей``/``Sergei``, ``Эрдоган``/``Erdogan``, ``Асад``/``Assad``).

A name's key for the index is its skeleton, stemmed with the Russian stemmer by the analyzer
(:mod:`retrieval.tokenizer`), so Russian case endings (``Лаврову``, ``Захаровой``) fall away.
These functions never look at a word's meaning: they are for names and are lossy on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

__all__ = ["NAME_SPELLINGS", "name_skeleton", "to_cyrillic"]

# --- Latin -> Cyrillic --------------------------------------------------------------------------

#: Well-known names whose Russian spelling follows their sound rather than their letters
#: (lower case, Latin -> Cyrillic). Facts of spelling, as Russian news pages write them.
NAME_SPELLINGS: Final[Mapping[str, str]] = {
    "trump": "трамп", "biden": "байден", "guterres": "гутерриш", "scholz": "шольц",
    "xi": "си", "jinping": "цзиньпин", "boris": "борис", "blair": "блэр", "brown": "браун",
    "hague": "хейг", "johnson": "джонсон", "truss": "трасс", "sunak": "сунак", "starmer": "стармер",
    "cameron": "кэмерон", "may": "мэй", "macron": "макрон", "hollande": "олланд",
    "sarkozy": "саркози", "lavrov": "лавров", "pompeo": "помпео", "rubio": "рубио",
    "vance": "вэнс", "witkoff": "уиткофф", "kellogg": "келлог", "harris": "харрис",
    "obama": "обама", "bush": "буш", "clinton": "клинтон", "kerry": "керри",
    "tillerson": "тиллерсон", "sullivan": "салливан", "austin": "остин", "nuland": "нуланд",
    "borrell": "боррель", "kallas": "каллас", "leyen": "ляйен", "michel": "мишель",
    "stoltenberg": "столтенберг", "rutte": "рютте", "erdogan": "эрдоган",
    "cavusoglu": "чавушоглу", "fidan": "фидан", "netanyahu": "нетаньяху", "zelensky": "зеленский",
    "zelenskyy": "зеленский", "kuleba": "кулеба", "sybiha": "сибига", "yermak": "ермак",
    "comey": "коми", "mueller": "мюллер", "musk": "маск", "hunter": "хантер",
    "hegseth": "хегсет", "waltz": "уолц", "mcconnell": "макконнелл",
    "james": "джеймс", "john": "джон", "george": "джордж", "michael": "майкл", "mike": "майк",
    "david": "дэвид", "nancy": "нэнси", "jake": "джейк", "steve": "стив", "steven": "стивен",
    "anthony": "энтони", "antony": "энтони", "jens": "йенс", "charles": "чарльз",
    "william": "уильям", "elon": "илон", "keir": "кир", "emmanuel": "эммануэль",
    "theresa": "тереза", "jeffrey": "джеффри", "jack": "джек", "josep": "жозеп",
    "matthew": "мэттью", "andrew": "эндрю", "joseph": "джозеф", "pete": "пит", "mitch": "митч",
    "chuck": "чак", "lindsey": "линдси",
}  # fmt: skip

# Longest spellings first, so "shch" is read before "sh" and "ya" before "y".
_TO_CYRILLIC: Final[tuple[tuple[str, str], ...]] = tuple(
    sorted(
        {
            "shch": "щ", "sch": "ш", "zh": "ж", "kh": "х", "ch": "ч", "sh": "ш", "ts": "ц",
            "tz": "ц", "ph": "ф", "th": "т", "ck": "к", "qu": "кв", "ee": "и", "oo": "у",
            "ya": "я", "ia": "иа", "yu": "ю", "yo": "е", "ye": "е", "ay": "ай", "ey": "ей",
            "oy": "ой", "iy": "ий", "uy": "уй",
            "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х",
            "i": "и", "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
            "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс",
            "y": "и", "z": "з",
        }.items(),
        key=lambda pair: -len(pair[0]),
    )
)  # fmt: skip
_CYRILLIC_RE: Final = re.compile("|".join(re.escape(latin) for latin, _ in _TO_CYRILLIC))
_CYRILLIC_OF: Final[Mapping[str, str]] = dict(_TO_CYRILLIC)
_LATIN_WORD_RE: Final = re.compile(r"[A-Za-z]+")
# "c" before e, i, y sounds as "s" (Vance, Francis); "ia" at the end of a word is "ия" (Syria).
_SOFT_C_RE: Final = re.compile(r"c(?=[eiy])")
_FINAL_IA_RE: Final = re.compile(r"ia$")
# "ei" at the end of a name is "ей" (Sergei, Andrei, Alexei).
_FINAL_EI_RE: Final = re.compile(r"ei$")
# "y" between vowels starts an iotated vowel, not an "ай" before it (Mayakovsky, Nikolayev,
# Sergeyev, Soyuz: Маяковский, Николаев, Сергеев, Союз).
_IOTATED_RE: Final = re.compile(r"(?<=[aeiou])y([aeu])")
_IOTATED_OF: Final[Mapping[str, str]] = {"a": "я", "e": "е", "u": "ю"}


def _cyrillic_word(word: str) -> str:
    lower = word.lower()
    known = NAME_SPELLINGS.get(lower)
    if known is None:
        lower = _FINAL_IA_RE.sub("iя", _SOFT_C_RE.sub("s", lower))
        lower = _FINAL_EI_RE.sub("eй", lower)
        lower = _IOTATED_RE.sub(lambda m: _IOTATED_OF[m.group(1)], lower)
        known = _CYRILLIC_RE.sub(lambda m: _CYRILLIC_OF[m.group()], lower)
    return known.capitalize() if word[:1].isupper() else known


def to_cyrillic(text: str) -> str:
    """Latin letters of names in Cyrillic letters; every other character is kept.

    Args:
        text: Any text (``"Zakharova"``, ``"Donald Trump"``).

    Returns:
        The text with each run of ASCII letters spelled in Cyrillic (``"Захарова"``,
        ``"Доналд Трамп"``); a word that starts with a capital keeps it.
    """
    return _LATIN_WORD_RE.sub(lambda m: _cyrillic_word(m.group()), text)


# --- the skeleton both spellings meet at --------------------------------------------------------

_SKELETON_TABLE: Final = str.maketrans({"й": "и", "ы": "и", "э": "е", "ё": "е", "ь": "", "ъ": ""})
_DOUBLE_RE: Final = re.compile(r"(.)\1+")


def name_skeleton(cyrillic: str) -> str:
    """A lower-case Cyrillic spelling folded so that its usual variants meet.

    Args:
        cyrillic: A name in Cyrillic letters (lower case), as written or as
            :func:`to_cyrillic` spelled it.

    Returns:
        The spelling with ``й``/``ы`` as ``и``, ``э``/``ё`` as ``е``, soft and hard signs
        dropped and doubled letters single: ``"сергей"`` and ``"сергеи"`` both give
        ``"сергеи"``; ``"нетаньяху"`` gives ``"нетаняху"``.
    """
    return _DOUBLE_RE.sub(r"\1", cyrillic.translate(_SKELETON_TABLE))
