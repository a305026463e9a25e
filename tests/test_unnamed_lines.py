"""Words nobody is named as saying rank after a named speaker's words on the same question.

tests/transcripts/unnamed_lines/ holds a wire story of our own in the real layout: a lead naming
the envoy, a quoted line that the story gives to "one of the Western diplomats" (the parser
leaves it to Unknown speaker), then the envoy's own reply in quotes. The unnamed line says more
of the question's words; a journalist can quote only the envoy's.
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from retrieval.speakers import UNKNOWN_SPEAKER
from tests.conftest import ROOT

UNNAMED_LINES = ROOT / "tests" / "transcripts" / "unnamed_lines"
STORY_LEADS = ROOT / "tests" / "transcripts" / "story_leads"


@pytest.fixture(scope="module")
def stories() -> SearchIndex:
    # The story-lead pages as well: BM25 needs more than one page to weigh words.
    documents = load_corpus(UNNAMED_LINES).documents + load_corpus(STORY_LEADS).documents
    return SearchIndex(documents)


def test_the_unnamed_line_is_parsed_as_no_ones(stories: SearchIndex) -> None:
    speakers = [p.speaker for p in stories.passages if p.doc_id.endswith("arctic_geographer_story")]
    assert speakers == ["Vassily Nebenzia", UNKNOWN_SPEAKER, "Vassily Nebenzia"]


@pytest.mark.parametrize(
    "question",
    [
        "Is a geographer needed to explain the Arctic?",
        "Who needs a geographer for the Arctic at the Security Council?",
    ],
)
def test_a_named_speakers_words_come_before_an_unnamed_line(
    stories: SearchIndex, question: str
) -> None:
    hits = stories.search(question).hits
    assert hits[0].passage.speaker == "Vassily Nebenzia"
    assert hits[0].passage.text.startswith('"But I do not know a good geographer')
    unnamed = next(h for h in hits if h.passage.speaker == UNKNOWN_SPEAKER)
    # The unnamed line covers more of the question, and is still shown, only lower.
    assert unnamed.coverage > hits[0].coverage


def test_the_unnamed_line_would_come_first_at_the_old_weight(
    stories: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "UNKNOWN_SPEAKER_WEIGHT", 0.6)
    hits = stories.search("Is a geographer needed to explain the Arctic?").hits
    assert hits[0].passage.speaker == UNKNOWN_SPEAKER
