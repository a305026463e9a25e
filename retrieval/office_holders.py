"""Whom "the Kremlin spokesman" names: the holders of Russia's main posts and their years.

A question gives the one who spoke by post as often as by name ("What did the Kremlin
spokesman say ...", «по словам официального представителя МИД», "according to the Russian
foreign minister"). Those posts had one holder at a time; among the speakers the corpus
quotes, the post names those who held it in the question's years (any of them when it gives
none). Ambassadors' posts are :mod:`retrieval.posted_ambassadors`'.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Final

from retrieval.posted_ambassadors import spoken_of

__all__ = ["OFFICE_HOLDERS", "office_holders", "office_phrases"]

# Holders' years are inclusive: the year a post changed hands counts for both.
_NOW: Final = dt.date.today().year

# "Russia's", "Russian", "the"; «России», «РФ», «российского» around a post's words.
_RU_OF: Final = r"(?:\s+(?:россии|рф|российской\s+федерации))?"
_EN_RUSSIAN: Final = r"(?:(?:the\s+)?(?:russia'?s?|russian)\s+)"

#: Posts, each with the patterns that name it (lower case, one regex) and its holders.
OFFICE_HOLDERS: Final[tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...]] = (
    (
        r"kremlin(?:'s)?\s+(?:spokes(?:wo)?man|spokesperson|press\s+secretary)"
        r"|(?:presidential|putin'?s)\s+(?:spokes(?:wo)?man|press\s+secretary)"
        r"|press\s+secretary\s+(?:of|to)\s+the\s+(?:russian\s+)?president"
        r"|пресс-секретар[а-яё]*\s+(?:кремля|президента" + _RU_OF + r"|путина|главы\s+государства)",
        (
            ("Dmitry Peskov", 2012, _NOW),
            ("Natalya Timakova", 2008, 2012),
            ("Alexei Gromov", 2000, 2008),
        ),
    ),
    (
        _EN_RUSSIAN + r"?(?:foreign\s+ministry|mfa)\s+(?:spokes(?:wo)?man|spokesperson)"
        r"|spokes(?:wo)?man\s+(?:of|for)\s+the\s+(?:russian\s+)?foreign\s+ministry"
        r"|официальн[а-яё]*\s+представител[а-яё]*\s+(?:мида?|министерства\s+иностранных\s+дел)"
        + _RU_OF
        + r"|(?:представител[а-яё]*|пресс-секретар[а-яё]*)\s+мида?"
        + _RU_OF,
        (
            ("Maria Zakharova", 2015, _NOW),
            ("Alexander Lukashevich", 2011, 2015),
            ("Andrey Nesterenko", 2008, 2011),
            ("Mikhail Kamynin", 2005, 2008),
            ("Alexander Yakovenko", 2000, 2005),
        ),
    ),
    (
        _EN_RUSSIAN + r"(?:foreign\s+minister|top\s+diplomat)"
        r"|foreign\s+minister\s+of\s+russia"
        r"|(?:глав[а-яё]*|руководител[а-яё]*)\s+(?:мида?" + _RU_OF + r"|российского\s+мида?"
        r"|российской\s+дипломатии)"
        r"|министр[а-яё]*\s+иностранных\s+дел" + _RU_OF,
        (("Sergey Lavrov", 2004, _NOW), ("Igor Ivanov", 1998, 2004)),
    ),
    (
        _EN_RUSSIAN + r"(?:defen[cs]e\s+minister|minister\s+of\s+defen[cs]e)"
        r"|(?:министр[а-яё]*\s+обороны|глав[а-яё]*\s+минобороны)" + _RU_OF,
        (
            ("Andrei Belousov", 2024, _NOW),
            ("Sergei Shoigu", 2012, 2024),
            ("Anatoly Serdyukov", 2007, 2012),
            ("Sergei Ivanov", 2001, 2007),
        ),
    ),
    (
        # The President's aide for foreign policy: "Putin's foreign policy aide", "the Kremlin's
        # top foreign policy adviser", «помощник президента по внешней политике».
        r"(?:putin'?s|presidential|kremlin'?s?|the\s+president'?s)\s+(?:top\s+|chief\s+)?"
        r"foreign[\s-]policy\s+(?:aide|adviser|advisor|assistant)"
        r"|(?:помощник|советник)[а-яё]*\s+(?:президента" + _RU_OF + r"|путина|главы\s+государства)"
        r"\s+по\s+(?:внешней\s+политике|международным\s+(?:вопросам|делам))",
        (("Yuri Ushakov", 2012, _NOW), ("Sergei Prikhodko", 2004, 2012)),
    ),
    (
        _EN_RUSSIAN + r"?security\s+council\s+secretary"
        r"|secretary\s+of\s+(?:the\s+)?(?:russian\s+)?security\s+council"
        r"|секретар[а-яё]*\s+(?:совбеза|совета\s+безопасности)" + _RU_OF,
        (
            ("Sergei Shoigu", 2024, _NOW),
            ("Nikolai Patrushev", 2008, 2024),
            ("Igor Ivanov", 2004, 2007),
        ),
    ),
)

_PATTERNS: Final = tuple(
    (re.compile(rf"(?<![^\W\d_])(?:{pattern})(?![^\W\d_])", re.IGNORECASE), holders)
    for pattern, holders in OFFICE_HOLDERS
)
# Words before a post that make it what is asked about or spoken to ("about the Kremlin
# spokesman", «с главой МИД»; «по словам» puts it in the genitive with no preposition), an
# article or Russia between them and the post (see posted_ambassadors.spoken_of).
_OBJECT_BEFORE_RE: Final = re.compile(
    r"(?<![^\W\d_])(?:about|on|with|of|to|for|from|against|at|by|"
    r"о|об|обо|с|со|к|ко|про|для|от|у|на|при|за)\s+(?:the\s+|russia'?s\s+|the\s+russian\s+)?$",
    re.IGNORECASE,
)
# A post owning a thing ("the foreign minister's visit") is what the question is about; one
# with a capitalised word after it is another country's («глава МИД Турции») or names its
# holder (then the name is read, not the post).
_AFTER_RE: Final = re.compile(r"^(?:['’]s?(?![^\W\d_])|\s+(?-i:[A-ZА-ЯЁ]))", re.IGNORECASE)


def office_phrases(question: str) -> list[tuple[int, tuple[tuple[str, int, int], ...], int]]:
    """Where a question names one of the posts of :data:`OFFICE_HOLDERS` as the one who
    spoke: ``(start, holders, end)`` per post, in the question's order."""
    found = []
    for pattern, holders in _PATTERNS:
        for match in pattern.finditer(question):
            if spoken_of(question[: match.start()], _OBJECT_BEFORE_RE):
                continue
            if _AFTER_RE.match(question[match.end() :]):
                continue
            found.append((match.start(), holders, match.end()))
    return sorted(found)


def office_holders(
    question: str,
    present: Iterable[str],
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> tuple[str, ...]:
    """The speakers of ``present`` who held the post the question names as its speaker's
    (the first such post) in the years ``date_from``..``date_to`` give, any years without
    them; in name order. None of them: an empty tuple (the question is then left as it is)."""
    speakers = set(present)
    first = date_from.year if date_from else None
    last = date_to.year if date_to else None
    for _, holders, _ in office_phrases(question):
        held = {
            name
            for name, start, end in holders
            if name in speakers
            and (first is None or end >= first)
            and (last is None or start <= last)
        }
        if held:
            return tuple(sorted(held))
    return ()
