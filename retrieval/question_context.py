"""Which words of a question name the occasion (where, to whom) rather than what was said.

"Lavrov on the grain deal at the talks with Kerry in Paris" asks about the grain deal; "at
the talks with Kerry in Paris" only says where. A page of those talks matches every word of
the occasion, and a question whose topic the page never mentions would be answered by it if
the occasion counted like the topic. :func:`context_spans` finds the occasion's phrases: a
preposition of place or time, a few words, and a noun of an event or a venue (talks, meeting,
interview, briefing, the Security Council ...), with the names after it ("with Kerry and
Fabius", "NBC"). The no-answer rule (:mod:`retrieval.search`) then asks the passage to cover
the rest of the question, its topic, too.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["context_spans", "speaker_post_spans"]

# Nouns of an occasion: an event or a venue that a question names to say where something
# was said. They follow "at", "during", "after", "before", "following"; only a talk given or
# a body that sits follows "in" too ("in the NBC interview", "in the Security Council"):
# "in Ukraine talks" names the talks as the topic.
_EN_EVENTS: Final = (
    r"(?i:talks|meeting|summit|(?:press|news)\s+conference|conference|briefing|session|forum"
    r"|ministerial|stakeout|hearing|debate|ceremony)"
)
_EN_TALKS: Final = (
    r"(?i:interview|speech|lecture|remarks|security\s+council|general\s+assembly|unsc|unga)"
)
# Russian: a talk given after "в" ("в интервью NBC"), an event or a body after "на", "после",
# "в ходе" ... ("на заседании Совбеза"); a bare "в Совбезе" may be the topic ("вступление
# Ирана в ШОС").
_RU_TALKS: Final = r"(?i:интервью|выступлении|лекции|послании)"
_RU_EVENTS: Final = (
    r"(?i:заседании|брифинге|пресс-конференции|переговорах|встрече|саммите|форуме|сессии"
    r"|совбезе|совете\s+безопасности|генассамблее|смид|церемонии|слушаниях|коллегии"
    r"|переговоров|встречи|саммита|форума|заседания|брифинга|пресс-конференции)"
)
# Names after the occasion (who was met, where, the outlet): capitalised words or acronyms,
# joined by "and" / "и", or a name in «», each run after an optional preposition and a kind
# of outlet, perhaps with its adjective ("with Kerry and Fabius in Paris", "американскому
# телеканалу NBC").
_NAME: Final = r"(?:«[^»]{1,40}»|[A-ZА-ЯЁ][\w.'’-]*)"
_OUTLET: Final = (
    r"(?:(?:[\w-]+\s+){0,2}(?i:channel|newspaper|agency|magazine|radio|телеканалу|газете"
    r"|агентству|радио|радиостанции|изданию|журналу|порталу)\s+)?"
)
_NAMES_AFTER: Final = (
    rf"(?:\s+(?:(?:with|to|for|of|in|с|со|для|в|во)\s+)?{_OUTLET}{_NAME}"
    rf"(?:\s+(?:and\s+|и\s+)?{_NAME})*)*"
)
# The year a Russian occasion names after it, as English does before ("на пресс-конференции
# 2018 года", "at the 2018 press conference"): which event, not what was said at it.
_RU_YEAR: Final = r"(?:\s+(?:19|20)\d\d(?:\s+(?i:года|г\.))?)?"
# Up to three words between the preposition and the noun ("at his annual press conference",
# "на заседании", "after the Normandy format meeting").
_BETWEEN: Final = r"(?:[\w'’«».-]+\s+){0,3}?"
_CONTEXT: Final = (
    re.compile(
        rf"\b(?i:at|during|after|before|following)\s+{_BETWEEN}(?:{_EN_EVENTS}|{_EN_TALKS})\b"
        + _NAMES_AFTER
    ),
    re.compile(rf"\b(?i:in)\s+{_BETWEEN}{_EN_TALKS}\b{_NAMES_AFTER}"),
    # A headline's outlet: "Lavrov to RBC: ...", "Ryabkov in Izvestia: ..." ("Lavrov on Iran: ..."
    # names the topic).
    re.compile(rf"\b(?:to|in)\s+{_NAME}(?:\s+{_NAME})*(?=\s*:)"),
    # ... and a broadcaster's: "Ryabkov on TV Centre: ...", "Lavrov on Radio Sputnik: ...".
    re.compile(rf"\bon\s+(?:{_NAME}\s+)*(?:TV|Radio|Channel|FM|ТВ){_NAMES_AFTER}(?=\s*:)"),
    re.compile(rf"(?<![\w-])(?i:в|во)\s+{_BETWEEN}{_RU_TALKS}(?![\w-]){_RU_YEAR}{_NAMES_AFTER}"),
    re.compile(
        rf"(?<![\w-])(?i:на|после|перед|по\s+итогам|в\s+ходе|во\s+время)\s+{_BETWEEN}"
        rf"{_RU_EVENTS}(?![\w-]){_RU_YEAR}{_NAMES_AFTER}"
    ),
)


def context_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a question names the occasion of what it asks about: ``(start, end)`` of each
    phrase ("at the Paris talks with Kerry and Fabius", "в интервью NBC"), in order."""
    spans = sorted(m.span() for pattern in _CONTEXT for m in pattern.finditer(text))
    return tuple(spans)


# The one who spoke, given by post instead of name, as the question's subject: "kremlin
# spokesman on the Skripal case", "What did the Russian ambassador to the US say about ...",
# «пресс-секретарь президента о ...». A page of that official matches the post's words in its
# narration ("The Kremlin spokesman reiterated ..."); what is asked about must be said too.
_EN_POST_NOUN: Final = (
    r"(?:spokes(?:wo)?man|spokesperson|(?:foreign\s+|prime\s+|defen[cs]e\s+)?minister"
    r"|ambassador|envoy|aide|(?:press\s+)?secretary|representative|diplomat|official|chief"
    r"|head|president|premier|leader|negotiator|director|chairman|senator|mayor|governor)"
)
_EN_POST_WORD: Final = (
    r"(?:russia'?s|russian|the|kremlin'?s?|putin'?s?|president'?s|presidential|foreign"
    r"|ministry|mfa|deputy|first|top|chief|senior|permanent|press|former|acting|special"
    r"|security\s+council|un|defen[cs]e|state)"
)
_EN_POST_RE: Final = re.compile(
    r"^\W*(?:(?:what|how|when|why|where|did|does|do|has|have|is|was)\s+){0,2}"
    rf"((?:{_EN_POST_WORD}\s+){{0,4}}{_EN_POST_NOUN}"
    r"(?:\s+(?:to|at|in|for)\s+(?:the\s+)?[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]*){0,2})?)"
    r"(?=\s*[:,—–-]|\s+(?:says?|said|tells?|told|thinks?|calls?|called|warns?|warned"
    r"|explains?|explained|claims?|claimed|comments?|commented|on|about|over|regarding)\b)",
    re.IGNORECASE,
)
_RU_POST_NOUN: Final = (
    r"(?:пресс-секретар[ья]|министр[а]?|глав[аы]|посол|посла|постпред[а]?|помощник[а]?"
    r"|представител[ья]|представительниц[аы]|дипломат[а]?|замминистра|замглавы|спецпредставител[ья]"
    r"|директор[а]?|советник[а]?|президент[а]?|премьер[а]?|спикер[а]?)"
)
_RU_POST_RE: Final = re.compile(
    r"^\W*(?:(?:что|как|когда|почему|зачем)\s+)?"
    rf"((?:(?:российск\w*|официальн\w*|первый|первого|бывш\w*)\s+){{0,2}}{_RU_POST_NOUN}"
    r"(?:\s+(?:[А-ЯЁA-Z][\w.-]*|президента|кремля|мида?|россии|рф|иностранных|дел|по|в|при"
    r"|во|[а-яё]+(?:ых|их|ой|ого|ей)(?=\s+[а-яё]+\s))){0,5}?)"
    r"(?=\s*[:,—–-]|\s+(?:о|об|обо|про|сказал[аи]?|заявил[аи]?|говорит|считает|ответил[аи]?"
    r"|рассказал[аи]?|прокомментировал[аи]?)(?![\w-]))",
    re.IGNORECASE,
)


def speaker_post_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a question gives the one who spoke by post, as its subject: ``(start, end)`` of
    that post ("kremlin spokesman", "the Russian ambassador to the US", «пресс-секретарь
    президента»); none when a name stands there or the post is what is asked about."""
    return tuple(m.span(1) for pattern in (_EN_POST_RE, _RU_POST_RE) if (m := pattern.match(text)))
