"""A number written in digits meets the words a page writes it in.

The page in tests/transcripts/number_words/ is ours, in the layout of a Russian news agency story
(a headline, a dateline, a lead, a quote with "— сказал ..."); it is searched together with the
stories of tests/transcripts/xlang/, so that words weigh as on a corpus of several pages.
"""

from __future__ import annotations

import pytest

from retrieval.number_words import number_wordings
from retrieval.search import SearchIndex
from tests.conftest import stories_index


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return stories_index("number_words")


def test_a_round_number_is_a_unit_before_a_scale_in_both_languages() -> None:
    wordings = number_wordings("2000")
    assert ("two", "thousand") in wordings
    assert ("две", "тысячи") in wordings and ("двух", "тысяч") in wordings
    assert ("two", "million") in number_wordings("2000000")
    # A thousand is also the scale alone.
    assert ("thousand",) in number_wordings("1000") and ("тысяча",) in number_wordings("1000")


def test_a_unit_is_its_word_but_not_forms_other_words_share() -> None:
    assert ("four",) in number_wordings("4") and ("четырех",) in number_wordings("4")
    # «семь» stems as «семья» does: alone it is only the English word.
    assert number_wordings("7") == (("seven",),)
    assert number_wordings("100") == ()  # «сто» stems as «стоит»


def test_other_numbers_have_no_words() -> None:
    for digits in ("1997", "2231", "2500", "07", "x4", "４"):
        assert number_wordings(digits) == ()


def test_a_question_with_digits_finds_the_number_in_words(index: SearchIndex) -> None:
    question = "Peskov: how many of the 2,000 Kremlin staff answer for their own area?"
    qt = index._query_terms(index.parse(question))
    assert ("две", "тысяч") in qt.translated["2000"]
    result = index.search(question, k=3)
    assert result.hits, result.reason
    assert result.hits[0].passage.speaker == "Dmitry Peskov"
    assert "две тысячи сотрудников" in result.hits[0].passage.text


def test_a_decade_meets_its_digits_in_the_other_language(index: SearchIndex) -> None:
    # "the 1990s" where the page says «в 1990-е годы» (the analyzer keeps «1990»).
    question = "Peskov: the tradition of meetings with governors goes back to the 1990s"
    assert ("1990",) in index._query_terms(index.parse(question)).translated["1990s"]
    result = index.search(question, k=3)
    assert result.hits, result.reason
    assert "в 1990-е годы" in result.hits[0].passage.text
