"""A "which X did ..." question prefers a passage that names X.

tests/transcripts/asked_things/ holds a spokeswoman's comment of our own in the ministry's
layout: its opening paragraph retells the seizure of a consulate (the question's topic, most of
its words), a later one names the conventions it breaches (the thing asked for).
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import ROOT

ASKED_THINGS = ROOT / "tests" / "transcripts" / "asked_things"
STORY_LEADS = ROOT / "tests" / "transcripts" / "story_leads"
QUESTION = "Which conventions did the US break by seizing the Russian consulate, per Zakharova?"


@pytest.fixture(scope="module")
def pages() -> SearchIndex:
    documents = load_corpus(ASKED_THINGS).documents + load_corpus(STORY_LEADS).documents
    return SearchIndex(documents)


def test_the_passage_naming_the_conventions_comes_first(unjoined: None, pages: SearchIndex) -> None:
    hits = pages.search(QUESTION).hits
    assert "Vienna Convention on Consular Relations" in hits[0].passage.text
    assert hits[1].passage.text.startswith("We have taken note")


def test_without_the_rule_the_opening_came_first(
    pages: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "ASKED_THING_MISSING_WEIGHT", 1.0)
    assert pages.search(QUESTION).hits[0].passage.text.startswith("We have taken note")


def test_a_question_on_the_topic_keeps_the_opening_first(pages: SearchIndex) -> None:
    hits = pages.search("Zakharova on the seizure of the consulate in Seattle").hits
    assert hits[0].passage.text.startswith("We have taken note")


@pytest.mark.parametrize(
    ("question", "word"),
    [
        (QUESTION, "conventions"),
        ("According to Zakharova, in which languages did the book come out?", "languages"),
        ("What GDP growth did Putin report in January 2006?", "growth"),
        ("Какие стихи процитировала Захарова?", "стихи"),
    ],
)
def test_the_thing_asked_for(pages: SearchIndex, question: str, word: str) -> None:
    asked = pages._asked(question, pages._query_terms(pages.parse(question)))
    language = "ru" if word == "стихи" else "en"
    assert pages.analyzer.terms(word, language)[0] in asked.thing
    assert not asked.figure


@pytest.mark.parametrize(
    "question",
    [
        "What binds Russia and Greece together, Lavrov said?",  # a verb, no thing
        "Which new members join BRICS in 2024?",  # no auxiliary after the words: unsure
        "What did Lavrov say about the consulate?",
    ],
)
def test_no_thing_asked_for(pages: SearchIndex, question: str) -> None:
    asked = pages._asked(question, pages._query_terms(pages.parse(question)))
    assert asked.thing == ()


def test_a_figure_asked_for(pages: SearchIndex) -> None:
    question = "How long did the talks last?"
    asked = pages._asked(question, pages._query_terms(pages.parse(question)))
    assert asked.figure
    assert asked.thing == ()
