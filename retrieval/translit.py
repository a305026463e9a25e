"""Transliteration between Russian Cyrillic and Latin letters, for names.

The one home of the rules that let a name cross scripts: ``Лавров`` and ``Lavrov``,
``Захарова`` and ``Zakharova``, ``Ашкенази`` and ``Ashkenazi``.

* Cyrillic to Latin has one home, :func:`retrieval.text.transliterate` (the way the Foreign
  Ministry's English pages spell Russian names), which speaker names use too.
* :func:`to_cyrillic` writes a Latin name in Cyrillic letters the way Russian pages spell foreign
  and Russian names (``sh`` -> ``ш``, ``j`` -> ``дж``, ``ya`` -> ``я``), with a short table of
  well-known names spelled by their sound (``Trump`` -> ``Трамп``); a Chinese name in Pinyin is
  spelled by the Palladius system Russian pages use (``Wang`` -> ``Ван``, ``Xinjiang`` ->
  ``Синьцзян``) when it has a letter no Russian name spelled in Latin has (x, q, w, j) and splits
  into Pinyin syllables.
* :func:`name_skeleton` folds a Cyrillic spelling so that the usual variants meet: ``й``, ``ы``
  as ``и``; ``э``, ``ё`` as ``е``; soft and hard signs dropped; doubled letters single
  (``Сергей``/``Sergei``, ``Эрдоган``/``Erdogan``, ``Асад``/``Assad``).

A name's key for the index is its skeleton, stemmed with the Russian stemmer by the analyzer
(:mod:`retrieval.tokenizer`), so Russian case endings (``Лаврову``, ``Захаровой``) fall away.
These functions never look at a word's meaning: they are for names and are lossy on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
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
    "chuck": "чак", "lindsey": "линдси", "snowden": "сноуден", "edward": "эдвард",
    "assange": "ассанж", "julian": "джулиан", "navalny": "навальный", "tucker": "такер",
    "kissinger": "киссинджер", "price": "прайс", "haley": "хейли", "power": "пауэр",
    "susan": "сьюзан", "rice": "райс", "joe": "джо", "wallace": "уоллес", "hunt": "хант",
    "brian": "брайан", "ryan": "райан", "kyle": "кайл", "chris": "крис",
    "christopher": "кристофер", "romney": "ромни", "graham": "грэм", "bernie": "берни",
    "mccarthy": "маккарти", "milley": "милли", "burns": "бернс", "haines": "хейнс", "wray": "рэй",
    "yellen": "йеллен", "ratcliffe": "рэтклифф", "leavitt": "ливитт", "lutnick": "латник",
    "karine": "карин", "jean": "жан", "pierre": "пьер", "greenfield": "гринфилд",
    "mogherini": "могерини", "ashton": "эштон", "juncker": "юнкер", "sefcovic": "шефчович",
    "hammond": "хэммонд", "steinmeier": "штайнмайер", "lecornu": "лекорню",
    "morawiecki": "моравецкий", "klitschko": "кличко", "mattis": "мэттис",
    "milanovic": "миланович", "plenkovic": "пленкович", "honcharuk": "гончарук",
    # Ukrainian first names in Latin letters; Russian pages write their Russian forms.
    "volodymyr": "владимир", "dmytro": "дмитрий", "oleksiy": "алексей", "oleksii": "алексей",
    "oleksandr": "александр", "andriy": "андрей", "andrii": "андрей", "mykola": "николай",
    "mykhailo": "михаил", "serhiy": "сергей", "serhii": "сергей", "vasyl": "василий",
    "yuriy": "юрий", "petro": "петр",
    # Names of the Middle East, Africa and Asia as Russian pages write them.
    "aoun": "аун", "faisal": "фейсал", "nahyan": "нахайян", "shinzo": "синдзо",
    "yoshihide": "есихидэ", "yoon": "юн", "tshisekedi": "чисекеди", "mevlut": "мевлют",
    "recep": "реджеп", "ghalibaf": "галибаф", "baghaei": "багаи", "dbeibah": "дбейба",
    "akhannouch": "аханнуш", "ouattara": "уаттара", "doumbouya": "думбуя",
}  # fmt: skip

# --- Chinese names: Pinyin -> the Palladius system ------------------------------------------------

#: Pinyin initials and their Russian spelling (the Palladius system, as Russian pages write Chinese
#: names: Wang Yi / «Ван И», Li Qiang / «Ли Цян», Xinjiang / «Синьцзян»), longest first.
_PINYIN_INITIALS: Final[Mapping[str, str]] = {
    "zh": "чж", "ch": "ч", "sh": "ш", "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т",
    "n": "н", "l": "л", "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "r": "ж",
    "z": "цз", "c": "ц", "s": "с",
}  # fmt: skip
#: Pinyin finals after an initial.
_PINYIN_FINALS: Final[Mapping[str, str]] = {
    "a": "а", "o": "о", "e": "э", "i": "и", "u": "у", "ai": "ай", "ei": "эй", "ao": "ао",
    "ou": "оу", "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "ia": "я",
    "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин",
    "iong": "юн", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь",
    "uang": "уан",
}  # fmt: skip
#: Finals after j, q and x, whose "u" is "ü" (Xu / «Сюй», Jun / «Цзюнь»).
_PINYIN_UMLAUT_FINALS: Final[Mapping[str, str]] = {
    "u": "юй", "ue": "юэ", "uan": "юань", "un": "юнь",
}  # fmt: skip
#: Syllables with no initial (a name's first).
_PINYIN_BARE: Final[Mapping[str, str]] = {
    "yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь",
    "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь",
    "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь",
    "wang": "ван", "weng": "вэн", "a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао",
    "e": "э", "ei": "эй", "en": "энь", "er": "эр", "ou": "оу",
}  # fmt: skip
#: Letters a Pinyin spelling has and a Russian name spelled in Latin letters never does
#: (:func:`retrieval.text.transliterate` writes «кс» as "ks", «дж» as "dzh", «в» as "v"): only a
#: word with one is read as Pinyin (Wang, Qiang, Xinjiang, Jinping, Wuhan); the others, and
#: English names that happen to split into syllables (Long, Song, Manning), keep the general rules.
_PINYIN_MARK_RE: Final = re.compile(r"[xqwj]")
_LONGEST_FINAL: Final = 4
#: "u" glides that b, p, m and f never take.
_GLIDES_U: Final = ("ua", "uo", "ui", "un")
_DOUBLED_LATIN_RE: Final = re.compile(r"([a-z])\1")


def _pinyin_pair_allowed(initial: str, final: str) -> bool:
    """Whether Pinyin joins ``initial`` and ``final``: j, q, x take only finals that begin with
    "i" or "ü"; g, k, h, f and the retroflex and dental sibilants never take one beginning
    with "i" (but "zhi", "si" ...); b, p, m, f take no "u" glide and no "ong", and only they take
    a bare "o". This keeps English names out (King, Jong, Mexico)."""
    if final == "o" and initial not in ("b", "p", "m", "f"):
        return False
    if initial in ("j", "q", "x"):
        return final.startswith("i") or final in _PINYIN_UMLAUT_FINALS
    if initial in ("g", "k", "h", "f") and final.startswith("i"):
        return False
    if initial in ("zh", "ch", "sh", "r", "z", "c", "s") and final.startswith("i") and final != "i":
        return False
    return not (initial in ("b", "p", "m", "f") and (final == "ong" or final[:2] in _GLIDES_U))


def _syllables_at(word: str, start: int) -> Iterator[tuple[int, str]]:
    """The Pinyin syllables ``word`` may have at ``start``, longest first: (length, Cyrillic)."""
    if start == 0 or word[start] in "yw":
        for size in range(_LONGEST_FINAL, 0, -1):
            bare = word[start : start + size]
            if len(bare) == size and bare in _PINYIN_BARE:
                yield size, _PINYIN_BARE[bare]
    initial = next((i for i in _PINYIN_INITIALS if word.startswith(i, start)), None)
    if initial is None:
        return
    after = start + len(initial)
    for size in range(_LONGEST_FINAL, 0, -1):
        final = word[after : after + size]
        if len(final) == size and _pinyin_pair_allowed(initial, final):
            umlaut = _PINYIN_UMLAUT_FINALS.get(final) if initial in ("j", "q", "x") else None
            sound = umlaut or _PINYIN_FINALS.get(final)
            if sound:
                yield len(initial) + size, _PINYIN_INITIALS[initial] + sound


def _palladius(word: str) -> str | None:
    """A lower-case Latin word read as a Chinese name in Pinyin, spelled in Cyrillic by the
    Palladius system; None if it has no mark of Pinyin (_PINYIN_MARK_RE), a doubled letter, or
    does not split into Pinyin syllables."""
    if not _PINYIN_MARK_RE.search(word) or _DOUBLED_LATIN_RE.search(word):
        return None
    # The spelling of word[start:] by its start, None where it does not split.
    spelled: dict[int, str | None] = {len(word): ""}
    for start in range(len(word) - 1, -1, -1):
        spelled[start] = next(
            (
                cyrillic + tail
                for size, cyrillic in _syllables_at(word, start)
                if (tail := spelled.get(start + size)) is not None
            ),
            None,
        )
    return spelled[0]


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
    known = NAME_SPELLINGS.get(lower) or _palladius(lower)
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
