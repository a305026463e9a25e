"""Hits to text: Telegram HTML for the bot, plain text for the terminal.

Both renderings are built from the same pieces, so what ``statements-bot ask`` prints is what the
bot says. Every piece of corpus or user text is escaped before it meets a tag.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Sequence

from bot import texts
from retrieval.passages import Passage
from retrieval.search import DocumentSummary, Hit, NoAnswer, SearchResult

__all__ = [
    "MAX_MESSAGE_CHARS",
    "format_date",
    "format_passages_html",
    "format_result_html",
    "format_result_text",
    "no_answer_text",
    "plain_text",
    "quote_html",
    "snippet",
    "split_message",
    "telegram_length",
]

#: Telegram's limit on one message's text.
MAX_MESSAGE_CHARS = 4096
#: The "in reply to" line is one line, not the whole question.
REPLY_LINE_CHARS = 220

EXAMPLES = (
    "What did Lavrov say about the ICC?",
    "Zakharova on sanctions in 2021",
    '"Rome Statute" speaker:lavrov',
)


def format_date(date: dt.date | None) -> str:
    """``17 Mar 2021``; an unknown date is said so rather than left blank."""
    return f"{date.day} {date:%b %Y}" if date else "date unknown"


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def snippet(passage: Passage, highlights: Sequence[tuple[int, int]] = (), limit: int = 200) -> str:
    """A short plain excerpt, centred on the first highlighted word when there is one."""
    text = passage.text
    if len(text) <= limit:
        return " ".join(text.split())
    start = 0
    if highlights:
        first = highlights[0][0]
        start = max(0, first - limit // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first else start
    piece = text[start : start + limit]
    if start + limit < len(text):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return ("…" if start else "") + " ".join(piece.split())


def _marked(text: str, highlights: Sequence[tuple[int, int]], open_: str, close: str) -> str:
    """Escape ``text`` and wrap each highlighted span in ``open_``/``close``."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(highlights):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        out.append(html.escape(text[pos:start], quote=False))
        out.append(open_ + html.escape(text[start:end], quote=False) + close)
        pos = end
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def _source_line_html(passage: Passage) -> str:
    parts = [format_date(passage.date)]
    if passage.place:
        parts.append(html.escape(passage.place, quote=False))
    title = html.escape(passage.title, quote=False)
    if passage.source_url and passage.source_url.startswith(("http://", "https://")):
        title = f'<a href="{html.escape(passage.source_url, quote=True)}">{title}</a>'
    parts.append(title)
    return " · ".join(parts)


def quote_html(passage: Passage, highlights: Sequence[tuple[int, int]] = ()) -> str:
    """One passage as a citation: speaker, quote, in-reply-to line, source line."""
    lines = [f"<b>{html.escape(passage.speaker, quote=False)}</b>"]
    lines.append(f"<blockquote>{_marked(passage.text, highlights, '<u>', '</u>')}</blockquote>")
    if passage.in_reply_to and passage.role == "answer":
        reply = html.escape(_shorten(passage.in_reply_to, REPLY_LINE_CHARS), quote=False)
        lines.append(f"<i>In reply to:</i> {reply}")
    lines.append(_source_line_html(passage))
    return "\n".join(lines)


def no_answer_text(result: SearchResult, documents: int) -> str:
    """A plain explanation of why nothing came back, with a way forward."""
    query = result.query
    if result.reason == NoAnswer.BAD_QUERY:
        return f"I could not read that query: {result.error}."
    if result.reason == NoAnswer.NO_TERMS:
        who = f" by {', '.join(query.speakers)}" if query.speakers else ""
        return f"What topic should I look for{who}? Add a few words, for example: “{EXAMPLES[0]}”."
    if result.reason == NoAnswer.FILTERED:
        limits = []
        if query.speakers:
            limits.append("by " + " or ".join(query.speakers))
        if query.date_from or query.date_to:
            limits.append(
                f"between {format_date(query.date_from) if query.date_from else 'the start'}"
                f" and {format_date(query.date_to) if query.date_to else 'now'}"
            )
        if query.phrases:
            limits.append("with the exact phrase " + ", ".join(f"“{p}”" for p in query.phrases))
        if query.questions:
            limits.append("among journalists' questions")
        if query.language:
            limits.append({"en": "in English", "ru": "in Russian"}.get(query.language, ""))
        where = "; ".join(limits) or "within your filters"
        return (
            f"Those words occur in the transcripts, but not {where}. "
            "Try without a filter, or with a wider date range."
        )
    return (
        f"Nothing in the {documents} transcript{'s' if documents != 1 else ''} I hold answers "
        f"“{_shorten(query.raw, 120)}”. Try other words or a synonym, name the speaker "
        "(“Lavrov”, “Zakharova”), or drop a filter."
    )


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units, so most emoji count twice."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _chars_within(text: str, units: int) -> int:
    """How many leading characters of ``text`` fit in ``units`` UTF-16 code units."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            return i
    return len(text)


def split_message(
    blocks: Iterable[str], limit: int = MAX_MESSAGE_CHARS, sep: str = "\n\n"
) -> list[str]:
    """Join blocks (with blank lines, or ``sep``) into messages of at most ``limit`` units.

    Lengths are counted as Telegram counts them (:func:`telegram_length`). Splits only
    between blocks; a block that alone is too long is cut at paragraph, then line, then word
    boundaries, closing and reopening the tags it was inside.
    """
    messages: list[str] = []
    current = ""
    for block in blocks:
        for piece in _fit_block(block, limit):
            candidate = f"{current}{sep}{piece}" if current else piece
            if telegram_length(candidate) <= limit:
                current = candidate
            else:
                messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


def _fit_block(block: str, limit: int) -> list[str]:
    if telegram_length(block) <= limit:
        return [block]
    # Cut outside tags only: find the last newline or space before the limit that is not
    # inside a tag, and balance the tags around the cut.
    pieces: list[str] = []
    rest = block
    while telegram_length(rest) > limit:
        budget = _chars_within(rest, limit - 64)  # room for closing and reopening tags
        cut = _safe_cut(rest, budget)
        head, rest = rest[:cut], rest[cut:].lstrip()
        closing, reopening = _balance(head)
        pieces.append(head.rstrip() + closing)
        rest = reopening + rest
    pieces.append(rest)
    return pieces


def _safe_cut(text: str, budget: int) -> int:
    window = text[:budget]
    for sep in ("\n\n", "\n", " "):
        pos = window.rfind(sep)
        while pos > 0 and _inside_tag_or_entity(text, pos):
            pos = window.rfind(sep, 0, pos)
        if pos > budget // 4:
            return pos
    pos = budget
    while pos > 0 and _inside_tag_or_entity(text, pos):
        pos -= 1
    return pos or budget


def _inside_tag_or_entity(text: str, pos: int) -> bool:
    lt, gt = text.rfind("<", 0, pos), text.rfind(">", 0, pos)
    amp, semi = text.rfind("&", 0, pos), text.rfind(";", 0, pos)
    return lt > gt or (amp > semi and pos - amp < 10)


def _balance(head: str) -> tuple[str, str]:
    """Tags left open at the end of ``head``: the closing string and the reopening string."""
    stack: list[str] = []
    i = 0
    while True:
        i = head.find("<", i)
        if i < 0:
            break
        j = head.find(">", i)
        if j < 0:
            break
        tag = head[i + 1 : j]
        if tag.startswith("/"):
            name = tag[1:].split()[0] if tag[1:] else ""
            for k in range(len(stack) - 1, -1, -1):
                if stack[k].split()[0] == name:
                    del stack[k]
                    break
        elif tag:
            stack.append(tag)
        i = j + 1
    closing = "".join(f"</{t.split()[0]}>" for t in reversed(stack))
    reopening = "".join(f"<{t}>" for t in stack)
    return closing, reopening


def _related_heading(result: SearchResult) -> str:
    """What the related passages are: closest ones, or ones the filters could not check."""
    if any(hit.unchecked for hit in result.related):
        return texts.UNCHECKED_HEADING
    return texts.CLOSEST_HEADING


def _unchecked_notes(hit: Hit) -> list[str]:
    return [texts.UNCHECKED_NOTES[name] for name in hit.unchecked if name in texts.UNCHECKED_NOTES]


def _related_html(result: SearchResult) -> list[str]:
    """The related passages as message blocks, headed by what they are; none if none."""
    if not result.related:
        return []
    blocks = [f"<i>{html.escape(_related_heading(result), quote=False)}</i>"]
    for hit in result.related:
        notes = "".join(
            f"\n<i>{html.escape(note, quote=False)}</i>" for note in _unchecked_notes(hit)
        )
        blocks.append(quote_html(hit.passage, hit.highlights) + notes)
    return blocks


def format_result_html(result: SearchResult, documents: int) -> list[str]:
    """The bot's reply to a question: one or more messages of Telegram HTML.

    Answers come first; passages that are not answers (``result.related``) follow under a
    heading that says what they are.
    """
    if not result.hits:
        blocks = [html.escape(no_answer_text(result, documents), quote=False)]
        return split_message(blocks + _related_html(result))
    answers = [quote_html(hit.passage, hit.highlights) for hit in result.hits]
    return split_message(answers + _related_html(result))


def format_passages_html(passages: Sequence[Passage], *, heading: str = "") -> list[str]:
    """A run of passages (a whole turn, or a passage with its neighbours)."""
    blocks = [f"<i>{html.escape(heading, quote=False)}</i>"] if heading else []
    speaker = None
    for passage in passages:
        body = f"<blockquote>{html.escape(passage.text, quote=False)}</blockquote>"
        if passage.speaker != speaker:
            body = f"<b>{html.escape(passage.speaker, quote=False)}</b>\n" + body
            speaker = passage.speaker
        blocks.append(body)
    if passages:
        blocks.append(_source_line_html(passages[0]))
    return split_message(blocks)


def _plain_quote(hit: Hit, number: int, bold: tuple[str, str]) -> str:
    p = hit.passage
    text = _marked(p.text, hit.highlights, "\x00", "\x01")
    text = html.unescape(text).replace("\x00", bold[0]).replace("\x01", bold[1])
    lines = [f"{number}. {p.speaker} ({p.role})"]
    lines.extend("   " + line if line else "" for line in f"“{text}”".split("\n"))
    if p.in_reply_to and p.role == "answer":
        lines.append(f"   In reply to: {_shorten(p.in_reply_to, REPLY_LINE_CHARS)}")
    place = f" · {p.place}" if p.place else ""
    lines.append(f"   {format_date(p.date)}{place} · {p.title}")
    if p.source_url:
        lines.append(f"   {p.source_url}")
    return "\n".join(lines)


def format_result_text(result: SearchResult, documents: int, *, ansi: bool = False) -> str:
    """The same answer for a terminal; matched words in bold when ``ansi``."""
    bold = ("\x1b[1m", "\x1b[0m") if ansi else ("", "")
    parts = [
        _plain_quote(hit, result.offset + n, bold) for n, hit in enumerate(result.hits, 1)
    ] or [no_answer_text(result, documents)]
    if result.related:
        parts.append(_related_heading(result))
        for n, hit in enumerate(result.related, 1):
            notes = "".join(f"\n   ({note})" for note in _unchecked_notes(hit))
            parts.append(_plain_quote(hit, n, bold) + notes)
    return "\n\n".join(parts)


def format_sources_html(documents: Sequence[DocumentSummary], limit: int = 30) -> list[str]:
    """/sources: the documents loaded, newest first."""
    lines = [f"<b>{len(documents)} transcript{'s' if len(documents) != 1 else ''} loaded</b>"]
    for doc in documents[:limit]:
        title = html.escape(doc.title, quote=False)
        if doc.source_url and doc.source_url.startswith(("http://", "https://")):
            title = f'<a href="{html.escape(doc.source_url, quote=True)}">{title}</a>'
        lines.append(f"{format_date(doc.date)} · {title} ({doc.passages} passages)")
    if len(documents) > limit:
        lines.append(f"… and {len(documents) - limit} older ones.")
    return split_message(lines, sep="\n")


def plain_text(html_text: str) -> str:
    """Telegram HTML as the plain text a reader sees: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", html_text))
