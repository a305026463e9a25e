"""One person's name in the several Latin spellings that pages give it.

English pages write a Russian name by different customs: the Foreign Ministry's site writes
"Nikolay", "Alexey", "Fedorov"; wire services "Nikolai", "Alexei"; a translated agency story
"Fyodorov". Names outside the speaker table keep the page's spelling, so one ambassador could
be three speakers. :func:`spelling_key` folds the letters those customs disagree on, and
:func:`preferred` picks the one spelling a corpus shows for all of them, word by word as most
of its pages write each.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from retrieval.text import transliterate

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


# A foreign name a Russian page gives in Cyrillic comes back from transliteration by Russian
# rules ("Жоэл Мачаду" -> "Zhoel Machadu", "Тиагу Рибейру" -> "Tiagu Ribeyru") where an English
# page writes it by the person's own ("Joel Machado", "Tiago Ribeiro"): the letters those two
# disagree on, folded on top of :func:`spelling_key`'s.
_SCRIPT_LETTERS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("y", "i"))
_DOUBLED_RE = re.compile(r"([a-z])\1")
# Marks of a Russian transliteration, a spelling shown only when no other is at hand.
_TRANSLITERATED_RE = re.compile(r"zh|kh|dzh|u\b")


def script_key(name: str) -> tuple[str, ...]:
    """:func:`spelling_key` with the letters of a Russian transliteration of a foreign name
    folded as well: "Zhoel Machadu" and "Joel Machado" give one key (a final "-u" read as
    "-o", "zh" as "j", "y" as "i", doubled letters as one)."""
    words = []
    for word in spelling_key(name):
        for old, new in _SCRIPT_LETTERS:
            word = word.replace(old, new)
        word = _DOUBLED_RE.sub(r"\1", word)
        words.append(word[:-1] + "o" if word.endswith("u") and len(word) > 3 else word)
    return tuple(words)


def least_transliterated(spellings: Iterable[str]) -> str:
    """Of one person's spellings, the one least like a Russian transliteration ("Joel Machado"
    over "Zhoel Machadu"), the first in alphabetical order of those alike."""
    return min(sorted(spellings), key=lambda name: len(_TRANSLITERATED_RE.findall(name.lower())))


def _customs(name: str) -> int:
    folded = name.casefold()
    return len(_TABLE_CUSTOMS_RE.findall(folded)) - len(_OTHER_CUSTOMS_RE.findall(folded))


def preferred(spellings: Iterable[str], documents: Mapping[str, int]) -> str:
    """The spelling to show for one person, word by word: each word as most documents spell
    it, then as the speaker table's customs do, then the first in alphabetical order
    ("Nikolay Nozdrev", "Nikolai Nozdrev" and "Nikolai Nozdryov" on one page each give
    "Nikolai Nozdrev": two pages write "Nikolai", two "Nozdrev").

    Args:
        spellings: The person's spellings (one :func:`spelling_key`, so as many words each).
        documents: How many documents use each spelling.
    """
    names = sorted(set(spellings))
    counts: list[Counter[str]] = []
    for name in names:
        for at, word in enumerate(name.split()):
            if at == len(counts):
                counts.append(Counter())
            counts[at][word] += documents.get(name, 0)
    return " ".join(min(count, key=_most_written(count)) for count in counts)


def _most_written(count: Counter[str]) -> Callable[[str], tuple[int, int, str]]:
    """The order of a word's spellings: most documents first, then the table's customs."""
    return lambda word: (-count[word], -_customs(word), word)


# Russian first names as English pages write them by other customs than the Foreign
# Ministry's (wire services, translations): each spelling -> the name in Cyrillic, whose
# transliteration (retrieval.text.transliterate, the Ministry's custom) is shown. Only
# spellings no other language's name has: "Elena", "Natalia" may be Spanish or Italian.
_RUSSIAN_FIRST_NAME_SPELLINGS = {
    "sergei": "Сергей", "andrei": "Андрей", "alexei": "Алексей", "aleksei": "Алексей",
    "aleksey": "Алексей", "dmitri": "Дмитрий", "dmitriy": "Дмитрий", "dmitrii": "Дмитрий",
    "yuri": "Юрий", "yuriy": "Юрий", "iurii": "Юрий", "nikolai": "Николай", "evgeny": "Евгений",
    "evgeniy": "Евгений", "yevgeniy": "Евгений", "vasiliy": "Василий", "vassily": "Василий",
    "anatoliy": "Анатолий", "valeriy": "Валерий", "gennadiy": "Геннадий", "gennadi": "Геннадий",
    "georgiy": "Георгий", "georgi": "Георгий", "vitaliy": "Виталий", "vitali": "Виталий",
    "grigoriy": "Григорий", "arkadiy": "Аркадий", "aleksandr": "Александр",
    "alexandr": "Александр", "matvei": "Матвей", "timofei": "Тимофей", "petr": "Пётр",
    "ekaterina": "Екатерина", "mariya": "Мария",
}  # fmt: skip


def customary_first_name(name: str) -> str:
    """A name whose first word is a Russian first name spelt by another custom, with that word
    as the Foreign Ministry spells it ("Yuri Klimenko" -> "Yury Klimenko", "Sergei Kislyak"
    -> "Sergey Kislyak"); any other name as it is."""
    first, _, rest = name.partition(" ")
    russian = _RUSSIAN_FIRST_NAME_SPELLINGS.get(first.casefold())
    if russian is None or not rest:
        return name
    return f"{transliterate(russian)} {rest}"


# The Foreign Ministry's spellings of the first names the wires and most English news spell
# otherwise (Sergey Lavrov, but Sergei Sobyanin, Alexei Miller): those of English news.
_NEWS_FIRST_NAMES = {
    "sergey": "Sergei", "alexey": "Alexei", "aleksey": "Alexei", "andrey": "Andrei",
    "yury": "Yuri", "yuriy": "Yuri", "nikolay": "Nikolai",
}  # fmt: skip


def news_first_name(name: str) -> str:
    """A name whose first word is one of those first names in the Ministry's spelling, with
    that word as English news spells it ("Sergey Sobyanin" -> "Sergei Sobyanin"); any other
    name as it is."""
    first, _, rest = name.partition(" ")
    news = _NEWS_FIRST_NAMES.get(first.casefold())
    return f"{news} {rest}" if news and rest else name
