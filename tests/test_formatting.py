"""Telegram HTML and terminal text from hits: escaped, valid, within limits."""

from __future__ import annotations

import datetime as dt

from bot.formatting import (
    MAX_MESSAGE_CHARS,
    display_order,
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


def test_quote_has_source_line_speaker_quote_and_reply_all_escaped() -> None:
    p = passage()
    start = p.text.index("ICC")
    html = quote_html(p, [(start, start + 3)])
    text, entities = parse_telegram_html(html)  # raises on invalid Telegram HTML
    # One short source line first: date · place · the kind of event, linked.
    assert html.startswith('📄 17 Mar 2021 · Moscow · <a href="https://example.org/a?b=1&amp;c')
    assert "\n<b>Sergey &lt;Lavrov&gt;</b>\n" in html
    assert "<blockquote>We &lt;3 the <u>ICC</u> &amp; the" in html
    assert "In reply to: What about the <ICC>?" in text
    assert text.splitlines()[0] == "📄 17 Mar 2021 · Moscow · remarks"
    kinds = {e["type"] for e in entities}
    assert {"bold", "blockquote", "underline", "italic", "text_link"} <= kinds


def test_a_title_of_no_known_kind_is_shortened_and_escaped() -> None:
    title = "On the <b>situation</b> & the outlook for talks on the Black Sea grain initiative"
    html = quote_html(passage(title=title.replace("talks", "plans")))
    text, _ = parse_telegram_html(html)
    first = text.splitlines()[0]
    assert first.startswith("📄 17 Mar 2021 · Moscow · On the <b>situation</b> & the")
    assert first.endswith("…") and len(first) < 90
    assert "&lt;b&gt;situation" in html


def test_passages_of_one_transcript_stand_under_one_source_line() -> None:
    a1, a2 = passage(id="a1", text="First ICC."), passage(id="a2", text="Second ICC.")
    b = passage(id="b1", doc_id="other", place="Minsk", text="Elsewhere ICC.")
    # Ranked a1, b, a2: shown a1, a2 under doc's line, then b under its own.
    [html] = format_result_html(result(*(Hit(p, 1.0, (), 1.0) for p in (a1, b, a2))), 2)
    text, _ = parse_telegram_html(html)
    assert text.count("📄") == 2
    assert text.index("First") < text.index("Second") < text.index("📄 17 Mar 2021 · Minsk")
    assert text.index("📄 17 Mar 2021 · Minsk") < text.index("Elsewhere")
    assert [h.passage.id for h in display_order([Hit(p, 1.0, (), 1.0) for p in (a1, b, a2)])] == [
        "a1",
        "a2",
        "b1",
    ]


def test_a_quote_in_another_language_than_the_question_says_so() -> None:
    english = Hit(passage(text="About Syria."), 1.0, (), 1.0)
    asked_in_russian = SearchResult(ParsedQuery(raw="о Сирии", text="Сирии"), (), (english,))
    [html] = format_result_html(asked_in_russian, 1, "ru")
    assert "· <i>на английском</i>" in html.splitlines()[0]
    text, _ = parse_telegram_html(html)
    assert text.startswith("📄 17 марта 2021 · Москва · выступление · на английском\n")
    asked_in_english = SearchResult(ParsedQuery(raw="Syria", text="Syria"), (), (english,))
    [html] = format_result_html(asked_in_english, 1, "ru")
    assert "на английском" not in html


def test_the_reply_is_in_the_interface_language_and_the_quote_is_not() -> None:
    p = passage(text="We <3 the ICC.")
    [html] = format_result_html(result(Hit(p, 1.0, (), 1.0)), 1, "ru")
    text, _ = parse_telegram_html(html)
    assert "В ответ на: What about the <ICC>?" in text
    assert "We <3 the ICC." in text  # quotes are never translated
    [none] = format_result_html(result(reason=NoAnswer.NO_MATCH), 5, "ru")
    assert "Ни в одной из 5 стенограмм" in none and "«q &lt;x&gt;»" in none


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
    assert format_date(dt.date(2021, 3, 7), "ru") == "7 марта 2021"
    assert format_date(None, "ru") == "дата неизвестна"


def test_split_counts_like_telegram_emoji_twice() -> None:
    emoji_text = "\n\n".join("🙂" * 900 + f" part {i}" for i in range(6))
    chunks = format_result_html(result(Hit(passage(emoji_text), 1.0, (), 1.0)), 1)
    assert len(chunks) > 1
    for chunk in chunks:
        assert telegram_length(chunk) <= MAX_MESSAGE_CHARS
        parse_telegram_html(chunk)
    assert telegram_length("a🙂") == 3


def test_the_question_stands_once_over_the_passages_that_answer_it() -> None:
    first = passage("First paragraph of the answer.", id="a00000000001", paragraph=0)
    second = passage("Second paragraph of the answer.", id="a00000000002", paragraph=1)
    other = passage(
        "An answer to another question.", id="a00000000003", turn=5, in_reply_to="And Syria?"
    )
    hits = [Hit(p, 1.0, (), 1.0) for p in (first, second, other)]
    [html] = format_result_html(result(*hits), 1)
    text, _ = parse_telegram_html(html)
    assert text.count("In reply to: What about the <ICC>?") == 1
    assert text.index("In reply to: What about the <ICC>?") > text.index("First paragraph")
    assert text.index("In reply to: What about the <ICC>?") < text.index("Second paragraph")
    assert text.count("In reply to: And Syria?") == 1
    plain = format_result_text(result(*hits), 1)
    assert plain.count("In reply to: What about the <ICC>?") == 1
    assert plain.count("In reply to: And Syria?") == 1
