"""A question typed without capitals, as many type in a chat, is read as if written with them
(issue 8): the capitals of names and places are put back where the corpus writes them so.

Capitals carry meaning in the query's reading: a question shaped as a headline ("Lavrov on
...") must be answered on its topic, a person named must be met, a name crosses scripts. Typed
in lower case, such a question had been read more loosely than the same question written out.
The corpus is the synthetic evaluation's (data/ and bench/eval/transcripts/, written here).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import BUNDLED_DATA_DIR
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex, SearchResult

EVAL_TRANSCRIPTS = Path(__file__).resolve().parent.parent / "bench" / "eval" / "transcripts"


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    folders = (BUNDLED_DATA_DIR, EVAL_TRANSCRIPTS)
    return SearchIndex([d for folder in folders for d in load_corpus(folder).documents])


def _reply(result: SearchResult) -> tuple[list[str], str | None]:
    return [hit.passage.id for hit in result.hits], result.reason


@pytest.mark.parametrize(
    "question",
    [
        # No passage answers this one: typed in lower case it had been answered all the same.
        "Lavrov on the Kuril Islands and a peace treaty with Japan",
        "What did Lavrov say about the ICC?",
        "Zakharova on Iran",
        "Что Лавров сказал о ШОС в Ташкенте?",
    ],
)
def test_a_question_typed_in_lower_case_gets_the_same_reply(
    index: SearchIndex, question: str
) -> None:
    written = _reply(index.search(question))
    assert _reply(index.search(question.lower())) == written
    # A phone capitalises only the first letter.
    assert _reply(index.search(question[0] + question[1:].lower())) == written


def test_the_kuril_question_has_no_answer(index: SearchIndex) -> None:
    assert not index.search("lavrov on the kuril islands and a peace treaty with japan").hits


def test_capitals_are_put_back_only_where_the_corpus_writes_them(index: SearchIndex) -> None:
    assert index.parse("what did lavrov say about the sanctions").speakers == ("Sergey Lavrov",)
    assert index.parse("zakharova on iran").speakers == ("Maria Zakharova",)
    # The question is read with capitals, and quoted back as typed.
    question = "lavrov on the kuril islands and a peace treaty with japan"
    assert index._truecased(question).startswith("Lavrov on the kuril islands and a peace ")
    assert index.parse(question).raw == question


def test_a_question_with_capitals_of_its_own_is_left_as_typed(index: SearchIndex) -> None:
    question = "What did the minister say about japan and Iran?"
    assert index._truecased(question) == question


def test_a_speakers_name_typed_in_lower_case_in_the_other_script_names_him(
    index: SearchIndex,
) -> None:
    # The interviewer is "Pavel Korolev" on an English page: his name in Russian, in lower case.
    question = "о чём павел королев спросил лаврова про визы?"
    assert index.parse(question).speakers == ("Pavel Korolev",)
    hits = index.search(question).hits
    assert hits and all(hit.passage.speaker == "Pavel Korolev" for hit in hits)


def test_a_known_person_with_nothing_said_here_gets_no_answer_in_lower_case(
    index: SearchIndex,
) -> None:
    assert not index.search("medvedev on the risk of nuclear war").hits
