"""A question asking how many, how long or what time prefers a passage that states a figure.

tests/transcripts/figures_asked/ holds two pages of our own in real layouts: an aide's answers
after a telephone call (the figure is in his answer to a journalist's remark that shares no
word with the question) and a Russian wire story whose lead, dated like every wire lead,
retells the talks and whose next paragraph gives their length in words. The passage naming
the topic says more of the question's words; only the other says how long. A third, an English
wire story, states the time of a call in its lead and quotes the spokesman below it without
one: asked what time, the lead keeps its place (a story's lead otherwise hands it to the quote).
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import ROOT

FIGURES = ROOT / "tests" / "transcripts" / "figures_asked"
STORY_LEADS = ROOT / "tests" / "transcripts" / "story_leads"


@pytest.fixture(scope="module")
def pages() -> SearchIndex:
    # The story-lead pages as well: BM25 needs more than a couple of pages to weigh words.
    documents = load_corpus(FIGURES).documents + load_corpus(STORY_LEADS).documents
    return SearchIndex(documents)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("How long did the Putin-Trump phone conversation last, according to Ushakov?", "By our"),
        ("How long did Putin and Trump talk by phone?", "By our clocks"),
        ("Сколько длились переговоры Путина с премьером Индии, по словам Пескова?", "Как уточнил"),
        ("Сколько продолжались переговоры Путина и индийского премьера?", "Как уточнил"),
    ],
)
def test_the_passage_stating_the_figure_comes_first(
    unjoined: None, pages: SearchIndex, question: str, start: str
) -> None:
    hits = pages.search(question).hits
    assert hits[0].passage.text.startswith(start)
    # The passage that only names the topic is still shown, below it.
    assert len(hits) >= 2 and not hits[1].passage.text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "How long did the Putin-Trump phone conversation last, according to Ushakov?",
        "Сколько продолжались переговоры Путина и индийского премьера?",
    ],
)
def test_without_the_rule_the_topic_passage_came_first(
    pages: SearchIndex, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "NUMBER_MISSING_WEIGHT", 1.0)
    first = pages.search(question).hits[0].passage.text
    assert not first.startswith(("By our clocks", "Как уточнил"))


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("What did Putin and Trump discuss by phone?", "The idea of"),
        ("Песков о переговорах Путина с премьером Индии", "МОСКВА, 3 сентября"),
    ],
)
def test_other_questions_keep_their_order(pages: SearchIndex, question: str, start: str) -> None:
    assert pages.search(question).hits[0].passage.text.startswith(start)


def test_a_date_or_a_year_is_no_figure(pages: SearchIndex) -> None:
    lead = next(p for p in pages.passages if p.text.startswith("МОСКВА, 3 сентября"))
    row = pages.passages.index(lead)
    assert not pages._has_number(row)
    figure = next(p for p in pages.passages if p.text.startswith("Как уточнил"))
    assert pages._has_number(pages.passages.index(figure))


TIME_QUESTION = "What time will Putin and Lula speak on the phone, according to Peskov?"


def test_a_lead_stating_the_time_keeps_its_place_before_the_quote(
    unjoined: None, pages: SearchIndex
) -> None:
    hits = pages.search(TIME_QUESTION).hits
    assert hits[0].passage.text.startswith("MOSCOW, May 14")
    assert "18:30" in hits[0].passage.text
    assert hits[1].passage.text.startswith("According to Peskov, Putin and Lula")


def test_otherwise_the_quote_takes_the_leads_place(unjoined: None, pages: SearchIndex) -> None:
    question = "What did Peskov say about the phone conversation between Putin and Lula?"
    hits = pages.search(question).hits
    assert hits[0].passage.text.startswith("According to Peskov, Putin and Lula")
    assert hits[1].passage.text.startswith("MOSCOW, May 14")


def test_the_two_presidents_are_no_figure(pages: SearchIndex) -> None:
    # The quote says "for the two presidents": known people, not a count.
    quote = next(p for p in pages.passages if p.text.startswith("According to Peskov, Putin"))
    assert "the two presidents" in quote.text
    assert not pages._has_number(pages.passages.index(quote))


@pytest.mark.parametrize(
    ("question", "measure", "kept"),
    [
        ("How long did Putin and Trump talk by phone?", "long", "talk"),
        ("How often does Lavrov meet Wang Yi?", "often", "meet"),
        ("Как долго длились переговоры Путина и Моди?", "долг", "переговор"),
    ],
)
def test_the_measure_asked_for_is_no_word_the_answer_must_say(
    pages: SearchIndex, question: str, measure: str, kept: str
) -> None:
    # "We talked for almost two hours" answers "how long" without the word "long".
    weights = pages._query_terms(pages.parse(question)).weights
    assert not any(term.startswith(measure) for term in weights)
    assert any(term.startswith(kept) for term in weights)
