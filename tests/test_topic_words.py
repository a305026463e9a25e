"""A question shaped as a headline on a topic is answered only by a passage that says its
topic's plain words, not by one that merely names the same people and places.

"Grushko on NATO nuclear sharing with Poland" must not be answered by the passage on NATO
battalions in Poland: the names say whom and where, "nuclear sharing" says what. The pages in
tests/transcripts/topic_words/ are ours, in the layouts of a mission's interview, the
ministry's comment and briefing and a phone call's readout, with the news stories of
tests/transcripts/xlang/ around them. Across languages a passage is held to the plain words
the lexicon translates; a person the headline names must be named by the passage's transcript.
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from retrieval.search import SearchIndex
from tests.conftest import stories_index


@pytest.fixture(scope="module")
def pages() -> SearchIndex:
    return stories_index("topic_words")


@pytest.mark.parametrize(
    "question",
    [
        "Grushko on NATO nuclear sharing with Poland",
        "Захарова о визите Бориса Джонсона в Москву",
    ],
)
def test_a_topic_the_pages_never_mention_gets_no_answer(pages: SearchIndex, question: str) -> None:
    result = pages.search(question)
    assert result.hits == ()
    assert result.reason == "weak"


@pytest.mark.parametrize(
    "question",
    [
        "Grushko on NATO nuclear sharing with Poland",
        "Захарова о визите Бориса Джонсона в Москву",
    ],
)
def test_without_the_rule_the_names_alone_answered(
    pages: SearchIndex, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "COMMON_MIN_COVERAGE", 0.0)
    assert pages.search(question).hits


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Grushko on NATO battalions in Poland", "battalions in Poland"),
        ("Захарова о высказываниях Бориса Джонсона", "высказывания бывшего премьер-министра"),
        # Not shaped as a headline: its plain words may be phrasing, and the names answer.
        ("What did Grushko say about Poland and Warsaw?", "battalions in Poland"),
    ],
)
def test_a_topic_the_passage_says_is_answered(
    pages: SearchIndex, question: str, words: str
) -> None:
    hits = pages.search(question).hits
    assert hits
    assert words in hits[0].passage.text


def test_only_headline_shaped_questions_have_plain_words_to_cover(pages: SearchIndex) -> None:
    headline = pages._query_terms(pages.parse("Grushko on NATO nuclear sharing with Poland"))
    assert {w for _, words in headline.common for w in words} == {
        pages.analyzer.terms("nuclear", "en")[0],
        pages.analyzer.terms("sharing", "en")[0],
    }
    asked = pages._query_terms(pages.parse("What did Grushko say about nuclear sharing?"))
    assert asked.common == ()


def test_across_languages_the_translated_plain_words_must_be_said(pages: SearchIndex) -> None:
    # The comment on Johnson names him, but says nothing of oil or prices: the lexicon
    # translates "oil", and the Russian page never says it.
    question = "Zakharova on Boris Johnson and oil prices"
    assert pages.search(question).hits == ()
    hits = pages.search("Грушко о батальонах НАТО в Польше").hits
    assert hits
    assert "battalions in Poland" in hits[0].passage.text


def test_across_languages_plain_words_the_lexicon_lacks_tell_nothing(
    pages: SearchIndex,
) -> None:
    # No line translates "zigzags": whether a Russian passage says it cannot be told, so it is
    # left out of what such a passage must cover. "Tanks" has a line, and no page says «танк»:
    # then no Russian passage says it.
    qt = pages._query_terms(pages.parse("Zakharova on Boris Johnson's zigzags and oil prices"))
    zigzag, oil, price = (pages.analyzer.terms(w, "en")[0] for w in ("zigzags", "oil", "prices"))
    assert {w for _, words in qt.common for w in words} == {zigzag, oil, price}
    assert {w for _, words in qt.common_translated for w in words} == {oil, price}
    assert pages.search("Zakharova on Boris Johnson's zigzags").hits
    assert pages.search("Zakharova on Boris Johnson and tanks").hits == ()


@pytest.mark.parametrize(
    "question",
    [
        "Грушко о том, что будет с батальонами после 5 февраля 2026 года",
        "Грушко о батальонах в Польше в 2019 г.",
    ],
)
def test_the_word_for_year_after_a_date_is_not_a_plain_word(
    pages: SearchIndex, question: str
) -> None:
    qt = pages._query_terms(pages.parse(question))
    assert {w for _, words in qt.common for w in words} == {
        pages.analyzer.terms("батальонами", "ru")[0]
    }


def test_a_person_the_headline_names_must_be_named_by_the_transcript(
    pages: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The briefing announces the Indonesian minister's visit to Moscow; Blinken is on another
    # page (a phone call), never in the briefing: his visit is not what it speaks of.
    question = "Zakharova on Blinken's visit to Moscow"
    qt = pages._query_terms(pages.parse(question))
    assert qt.people == ((None, (pages.analyzer.terms("Blinken", "en")[0],)),)
    assert pages.search(question).hits == ()
    hits = pages.search("Zakharova on Marsudi's visit to Moscow").hits
    assert hits
    assert "Retno Marsudi will pay a working visit" in hits[0].passage.text
    monkeypatch.setattr(SearchIndex, "_people", lambda *args: ())
    assert pages.search(question).hits


def test_only_people_are_required_not_acronyms_or_translated_words(pages: SearchIndex) -> None:
    qt = pages._query_terms(pages.parse("Grushko on Russian battalions of NATO in Poland"))
    assert qt.people == ()


@pytest.mark.parametrize(
    ("question", "concept"),
    [
        ("Zakharova on Boris Johnson and Karabakh", "#karabakh"),
        ("Захарова о Джонсоне и Договоре по открытому небу", "#open_skies"),
    ],
)
def test_a_region_or_treaty_no_transcript_names_is_required(
    pages: SearchIndex, question: str, concept: str
) -> None:
    # The comment on Johnson had answered on his name alone: no page names Karabakh or the
    # Open Skies Treaty, so no passage speaks of them.
    assert pages._query_terms(pages.parse(question)).places == (concept,)
    assert pages.search(question).hits == ()


def test_a_russian_city_no_transcript_names_is_still_a_venue(pages: SearchIndex) -> None:
    qt = pages._query_terms(pages.parse("Grushko in Sochi on NATO battalions in Poland"))
    assert "#city:sochi" not in qt.places


def test_a_chairmanship_says_a_presidency(unjoined: None) -> None:
    # tests/transcripts/chairmanship/ holds a mission's remarks of our own: "the chairmanship
    # passed without excesses" answers a headline on the Council's presidency, a plain word
    # that the passage says only as its related word (retrieval.related_words).
    pages = stories_index("chairmanship")
    asked = pages.search(
        "Nebenzia on calls to take the Security Council presidency away from Russia"
    )
    other = pages.search(
        "Nebenzia on calls to take the Security Council secretariat away from Russia"
    )
    assert asked.hits[0].passage.text.startswith("Before it began")
    assert asked.hits[0].passage.speaker == "Vassily Nebenzia"
    assert other.hits[0].passage.id == asked.hits[0].passage.id
    assert asked.hits[0].coverage > other.hits[0].coverage


@pytest.mark.parametrize(
    "question",
    [
        "Захарова о рабочем визите Бориса Джонсона в Москву",
        "Захарова о визите Джонсона в Москву в июне",
    ],
)
def test_across_languages_a_person_no_page_of_that_language_names_gets_no_answer(
    pages: SearchIndex, question: str
) -> None:
    # Johnson is named only on a Russian page (a comment), never on an English one in any
    # spelling; the English briefing says "working visit", "Moscow" and "June" of the
    # Indonesian minister. Across languages the name cannot be met in the passage's own words,
    # so it must be met as a name of the other script, or the passage answers nothing.
    qt = pages._query_terms(pages.parse(question))
    assert qt.people and all(concept is None for concept, _ in qt.people)
    assert pages.search(question).hits == ()


def test_across_languages_a_person_the_page_names_in_its_script_still_answers(
    pages: SearchIndex,
) -> None:
    hits = pages.search("Захарова о визите Ретно Марсуди в Москву").hits
    assert hits and "Retno Marsudi will pay a working visit" in hits[0].passage.text
