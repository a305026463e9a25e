"""Bad input, property-based: the transcript parser, the query parser and the HTML formatter.

Each property runs 1,000 generated examples. Strategies are built from small fragments so the
generator stays cheap and the time goes into the code under test.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.formatting import (
    MAX_MESSAGE_CHARS,
    format_passages_html,
    format_result_html,
    quote_html,
    split_message,
)
from bot.handlers import MAX_QUESTION_CHARS
from retrieval.corpus import load_corpus
from retrieval.passages import QUESTION_SPEAKER, Passage
from retrieval.query import MAX_QUERY_CHARS, ParsedQuery, QuerySyntaxError, parse_query
from retrieval.search import Hit, NoAnswer, SearchIndex, SearchResult
from retrieval.transcript import TranscriptError, parse_transcript
from tests.fake_bot_api import parse_telegram_html, utf16_len

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "2021-03-17_lavrov_ashkenazi_moscow_news_conference.txt"
EXAMPLES = 1000
# Derandomized: CI explores the same 1,000 examples every run (a failure is never luck), and
# inputs that once broke something are pinned with @example.
PROPERTY = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- the transcript parser ---------------------------------------------------------------------

# Page chrome and headers: none of it may ever come out as (part of) a quotable passage.
_BOILERPLATE = frozenset(
    {
        "additional materials",
        "advanced settings",
        "дополнительные материалы",
        "расширенные настройки",
        "print version",
        "версия для печати",
        "photos",
        "photo gallery",
        "фото",
        "share",
    }
)
_LANGUAGE_LINE = re.compile(r"^[•·]?\s*[a-z]{2}-[A-Z]{2}[0-9]?(?:\s+[a-z]{2}-[A-Z]{2}[0-9]?){0,7}$")
_SOURCE_LINE = re.compile(r"^(?:source|источник)\s*:\s*https?://\S+$", re.IGNORECASE)
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")

_PAGE_FRAGMENTS = st.sampled_from(
    [
        "\n", "\n\n", "\n\n\n", " ", "  ", "\t", "\r\n", "\u00a0", "\u2028", "\ufeff",
        "Question: ", "Question (retranslated from English): ", "Sergey Lavrov: ", "Вопрос: ",
        "С.В.Лавров: ", "C.В.Лавров: ", "Maria Zakharova: ", "Olga Belova: ", "Answer: ",
        "Ukraine: ", ": ", "::", "* * *", "***", "-----", "• ", "- ",
        "Additional materials", "Advanced settings", "Дополнительные материалы", "Photos",
        "Print version", "Share Facebook Twitter", "• en-GB1 ru-RU1", "en-GB1 ru-RU1",
        "17 March 202118:27", "7 July 2025 03:31", "29 novembre 201118:11",
        "Foreign Minister Sergey Lavrov's remarks, Moscow, March 17, 2021",
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, 5 May 2022",
        "Ladies and gentlemen,", "Colleagues,", "Thank you.", "Why? ", "Yes. ", "No.",
        "Source: https://mid.ru/en/x/1/", "Source:", "(applause)", "Mr.", "J. ", "e.g. ",
        "sanctions ", "санкции ", "ICC ", "the ", "we ", "believe ", "that ", "Syria ",
        "<b>", "&amp;", "\x00", "\x07", "\u200f", "\u202e", "😀", "\U0001f1f7\U0001f1fa",
    ]
)  # fmt: skip


@cache
def _sample_lines() -> tuple[str, ...]:
    return tuple(SAMPLE.read_text(encoding="utf-8").split("\n"))


@st.composite
def _mutated_sample(draw: st.DrawFn) -> str:
    """The real sample page with lines dropped, duplicated, cut and fragments spliced in."""
    lines = list(_sample_lines())
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(lines)))
        action = draw(st.sampled_from(["insert", "drop", "cut", "dup"]))
        if action == "insert" or not lines:
            lines.insert(at, draw(_PAGE_FRAGMENTS) + draw(st.text(max_size=8)))
            continue
        at = min(at, len(lines) - 1)
        if action == "drop":
            del lines[at]
        elif action == "cut":
            lines[at] = lines[at][: draw(st.integers(0, max(0, len(lines[at]))))]
        else:
            lines.insert(at, lines[at])
    head = draw(st.integers(0, len(lines)))
    tail = draw(st.integers(head, len(lines)))
    # Sometimes only a slice of the page: the header, the middle, the end.
    if draw(st.booleans()):
        lines = lines[head:tail] or lines
    return "\n".join(lines)


_PAGE_TEXTS = st.one_of(
    st.text(max_size=400),
    st.binary(max_size=600).map(lambda b: b.decode("utf-8", errors="replace")),
    st.lists(st.one_of(_PAGE_FRAGMENTS, st.text(max_size=10)), max_size=60).map("".join),
    _mutated_sample(),
)


def _is_boilerplate(line: str) -> bool:
    key = " ".join(line.casefold().split()).strip(" •·|")
    return key in _BOILERPLATE or bool(_LANGUAGE_LINE.match(line.strip()))


@PROPERTY
@given(_PAGE_TEXTS)
@example("0\rQUESTION:ADDITIONAL MATERIALS")  # the end marker right after a label
def test_parser_survives_any_text(text: str) -> None:
    """Any text: a document of clean, attributed passages, or TranscriptError with a reason."""
    try:
        document = parse_transcript(text, "fuzz")
    except TranscriptError as exc:
        assert str(exc).strip()
        return
    assert document.passages
    assert len({p.id for p in document.passages}) == len(document.passages)
    for passage in document.passages:
        assert passage.text.strip() == passage.text
        assert _LETTER_OR_DIGIT.search(passage.text), f"empty passage {passage.text!r}"
        for line in passage.text.split("\n"):
            assert not _is_boilerplate(line), f"boilerplate passage line {line!r}"
            assert not _SOURCE_LINE.match(line.strip()), f"source line kept {line!r}"
        assert passage.speaker and passage.speaker == passage.speaker.strip()
        assert "\n" not in passage.speaker and ":" not in passage.speaker
        assert passage.role in ("statement", "question", "answer")
        # A journalist's turn is a question, never a statement or an answer.
        if passage.speaker == QUESTION_SPEAKER:
            assert passage.role == "question"
        if passage.role == "answer":
            assert passage.in_reply_to


# --- the query parser --------------------------------------------------------------------------


@cache
def _index() -> SearchIndex:
    """The sample and the evaluation transcripts, indexed once for the whole module."""
    documents = load_corpus(ROOT / "data").documents
    documents += load_corpus(ROOT / "bench" / "eval" / "transcripts").documents
    return SearchIndex(documents)


_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)))
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_QUERY_FRAGMENTS = st.sampled_from(
    [
        "speaker:", "speaker:lavrov ", 'speaker:"', 'speaker:"Sergey Lavrov" ', "speaker:question ",
        "speaker:nobody ", "speaker: ", 'speaker:"\u202e', '"', '"Rome Statute"', "«", "»", "“",
        "”", "„", "'", "’", "-", "--", "-word ", "- ", "from:", "to:", "from:2021-01-01 ",
        "to:2021-13-45 ", "from:0000-00-00", "in 2021 ", "since 2020 ", "before 2019 ",
        "in May 2019 ", "в 2021 году ", "с 2020 года ", "what did ", "Lavrov ", "Лавров ",
        "Zakharova's ", "according to ", "say about ", "the journalist asked ", "ICC ",
        "sanctions ", "санкции ", "NATO ", "\u0301", "\u0308", "😀", "👍🏽", "\U0001f1f7\U0001f1fa",
        "\u0627\u0644\u0633\u0644\u0627\u0645", "\u05e9\u05dc\u05d5\u05dd", "\ufeff", "\ufffd",
        "<b>", "</i>", "&amp;", "&", "<", ">", "\\", "%s", "{0}", "\u00a0", " ",
    ]
)  # fmt: skip
_ODD_CHARS = st.one_of(
    st.sampled_from(_CONTROLS + _INVISIBLE),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),  # lone surrogates
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),  # emoji
)


@st.composite
def _questions(draw: st.DrawFn) -> str:
    pieces = draw(
        st.lists(st.one_of(_QUERY_FRAGMENTS, _ODD_CHARS, st.text(max_size=6)), max_size=40)
    )
    text = "".join(pieces)
    if draw(st.integers(0, 9)) == 0:
        # Now and then pad to Telegram's limit and beyond, cheaply.
        text = (text or "x ") * (MAX_QUERY_CHARS // max(1, len(text or "x ")) + 1)
        text = text[: draw(st.integers(MAX_QUERY_CHARS - 50, MAX_QUERY_CHARS + 50))]
    return text


def _clean(value: str) -> bool:
    """No lone surrogates, no control or bidi-override characters."""
    value.encode("utf-8")  # raises on a lone surrogate
    return not any(ch in _CONTROLS or ch in _INVISIBLE for ch in value)


@PROPERTY
@given(_questions())
def test_query_parser_and_search_survive_any_question(question: str) -> None:
    """Any string up to 4096 characters: a clean query, or one named syntax error; search copes."""
    index = _index()
    aliases = index.speaker_aliases
    try:
        parsed = parse_query(question, aliases)
    except QuerySyntaxError as exc:
        # Only an explicit filter can be refused, and the reason names the problem.
        reason = str(exc)
        assert reason.startswith(("unknown speaker", "not a date"))
        assert re.search(
            r"(?:speaker|who|by|from|to|since|before|after|until|date):", question, re.I
        )
        parsed = None
    if parsed is not None:
        assert len(parsed.raw) <= MAX_QUERY_CHARS
        for value in (parsed.raw, parsed.text, *parsed.phrases, *parsed.excluded):
            assert _clean(value), f"unclean {value!r}"
        assert '"' not in parsed.text
        assert set(parsed.speakers) <= set(aliases.values())
        assert len(set(parsed.speakers)) == len(parsed.speakers)
        assert all(p.strip() for p in parsed.phrases)

    result = index.search(question, k=3)
    valid_reasons = {
        NoAnswer.NO_TERMS,
        NoAnswer.NO_MATCH,
        NoAnswer.WEAK,
        NoAnswer.FILTERED,
        NoAnswer.BAD_QUERY,
    }
    if result.hits:
        assert len(result.hits) <= 3 and result.reason is None
    else:
        assert result.reason in valid_reasons
        assert (result.reason == NoAnswer.BAD_QUERY) == (parsed is None)
    for hit in result.hits:
        assert all(0 <= s < e <= len(hit.passage.text) for s, e in hit.highlights)
    # What the bot would send for it is valid Telegram HTML, within the limits (the bot asks
    # for a shorter question before searching anything longer).
    if len(question.strip()) <= MAX_QUESTION_CHARS:
        for message in format_result_html(result, 9):
            _assert_telegram_html(message)


# --- the formatter -----------------------------------------------------------------------------

_ALLOWED_TAGS = {
    "b": set(), "strong": set(), "i": set(), "em": set(), "u": set(), "ins": set(),
    "s": set(), "strike": set(), "del": set(), "tg-spoiler": set(), "span": {"class"},
    "a": {"href"}, "code": {"class"}, "pre": set(), "blockquote": {"expandable"},
}  # fmt: skip
_TAG_RE = re.compile(r'<(/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>')
_ATTR_RE = re.compile(r'([a-z-]+)(?:="([^"<>]*)")?')
_ENTITY_RE = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")


_TOKEN_RE = re.compile(r"<[^<>]*>|&[#a-zA-Z0-9]*;|[^<>&]+|[<>&]")


def _assert_telegram_html(message: str) -> None:
    """Only Telegram's tags, properly nested; <, > and & escaped; within 4096 after parsing."""
    stack: list[str] = []
    for token in _TOKEN_RE.finditer(message):
        piece = token.group()
        if piece[0] == "<":
            tag = _TAG_RE.fullmatch(piece)
            assert tag, f"raw '<' at {token.start()}: {message[token.start() :][:40]!r}"
            closing, name, attrs = tag.groups()
            assert name in _ALLOWED_TAGS, f"tag <{name}> is not Telegram HTML"
            if closing:
                assert stack and stack[-1] == name, f"</{name}> closes {stack}"
                stack.pop()
            else:
                for attr in _ATTR_RE.finditer(attrs):
                    assert attr.group(1) in _ALLOWED_TAGS[name], f"<{name} {attr.group(1)}>"
                assert name not in stack, f"<{name}> nested in itself"
                stack.append(name)
        elif piece[0] == "&":
            assert _ENTITY_RE.fullmatch(piece), f"raw '&' at {token.start()}: {piece[:20]!r}"
        else:
            assert piece != ">", f"raw '>' at {token.start()}"
    assert not stack, f"unclosed {stack}"
    # Telegram's own reading of it (the fake server's parser) and its length rule.
    text, _ = parse_telegram_html(message)
    assert text.strip(), "an empty message"
    assert utf16_len(text) <= MAX_MESSAGE_CHARS, f"{utf16_len(text)} UTF-16 units"
    assert len(message) <= MAX_MESSAGE_CHARS


_MARKUP_PIECES = (
    "<", ">", "&", "&amp;", "&lt;", '"', "'", "<b>", "</b>", "<blockquote>", "</blockquote>",
    "\n", "\n\n", " ", "  ", "word ", "слово ", "😀", "\U0001f1f7\U0001f1fa", "\u202e", "\t",
    "<a href='x'>", "]]>", "<!--", "&#0;", "&#x110000;", ";", "\ufeff", "\u0301", "\u00a0",
)  # fmt: skip
# Characters random text comes from: ASCII, Latin-1, Cyrillic, Hebrew, CJK, emoji and other
# characters outside the BMP (two UTF-16 units each), controls and bidi marks.
_CHAR_RANGES = (
    (0x20, 0x7E), (0xA0, 0xFF), (0x400, 0x4FF), (0x5D0, 0x5EA), (0x4E00, 0x4E80),
    (0x1F300, 0x1FAFF), (0x10000, 0x1007F), (0x01, 0x1F), (0x200B, 0x200F), (0x202A, 0x202E),
)  # fmt: skip
_POOL = tuple(
    [*(_MARKUP_PIECES * 40)]
    + [chr(c) for low, high in _CHAR_RANGES for c in range(low, high + 1, 1 + (high - low) // 200)]
    + list("abcdefghijklmnopqrstuvwxyz .,?!" * 30)
)


# Mostly emoji and words: text whose UTF-16 length is well above its length in characters.
_WIDE_POOL = tuple([chr(c) for c in range(0x1F600, 0x1F650)] + ["word ", "слово ", " ", "\n"] * 8)


def _text_from(seed: int, length: int) -> str:
    """About ``length`` characters of markup-like pieces and mixed scripts, from one seed.

    Content from a seed keeps Hypothesis fast on strings of thousands of characters; it still
    draws the lengths and replays any failure exactly. One seed in four gives emoji-heavy text.
    """
    pool = _WIDE_POOL if seed % 4 == 0 else _POOL
    return "".join(random.Random(seed).choices(pool, k=length))[:length]


def _field(min_size: int = 0, longest: int = 600) -> st.SearchStrategy[str]:
    """Mostly short strings, now and then up to ``longest`` characters."""
    lengths = st.one_of(st.integers(min_size, 40), st.integers(min_size, max(min_size, longest)))
    return st.builds(_text_from, st.integers(0, 2**32 - 1), lengths)


_SHORT = _field()
_QUOTE_TEXT = _field(min_size=1, longest=6000)
_TITLE = _field(longest=500)
_PLACE = st.one_of(st.none(), _field(longest=200))
_SPEAKER = _field(min_size=1, longest=300)
_IN_REPLY_TO = st.one_of(st.none(), _field(longest=2000))
_URLS = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "https://mid.ru/en/foreign_policy/news/1/",
            'https://x.example/"><script>alert(1)</script>',
            "http://x.example/?a=1&b=<2>",
            "javascript:alert(1)",
            "",
        ]
    ),
    _SHORT,
)
_DATES = st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))


def _passage(
    text: str, title: str, date: dt.date | None, place: str | None, speaker: str, role: str,
    in_reply_to: str | None, source_url: str | None,
) -> Passage:  # fmt: skip
    return Passage(
        id="0123456789ab",
        doc_id="d",
        title=title,
        date=date,
        place=place,
        language="en",
        speaker=speaker,
        role=role,  # type: ignore[arg-type]
        turn=0,
        paragraph=0,
        text=text if text.strip() else "x" + text,
        in_reply_to=in_reply_to,
        source_url=source_url,
    )


_PASSAGES = st.builds(
    _passage,
    _QUOTE_TEXT,
    _TITLE,
    _DATES,
    _PLACE,
    _SPEAKER,
    st.sampled_from(["statement", "question", "answer"]),
    _IN_REPLY_TO,
    _URLS,
)


@st.composite
def _hits(draw: st.DrawFn) -> Hit:
    passage = draw(_PASSAGES)
    bound = st.integers(-5, len(passage.text) + 5)
    spans = draw(st.lists(st.tuples(bound, bound), max_size=8))
    return Hit(passage=passage, score=1.0, highlights=tuple(spans), coverage=1.0)


def _asked(text: str) -> str:
    # Query-derived text is at most what the bot lets through (longer questions are refused).
    return text[:MAX_QUESTION_CHARS]


_ASKED = _SHORT.map(_asked)
_NO_ANSWER = st.sampled_from(
    [NoAnswer.NO_TERMS, NoAnswer.NO_MATCH, NoAnswer.WEAK, NoAnswer.FILTERED, NoAnswer.BAD_QUERY]
)


@st.composite
def _results(draw: st.DrawFn) -> SearchResult:
    raw = draw(_ASKED)
    query = ParsedQuery(
        raw=raw,
        text=raw,
        phrases=tuple(draw(st.lists(_ASKED.filter(str.strip), max_size=2))),
        speakers=tuple(draw(st.lists(_ASKED.filter(str.strip), max_size=2))),
        questions=draw(st.booleans()),
        date_from=draw(_DATES),
        date_to=draw(_DATES),
    )
    hits = tuple(draw(st.lists(_hits(), max_size=4)))
    reason = None if hits else draw(_NO_ANSWER)
    return SearchResult(
        query=query,
        terms=(),
        hits=hits,
        offset=draw(st.integers(0, 100)),
        has_more=draw(st.booleans()),
        reason=reason,
        error=draw(_ASKED) if reason == NoAnswer.BAD_QUERY else None,
    )


@PROPERTY
@given(_results(), st.sampled_from(["", "Full answer", "Context", "Full answer to: <b>&"]))
def test_formatter_emits_valid_telegram_html_within_limits(
    result: SearchResult, heading: str
) -> None:
    """Any hits, spans and metadata: valid Telegram HTML, every message within 4096.

    Checked on what the bot sends: the formatter's messages as ``send_html`` passes them on
    (it re-splits a message Telegram would count as too long in UTF-16 units).
    """
    messages = format_result_html(result, 3)
    assert messages
    for message in messages:
        _assert_telegram_html(message)
    if len(messages) == 1 and len(result.hits) == 1:
        # Nothing lost or double-escaped: the quote reads back as the passage text.
        text, _ = parse_telegram_html(messages[0])
        assert result.hits[0].passage.text.strip() in text

    passages = [hit.passage for hit in result.hits]
    if passages:  # the handlers never ask for an empty run of passages
        for message in format_passages_html(passages, heading=heading):
            _assert_telegram_html(message)
    for hit in result.hits:
        # Inline mode posts the first message of one quote.
        quote = split_message([quote_html(hit.passage, hit.highlights)])[0]
        _assert_telegram_html(quote)
