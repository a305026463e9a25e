"""A reporter's lead over a retold interview hands its place to the speaker's answer.

tests/transcripts/interview_leads/ holds two pages of our own in real layouts: a news page that
retells a radio interview (a lead naming the spokesman in the third person, then labelled
questions and his answers) and a briefing whose opening announcement, which names nobody,
stands before an answer on the same subject.
"""

from __future__ import annotations

import pytest

from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import ROOT, row_starting

INTERVIEW_LEADS = ROOT / "tests" / "transcripts" / "interview_leads"
STORY_LEADS = ROOT / "tests" / "transcripts" / "story_leads"


@pytest.fixture(scope="module")
def pages() -> SearchIndex:
    # The story-lead pages as well: BM25 needs more than a couple of pages to weigh words.
    documents = load_corpus(INTERVIEW_LEADS).documents + load_corpus(STORY_LEADS).documents
    return SearchIndex(documents)


@pytest.mark.parametrize(
    "question",
    [
        "Did Peskov confirm that the presidents spoke by phone?",
        "Can Peskov confirm the presidents' phone call on the grain deal?",
    ],
)
def test_the_answer_comes_before_the_reporters_lead(pages: SearchIndex, question: str) -> None:
    hits = pages.search(question).hits
    assert hits[0].passage.role == "answer"
    assert hits[0].passage.text.startswith("I have nothing to say on that.")
    assert hits[1].passage.text.startswith("According to Kremlin spokesman Dmitry Peskov")
    # The lead says more of the question; the answer takes its place all the same.
    assert hits[1].coverage > hits[0].coverage


def test_a_lead_naming_its_speaker_is_a_reporters(pages: SearchIndex) -> None:
    lead = row_starting(pages, "According to Kremlin spokesman")
    opening = row_starting(pages, "On the Foreign Minister's schedule")
    answer = row_starting(pages, "I have nothing to say")
    assert pages._names_its_speaker(lead)
    assert not pages._names_its_speaker(opening)
    assert not pages._names_its_speaker(answer)


def test_a_briefings_opening_announcement_keeps_its_place(pages: SearchIndex) -> None:
    # The spokeswoman's own announcement names nobody: it is not a reporter's lead, and the
    # answer below it, on the same grain supplies, stays second.
    hits = pages.search(
        "Zakharova on the Foreign Minister's talks with Laos on grain supplies"
    ).hits
    assert hits[0].passage.text.startswith("On the Foreign Minister's schedule")
    assert hits[1].passage.role == "answer"
