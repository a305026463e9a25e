"""A story's lead under a headline, and its speaker's words retold below it.

The pages in tests/transcripts/retold_words/ are ours, in the layouts of news stories met on
the real sets: a Russian wire story whose lead retells a deputy minister's interview and whose
next paragraph gives his words as "По его словам, ..." rather than in quotes; an English story
with a second headline under its title, which the parser leaves to no known speaker, above the
lead; and a live blog whose closing notes (a paragraph of no known speaker, no headline) stand
above the first retold answer.
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from retrieval.search import SearchIndex
from tests.conftest import row_starting, stories_index


@pytest.fixture(scope="module")
def pages() -> SearchIndex:
    return stories_index("retold_words")


def test_words_retold_without_quotes_leave_the_lead_first(
    unjoined: None, pages: SearchIndex
) -> None:
    # Nothing in quotes and no labelled answer: a paragraph opening "По его словам, ..." is
    # not taken for a quote (counting such openings as quotes gained two answers on sets we
    # tuned on and lost two on a set nobody here has read), so the lead that says every word
    # of the question stays first, the retold words next.
    hits = pages.search("Рябков о сроках нового договора о ракетах средней дальности").hits
    assert hits[0].passage.text.startswith("МОСКВА, 14 марта.")
    assert hits[1].passage.text.startswith("По его словам, любые прогнозы")


def test_a_lead_under_a_second_headline_gives_its_place_to_her_quote(pages: SearchIndex) -> None:
    hits = pages.search("Zakharova on the photo from the emergency EU summit in Brussels").hits
    assert hits[0].passage.speaker == "Maria Zakharova"
    assert '"Look closely: everyone is looking at the exit' in hits[0].passage.text
    assert hits[1].passage.text.startswith("MOSCOW, May 5.")


def test_only_headlines_above_a_passage_leave_it_the_lead(pages: SearchIndex) -> None:
    unknown = pages.speaker_names.index(search_module.UNKNOWN_SPEAKER)

    def is_lead(start: str) -> bool:
        row = row_starting(pages, start)
        return pages._is_lead(row, pages._document_of(row), unknown)

    assert is_lead("MOSCOW, May 5.")  # under the second headline
    assert not is_lead("Zakharova also recalled")
    # A live blog's closing notes are no headline: the answer below them is no lead.
    assert not is_lead("Президент Владимир Путин рассказал")


def test_a_lead_under_more_headlines_than_allowed_is_none(
    pages: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "LEAD_HEADLINES", 0)
    hits = pages.search("Zakharova on the photo from the emergency EU summit in Brussels").hits
    assert hits[0].passage.text.startswith("MOSCOW, May 5.")
