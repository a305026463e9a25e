"""A news story's lead hands its place to a quote of its speaker further down the story.

The stories in tests/transcripts/story_leads/ are ours, in the layout of a wire story copied by
a news site: a lead retelling what the spokeswoman said, a line of background that names no
speaker, a paragraph more in the reporter's words, then her quote, which says few of the words
a question written like the headline uses. In the Russian one the reporter's words and the
quote make one paragraph, with another sentence of his after it.
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from retrieval.text import speech_share
from tests.conftest import ROOT, row_starting, stories_index

STORY_LEADS = ROOT / "tests" / "transcripts" / "story_leads"


@pytest.fixture(scope="module")
def story() -> SearchIndex:
    return SearchIndex(load_corpus(STORY_LEADS).documents)


@pytest.mark.parametrize(
    "question",
    [
        "Zakharova on the enlargement of the alliance",
        "What did Zakharova say about the alliance's enlargement?",
    ],
)
def test_the_quote_further_down_comes_before_the_lead(
    unjoined: None, story: SearchIndex, question: str
) -> None:
    result = story.search(question)
    first, second = result.hits[0].passage, result.hits[1].passage
    assert first.speaker == "Maria Zakharova"
    assert first.text.startswith('"Russia will reach this goal')
    assert second.text.startswith("MOSCOW, February 12.")
    # The quote takes the lead's place although it says fewer of the question's words.
    assert result.hits[0].coverage < result.hits[1].coverage


def test_the_quote_is_not_the_next_passage_of_the_lead(story: SearchIndex) -> None:
    # A summary hands its place to the quote right after it (_quotes_after_summaries); here
    # another summary of hers stands between, and only the lead rule moves the quote.
    lead = row_starting(story, "MOSCOW, February 12.")
    quote = row_starting(story, '"Russia will reach')
    qt = story._query_terms(story.parse("Zakharova on the enlargement of the alliance"))
    head = [(lead, 2.0, 1.0), (quote, 1.0, 0.5)]
    assert story._quotes_after_summaries(head, qt) == head
    assert story._quotes_over_leads(head, qt) == [(quote, 2.0, 0.5), (lead, 2.0, 1.0)]


def test_a_summary_further_down_is_no_lead(story: SearchIndex) -> None:
    summary = row_starting(story, "According to the spokeswoman")
    lead = row_starting(story, "MOSCOW, February 12.")
    quote = row_starting(story, '"Russia will reach')
    qt = story._query_terms(story.parse("Zakharova on the root causes of the conflict"))
    head = [(summary, 2.0, 1.0), (lead, 1.5, 0.5), (quote, 1.0, 0.5)]
    moved = story._quotes_over_leads(head, qt)
    # The lead itself still yields to the quote below it; the summary keeps its place.
    assert moved == [(summary, 2.0, 1.0), (quote, 1.5, 0.5), (lead, 1.5, 0.5)]


def test_a_quote_covering_too_little_leaves_the_lead_first(story: SearchIndex) -> None:
    lead = row_starting(story, "MOSCOW, February 12.")
    quote = row_starting(story, '"Russia will reach')
    qt = story._query_terms(story.parse("Zakharova on the enlargement of the alliance"))
    weak = search_module.MIN_COVERAGE_OTHERS - 0.01
    head = [(lead, 2.0, 1.0), (quote, 1.0, weak)]
    assert story._quotes_over_leads(head, qt) == head


def test_a_paragraph_partly_in_quotes_comes_before_the_lead(story: SearchIndex) -> None:
    result = story.search("Захарова о визах для музыкантов")
    first, second = result.hits[0].passage, result.hits[1].passage
    assert "«Мы не получили ни одного ответа" in first.text
    assert second.text.startswith("МОСКВА, 3 апреля.")
    # Less than half of it is in quotes, more than in a summary.
    share = speech_share(first.text)
    assert search_module.SUMMARY_SHARE < share < search_module.QUOTE_SHARE


def test_a_transcripts_opening_remarks_are_no_lead(story: SearchIndex) -> None:
    # A transcript of our own: the minister's opening remarks (in the first person) say the
    # question's words; a later passage of his is mostly a quote from a policy paper.
    result = story.search("Lavrov on the work of embassies in the Arctic states")
    first, second = result.hits[0].passage, result.hits[1].passage
    assert first.text.startswith("Good afternoon, friends")
    assert second.text.startswith("Our policy papers put it plainly")
    assert speech_share(second.text) > search_module.QUOTE_SHARE
    opening = row_starting(story, "Good afternoon, friends")
    quote = row_starting(story, "Our policy papers")
    qt = story._query_terms(story.parse("Lavrov on the work of embassies in the Arctic states"))
    head = [(opening, 2.0, 1.0), (quote, 1.0, 0.6)]
    assert story._quotes_over_leads(head, qt) == head


def test_of_two_quotes_the_one_saying_more_of_the_question_takes_the_lead_place(
    story: SearchIndex,
) -> None:
    # Below the lead: a paragraph in the reporter's words with a few quoted phrases, then
    # the spokesman's own words. Whichever BM25 puts first, the lead's place goes to the one
    # that says most of the question, weighed by how much of it is in quotes.
    lead = row_starting(story, "MOSCOW, June 9.")
    partial = row_starting(story, "Peskov said the Kremlin")
    quote = row_starting(story, '"The guarantees for our grain')
    assert search_module.SUMMARY_SHARE < speech_share(story.store.text(partial)) < 0.5
    assert speech_share(story.store.text(quote)) > 0.9
    qt = story._query_terms(story.parse("Peskov on guarantees for grain exports"))
    head = [(lead, 3.0, 1.0), (partial, 2.0, 0.6), (quote, 1.0, 0.6)]
    assert story._quotes_over_leads(head, qt) == [
        (quote, 3.0, 0.6),
        (lead, 3.0, 1.0),
        (partial, 2.0, 0.6),
    ]
    # A paragraph covering far more of the question wins although less of it is quoted.
    head = [(lead, 3.0, 1.0), (partial, 2.0, 0.9), (quote, 1.0, 0.4)]
    assert story._quotes_over_leads(head, qt) == [
        (partial, 3.0, 0.9),
        (lead, 3.0, 1.0),
        (quote, 1.0, 0.4),
    ]


def test_the_spokesmans_words_come_before_the_lead(unjoined: None, story: SearchIndex) -> None:
    result = story.search("Peskov on guarantees for Russian grain exports")
    assert result.hits[0].passage.text.startswith('"The guarantees for our grain')


def test_a_quote_of_the_words_asked_takes_the_lead_s_place() -> None:
    # tests/transcripts/quoted_words/ holds a story of our own: a lead saying the headline's
    # words in the reporter's voice, a line of background on another person, then a long
    # paragraph of narration ending with her short quote of those very words. Too little of
    # that paragraph is in quotes to count as a quote by its share; quoting the question's
    # words (_quotes_question) makes it one.
    pages = stories_index("quoted_words")
    question = "Захарова: устали от бездоказательных обвинений властей Эстонии"
    hits = pages.search(question).hits
    assert hits[0].passage.speaker == "Maria Zakharova"
    assert "«Устали от бездоказательных обвинений»" in hits[0].passage.text
    assert hits[1].passage.text.startswith("Мария Захарова, официальный представитель")
    quote = row_starting(pages, "В четверг, 11 января")
    assert speech_share(pages.passages[quote].text) <= search_module.SUMMARY_SHARE
