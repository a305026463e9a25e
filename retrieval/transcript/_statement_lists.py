"""Lists that a page announces as someone's statements: "Его главные заявления:", "Key
theses:", "He said the following:" and the items under it.

News aggregators retell a speech as a list: a lead naming the speaker ends with such an
announcement, and each item after it is one of his statements in his own words, with no verb of
saying of its own. Each item is given to the announced speaker; the list ends at the first
paragraph that names someone else as its sayer, speaks of the speaker in the third person, or
opens a new heading.

A title can announce the list itself ("Главные заявления Дмитрия Пескова", "Key statements from
Dmitry Peskov"): the page's body is then the list, its subheads left out. Items marked as a list
(a bullet or a dash) are the announced speaker's statements whatever their subject ("Путин не
планирует ..." in Peskov's list is Peskov's word on Putin), unless they quote someone else; the
first unmarked paragraph after them ends the list. An item that quotes someone it names is that
person's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from retrieval.patterns import may_hold
from retrieval.speakers import UNKNOWN_SPEAKER
from retrieval.text import QUOTED_RE, speech_share
from retrieval.transcript._page_sayers import main_sayer
from retrieval.transcript._quote_marks import mask_quotes
from retrieval.transcript._references import AIDES, Ref
from retrieval.transcript._reported import heads_statements, own_country_subject
from retrieval.transcript._sentence_sayer import first_person, mentions, sentence_sayer
from retrieval.transcript._sizing import sentence_spans

# An announcement closing its paragraph: "Его главные заявления:", "Key points of his speech:",
# "Песков сделал ряд заявлений, в том числе ...:".
_ANNOUNCE_RE = re.compile(
    r"(?:(?:(?:главные|основные|ключевые|важнейшие)\s+(?:заявления|тезисы|высказывания|цитаты|"
    r"моменты)|(?:другие|прочие|остальные)\s+(?:его\s+|её\s+|ее\s+)?заявления|"
    r"other\s+(?:statements|remarks)|главное(?:\s+из(?:\s+\S+){1,5})?|(?:заявил|сказал|отметил|заявила|сказала|"
    r"отметила)\s+следующее|(?:main|key|brief|principal|major)\s+(?:statements|theses|points|"
    r"quotes|takeaways|remarks|abstracts|excerpts|highlights)(?:\s+(?:of|from)(?:\s+\S+){1,10})?|"
    r"(?:said|stated|noted)\s+"
    r"the\s+following)|(?:сделал|сделала|сделали)\s+(?:ряд|несколько|целый\s+ряд)\s+"
    r"(?:\S+\s+)?заявлений[^.!?]*|(?:made|issued)\s+(?:several|a\s+(?:number|series)\s+of|a\s+few)"
    r"\s+(?:\S+\s+)?(?:statements|remarks)[^.!?]*|"
    # An editor handing over what follows: "Приводим ниже заявления Путина:", "Below are his
    # main remarks:".
    r"(?:приводим|публикуем)\s+(?:ниже\s+)?(?:\S+\s+)?(?:заявления|тезисы|высказывания|цитаты)"
    r"(?:\s+\S+){0,3}|(?:below|here)\s+are\s+(?:\S+\s+)?(?:\S+\s+)?(?:statements|theses|"
    r"quotes|remarks)(?:\s+\S+){0,4})\s*:\s*$",
    re.IGNORECASE,
)
# A title that announces the page as someone's statements: "Главные заявления Пескова",
# "основные заявления Путина на прямой линии", "Песков сделал ряд заявлений ..." (its colon
# cut off as a title), "Key statements from Dmitri Peskov",
# "Peskov's main statements", "Key points from Maria Zakharova's statements at the briefing",
# «Главное из брифинга Пескова».
_TITLE_ANNOUNCE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:главные|основные|ключевые|важнейшие)\s+(?:заявления|тезисы|"
    r"высказывания)|(?:сделал|сделала|сделали)\s+ряд\s+заявлений|(?:main|key|principal)\s+"
    r"(?:statements|theses|takeaways|points)|главное\s+из)(?![^\W\d_])",
    re.IGNORECASE,
)
# A lead that closes by pointing to the list below it: "Главные заявления господина Пескова —
# в подборке «Ъ».", "Key statements by Peskov are in our round-up."
_LEAD_ANNOUNCE_RE = re.compile(
    r"(?:(?:главные|основные|ключевые|важнейшие)\s+(?:заявления|тезисы|высказывания)|"
    r"(?:main|key|principal)\s+(?:statements|theses|takeaways))[^.!?]{0,80}?"
    r"(?:[—–-]\s*|\bare\s+|\bis\s+)?(?:в|in)\s+(?:нашей\s+|our\s+)?(?:подборке|материале|обзоре|"
    r"справке|selection|round-?up|summary|digest)[^.!?]{0,20}[.!]?\s*$"
    # "ТАСС собрал ключевые заявления представителя Кремля.", "We have rounded up his key
    # statements.": the agency hands over the list below.
    r"|(?:собрал[аои]?|собран[ыао]?|подготовил[аои]?|приводит|публикует|rounded\s+up|collected|"
    r"compiled|gathered|отобрал[аои]?|выбрал[аои]?|selected|picked)\s+(?:\S+\s+)?(?:главные|"
    r"основные|ключевые|важнейшие|важные|яркие|main|key|principal|notable)\s+(?:заявления|"
    r"тезисы|высказывания|цитаты|statements|theses|takeaways|remarks|quotes)"
    r"[^.!?]{0,80}[.!]?\s*$",
    re.IGNORECASE,
)
# A word every announcement holds: a lead without any is spared the pattern (see may_hold).
_LEAD_ANNOUNCE_ANCHORS = (
    "заявления",
    "тезисы",
    "высказывания",
    "statements",
    "theses",
    "takeaways",
    "remarks",
    "цитаты",
    "quotes",
)
#: A thesis that is at least this much another person's quoted words is theirs, not a
#: statement of the list's speaker about them.
_QUOTED_ITEM_SHARE = 0.5
# A list item's mark: a bullet, a dash, or a number ("1.", "2)").
# (A "?" right before a capital: a copy's lost emoji bullet, "?Россия продолжит ...;".)
_BULLET_RE = re.compile(r"^\s*(?:[▪•●◾◼■✹✔►➤*·]|[-–—]\s|\d{1,2}[.)]\s|\?(?=[А-ЯЁA-Z]))")
#: A subhead in a title's list has at most this many words and no closing punctuation.
_SUBHEAD_WORDS = 8


#: The longest announcement the pattern takes is well under this many characters.
_ANNOUNCE_TAIL = 120


def announces_list(paragraph: str) -> bool:
    """Whether a paragraph closes by announcing a list of someone's statements below it."""
    text = paragraph.rstrip()
    # The pattern ends at a closing colon: a paragraph without one is spared the search.
    return text.endswith(":") and (
        _ANNOUNCE_RE.search(text[-_ANNOUNCE_TAIL:]) is not None or heads_statements(text)
    )


def announced_speaker(paragraph: str, page_speaker: str | None) -> str | None:
    """The speaker whose statements a paragraph announces as a list that follows, or None.

    Args:
        paragraph: A paragraph of the page.
        page_speaker: The page's speaker (the title's), if known.
    """
    if not announces_list(paragraph):
        return None
    return main_sayer([paragraph]) or page_speaker


def _bullets_apart(paragraphs: list[str]) -> Iterator[str]:
    """The paragraphs, each with the bulleted lines under its first lines set apart (a copy
    that lost the blank lines: "... Key points:" and the bullets below it in one paragraph)."""
    for paragraph in paragraphs:
        if "\n" not in paragraph:  # most paragraphs are one line: nothing to set apart
            yield paragraph
            continue
        lines = paragraph.splitlines()
        cut = next((n for n, line in enumerate(lines) if n and _BULLET_RE.match(line)), None)
        if cut is None:
            yield paragraph
            continue
        yield "\n".join(lines[:cut])
        yield "\n".join(lines[cut:])


def _is_item(paragraph: str, speaker: str) -> bool:
    """Whether a paragraph can be one of the speaker's listed statements."""
    text = paragraph.strip()
    if not text or text.endswith(":"):
        return False  # a new heading ends the list
    if mentions(text, speaker) > 0 and not first_person(text):
        return False  # narration about him again
    for a, b in sentence_spans(text):
        sayer = sentence_sayer(text[a:b])
        if sayer is Ref.SOMEONE and own_country_subject(text[a:b]):
            continue  # "Moscow expects that ...": Russia speaking through him
        if sayer is not None and sayer != speaker:
            return False  # someone else's words, or a verb of saying of its own
    return True


def _marked_item_speaker(paragraph: str, speaker: str) -> str:
    """Whose a bulleted or dashed item of the speaker's list is: his, whatever its subject,
    unless it quotes someone it names ('▪️"...," Lavrov said.'): then that person's."""
    text = paragraph.strip()
    masked = mask_quotes(text)
    for a, b in sentence_spans(text):
        sayer = sentence_sayer(text[a:b], masked[a:b])
        if isinstance(sayer, str) and sayer != speaker and QUOTED_RE.search(text[a:b]):
            return sayer
    return speaker


# A digest's topic over the quote below it: "О шансах сборной России на ЧМ-2018:", "Об атаке
# на резиденцию Путина".
_TOPIC_HEAD_RE = re.compile(r"^(?:О|Об|Обо|Про|On|About|Regarding)\s[^:.!?«»\"“”]{1,60}:?$")


def _subhead(paragraph: str) -> bool:
    """A short line with no closing punctuation, or a topic's heading ending in a colon: a
    subhead of a list ("О санкциях", "Об амнистии:")."""
    text = paragraph.strip()
    if not text or text[0] in '«"“„' or _BULLET_RE.match(text):
        return False  # a quote or an item cut off at the end of the page
    if _TOPIC_HEAD_RE.match(text):
        return True  # (a subhead like any other: no one's words, not joined to the item)
    return len(text.split()) <= _SUBHEAD_WORDS and text[-1] not in '.!?;:…»"”'


def _lead_announced_speaker(paragraph: str, page_speaker: str | None) -> str | None:
    """The speaker whose statements a lead says follow ("Главные заявления господина Пескова —
    в подборке «Ъ»."), or None."""
    text = paragraph.strip()
    if not text.endswith((".", "!", "»", '"')) and not text[-1:].isalpha():
        return None
    tail = text[-_ANNOUNCE_TAIL * 2 :]
    if not may_hold(tail, _LEAD_ANNOUNCE_ANCHORS) or not _LEAD_ANNOUNCE_RE.search(tail):
        return None
    return main_sayer([paragraph]) or page_speaker


def _thesis_speaker(paragraph: str, speaker: str) -> str | None:
    """Whose an unmarked paragraph of a page announced as someone's statements is, when it is
    no plain item of his (:func:`_is_item`, asked before): his, also when its subject is
    another person ("Путин обещал «ошеломляющий ответ» ..." in Peskov's theses is Peskov's
    word on Putin); None when it is narration about him (the list is over) or mostly another
    person's quoted words (attribution decides)."""
    text = paragraph.strip()
    if mentions(text, speaker) > 0 and not first_person(text):
        return None
    if speech_share(text) >= _QUOTED_ITEM_SHARE:
        return None
    return speaker


# "представителя Кремля", "пресс-секретаря президента", "the Kremlin's spokesman": the
# Kremlin's voice, whom the lead named before.
_KREMLIN_VOICE_RE = re.compile(
    r"представител\w*\s+Кремля|пресс-секретар\w*\s+(?:президента|главы\s+государства)|"
    r"Kremlin(?:'s|’s)?\s+(?:spokesman|spokesperson|representative)|"
    r"(?:presidential|president's|president’s)\s+(?:spokesman|press\s+secretary)",
    re.IGNORECASE,
)


def _kremlin_voice(read: list[str]) -> str | None:
    """The one aide of the President (Peskov, Ushakov) that the last paragraphs name, when the
    last of them speaks of the Kremlin's voice ("ТАСС собрал ключевые заявления представителя
    Кремля." after a lead naming Dmitry Peskov's briefing); None otherwise."""
    if not read or not _KREMLIN_VOICE_RE.search(read[-1]):
        return None
    named = {aide for aide in AIDES if any(mentions(p, aide) for p in read[-3:])}
    return named.pop() if len(named) == 1 else None


def title_announced_speaker(title: str, title_speaker: str | None) -> str | None:
    """The speaker whose statements a title announces the page to be, or None."""
    if not _TITLE_ANNOUNCE_RE.search(title):
        return None
    return title_speaker or main_sayer([title])


def listed_statements(
    paragraphs: list[str], page_speaker: str | None, title: str = ""
) -> dict[str, str]:
    """The items of every announced list of statements among a page's paragraphs.

    Args:
        paragraphs: The page's unlabelled paragraphs in reading order.
        page_speaker: The page's speaker (the title's), if known.
        title: The page's title, which may announce the whole page as a list.

    Returns:
        Each item's text (stripped) and the speaker it belongs to (the announced one, or the
        one a marked item quotes; nobody for a title list's subheads).
    """
    items: dict[str, str] = {}
    speaker = title_announced_speaker(title, page_speaker) if title else None
    if speaker is None and title:
        speaker = announced_speaker(title, page_speaker)
    by_title = speaker is not None
    marked = False  # whether the list's items carry a bullet or a dash
    # (The paragraphs before, for the one a lead's "the Kremlin's representative" is: "... the
    # briefing of the President's press secretary Dmitry Peskov." over "TASS has collected
    # the key statements of the Kremlin's representative.")
    read: list[str] = []
    for paragraph in _bullets_apart(paragraphs):
        read.append(paragraph)
        if by_title and (paragraph.strip() == title.strip() or _subhead(paragraph)):
            # The title repeated, or a subhead: no one's words, and the list goes on under it.
            items[paragraph.strip()] = UNKNOWN_SPEAKER
            continue
        voice = _kremlin_voice(read) if speaker is None else None
        if speaker is None and (lead := _lead_announced_speaker(paragraph, page_speaker or voice)):
            # ("Главные заявления представителя Кремля — в подборке «Ъ»." after a lead naming
            # Peskov's briefing on an attack on Putin's residence: the Kremlin's voice, not
            # the President the lead also names.)
            lead = voice or lead
            # The lead points to the list below it: the rest is the list, as under a title.
            speaker, by_title, marked = lead, True, False
            continue
        if speaker is not None:
            if _BULLET_RE.match(paragraph):
                # Items may stand one a line in a paragraph: each line is its own item.
                lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
                for line in itertools.takewhile(_BULLET_RE.match, lines):
                    items[line] = _marked_item_speaker(line, speaker)
                marked = True
                if all(_BULLET_RE.match(line) for line in lines):
                    continue
            if not marked and _is_item(paragraph, speaker):
                items[paragraph.strip()] = speaker
                continue
            if by_title and not marked and (owner := _thesis_speaker(paragraph, speaker)):
                items[paragraph.strip()] = owner
                continue
        speaker = announced_speaker(paragraph, page_speaker)
        by_title = marked = False
    return items
