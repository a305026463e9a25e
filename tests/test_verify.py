"""Quote check: the verdict and the differing words for each kind of distortion, EN and RU."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from retrieval.tokenizer import normalize_for_match, word_spans
from retrieval.verify import (
    MAX_QUOTE_WORDS,
    Reason,
    Verdict,
    Verification,
    quoted_claim,
    verify_quote,
)
from tests.conftest import EVAL_TRANSCRIPTS, ROOT, SAMPLE_DIR

VERIFY_TRANSCRIPTS = ROOT / "tests" / "verify_transcripts"
LAVROV = (
    "We will never accept attempts to dictate to us from outside how we should live. Our Western "
    "partners keep saying that the rules-based order is the only way forward, but nobody has ever "
    "seen these rules written down. We prefer international law, which was agreed by all "
    "countries at the United Nations."
)
ZAKHAROVA = (
    "Мы неоднократно предупреждали, что расширение НАТО на восток не укрепит ничью безопасность. "
    "Вместо диалога нам предлагают ультиматумы, а любые наши озабоченности называют "
    "«пропагандой». Ответственность за последствия ляжет на тех, кто принимал эти решения, и мы "
    "ещё вернёмся к этому вопросу."
)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    documents = []
    for folder in (SAMPLE_DIR, EVAL_TRANSCRIPTS, VERIFY_TRANSCRIPTS):
        documents += load_corpus(folder).documents
    return SearchIndex(documents)


def covered(v: Verification) -> str:
    assert v.passage is not None and v.span is not None
    return v.text[v.span[0] : v.span[1]]


def diffs(v: Verification) -> list[tuple[str, str | None, str | None]]:
    """(kind, quote words, passage words), each checked against its positions."""
    assert v.passage is not None
    out = []
    for d in v.differences:
        if d.quote_span:
            assert v.quote[d.quote_span[0] : d.quote_span[1]] == d.quote
        if d.passage_span:
            assert v.text[d.passage_span[0] : d.passage_span[1]] == d.passage
        out.append((d.kind, d.quote, d.passage))
    return out


def test_the_transcripts_hold_the_passages(index: SearchIndex) -> None:
    texts = {p.text for p in index.passages}
    assert LAVROV in texts and ZAKHAROVA in texts


# --- exact --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # the whole sentence
        (
            "We will never accept attempts to dictate to us from outside how we should live.",
            "We will never accept attempts to dictate to us from outside how we should live",
        ),
        # trimmed at both ends, across a sentence end
        (
            "accept attempts to dictate to us from outside how we should live. Our Western",
            "accept attempts to dictate to us from outside how we should live. Our Western",
        ),
        # different punctuation, quotation marks, case, dashes and an apostrophe-less hyphen
        (
            "«we will NEVER accept attempts – to dictate to us, from outside – how we should"
            " live… our western partners keep saying that “the rules‑based order is the only"
            " way forward”»",
            LAVROV[: LAVROV.index(" forward") + len(" forward")],
        ),
        (
            "Мы неоднократно предупреждали, что расширение НАТО на восток не укрепит ничью"
            " безопасность.",
            "Мы неоднократно предупреждали, что расширение НАТО на восток не укрепит ничью"
            " безопасность",
        ),
        ("расширение НАТО на восток не укрепит", "расширение НАТО на восток не укрепит"),
        # ё/е, a Latin "a" typed inside a Russian word, straight quotes, no capitals
        (
            "вместо диалога нам предлагают ультимaтумы; а любые наши озабоченности называют"
            ' "пропагандой" — ответственность за последствия ляжет на тех, кто принимал'
            " эти решения, и мы еще вернемся",
            ZAKHAROVA[ZAKHAROVA.index("Вместо") : ZAKHAROVA.index(" к этому")],
        ),
    ],
)
def test_exact_quotes(index: SearchIndex, quote: str, expected: str) -> None:
    v = verify_quote(index, quote)
    assert v.verdict == Verdict.EXACT, v
    assert covered(v) == expected
    assert v.differences == () and v.cuts == 0
    assert v.matched_words == v.quote_words == len(word_spans(v.quote))


@pytest.mark.parametrize(
    ("quote", "cut", "end"),
    [
        (
            "Our Western partners keep saying … nobody has ever seen these rules written down",
            "that the rules-based order is the only way forward, but",
            "written down",
        ),
        (
            "Мы неоднократно предупреждали... Ответственность за последствия ляжет на тех",
            None,
            "ляжет на тех",
        ),
        (
            "We will never accept attempts [...] how we should live",
            "to dictate to us from outside",
            "should live",
        ),
    ],
)
def test_words_dropped_with_an_ellipsis_are_exact(
    index: SearchIndex, quote: str, cut: str | None, end: str
) -> None:
    v = verify_quote(index, quote)
    assert v.verdict == Verdict.EXACT, v
    assert covered(v).endswith(end)
    assert v.cuts > 0 and v.differences == ()
    if cut is not None:
        assert v.cuts == len(word_spans(cut))
        assert [v.text[s:e] for s, e in v.cut_spans] == [cut]


# --- close --------------------------------------------------------------------------------------


def test_one_and_two_words_replaced(index: SearchIndex) -> None:
    v = verify_quote(index, "We will never tolerate attempts to dictate to us from outside")
    assert v.verdict == Verdict.CLOSE
    assert diffs(v) == [("replaced", "tolerate", "accept")]
    assert v.differing_words == 1

    v = verify_quote(
        index, "We will never tolerate attempts to dictate to us from abroad how we should live."
    )
    assert v.verdict == Verdict.CLOSE and v.differing_words == 2
    assert diffs(v) == [("replaced", "tolerate", "accept"), ("replaced", "abroad", "outside")]
    assert v.passage is not None and v.passage.speaker == "Sergey Lavrov"
    first = v.differences[0]
    assert first.quote_span == (14, 22) and first.passage_span == (14, 20)

    v = verify_quote(index, "расширение НАТО на восток не усилит ничью безопасность")
    assert v.verdict == Verdict.CLOSE
    assert diffs(v) == [("replaced", "усилит", "укрепит")]
    # The first or the last word replaced reads as replaced too, not as added.
    v = verify_quote(index, "расширение НАТО на восток не усилит")
    assert diffs(v) == [("replaced", "усилит", "укрепит")]
    v = verify_quote(index, "Their Western partners keep saying that the rules-based order")
    assert diffs(v) == [("replaced", "Their", "Our")]
    # Before the passage's first word there is nothing to replace: an added word.
    v = verify_quote(index, "Meanwhile, we will never accept attempts to dictate to us")
    assert diffs(v) == [("added", "Meanwhile", None)]
    v = verify_quote(index, "расширение альянса на восток не усилит ничью безопасность")
    assert diffs(v) == [("replaced", "альянса", "НАТО"), ("replaced", "усилит", "укрепит")]
    assert v.passage is not None and v.passage.speaker == "Maria Zakharova"


def test_changed_word_order_in_one_clause(index: SearchIndex) -> None:
    v = verify_quote(
        index, "We will never accept attempts to dictate to us how we should live from outside"
    )
    assert v.verdict == Verdict.CLOSE
    assert diffs(v) == [("moved", "from", "from"), ("moved", "outside", "outside")]
    assert v.matched_words == v.quote_words - 2
    # the passage positions are where the words stand in the transcript
    assert [d.passage_span for d in v.differences] == [
        (LAVROV.index(" from ") + 1, LAVROV.index(" from ") + 5),
        (LAVROV.index("outside"), LAVROV.index("outside") + 7),
    ]

    v = verify_quote(index, "Вместо диалога нам ультиматумы предлагают")
    assert v.verdict == Verdict.CLOSE
    assert diffs(v) == [("moved", "ультиматумы", "ультиматумы")]
    assert covered(v) == "Вместо диалога нам предлагают ультиматумы"


def test_words_dropped_without_an_ellipsis_are_marked(index: SearchIndex) -> None:
    v = verify_quote(
        index, "Our Western partners keep saying nobody has ever seen these rules written down"
    )
    assert v.verdict == Verdict.CLOSE
    assert diffs(v) == [
        ("omitted", None, "that the rules-based order is the only way forward, but")
    ]
    assert v.differing_words == 11

    v = verify_quote(index, "We will never accept attempts to dictate to us how we should live")
    assert diffs(v) == [("omitted", None, "from outside")]


def test_words_added_to_the_quote(index: SearchIndex) -> None:
    v = verify_quote(
        index, "Мы неоднократно и настойчиво предупреждали, что расширение НАТО на восток"
    )
    assert v.verdict == Verdict.CLOSE
    assert diffs(v) == [("added", "и настойчиво", None)]


def test_a_quote_that_runs_into_the_next_paragraph(index: SearchIndex) -> None:
    v = verify_quote(
        index, "agreed by all countries at the United Nations. This is not a new debate."
    )
    assert v.verdict == Verdict.EXACT
    assert [p.paragraph for p in v.passages] == [0, 1] and v.passage == v.passages[0]
    assert v.text == "\n\n".join(p.text for p in v.passages)
    assert (
        covered(v) == "agreed by all countries at the United Nations.\n\nThis is not a new debate"
    )

    v = verify_quote(
        index, "и мы еще вернемся к этому вопросу. Напомню, что еще в декабре прошлого"
    )
    assert v.verdict == Verdict.EXACT and len(v.passages) == 2
    assert v.passage is not None and v.passage.speaker == "Maria Zakharova"

    v = verify_quote(index, "и мы ещё вернёмся к этому вопросу. Напомню, что ещё в ноябре прошлого")
    assert v.verdict == Verdict.CLOSE and len(v.passages) == 2
    assert diffs(v) == [("replaced", "ноябре", "декабре")]
    # Within one passage the passage alone is shown, not its neighbours.
    v = verify_quote(index, "This is not a new debate. For years we have proposed")
    assert len(v.passages) == 1 and v.text == v.passages[0].text


# --- not found ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "The economy grew by three percent thanks to strong exports of grain.",
        "Курс рубля вырос благодаря высоким ценам на нефть и газ",
        # the words of the transcript, shuffled beyond one clause: not the same quote
        "live should we how outside from us to dictate to attempts accept never will we",
        # real words of two different passages glued together
        "We will never accept attempts to dictate. Trade between our countries keeps growing",
    ],
)
def test_quotes_that_match_nothing_are_not_found(index: SearchIndex, quote: str) -> None:
    v = verify_quote(index, quote)
    assert v.verdict == Verdict.NOT_FOUND
    assert v.reason == Reason.NO_MATCH
    assert v.passage is None and v.differences == ()


def test_quotes_that_cannot_be_checked_say_why(index: SearchIndex) -> None:
    assert verify_quote(index, "«never accept»").reason == Reason.TOO_SHORT
    assert verify_quote(index, "“”").reason == Reason.TOO_SHORT
    assert verify_quote(index, "word " * (MAX_QUOTE_WORDS + 1)).reason == Reason.TOO_LONG
    assert verify_quote(index, "we will not do it for them").reason == Reason.NO_TERMS


def test_the_same_words_said_twice_name_the_first_and_list_the_other(tmp_path: Path) -> None:
    # The eval corpus repeats nothing; a copy of the Minsk transcript a year later does.
    folder = tmp_path
    source = VERIFY_TRANSCRIPTS / "2019-04-12_lavrov_press_conference_minsk.txt"
    later = source.read_text("utf-8").replace("April 12, 2019", "May 20, 2020")
    later = later.replace("12 April 201916:40", "20 May 202010:00")
    later = later.replace("next two years", "next three years")  # not a duplicate file
    (folder / "2020-05-20_lavrov_repeat.txt").write_text(later, "utf-8")
    (folder / source.name).write_text(source.read_text("utf-8"), "utf-8")
    twice = SearchIndex(load_corpus(folder).documents)
    v = verify_quote(twice, "nobody has ever seen these rules written down")
    assert v.verdict == Verdict.EXACT
    assert v.passage is not None and v.passage.date is not None
    assert v.passage.date.isoformat() == "2019-04-12"
    assert [p.date.isoformat() for p in v.also if p.date] == ["2020-05-20"]


# --- any piece of any passage is found exactly --------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_any_stretch_of_a_passage_is_exact(index: SearchIndex, data: st.DataObject) -> None:
    passages = [p for p in index.passages if len(word_spans(p.text)) >= 8]
    passage = data.draw(st.sampled_from(passages))
    spans = word_spans(passage.text)
    length = data.draw(st.integers(6, min(40, len(spans))))
    start = data.draw(st.integers(0, len(spans) - length))
    quote = passage.text[spans[start][0] : spans[start + length - 1][1]]
    assume(index.analyzer.terms(quote))  # only stop words: nothing to look it up by (no_terms)
    v = verify_quote(index, quote)
    assert v.verdict == Verdict.EXACT, (quote, v)
    # The covered words are the quote's words (the same stretch may also occur elsewhere).
    assert [normalize_for_match(covered(v)[s:e]) for s, e in word_spans(covered(v))] == [
        normalize_for_match(quote[s:e]) for s, e in word_spans(quote)
    ]


# --- quotation marks at the start of a message ----------------------------------------------------


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        (
            "«Мы неоднократно предупреждали об этом», — заявила Захарова",
            "Мы неоднократно предупреждали об этом",
        ),
        (
            '"We will never accept attempts to dictate to us," Lavrov said',
            "We will never accept attempts to dictate to us,",
        ),
        ("“We will never accept attempts to dictate”", "We will never accept attempts to dictate"),
        ("„Wir werden das niemals akzeptieren“", "Wir werden das niemals akzeptieren"),
        ("«Он сказал «нет» и ушёл из зала»", "Он сказал «нет» и ушёл из зала"),
        (
            '"we will never accept attempts without a closing mark',
            "we will never accept attempts without a closing mark",
        ),
        ('"Rome Statute" speaker:lavrov', None),  # a phrase search
        ('"International Criminal Court"', None),  # too short to be a quote check
        ('"never accept attempts to dictate" speaker:lavrov since 2019', None),
        ("What did Lavrov say about the ICC?", None),
        ("", None),
    ],
)
def test_quoted_claim(message: str, claim: str | None) -> None:
    assert quoted_claim(message) == claim
