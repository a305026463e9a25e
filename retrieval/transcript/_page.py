"""The page around the statement text: its lines, `Source:` link, header, title and chrome.

:func:`prepare` turns the page into clean lines and cuts off the chrome that ends it;
:func:`header` splits off the page's date line and the title (with the language-versions
line glued to it); :func:`title_place` reads the place named in the title.
"""

from __future__ import annotations

import datetime as dt
import re

from retrieval.speakers import POST_WORDS, label_kind, speaker_from_title
from retrieval.text import clean_line, label_key, normalize_newlines
from retrieval.transcript._dates import date_line, first_date_end
from retrieval.transcript._errors import TranscriptError
from retrieval.transcript._lines import END_MARKERS, LABEL_RE, LANG_CODE, has_text, is_chrome

# A title line longer than this is body text, unless it can be cut at the title's date.
_MAX_TITLE_CHARS = 400
# Chrome glued to the last sentence of a flattened page: "... reputation. Additional materials".
_INLINE_END_RE = re.compile(
    r"(?<=[.!?…»\"”)\]])\s+(?:(?:Additional materials|Дополнительные материалы)"
    r"(?:\s+(?:Advanced settings|Расширенные настройки)(?:\s.*)?)?"
    r"|(?:Advanced settings|Расширенные настройки)(?:\s.*)?)$",
    re.DOTALL,
)
# The language line glued into another line: after a bullet, or two codes or more.
_INLINE_LANG_RE = re.compile(
    rf"\s(?:[•·]\s*{LANG_CODE}|{LANG_CODE}\s+{LANG_CODE})(?:\s+{LANG_CODE})*(?=\s|$)"
)
_BLANK_RUN_RE = re.compile(r"\n\s*\n")
_SOURCE_RE = re.compile(r"^(?:source|источник)\s*:\s*(?P<url>https?://\S+)$", re.IGNORECASE)
_PLACE_WORD_RE = re.compile(r"^[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?$")
_PLACE_LINKS = frozenset({"on", "upon", "de", "del", "am", "la", "le", "sur", "na", "of"})


def prepare(text: str) -> tuple[list[str], str | None]:
    """Normalised lines with `Source:` lines taken out and the page chrome cut off."""
    # Runs of blank lines mean the same as one; collapsing them first keeps huge gaps cheap.
    text = _BLANK_RUN_RE.sub("\n\n", normalize_newlines(text))
    lines = [clean_line(line) for line in text.split("\n")]
    source: str | None = None
    for i, line in enumerate(lines):
        if match := _SOURCE_RE.match(line):
            source = source or match.group("url")
            lines[i] = ""
    for i, line in enumerate(lines):
        if not line:
            continue
        if len(line) < 40 and label_key(line).strip(" •·") in END_MARKERS:
            return lines[:i], source
        if match := _INLINE_END_RE.search(line):
            return [*lines[:i], line[: match.start()].rstrip()], source
    return lines, source


def header(lines: list[str]) -> tuple[dt.date | None, str, list[str]]:
    """Split off the page date line and the title; return (page date, title, body lines)."""
    rows = list(lines)
    page_date: dt.date | None = None
    i = 0
    while i < len(rows) and (not rows[i] or is_chrome(rows[i])):
        i += 1
    if i < len(rows) and (parsed := date_line(rows[i])):
        page_date, rest = parsed
        if rest:
            rows[i] = rest
        else:
            i += 1
    while i < len(rows) and (not has_text(rows[i]) or is_chrome(rows[i])):
        i += 1
    if i >= len(rows):
        raise TranscriptError("no title line")
    title = rows[i]
    body = rows[i + 1 :]
    # A date line under the title instead of above it is page furniture too.
    j = 0
    while j < len(body) and (not has_text(body[j]) or is_chrome(body[j])):
        j += 1
    if j < len(body) and (parsed := date_line(body[j])) and not parsed[1]:
        page_date = page_date or parsed[0]
        body = body[j + 1 :]
    # The language line glued to the title: "... March 17, 2021 • en-GB1 ru-RU1 Ladies and ..."
    if (lang := _INLINE_LANG_RE.search(title)) and lang.start() > 0:
        title, rest = title[: lang.start()].strip(" •·"), title[lang.end() :].strip()
        body = [rest, *body] if rest else body
    if len(title) > _MAX_TITLE_CHARS:
        date_end = first_date_end(title[:_MAX_TITLE_CHARS])
        if date_end is None:
            raise TranscriptError("no title line (the first line is a long paragraph)")
        title, rest = title[:date_end].strip(), title[date_end:].strip(" .")
        body = [rest, *body]
    match = LABEL_RE.match(title)
    if match and label_kind(match.group("label")) in ("question", "answer", "known"):
        raise TranscriptError("no title line (the text starts with a speaker's turn)")
    return page_date, title, body


def title_place(title: str, date_start: int) -> str | None:
    """The place named just before the title's date: "..., Moscow, March 17, 2021" -> Moscow."""
    prefix = title[:date_start].rstrip(" ,–—-")
    if "," not in prefix:
        return None
    segment = prefix.rsplit(",", 1)[1].strip()
    words = segment.split()
    if not 1 <= len(words) <= 4:
        return None
    for i, word in enumerate(words):
        if not _PLACE_WORD_RE.match(word):
            return None
        low = word.casefold()
        if word[0].isupper():
            if low in POST_WORDS:
                return None
        elif low not in _PLACE_LINKS or i in (0, len(words) - 1):
            return None
    # A person ("..., Sergey Lavrov, March 17") is not a place.
    return None if speaker_from_title(segment) else segment
