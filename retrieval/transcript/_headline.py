"""A headline that quotes its speaker: the quote is the speaker's words as well as the title.

News sites put the speaker's own words in the headline: «Мы привыкшие»: Лавров о санкциях (RT),
"We will not allow it" — Peskov on ..., Лавров: «Без ведома хозяев ...». The page's text may
never repeat them, so they are kept as a passage of the title's speaker (the title stays the
title).
"""

from __future__ import annotations

import re

from retrieval.russian_names import nominative
from retrieval.speakers import KnownSpeaker, find_known_speaker, is_post_word
from retrieval.text import has_cyrillic, label_key
from retrieval.transcript._quote_marks import mask_quotes
from retrieval.transcript._sentence_sayer import (
    first_person,
    has_say_verb,
    sentence_sayer,
    speaks_for_self,
)

# «quote»: Speaker on ...   /   "quote" — Speaker   /   «quote», — заявил Speaker
_QUOTE_FIRST_RE = re.compile(
    r"^[«\"“„](?P<quote>[^«»\"“”„]{3,300}?)[»\"”“]\s*(?::|,?\s*[—–-])\s*(?P<rest>\S.*)$"
)
# Speaker: «quote»
# (Maybe with the outlet he told it after a dash: 'Михаил Зурабов - "Комсомольской правде":
# "Язык у нас ... один"'.)
_QUOTE_LAST_RE = re.compile(
    r"^(?P<rest>[^:«»\"“”„]{2,80}?)(?:\s+[—–-]\s+[«\"“„][^«»\"“”„:]{2,40}[»\"”“])?:\s*"
    r"[«\"“„](?P<quote>[^«»\"“”„]{3,300})[»\"”“][.!?…]?$"
)
#: A headline quote this short is speech when it says "I" or "we" ("«Мы привыкшие»", RT), or
#: when it is no name ("«Классическая дезинформация»": lower case after its first word) that
#: the text never uses (a term the story is about, "«Северный поток»", it names again).
_SHORT_WORDS = 3
#: Words are matched to the text's by this many first letters (Russian case forms differ
#: in their endings: "классическая" / "классической").
_STEM_LETTERS = 5
# Where the speaker's name ends in the rest of a headline: "Лавров — о ...", "Peskov on ...",
# "Путин на переговорах с ...", "Lavrov at the talks with ...".
_NAME_END_RE = re.compile(
    r"\s[—–-]\s|\s(?:о|об|про|на|в|во|после|on|about|over|at|in|during|after)\s|[:,;(]"
)
# The event the quote was said at, before its speaker's name in the genitive: «...»: брифинг
# Марии Захаровой (RT), "...": interview of ...
_EVENT_OF_RE = re.compile(
    r"^(?:брифинг|интервью|выступление|пресс-конференция|речь|briefing|interview|speech|"
    r"press conference)\s+(?:(?:of|by)\s+)?(?P<name>\S+(?:\s+\S+){1,2})$",
    re.IGNORECASE,
)


def headline_quote(title: str, speaker: str, paragraphs: list[str]) -> str | None:
    """The words a title quotes as ``speaker``'s, or None.

    Args:
        title: The page's title.
        speaker: The speaker the title names (:func:`._sentence_sayer.headline_speaker`).
        paragraphs: The page's text (a short quote it names again is a term, not speech).

    Returns:
        The quoted words without their quote marks, when the rest of the title opens with the
        speaker's name in the nominative (the one who says it, not "на слова Лаврова").
    """
    match = _QUOTE_FIRST_RE.match(title.strip()) or _QUOTE_LAST_RE.match(title.strip())
    if match is None:
        return _first_person_after_name(title, speaker) or _quote_said_in_title(title, speaker)
    quote = match.group("quote").strip()
    words = quote.split()
    if len(words) < 2:
        return None
    if len(words) <= _SHORT_WORDS and not first_person(quote):
        lower = all(word[:1].islower() for word in words[1:])
        if not lower or _named_in(words, paragraphs):
            return None
    name = _NAME_END_RE.split(match.group("rest"), maxsplit=1)[0]
    known = find_known_speaker(name) or _event_speaker(match.group("rest").strip())
    return quote if known is not None and known.name == speaker else None


def posted_headline_quote(title: str) -> str | None:
    """The words a headline quotes as someone's it names by post only ("«За 20 лет сделано
    очень многое»: посол России в Белоруссии — о ..."), for the one person the page gives
    words to; None for any other title."""
    match = _QUOTE_FIRST_RE.match(title.strip())
    if match is None or len(match.group("quote").split()) <= _SHORT_WORDS:
        return None
    words = match.group("rest").split()
    return match.group("quote").strip() if words and is_post_word(label_key(words[0])) else None


# A headline of a name, a colon and the words after it: "Лавров: в наших отношениях с ...".
_NAME_COLON_RE = re.compile(r"^(?P<name>[^:«»\"“”]{3,40}):\s+(?P<words>[^«»\"“”]{12,})$")


def _first_person_after_name(title: str, speaker: str) -> str | None:
    """The words of a headline "Name: words" that speak in the first person ("Лавров: в
    наших отношениях с Лондоном уже нет никакого поля для маневра"): his own words without
    quote marks; None for a headline that only tells what he said ("Лавров: Москва ждет
    ответа")."""
    match = _NAME_COLON_RE.match(title.strip())
    if match is None or not speaks_for_self(match.group("words")):
        return None
    known = find_known_speaker(match.group("name").strip())
    return match.group("words").strip() if known is not None and known.name == speaker else None


# A lead sentence taken as the title, ending on the words it quotes: «Первый заместитель
# постоянного представителя ... Дмитрий Полянский отметил, что это «будет хорошая ...»».
_SAID_QUOTE_END_RE = re.compile(r"[«\"“„](?P<quote>[^«»\"“”„]{20,400})[»\"”“][.!?…]?$")
#: Such a quote has this many words at least (a short one may be a term the sentence uses).
_SAID_QUOTE_WORDS = 5


def _quote_said_in_title(title: str, speaker: str) -> str | None:
    """The words a title that is a whole sentence of saying quotes at its end, when its sayer
    is ``speaker``; None otherwise."""
    match = _SAID_QUOTE_END_RE.search(title.strip())
    if match is None or len(match.group("quote").split()) < _SAID_QUOTE_WORDS:
        return None
    sayer = sentence_sayer(title.strip())
    return match.group("quote").strip() if sayer == speaker else None


def _event_speaker(rest: str) -> KnownSpeaker | None:
    """The known speaker of "брифинг Марии Захаровой" / "interview of Sergey Lavrov"."""
    event = _EVENT_OF_RE.match(rest)
    if event is None:
        return None
    words = event.group("name").split()
    cases = nominative([w.lower() for w in words]) if has_cyrillic(rest) else None
    return find_known_speaker(" ".join(cases) if cases else " ".join(words))


def _named_in(words: list[str], paragraphs: list[str]) -> bool:
    """Whether the text uses the quoted words, one after the other, in any case form."""
    stems = [re.escape(label_key(word).strip(".,!?…")[:_STEM_LETTERS]) for word in words]
    pattern = re.compile(r"(?<![^\W\d_])" + r"[^\W\d_]*\W+".join(stems))
    return any(pattern.search(label_key(paragraph)) for paragraph in paragraphs)


def said_in(quote: str, paragraphs: list[str]) -> bool:
    """Whether the page's text already gives the quoted words."""
    key = label_key(quote)
    return any(key in label_key(paragraph) for paragraph in paragraphs)


# A paragraph opening on a quote: a dash or none, then the opening mark.
_OPENING_QUOTE_RE = re.compile(r"^\s*(?:[—–-]\s*)?[«\"“„]")


def title_quote(title: str) -> str | None:
    """The words a headline quotes, folded for comparing (two words at least), or None."""
    match = _QUOTE_FIRST_RE.match(title.strip()) or _QUOTE_LAST_RE.match(title.strip())
    if match is None or len(match.group("quote").split()) < 2:
        return None
    return " ".join(match.group("quote").split()).casefold().rstrip(".!?…")


def opens_with_quote(piece: str, quote: str) -> bool:
    """Whether ``piece`` is a bare quote (no verb of saying outside its marks) that opens with
    ``quote``, the words a headline quotes (:func:`title_quote`; «Заговор в дурдоме»: Захарова
    ответила ... over «Заговор в дурдоме. Но при этом ...»): the headline's speaker's words,
    whoever spoke before them."""
    opening = _OPENING_QUOTE_RE.match(piece)
    if opening is None or has_say_verb(mask_quotes(piece)):
        return False
    return " ".join(piece[opening.end() :].split()).casefold().startswith(quote)
