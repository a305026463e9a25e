"""A headline's words made a passage rank after the answer that says them in full.

tests/transcripts/headline_quotes/ holds an interview of our own in the layout of a news site's
copy: a title quoting the deputy minister (the parser keeps the quote as a passage of his, a
line without closing punctuation), a lead, and dash turns whose answer says the headline's
words inside a full sentence. The headline passage is short and repeats the title, so BM25
put it first; a journalist quotes the answer.
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import ROOT

HEADLINE_QUOTES = ROOT / "tests" / "transcripts" / "headline_quotes"
STORY_LEADS = ROOT / "tests" / "transcripts" / "story_leads"
QUESTIONS = (
    "Grushko: are Moscow's warnings about the Baltic heard in Brussels?",
    "Grushko on warnings heard in Brussels",
)


@pytest.fixture(scope="module")
def pages() -> SearchIndex:
    documents = load_corpus(HEADLINE_QUOTES).documents + load_corpus(STORY_LEADS).documents
    return SearchIndex(documents)


def test_the_headline_quote_is_a_passage_of_the_speaker(pages: SearchIndex) -> None:
    first = next(p for p in pages.passages if p.doc_id.endswith("grushko_baltic_interview"))
    assert first.speaker == "Alexander Grushko"
    assert first.text == "Our warnings about the Baltic Sea are heard in Brussels"


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_answer_comes_before_the_headline(pages: SearchIndex, question: str) -> None:
    hits = pages.search(question).hits
    assert hits[0].passage.text.startswith("- Nobody should test us")
    assert hits[1].passage.text.startswith("Our warnings about the Baltic Sea")


@pytest.mark.parametrize("question", QUESTIONS)
def test_counted_as_words_said_the_headline_came_first(
    pages: SearchIndex, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "HEADING_WEIGHT", 1.0)
    assert pages.search(question).hits[0].passage.text.startswith("Our warnings")


def test_a_passage_without_a_heading_keeps_its_weight(pages: SearchIndex) -> None:
    qt = pages._query_terms(pages.parse(QUESTIONS[0]))
    rows = [n for n, p in enumerate(pages.passages) if p.doc_id.endswith("baltic_interview")]
    factors = [pages._heading_factor(row, qt) for row in rows]
    # Every word of the question the headline passage says is the headline's.
    assert factors[0] == pytest.approx(search_module.HEADING_WEIGHT)
    assert factors[1:] == [1.0] * (len(rows) - 1)
