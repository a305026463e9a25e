"""Telegram HTML and terminal text from hits: escaped, valid, within limits."""

from __future__ import annotations

import datetime as dt

from bot.formatting import (
    MAX_MESSAGE_CHARS,
    format_date,
    format_passages_html,
    format_result_html,
    format_result_text,
    quote_html,
    snippet,
    split_message,
    telegram_length,
)
from retrieval.passages import Passage
from retrieval.query import ParsedQuery
from retrieval.search import Hit, NoAnswer, SearchResult
from tests.fake_bot_api import parse_telegram_html


def passage(text: str = 'We <3 the ICC & the "Rome" Statute.', **extra) -> Passage:
    fields = dict(
        id="abcdef012345",
        doc_id="doc",
        title="Remarks <b>& answers</b>, Moscow, March 17, 2021",
        date=dt.date(2021, 3, 17),
        place="Moscow",
        language="en",
        speaker="Sergey <Lavrov>",
        role="answer",
        turn=3,
        paragraph=0,
        text=text,
        in_reply_to="What about the <ICC>?",
        source_url='https://example.org/a?b=1&c="2"',
    )
    fields.update(extra)
    return Passage(**fields)


def result(*hits: Hit, reason: str | None = None) -> SearchResult:
    return SearchResult(ParsedQuery(raw="q <x>", text="q"), ("icc",), hits, reason=reason)


def test_quote_has_speaker_quote_reply_and_source_all_escaped() -> None:
    p = passage()
    start = p.text.index("ICC")
    html = quote_html(p, [(start, start + 3)])
    text, entities = parse_telegram_html(html)  # raises on invalid Telegram HTML
    assert html.startswith("<b>Sergey &lt;Lavrov&gt;</b>")
    assert "<blockquote>We &lt;3 the <u>ICC</u> &amp; the" in html
    assert "In reply to: What about the <ICC>?" in text
    assert "17 Mar 2021 · Moscow · Remarks <b>& answers</b>" in text
    kinds = {e["type"] for e in entities}
    assert {"bold", "blockquote", "underline", "italic", "text_link"} <= kinds


def test_unsafe_links_are_not_linked() -> None:
    html = quote_html(passage(source_url="javascript:alert(1)"))
    parse_telegram_html(html)
    assert "javascript" not in html


def test_long_replies_split_at_paragraphs_and_stay_valid() -> None:
    long_text = "\n\n".join(f"Paragraph {i} " + "word " * 150 for i in range(30))
    hits = [Hit(passage(long_text), 1.0, ((0, 9), (5000, 5004)), 1.0)]
    chunks = format_result_html(result(*hits), 1)
    assert len(chunks) > 1
    for chunk in chunks:
        assert len(chunk) <= MAX_MESSAGE_CHARS
        parse_telegram_html(chunk)


def test_split_message_keeps_blocks_whole_when_they_fit() -> None:
    blocks = ["a" * 3000, "b" * 3000, "c" * 10]
    assert split_message(blocks) == ["a" * 3000, "b" * 3000 + "\n\n" + "c" * 10]


def test_no_answer_text_explains() -> None:
    [message] = format_result_html(result(reason=NoAnswer.NO_MATCH), 9)
    assert "9 transcripts" in message and "q &lt;x&gt;" in message
    parse_telegram_html(message)


def test_whole_turn_and_terminal_text() -> None:
    ps = [passage(paragraph=i, text=f"Part {i} <ok>") for i in range(3)]
    [html] = format_passages_html(ps, heading="Full answer to: <q>")
    parse_telegram_html(html)
    assert html.count("<b>Sergey &lt;Lavrov&gt;</b>") == 1
    text = format_result_text(result(Hit(ps[0], 1.0, ((0, 4),), 1.0)), 1, ansi=True)
    assert "\x1b[1mPart\x1b[0m" in text and "Sergey <Lavrov> (answer)" in text


def test_snippet_and_date() -> None:
    p = passage("x " * 300 + "the ICC decision" + " y" * 300)
    start = p.text.index("ICC")
    piece = snippet(p, [(start, start + 3)], limit=120)
    assert "ICC" in piece and len(piece) <= 125
    assert format_date(None) == "date unknown"
    assert format_date(dt.date(2021, 3, 7)) == "7 Mar 2021"


def test_split_counts_like_telegram_emoji_twice() -> None:
    emoji_text = "\n\n".join("🙂" * 900 + f" part {i}" for i in range(6))
    chunks = format_result_html(result(Hit(passage(emoji_text), 1.0, (), 1.0)), 1)
    assert len(chunks) > 1
    for chunk in chunks:
        assert telegram_length(chunk) <= MAX_MESSAGE_CHARS
        parse_telegram_html(chunk)
    assert telegram_length("a🙂") == 3
