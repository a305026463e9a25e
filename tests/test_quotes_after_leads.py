"""A news story's lead hands its place to the speaker's quote past a line of background, unless
the lead itself quotes the words asked about.

The stories in tests/transcripts/leads/ are ours, in the layout of a wire story copied by a
news site: a lead summing up what the spokeswoman said, a line of background that names no
speaker, then her quote.
"""

from __future__ import annotations

import pytest

from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import ROOT

LEADS = ROOT / "tests" / "transcripts" / "leads"


@pytest.fixture(scope="module")
def stories() -> SearchIndex:
    return SearchIndex(load_corpus(LEADS).documents)


@pytest.mark.parametrize(
    "question",
    [
        "Zakharova on the European inspectors' trip to the river bridge",
        "Zakharova refused to comment on the inspectors' trip",
    ],
)
def test_the_quote_past_a_background_line_comes_before_the_lead(
    stories: SearchIndex, question: str
) -> None:
    result = stories.search(question)
    first, second = result.hits[0].passage, result.hits[1].passage
    assert first.speaker == "Maria Zakharova"
    assert first.text.startswith('"I do not comment on where foreign guests travel')
    assert "refused to comment" in second.text
    # The quote takes the lead's place although it says fewer of the question's words.
    assert result.hits[0].coverage < result.hits[1].coverage


def test_a_line_of_background_between_them_is_not_the_speakers() -> None:
    bridge = next(d for d in load_corpus(LEADS).documents if "bridge" in d.id)
    speakers = [p.speaker for p in bridge.passages if p.text.startswith(("The visit", '"I do'))]
    assert speakers == ["Unknown speaker", "Maria Zakharova"]


def test_a_lead_quoting_the_words_asked_about_keeps_its_place(stories: SearchIndex) -> None:
    # The lead opens with the line asked about: it holds the words said, and the quote after
    # the background line (on the same commission) does not take its place.
    result = stories.search("Zakharova: we never agreed to cut the fishing quotas")
    assert result.hits[0].passage.text.startswith('MOSCOW, March 5. "We never agreed')
