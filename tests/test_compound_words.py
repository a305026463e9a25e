"""A compound that a question writes as one word and a page in two ("четырёхчасовые
переговоры" / "переговоры, которые продлились около четырёх часов") meets the page by its
head (retrieval.compound_words).

The pages in tests/transcripts/compounds/ are ours, in the layout of a news agency's Russian
story (headline, a dateline lead, quotes with "— сказал ..."), with the news stories of
tests/transcripts/xlang/ around them.
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from retrieval.compound_words import compound_head
from retrieval.search import SearchIndex
from tests.conftest import stories_index


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("четырёхчасовые", "часовые"),
        ("Двухдневный", "дневный"),
        ("двенадцатилетний", "летний"),
        ("видеовыступлении", "выступлении"),
        ("videoconference", "conference"),
    ],
)
def test_a_count_or_a_medium_before_a_word_leaves_its_head(word: str, head: str) -> None:
    assert compound_head(word) == head


@pytest.mark.parametrize("word", ["переговоры", "семинары", "фотограф", "cyberattack", "5-й"])
def test_a_word_with_no_such_prefix_or_too_short_a_head_is_whole(word: str) -> None:
    assert compound_head(word) is None


@pytest.fixture(scope="module")
def pages() -> SearchIndex:
    return stories_index("compounds")


QUESTION = "Как Лавров оценил пятичасовые переговоры с Керри?"


def test_a_compound_meets_the_page_that_says_its_head(pages: SearchIndex) -> None:
    result = pages.search(QUESTION)
    assert result.hits and result.hits[0].passage.speaker == "Sergey Lavrov"
    assert "около пяти часов" in result.hits[0].passage.text


def test_without_its_head_the_compound_weighs_as_a_word_the_pages_lack(
    pages: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same question with compounds read whole is refused: "пятичасовые" is a word no
    # page says, and it weakens "переговоры" beside it.
    monkeypatch.setattr(search_module, "compound_head", lambda word: None)
    # (And "оценил" weighing as a word of its own, as before round 38's FRAME_SHARE: at a
    # quarter, the rest of the question is answered without the compound's head.)
    monkeypatch.setattr(search_module, "FRAME_SHARE", 1.0)
    fresh = stories_index("compounds")
    assert fresh.search(QUESTION).reason == "weak"


def test_a_compound_whose_head_no_page_says_still_gets_no_answer(pages: SearchIndex) -> None:
    # "трёхдневные": no page speaks of days; the talks of five hours do not answer.
    assert pages.search("Как Лавров оценил трёхдневные переговоры с Керри?").hits == ()
