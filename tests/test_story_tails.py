"""A passage far below the best still answers when it says what the best does not.

The story in tests/transcripts/story_tails/ is ours, in the layout of a wire story: a lead
retelling the event the spokeswoman commented on, her first quote glued to it, then a paragraph
in the reporter's words and her closing quote. A question written like a headline with a
quote after the colon ("... on the detention of the boats: time to return to common sense")
asks for both: the lead says the event, the closing quote the rest, and BM25 scores the
latter far below the lead, under the REL_SCORE share of the best that drops a further hit.
"""

from __future__ import annotations

import pytest

from retrieval.corpus import load_corpus
from retrieval.search import REL_SCORE, SearchIndex
from tests.conftest import ROOT, row_starting, stories_index

STORY_TAILS = ROOT / "tests" / "transcripts" / "story_tails"

LEAD = "МОСКВА, 14 мар"
TAIL = "По ее словам"


@pytest.fixture(scope="module")
def story() -> SearchIndex:
    return SearchIndex(load_corpus(STORY_TAILS).documents)


def test_a_far_lower_passage_saying_new_words_answers(story: SearchIndex) -> None:
    question = "Захарова о задержании рыболовных судов: пора вернуться к здравому смыслу"
    qt = story._query_terms(story.parse(question))
    lead, tail = row_starting(story, LEAD), row_starting(story, TAIL)
    low = REL_SCORE / 2 * 10.0
    scored = [(lead, 10.0, 0.6), (tail, low, 0.4)]
    # Without the question's words the score ratio drops it, as before.
    assert story._answers(scored, "ru") == [(lead, 10.0, 0.6)]
    # It says "вернуться" and "смысл", which the lead does not: it answers too.
    assert story._answers(scored, "ru", qt) == scored


def test_a_far_lower_passage_repeating_the_best_does_not(story: SearchIndex) -> None:
    # Every word of the question the lead says the best passage already says.
    question = "Захарова о задержании рыболовных судов норвежскими пограничниками"
    qt = story._query_terms(story.parse(question))
    lead, tail = row_starting(story, LEAD), row_starting(story, TAIL)
    scored = [(lead, 10.0, 0.6), (tail, REL_SCORE / 2 * 10.0, 0.4)]
    assert story._says_new(tail, [lead], qt) is False
    assert story._answers(scored, "ru", qt) == [(lead, 10.0, 0.6)]


def test_a_far_lower_passage_covering_too_little_does_not(story: SearchIndex) -> None:
    question = "Захарова о задержании рыболовных судов: пора вернуться к здравому смыслу"
    qt = story._query_terms(story.parse(question))
    lead, tail = row_starting(story, LEAD), row_starting(story, TAIL)
    scored = [(lead, 10.0, 0.6), (tail, 0.5, 0.1)]
    assert story._answers(scored, "ru", qt) == [(lead, 10.0, 0.6)]


def test_both_passages_answer_the_question(story: SearchIndex) -> None:
    result = story.search(
        "Захарова о задержании рыболовных судов: пора вернуться к здравому смыслу"
    )
    # The lead and the tail may be neighbours, shown as one quote: count the passages.
    starts = {piece.passage.text[:12] for hit in result.hits for piece in hit.pieces()}
    assert starts == {LEAD[:12], TAIL[:12]}
    assert {hit.passage.speaker for hit in result.hits} == {"Maria Zakharova"}


def test_a_passage_covering_too_little_is_passed_over() -> None:
    # A passage between the answers that says too little of the question does not end the
    # list: the one below it that covers enough still answers. (Three distinct passages: the
    # story's two and a Russian story of tests/transcripts/xlang/.)
    index = stories_index("story_tails")
    question = "Захарова о задержании рыболовных судов: пора вернуться к здравому смыслу"
    qt = index._query_terms(index.parse(question))
    lead, tail = row_starting(index, LEAD), row_starting(index, TAIL)
    other = next(
        n
        for n, p in enumerate(index.passages)
        if p.language == "ru" and p.doc_id != index.passages[lead].doc_id
    )
    scored = [(lead, 10.0, 0.6), (other, 9.0, 0.1), (tail, 8.0, 0.5)]
    assert index._answers(scored, "ru", qt) == [(lead, 10.0, 0.6), (tail, 8.0, 0.5)]
