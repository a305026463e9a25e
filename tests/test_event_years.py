"""A year the question names as when something happened ("Xi's visit to Moscow for Victory
Day in May 2025"), not when it was said: a page two years or more away from it that never says
the year is about another event (issue 8).

tests/transcripts/event_years/ holds two wire stories of our own: Ushakov before Xi's visit to
Moscow in March 2023, and Ushakov in April 2025 on the guests of that year's Victory Day.
"""

from __future__ import annotations

import pytest

from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import ROOT

EVENT_YEARS = ROOT / "tests" / "transcripts" / "event_years"
OCCASIONS = ROOT / "tests" / "transcripts" / "occasions"


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    # Other stories of ours too: BM25 needs more than two pages to weigh words.
    documents = load_corpus(EVENT_YEARS).documents + load_corpus(OCCASIONS).documents
    return SearchIndex(documents)


def test_a_visit_of_another_year_does_not_answer(index: SearchIndex) -> None:
    result = index.search("Ushakov on Xi Jinping's visit to Moscow in May 2021")
    assert not any("Chinese leader" in hit.passage.text for hit in result.hits)


def test_a_page_of_that_year_or_one_saying_it_still_answers(index: SearchIndex) -> None:
    hits = index.search("Ushakov on Xi Jinping's visit to Moscow in March 2023").hits
    assert hits and "Chinese leader" in hits[0].passage.text
    hits = index.search("Ushakov on the leaders who will come to Victory Day in May 2025").hits
    assert hits and "thirty foreign leaders" in hits[0].passage.text


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("Ushakov on Xi Jinping's visit to Moscow in May 2021", ("2021",)),
        ("What did Ushakov say in March 2023?", ()),  # when it was said: a filter
    ],
)
def test_only_an_events_year_is_kept_as_a_word(
    index: SearchIndex, question: str, years: tuple[str, ...]
) -> None:
    assert index._query_terms(index.parse(question)).event_years == years
