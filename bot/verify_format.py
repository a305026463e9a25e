"""Quote-check verdicts as text: Telegram HTML for the bot, plain text for the terminal.

Both renderings come from the same pieces, so ``statements-bot verify`` prints what the bot says.
The passage is shown whole, with the part the quote covers underlined and the words that differ
in bold; the quote's own words that are not in the passage are listed under it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from bot.formatting import plain_text, split_message
from bot.i18n import Language, format_date, plural, texts_for
from bot.sourceline import source_line_html
from retrieval.passages import Passage
from retrieval.verify import MAX_QUOTE_WORDS, MIN_QUOTE_WORDS, Reason, Verdict, Verification

__all__ = ["verify_html", "verify_text"]

#: Other occurrences listed under an exact quote.
ALSO_SHOWN = 3

# Markers for the two renderings: (underline open, close, bold open, close).
_HTML_MARKS = ("<u>", "</u>", "<b>", "</b>")
_PLAIN_MARKS = ("", "", "[", "]")
_ANSI_MARKS = ("\x1b[4m", "\x1b[24m", "\x1b[1m", "\x1b[22m")


def _marked(
    text: str,
    span: tuple[int, int],
    bold: Sequence[tuple[int, int]],
    cuts: Sequence[tuple[int, int]],
    marks: tuple[str, str, str, str],
    escape: Callable[[str], str],
) -> str:
    """``text`` with ``span`` underlined except its ``cuts``, and the ``bold`` spans in bold."""
    start, end = span
    out = [escape(text[:start])]
    pos = start
    pieces, piece_start = [], start
    for cut_start, cut_end in sorted(cuts):
        pieces.append((piece_start, cut_start))
        piece_start = cut_end
    pieces.append((piece_start, end))
    for piece_start, piece_end in pieces:
        out += [escape(text[pos:piece_start]), marks[0]]
        pos = piece_start
        for s, e in sorted(bold):
            s, e = max(s, pos), min(e, piece_end)
            if s >= e:
                continue
            out += [escape(text[pos:s]), marks[2], escape(text[s:e]), marks[3]]
            pos = e
        out += [escape(text[pos:piece_end]), marks[1]]
        pos = piece_end
    out.append(escape(text[pos:]))
    return "".join(out)


def _difference_lines(
    verification: Verification, escape: Callable[[str], str], lang: Language
) -> list[str]:
    lines = []
    for d in verification.differences:
        template = texts_for(lang).DIFFERENCE_LINES[d.kind]
        lines.append(
            "• " + template.format(quote=escape(d.quote or ""), passage=escape(d.passage or ""))
        )
    return lines


def _problem(verification: Verification, documents: int, lang: Language) -> str:
    """The reply for a quote that was not checked or not found (Telegram HTML)."""
    t = texts_for(lang)
    if verification.reason == Reason.TOO_SHORT:
        return html.escape(t.VERIFY_TOO_SHORT.format(min_words=MIN_QUOTE_WORDS))
    if verification.reason == Reason.TOO_LONG:
        words, most = verification.quote_words, MAX_QUOTE_WORDS
        return html.escape(t.VERIFY_TOO_LONG.format(words=words, max_words=most))
    if verification.reason == Reason.NO_TERMS:
        return html.escape(t.VERIFY_NO_TERMS)
    return t.VERIFY_NOT_FOUND.format(documents=plural(lang, t.DOCUMENTS_HELD, documents))


def _plain_source(passage: Passage, lang: Language) -> str:
    place = f" · {passage.place}" if passage.place else ""
    date = format_date(passage.date, lang, yearless_day=passage.yearless_day)
    line = f"{date}{place} · {passage.title}"
    return f"{line}\n{passage.source_url}" if passage.source_url else line


def _heading(verification: Verification, lang: Language) -> str:
    t = texts_for(lang)
    if verification.verdict == Verdict.EXACT:
        return t.VERIFY_EXACT
    return plural(lang, t.VERIFY_CLOSE, verification.differing_words)


def verify_html(verification: Verification, documents: int, lang: Language = "en") -> list[str]:
    """The bot's reply to a quote check: one or more messages of Telegram HTML.

    Args:
        verification: The verdict.
        documents: Transcripts held, for the "not found" wording.
        lang: The reader's interface language.
    """
    t = texts_for(lang)
    passage = verification.passage
    if passage is None or verification.span is None:
        return [_problem(verification, documents, lang)]
    escape = _escape
    bold = [d.passage_span for d in verification.differences if d.passage_span]
    cuts = verification.cut_spans
    quoted = _marked(verification.text, verification.span, bold, cuts, _HTML_MARKS, escape)
    blocks = [_heading(verification, lang)]
    if verification.cuts:
        blocks[0] += " " + html.escape(plural(lang, t.VERIFY_CUTS, verification.cuts))
    blocks.append(
        source_line_html(passage, lang)
        + f"\n<b>{escape(passage.speaker)}</b>\n<blockquote>{quoted}</blockquote>"
    )
    if verification.differences:
        lines = [escape(t.DIFFERENCES_HEADING), *_difference_lines(verification, escape, lang)]
        blocks.append("\n".join(lines))
    if verification.also:
        also = [escape(plural(lang, t.VERIFY_ALSO, len(verification.also)))]
        also += ["• " + source_line_html(p, lang) for p in verification.also[:ALSO_SHOWN]]
        blocks.append("\n".join(also))
    blocks.append(t.VERIFY_WORDS_ONLY)
    return split_message(blocks)


def verify_text(
    verification: Verification, documents: int, *, ansi: bool = False, lang: Language = "en"
) -> str:
    """The same verdict for a terminal: differing words in [brackets] (or bold with ``ansi``)."""
    t = texts_for(lang)
    passage = verification.passage
    if passage is None or verification.span is None:
        return plain_text(_problem(verification, documents, lang))
    marks = _ANSI_MARKS if ansi else _PLAIN_MARKS
    bold = [d.passage_span for d in verification.differences if d.passage_span]
    cuts = verification.cut_spans
    quoted = _marked(verification.text, verification.span, bold, cuts, marks, lambda s: s)
    lines = [plain_text(_heading(verification, lang))]
    if verification.cuts:
        lines[0] += " " + plural(lang, t.VERIFY_CUTS, verification.cuts)
    source = _plain_source(passage, lang)
    lines += ["", f"{passage.speaker} ({passage.role})", f"“{quoted}”", source]
    if verification.differences:
        lines += ["", t.DIFFERENCES_HEADING, *_difference_lines(verification, lambda s: s, lang)]
    if verification.also:
        lines += ["", plural(lang, t.VERIFY_ALSO, len(verification.also))]
        lines += ["• " + _plain_source(p, lang).replace("\n", " ") for p in verification.also]
    lines += ["", plain_text(t.VERIFY_WORDS_ONLY)]
    return "\n".join(lines)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)
