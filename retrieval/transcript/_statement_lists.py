"""Lists that a page announces as someone's statements: "Его главные заявления:", "Key
theses:", "He said the following:" and the items under it.

News aggregators retell a speech as a list: a lead naming the speaker ends with such an
announcement, and each item after it is one of his statements in his own words, with no verb of
saying of its own. Each item is given to the announced speaker; the list ends at the first
paragraph that names someone else as its sayer, speaks of the speaker in the third person, or
opens a new heading.
"""

from __future__ import annotations

import re

from retrieval.transcript._reported import first_person, main_sayer, mentions, sentence_sayer
from retrieval.transcript._sizing import sentence_spans

# An announcement closing its paragraph: "Его главные заявления:", "Key points of his speech:".
_ANNOUNCE_RE = re.compile(
    r"(?:(?:главные|основные|ключевые|важнейшие)\s+(?:заявления|тезисы|высказывания|цитаты|"
    r"моменты)|главное(?:\s+из\s+\S+(?:\s+\S+)?)?|(?:заявил|сказал|отметил|заявила|сказала|"
    r"отметила)\s+следующее|(?:main|key|brief|principal|major)\s+(?:statements|theses|points|"
    r"quotes|takeaways|remarks)(?:\s+(?:of|from)\s+\S+(?:\s+\S+)?)?|(?:said|stated|noted)\s+"
    r"the\s+following)\s*:\s*$",
    re.IGNORECASE,
)


#: The longest announcement the pattern takes is well under this many characters.
_ANNOUNCE_TAIL = 120


def announced_speaker(paragraph: str, page_speaker: str | None) -> str | None:
    """The speaker whose statements a paragraph announces as a list that follows, or None.

    Args:
        paragraph: A paragraph of the page.
        page_speaker: The page's speaker (the title's), if known.
    """
    text = paragraph.rstrip()
    # The pattern ends at a closing colon: a paragraph without one is spared the search.
    if not text.endswith(":") or not _ANNOUNCE_RE.search(text[-_ANNOUNCE_TAIL:]):
        return None
    return main_sayer([paragraph]) or page_speaker


def _is_item(paragraph: str, speaker: str) -> bool:
    """Whether a paragraph can be one of the speaker's listed statements."""
    text = paragraph.strip()
    if not text or text.endswith(":"):
        return False  # a new heading ends the list
    if mentions(text, speaker) > 0 and not first_person(text):
        return False  # narration about him again
    for a, b in sentence_spans(text):
        sayer = sentence_sayer(text[a:b])
        if sayer is not None and sayer != speaker:
            return False  # someone else's words, or a verb of saying of its own
    return True


def listed_statements(paragraphs: list[str], page_speaker: str | None) -> dict[str, str]:
    """The items of every announced list of statements among a page's paragraphs.

    Args:
        paragraphs: The page's unlabelled paragraphs in reading order.
        page_speaker: The page's speaker (the title's), if known.

    Returns:
        Each item's text (stripped) and the speaker it belongs to.
    """
    items: dict[str, str] = {}
    speaker: str | None = None
    for paragraph in paragraphs:
        if speaker is not None and _is_item(paragraph, speaker):
            items[paragraph.strip()] = speaker
            continue
        speaker = announced_speaker(paragraph, page_speaker)
    return items
