"""A passage in the other language that answers is not kept below a weaker one in the question's.

tests/transcripts/other_language_answers/ holds two wire stories of our own on one topic: an
English one whose lead only names it (Moscow has had no proposals on the bridge), and a Russian
one quoting the spokesman on what was asked (Russia is ready to take part in building it). The
Russian quote covers more of an English question, but its BM25 score comes from translations
at reduced weight, so the English lead stood first.
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import ROOT

STORIES = ROOT / "tests" / "transcripts" / "other_language_answers"
STORY_LEADS = ROOT / "tests" / "transcripts" / "story_leads"
PAIRED = ROOT / "tests" / "paired"
QUESTIONS = (
    "Is Russia ready to take part in building the Danube bridge, according to Peskov?",
    "Peskov: Russia is ready to help build the bridge over the Danube",
)


@pytest.fixture(scope="module")
def stories() -> SearchIndex:
    documents = load_corpus(STORIES).documents + load_corpus(STORY_LEADS).documents
    return SearchIndex(documents)


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_russian_quote_answers_the_english_question_first(
    stories: SearchIndex, question: str
) -> None:
    hits = stories.search(question).hits
    assert hits[0].passage.language == "ru"
    assert hits[0].passage.text.startswith("«Россия готова участвовать")
    assert hits[1].passage.language == "en"  # the English lead is still shown, below it


@pytest.mark.parametrize("question", QUESTIONS)
def test_at_the_translations_weight_alone_the_lead_came_first(
    stories: SearchIndex, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "CROSS_ANSWER_WEIGHT", 1.0)
    # (And coverage weighed once in the order, as before round 38: weighed twice, the quote,
    # which says more of the question, comes first on its own.)
    monkeypatch.setattr(search_module, "COVERAGE_EXPONENT", 1.0)
    assert stories.search(question).hits[0].passage.language == "en"


def test_no_weight_for_a_page_with_a_version_in_the_questions_language() -> None:
    documents = load_corpus(PAIRED).documents + load_corpus(STORIES).documents
    index = SearchIndex(documents)
    assert index.versions.other("2022-09-24_lavrov_unga_news_conference_ru")

    def row(doc_id: str) -> int:
        return next(n for n, p in enumerate(index.passages) if p.doc_id == doc_id)

    paired = row("2022-09-24_lavrov_unga_news_conference_ru")
    alone = row("2026-10-07_peskov_danube_bridge_story_ru")
    english = row("2026-10-06_peskov_danube_bridge_story")
    weight = search_module.CROSS_ANSWER_WEIGHT
    # Its English version says the same words: those are found without help.
    assert index._cross_answer_weight(paired, 0.5, "en") == 1.0
    assert index._cross_answer_weight(alone, 0.5, "en") == weight
    # Not for a passage covering too little to answer, nor in the question's language.
    assert index._cross_answer_weight(alone, 0.2, "en") == 1.0
    assert index._cross_answer_weight(english, 0.5, "en") == 1.0
    assert index._cross_answer_weight(alone, 0.5, None) == 1.0
    # Asked in Russian, an English passage keeps its weight (CROSS_ANSWER_LANGUAGES).
    assert index._cross_answer_weight(english, 0.5, "ru") == 1.0


def test_the_first_answer_in_the_other_language_needs_less_coverage(stories: SearchIndex) -> None:
    # A translation covers a word at CROSS_CREDIT at most: a question of plain words that only
    # translations can meet is answered across languages at that share of MIN_COVERAGE.
    question = "Is Russia ready to take part in building the Danube bridge?"
    qt = stories._query_terms(stories.parse(question))
    floor = stories._cross_floor(qt)
    assert floor >= search_module.MIN_COVERAGE * search_module.CROSS_CREDIT
    assert floor < search_module.MIN_COVERAGE
    russian = next(i for i, p in enumerate(stories.passages) if p.language == "ru")
    english = next(i for i, p in enumerate(stories.passages) if p.language == "en")
    between = (floor + search_module.MIN_COVERAGE) / 2
    assert stories._answers([(russian, 1.0, between)], "en", qt)
    assert not stories._answers([(english, 1.0, between)], "en", qt)
    assert not stories._answers([(russian, 1.0, floor - 0.01)], "en", qt)
