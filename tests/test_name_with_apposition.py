"""A name followed by where its bearer works ("Konstantin Panyushkin of Channel One asked")
is still the one who speaks: his question is the answer, not the words of the one he asked."""

from __future__ import annotations

import pytest

from retrieval.search import SearchIndex
from retrieval.transcript import parse_transcript

_PRESSER = (
    "Vladimir Putin's answers to media questions, Beijing, September 3, 2025\n\n"
    "Konstantin Panyushkin: Konstantin Panyushkin, Channel One. Your visit to China lasted "
    "four days. How do you assess the results of the negotiations?\n\n"
    "Vladimir Putin: The results are very positive. We signed more than twenty documents on "
    "energy, transport and trade, and the negotiations went on late into the night.\n\n"
    "Pavel Zarubin: Pavel Zarubin, Rossiya TV. Will there be a new gas pipeline?\n\n"
    "Vladimir Putin: The pipeline agreement was signed, and work on it will begin soon.\n"
)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex([parse_transcript(_PRESSER, "2025-09-03_putin_beijing")])


def test_the_name_before_an_apposition_is_the_speaker(index: SearchIndex) -> None:
    parsed = index.parse("What did Konstantin Panyushkin of Channel One ask Putin in Beijing?")
    assert parsed.speakers == ("Konstantin Panyushkin",)
    assert parsed.subjects == ()  # a firm filter, not a topic to relax


def test_his_question_is_the_answer(index: SearchIndex) -> None:
    result = index.search("What did Konstantin Panyushkin of Channel One ask Putin in Beijing?")
    assert result.hits and result.hits[0].passage.speaker == "Konstantin Panyushkin"
    assert "assess the results" in result.hits[0].passage.text


def test_without_a_verb_of_saying_the_name_stays_a_subject(index: SearchIndex) -> None:
    parsed = index.parse("Will Pavel Zarubin of Rossiya travel to Beijing again?")
    assert parsed.subjects == ("Pavel Zarubin",)
