"""Hits to text: Telegram HTML for the bot, plain text for the terminal.

Both renderings are built from the same pieces, so what ``statements-bot ask`` prints is what the
bot says. Every piece of corpus or user text is escaped before it meets a tag.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from bot.i18n import Language, format_date, plural, texts_for
from bot.sourceline import source_line_html, source_line_text
from retrieval.passages import Passage
from retrieval.search import DocumentSummary, Hit, NoAnswer, SearchResult
from retrieval.text import language_of

__all__ = [
    "MAX_MESSAGE_CHARS",
    "display_order",
    "format_date",
    "format_other_version_html",
    "format_passages_html",
    "format_result_html",
    "format_result_text",
    "format_sources_html",
    "format_speakers_html",
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


def _quote_body_html(
    passage: Passage,
    highlights: Sequence[tuple[int, int]],
    language: Language,
    *,
    show_reply: bool = True,
) -> str:
    """Speaker, quote and in-reply-to line: a citation without its source line."""
    lines = [f"<b>{html.escape(passage.speaker, quote=False)}</b>"]
    lines.append(f"<blockquote>{_marked(passage.text, highlights, '<u>', '</u>')}</blockquote>")
    if show_reply and passage.in_reply_to and passage.role == "answer":
        reply = html.escape(_shorten(passage.in_reply_to, REPLY_LINE_CHARS), quote=False)
        lines.append(f"{texts_for(language).IN_REPLY_TO} {reply}")
    return "\n".join(lines)


def quote_html(
    passage: Passage,
    highlights: Sequence[tuple[int, int]] = (),
    language: Language = "en",
    *,
    question_language: Language | None = None,
) -> str:
    """One passage as a citation: the short source line, then speaker, quote, in-reply-to."""
    line = source_line_html(passage, language, question_language=question_language)
    return f"{line}\n{_quote_body_html(passage, highlights, language)}"


def question_language(result: SearchResult) -> Language | None:
    """The language a question was asked in (None when its words give no sign)."""
    return language_of(result.query.raw, None)


def display_order(hits: Sequence[Hit]) -> list[Hit]:
    """Hits grouped by document, in the order of each document's best hit.

    A reply shows one source line per document, so the passages of one transcript stand
    together; the buttons are numbered in this order too.
    """
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.passage.doc_id, []).append(hit)
    return [hit for group in groups.values() for hit in group]


def _repeats_question(hit: Hit, previous: Hit | None) -> bool:
    """Whether ``hit`` answers the same question as the quote shown just before it: the
    "in reply to" line is then shown once, over the first of them."""
    return (
        previous is not None
        and previous.passage.doc_id == hit.passage.doc_id
        and previous.passage.in_reply_to == hit.passage.in_reply_to
        and previous.passage.role == hit.passage.role
    )


def _grouped_blocks(
    hits: Sequence[Hit], language: Language, asked_in: Language | None
) -> list[str]:
    blocks: list[str] = []
    current: str | None = None
    previous: Hit | None = None
    for hit in display_order(hits):
        show_reply = not _repeats_question(hit, previous)
        previous = hit
        body = _quote_body_html(hit.passage, hit.highlights, language, show_reply=show_reply)
        if hit.passage.doc_id != current:
            current = hit.passage.doc_id
            line = source_line_html(hit.passage, language, question_language=asked_in)
            body = f"{line}\n{body}"
        blocks.append(body)
    return blocks


def no_answer_text(result: SearchResult, documents: int, language: Language = "en") -> str:
    """A plain explanation of why nothing came back, with a way forward (plain text)."""
    t = texts_for(language)
    query = result.query
    if result.reason == NoAnswer.BAD_QUERY:
        return t.NO_ANSWER_BAD_QUERY.format(error=result.error)
    if result.reason == NoAnswer.NO_TERMS:
        if query.speakers:
            speakers = ", ".join(query.speakers)
            return t.NO_ANSWER_NO_TERMS_SPEAKER.format(
                speakers=speakers, example=t.EXAMPLE_QUESTION
            )
        return t.NO_ANSWER_NO_TERMS.format(example=t.EXAMPLE_QUESTION)
    if result.reason == NoAnswer.FILTERED:
        limits = []
        if query.speakers:
            limits.append(t.FILTER_BY.format(speakers=t.FILTER_OR.join(query.speakers)))
        if query.date_from or query.date_to:
            start = format_date(query.date_from, language) if query.date_from else None
            end = format_date(query.date_to, language) if query.date_to else None
            limits.append(
                t.FILTER_BETWEEN.format(
                    start=start or t.FILTER_SINCE_START, end=end or t.FILTER_UNTIL_NOW
                )
            )
        if query.phrases:
            phrases = ", ".join(f"“{p}”" for p in query.phrases)
            limits.append(t.FILTER_PHRASE.format(phrases=phrases))
        if query.questions:
            limits.append(t.FILTER_QUESTIONS)
        if query.language:
            limits.append(t.IN_LANGUAGE.get(query.language, ""))
        return t.NO_ANSWER_FILTERED.format(where="; ".join(limits) or t.FILTER_ANY)
    held = plural(language, t.DOCUMENTS_HELD, documents)
    return t.NO_ANSWER.format(documents=held, question=_shorten(query.raw, 120))


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


def _related_heading(result: SearchResult, language: Language) -> str:
    """What the related passages are: closest ones, or ones the filters could not check."""
    t = texts_for(language)
    # A page without a year whose day the filter took in is checked: no filter failed it.
    if any(set(hit.unchecked) - {"year"} for hit in result.related):
        return t.UNCHECKED_HEADING
    return t.CLOSEST_HEADING


def _unchecked_notes(hit: Hit, language: Language) -> list[str]:
    notes = texts_for(language).UNCHECKED_NOTES
    # A page that states its day but no year is told apart from one that states no date.
    yearless = hit.passage.yearless_day is not None
    names = ["year" if name == "date" and yearless else name for name in hit.unchecked]
    return [notes[name] for name in dict.fromkeys(names) if name in notes]


def _related_html(result: SearchResult, language: Language) -> list[str]:
    """The related passages as message blocks, headed by what they are; none if none."""
    if not result.related:
        return []
    heading = f"<i>{html.escape(_related_heading(result, language), quote=False)}</i>"
    return [heading, *_noted_blocks(result.related, language, question_language(result))]


def _noted_blocks(hits: Sequence[Hit], language: Language, asked_in: Language | None) -> list[str]:
    """The hits' quote blocks (:func:`_grouped_blocks`), each followed by what of the
    question's filters could not be checked against it (a page that states no date)."""
    blocks = []
    for hit, block in zip(
        display_order(hits), _grouped_blocks(hits, language, asked_in), strict=True
    ):
        notes = "".join(
            f"\n<i>{html.escape(note, quote=False)}</i>" for note in _unchecked_notes(hit, language)
        )
        blocks.append(block + notes)
    return blocks


def format_result_html(
    result: SearchResult, documents: int, language: Language = "en"
) -> list[str]:
    """The bot's reply to a question: one or more messages of Telegram HTML.

    Passages of one transcript stand under one short source line (:func:`display_order`);
    a quote in another language than the question's says so on that line. Passages that are
    not answers (``result.related``) follow under a heading that says what they are.
    """
    related = _related_html(result, language)
    if not result.hits:
        blocks = [html.escape(no_answer_text(result, documents, language), quote=False)]
        return split_message(blocks + related)
    answers = _noted_blocks(result.hits, language, question_language(result))
    return split_message(answers + related)


def format_passages_html(
    passages: Sequence[Passage], *, heading: str = "", language: Language = "en"
) -> list[str]:
    """A run of passages (a whole turn, or a passage with its neighbours) under their source."""
    blocks = [f"<i>{html.escape(heading, quote=False)}</i>"] if heading else []
    if passages:
        blocks.append(source_line_html(passages[0], language))
    speaker = None
    for passage in passages:
        body = f"<blockquote>{html.escape(passage.text, quote=False)}</blockquote>"
        if passage.speaker != speaker:
            body = f"<b>{html.escape(passage.speaker, quote=False)}</b>\n" + body
            speaker = passage.speaker
        blocks.append(body)
    return split_message(blocks)


def format_other_version_html(passage: Passage, language: Language) -> list[str]:
    """The passage of an event's other-language transcript that matches a quote."""
    heading = texts_for(language).OTHER_VERSION_HEADING[passage.language]
    return split_message(
        [f"<i>{html.escape(heading, quote=False)}</i>", quote_html(passage, (), language)]
    )


def _plain_quote(
    hit: Hit, number: int, bold: tuple[str, str], language: Language, *, show_reply: bool = True
) -> str:
    p = hit.passage
    text = _marked(p.text, hit.highlights, "\x00", "\x01")
    text = html.unescape(text).replace("\x00", bold[0]).replace("\x01", bold[1])
    lines = [f"{number}. {p.speaker} ({p.role})"]
    lines.extend("   " + line if line else "" for line in f"“{text}”".split("\n"))
    if show_reply and p.in_reply_to and p.role == "answer":
        reply = plain_text(texts_for(language).IN_REPLY_TO)
        lines.append(f"   {reply} {_shorten(p.in_reply_to, REPLY_LINE_CHARS)}")
    return "\n".join(lines)


def _plain_blocks(
    hits: Sequence[Hit], first_number: int, bold: tuple[str, str], language: Language
) -> list[str]:
    """Quotes for a terminal, one source line per transcript (as the bot groups them)."""
    blocks: list[str] = []
    current: str | None = None
    previous: Hit | None = None
    for number, hit in enumerate(display_order(hits), first_number):
        show_reply = not _repeats_question(hit, previous)
        previous = hit
        quote = _plain_quote(hit, number, bold, language, show_reply=show_reply)
        if hit.passage.doc_id != current:
            current = hit.passage.doc_id
            quote = f"{source_line_text(hit.passage, language)}\n{quote}"
        notes = "".join(f"\n   ({note})" for note in _unchecked_notes(hit, language))
        blocks.append(quote + notes)
    return blocks


def format_result_text(
    result: SearchResult, documents: int, *, ansi: bool = False, language: Language = "en"
) -> str:
    """The same answer for a terminal, grouped by document; matched words bold when ``ansi``."""
    bold = ("\x1b[1m", "\x1b[0m") if ansi else ("", "")
    parts = _plain_blocks(result.hits, result.offset + 1, bold, language) or [
        no_answer_text(result, documents, language)
    ]
    if result.related:
        parts.append(_related_heading(result, language))
        parts.extend(_plain_blocks(result.related, 1, bold, language))
    return "\n\n".join(parts)


def format_sources_html(
    documents: Sequence[DocumentSummary], limit: int = 30, language: Language = "en"
) -> list[str]:
    """/sources: the documents loaded, newest first."""
    t = texts_for(language)
    lines = [plural(language, t.SOURCES_HEADING, len(documents))]
    for doc in documents[:limit]:
        title = html.escape(doc.title, quote=False)
        if doc.source_url and doc.source_url.startswith(("http://", "https://")):
            title = f'<a href="{html.escape(doc.source_url, quote=True)}">{title}</a>'
        passages = plural(language, t.PASSAGES, doc.passages)
        date = format_date(doc.date, language, yearless_day=doc.yearless_day)
        lines.append(t.SOURCES_LINE.format(date=date, title=title, passages=passages))
    if len(documents) > limit:
        lines.append(plural(language, t.SOURCES_MORE, len(documents) - limit))
    return split_message(lines, sep="\n")


def format_speakers_html(pairs: Sequence[tuple[str, int]], language: Language) -> list[str]:
    """/speakers: who can be quoted, with passage counts."""
    t = texts_for(language)
    lines = [t.SPEAKERS_HEADING] + [
        t.SPEAKER_LINE.format(name=html.escape(name), passages=plural(language, t.PASSAGES, count))
        for name, count in pairs
    ]
    return split_message(lines, sep="\n")


def plain_text(html_text: str) -> str:
    """Telegram HTML as the plain text a reader sees: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", html_text))
