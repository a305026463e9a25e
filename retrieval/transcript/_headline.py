"""A headline that quotes its speaker: the quote is the speaker's words as well as the title.

News sites put the speaker's own words in the headline: «Мы привыкшие»: Лавров о санкциях (RT),
"We will not allow it" — Peskov on ..., Лавров: «Без ведома хозяев ...». The page's text may
never repeat them, so they are kept as a passage of the title's speaker (the title stays the
title).
"""

from __future__ import annotations

import re

from retrieval.russian_names import nominative
from retrieval.speakers import KnownSpeaker, find_known_speaker
from retrieval.text import has_cyrillic, label_key
from retrieval.transcript._reported import first_person

# «quote»: Speaker on ...   /   "quote" — Speaker   /   «quote», — заявил Speaker
_QUOTE_FIRST_RE = re.compile(
    r"^[«\"“„](?P<quote>[^«»\"“”„]{3,300}?)[»\"”“]\s*(?::|,?\s*[—–-])\s*(?P<rest>\S.*)$"
)
# Speaker: «quote»
_QUOTE_LAST_RE = re.compile(
    r"^(?P<rest>[^:«»\"“”„]{2,80}):\s*[«\"“„](?P<quote>[^«»\"“”„]{3,300})[»\"”“][.!?…]?$"
)
#: A headline quote this short is speech only when it says "I" or "we" ("«Мы привыкшие»",
#: RT); otherwise it may be a name or a term ("«Сила Сибири»", "«Северный поток»").
_SHORT_WORDS = 3
# Where the speaker's name ends in the rest of a headline: "Лавров — о ...", "Peskov on ...".
_NAME_END_RE = re.compile(r"\s[—–-]\s|\s(?:о|об|про|on|about|over)\s|[:,;(]")
# The event the quote was said at, before its speaker's name in the genitive: «...»: брифинг
# Марии Захаровой (RT), "...": interview of ...
_EVENT_OF_RE = re.compile(
    r"^(?:брифинг|интервью|выступление|пресс-конференция|речь|briefing|interview|speech|"
    r"press conference)\s+(?:(?:of|by)\s+)?(?P<name>\S+(?:\s+\S+){1,2})$",
    re.IGNORECASE,
)


def headline_quote(title: str, speaker: str) -> str | None:
    """The words a title quotes as ``speaker``'s, or None.

    Args:
        title: The page's title.
        speaker: The speaker the title names (:func:`._reported.headline_speaker`).

    Returns:
        The quoted words without their quote marks, when the rest of the title opens with the
        speaker's name in the nominative (the one who says it, not "на слова Лаврова").
    """
    match = _QUOTE_FIRST_RE.match(title.strip()) or _QUOTE_LAST_RE.match(title.strip())
    if match is None:
        return None
    quote = match.group("quote").strip()
    words = len(quote.split())
    if words < 2 or (words <= _SHORT_WORDS and not first_person(quote)):
        return None
    name = _NAME_END_RE.split(match.group("rest"), maxsplit=1)[0]
    known = find_known_speaker(name) or _event_speaker(match.group("rest").strip())
    return quote if known is not None and known.name == speaker else None


def _event_speaker(rest: str) -> KnownSpeaker | None:
    """The known speaker of "брифинг Марии Захаровой" / "interview of Sergey Lavrov"."""
    event = _EVENT_OF_RE.match(rest)
    if event is None:
        return None
    words = event.group("name").split()
    cases = nominative([w.lower() for w in words]) if has_cyrillic(rest) else None
    return find_known_speaker(" ".join(cases) if cases else " ".join(words))


def said_in(quote: str, paragraphs: list[str]) -> bool:
    """Whether the page's text already gives the quoted words."""
    key = label_key(quote)
    return any(key in label_key(paragraph) for paragraph in paragraphs)
