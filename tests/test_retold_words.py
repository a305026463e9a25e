"""A story's lead hands its place to its speaker's words retold, and a lead under a headline.

The pages in tests/transcripts/retold_words/ are ours, in the layouts of news stories met on
the real sets: a Russian wire story whose lead retells a deputy minister's interview and whose
next paragraph gives his words as "По его словам, ..." rather than in quotes; an English story
with a second headline under its title, which the parser leaves to no known speaker, above the
lead; and a live blog whose closing notes (a paragraph of no known speaker, no headline) stand
above the first retold answer.
"""

from __future__ import annotations

import re

import pytest

import retrieval.search as search_module
from retrieval.search import SearchIndex
from tests.conftest import row_starting, stories_index


@pytest.fixture(scope="module")
def pages() -> SearchIndex:
    return stories_index("retold_words")


def test_words_retold_after_his_words_come_before_the_lead(pages: SearchIndex) -> None:
    # The lead says every word of the question; the paragraph retelling his words says fewer.
    hits = pages.search("Рябков о сроках нового договора о ракетах средней дальности").hits
    assert hits[0].passage.speaker == "Sergey Ryabkov"
    assert hits[0].passage.text.startswith("По его словам, любые прогнозы")
    assert hits[1].passage.text.startswith("МОСКВА, 14 марта.")
    assert hits[0].coverage < hits[1].coverage


def test_without_the_retelling_opening_the_lead_stays_first(
    pages: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing in quotes and no labelled answer: only its opening makes it his words.
    monkeypatch.setattr(search_module, "_REPORTED_SPEECH", re.compile(r"(?!)"))
    hits = pages.search("Рябков о сроках нового договора о ракетах средней дальности").hits
    assert hits[0].passage.text.startswith("МОСКВА, 14 марта.")


@pytest.mark.parametrize(
    ("text", "retold"),
    [
        ("По его словам, прогнозы остаются гаданием.", True),
        ("По словам Пескова, заражение никак не отразится на работе.", True),
        ("According to her, the picture says everything.", True),
        ("He added that the talks would go on.", True),
        ("Он также напомнил, что консультации прерваны.", True),
        ("Как она подчеркнула, ответ последует.", True),
        ("По прогнозам синоптиков, зима будет мягкой.", False),
        ("The minister said that the talks would go on.", False),
    ],
)
def test_which_openings_retell_the_speaker_s_words(text: str, retold: bool) -> None:
    # "<someone> said that ..." may name another person: only openings naming no one else.
    assert (search_module._REPORTED_SPEECH.match(text) is not None) is retold


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
