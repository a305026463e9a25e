"""Epigraphs: another person's words set above a speech on a portal's page.

A site that publishes a speech may open it with a poem or a saying and its author's name on
the line after ("«Умом Россию не понять ...»" / "Ф.И. Тютчев"); the speech follows, unlabelled.
The epigraph is not the speaker's: it is found at the top of the text, before the first
paragraph that is neither quoted words nor verse, and left to no one, unless its author is a
person the bot knows as an official ("«Мы открыты для любой дискуссии ...»" / "В.Путин" over
the transcript of his meeting): then they are that person's words.
"""

from __future__ import annotations

import re

from retrieval.speakers import UNKNOWN_SPEAKER, find_known_speaker
from retrieval.transcript._lines import is_clutter
from retrieval.transcript._quote_runs import all_quote

# An author's name alone on a line: "Winston Churchill", "Ф.И. Тютчев", "— А. Пушкин".
_AUTHOR_RE = re.compile(
    r"^[—–-]?\s*(?:[A-ZА-ЯЁ]\.\s*){0,2}[A-ZА-ЯЁ][\w'’-]+(?:\s+(?:[A-ZА-ЯЁ]\.\s*)*"
    r"[A-ZА-ЯЁ][\w'’.-]*){0,3}$"
)
#: An author's line has at most this many characters.
_AUTHOR_CHARS = 40
#: A line of verse has at most this many words; an epigraph at most this many lines.
_VERSE_WORDS = 10
_EPIGRAPH_LINES = 8
#: An epigraph has at least this many words (a menu's short items are not one).
_MIN_WORDS = 4
#: An epigraph stands within this many lines with text of the top of the text.
_TOP_LINES = 12


def _author(line: str, block: list[str], speaker: str | None) -> str | None:
    """Whom lines are given to when ``line`` signs them as their author: a known official,
    else nobody we can name (:data:`UNKNOWN_SPEAKER`); None when ``line`` is not an author's
    name. The page's own speaker signs only quoted words: a name line under a lead sentence
    is the label of his speech below it."""
    text = line.strip()
    if len(text) > _AUTHOR_CHARS or not _AUTHOR_RE.match(text):
        return None
    known = find_known_speaker(text.lstrip("—–- "))
    if known is None and _bare_word(text):
        return None  # "Keywords", "Tags" under a quote: a widget's heading, not a signature
    if known is None or not known.official:
        return None if known and known.name == speaker else UNKNOWN_SPEAKER
    if known.name == speaker and not all_quote(" ".join(block)):
        return None
    return known.name


def _bare_word(text: str) -> bool:
    """Whether an author's line is one word with no initial and no dash before it: a
    poet signs "Ф.Тютчев" or "— Пушкин"; a lone "Keywords" is a page's furniture."""
    return " " not in text and "." not in text and text[:1] not in "—–-"


def _epigraph(run: list[str]) -> bool:
    """Whether lines above an author's name are an epigraph: quoted words, or short verse
    that ends as a sentence does (a site's menu lines end with no stop)."""
    if not run or len(run) > _EPIGRAPH_LINES or any(is_clutter(line) for line in run):
        return False
    text = " ".join(run)
    if len(text.split()) < _MIN_WORDS or text[-1] not in '.!?…»"”':
        return False
    return all_quote(text) or all(len(line.split()) <= _VERSE_WORDS for line in run)


def epigraphs(lines: list[str], speaker: str | None) -> dict[str, str]:
    """The epigraphs at the top of a page (each as its lines joined by spaces), each with whom
    to give it: the known official who signs it, else :data:`UNKNOWN_SPEAKER`.

    Args:
        lines: The page's lines after its title (blank lines as empty strings).
        speaker: The page's speaker (the title's), whose own words are no epigraph.
    """
    found: dict[str, str] = {}
    run: list[str] = []
    above: list[str] = []  # the lines over the blank lines just passed
    seen = 0
    for line in lines:
        if not line.strip():
            above, run = run or above, []
            continue
        seen += 1
        if seen > _TOP_LINES:
            break
        # The author right under the lines, or under quoted words past blank lines (verse
        # stanzas are set apart by blank lines too, so only quoted words there).
        block = run or (above if all_quote(" ".join(above)) else [])
        if block and _epigraph(block) and (author := _author(line, block, speaker)):
            found[" ".join(block)] = author
            run = above = []
            continue
        if not run:
            above = []
        run.append(line.strip())
    return found
