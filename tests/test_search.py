"""Search over real and synthetic transcripts: attribution, filters, no-answer, highlights."""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.corpus import load_corpus
from retrieval.search import NoAnswer, SearchIndex
from tests.conftest import EVAL_TRANSCRIPTS, SAMPLE_DIR


@pytest.fixture(scope="module")
def sample() -> SearchIndex:
    return SearchIndex(load_corpus(SAMPLE_DIR).documents)


@pytest.fixture(scope="module")
def corpus() -> SearchIndex:
    documents = load_corpus(SAMPLE_DIR).documents + load_corpus(EVAL_TRANSCRIPTS).documents
    return SearchIndex(documents)


def test_icc_question_finds_lavrovs_answer_first(sample: SearchIndex) -> None:
    result = sample.search("What did Lavrov say about the ICC?")
    top = result.hits[0].passage
    assert top.speaker == "Sergey Lavrov" and top.role == "answer"
    assert "ICC" in top.text
    assert top.in_reply_to and "International Criminal Court" in top.in_reply_to
    assert result.query.speakers == ("Sergey Lavrov",)


def test_alias_meets_spelled_out_form(sample: SearchIndex) -> None:
    result = sample.search("International Criminal Court professionalism")
    assert result.hits and "ICC" in result.hits[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "What did Lavrov say about climate change?",
        "cryptocurrency",
        "What did Lavrov say about the football World Cup?",
    ],
)
def test_unmentioned_topics_return_nothing(sample: SearchIndex, question: str) -> None:
    result = sample.search(question)
    assert result.hits == ()
    assert result.reason in (NoAnswer.NO_MATCH, NoAnswer.WEAK)


def test_stop_words_only_is_no_terms(sample: SearchIndex) -> None:
    result = sample.search("What did he say about it?")
    assert result.hits == () and result.reason == NoAnswer.NO_TERMS


def test_questions_hidden_unless_asked(sample: SearchIndex) -> None:
    plain = sample.search("Constitutional Committee Pedersen", k=10)
    assert plain.hits and all(h.passage.role != "question" for h in plain.hits)
    asked = sample.search("speaker:question Constitutional Committee Pedersen", k=10)
    assert asked.hits and all(h.passage.speaker == "Question" for h in asked.hits)


def test_highlights_mark_the_matched_words(sample: SearchIndex) -> None:
    hit = sample.search("ICC Rome Statute").hits[0]
    marked = [hit.passage.text[s:e] for s, e in hit.highlights]
    assert any(m == "ICC" for m in marked)
    assert all(s < e for s, e in hit.highlights)
    assert list(hit.highlights) == sorted(hit.highlights)


def test_speaker_filter_applies_before_top_k(corpus: SearchIndex) -> None:
    zakharova = corpus.search("speaker:zakharova sanctions", k=5)
    assert len(zakharova.hits) >= 2
    assert all(h.passage.speaker == "Maria Zakharova" for h in zakharova.hits)
    lavrov = corpus.search("What did Lavrov say about sanctions?", k=5)
    assert lavrov.hits and all(h.passage.speaker == "Sergey Lavrov" for h in lavrov.hits)


def test_date_filter(corpus: SearchIndex) -> None:
    result = corpus.search("sanctions in 2021", k=10)
    assert result.hits
    assert all(h.passage.date and h.passage.date.year == 2021 for h in result.hits)
    before = corpus.search("sanctions before 2019", k=10)
    assert all(h.passage.date and h.passage.date < dt.date(2019, 1, 1) for h in before.hits)


def test_phrase_and_exclusion(sample: SearchIndex) -> None:
    phrase = sample.search('"Rome Statute"', k=10)
    assert phrase.hits and all("Rome Statute" in h.passage.text for h in phrase.hits)
    assert any(h.passage.text[s:e] == "Rome Statute" for h in phrase.hits for s, e in h.highlights)
    excluded = sample.search("ICC -Libya", k=10)
    assert excluded.hits and all("Libya" not in h.passage.text for h in excluded.hits)


def test_filters_that_exclude_everything_say_so(corpus: SearchIndex) -> None:
    result = corpus.search("What did Zakharova say about the ICC in 1999?")
    assert result.hits == () and result.reason == NoAnswer.FILTERED


def test_unknown_explicit_speaker_is_a_bad_query(corpus: SearchIndex) -> None:
    result = corpus.search("speaker:nobody sanctions")
    assert result.reason == NoAnswer.BAD_QUERY and "known speakers" in (result.error or "")


def test_paging_is_disjoint_and_has_more(corpus: SearchIndex) -> None:
    first = corpus.search("Russia", k=3)
    second = corpus.search("Russia", k=3, offset=3)
    assert first.has_more and len(first.hits) == 3
    assert {h.passage.id for h in first.hits}.isdisjoint(h.passage.id for h in second.hits)
    whole = corpus.search("Russia", k=6)
    assert [h.passage.id for h in whole.hits] == [h.passage.id for h in first.hits + second.hits]


def test_lookups_by_stable_id(sample: SearchIndex) -> None:
    first = sample.search("ICC").hits[0]
    # A quote made of two neighbouring passages has the first one's id and both texts.
    assert all(sample.passage(p.passage.id) == p.passage for p in first.pieces())
    hit = first.pieces()[0].passage
    assert first.passage.id == hit.id and first.passage.text.startswith(hit.text)
    turn = sample.turn(hit.id)
    assert hit in turn and all(p.turn == hit.turn for p in turn)
    assert [p.paragraph for p in turn] == list(range(len(turn)))
    context = sample.context(hit.id, radius=1)
    assert hit in context and 1 < len(context) <= 3
    assert sample.passage("ffffffffffff") is None and sample.turn("nope") == ()


def test_opening_remarks_belong_to_lavrov(sample: SearchIndex) -> None:
    opening = [p for p in sample.passages if p.turn == 0]
    assert opening and all(p.speaker == "Sergey Lavrov" for p in opening)
    assert all(p.role == "statement" for p in opening)


@pytest.mark.parametrize("phrase", ["Security Council", "United States", "Arctic Council"])
def test_phrase_search_is_the_exact_top_k_of_passages_holding_it(
    corpus: SearchIndex, phrase: str
) -> None:
    import re

    from retrieval.tokenizer import normalize_for_match

    result = corpus.search(f'"{phrase}"', k=5)
    terms = list(result.terms)
    scores = corpus.engine.get_scores(terms)
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(normalize_for_match(phrase).split()) + r"(?!\w)")
    holding = [
        (row, scores[row])
        for row, p in enumerate(corpus.passages)
        if p.role != "question" and scores[row] > 0 and pattern.search(normalize_for_match(p.text))
    ]
    expected = [row for row, _ in sorted(holding, key=lambda rs: (-rs[1], rs[0]))]
    got = [corpus.store.find(h.passage.id) for h in result.hits]
    assert got == expected[: len(got)]
    assert got, f"no passage holds {phrase!r}"


def test_language_filter_applies_inside_the_search(corpus: SearchIndex) -> None:
    russian = corpus.search("санкции lang:ru", k=5)
    assert russian.hits and all(h.passage.language == "ru" for h in russian.hits)
    english = corpus.search("NATO lang:en", k=5)
    assert english.hits and all(h.passage.language == "en" for h in english.hits)


def test_a_question_naming_where_it_was_said_finds_the_page_of_that_place() -> None:
    # The place stands on the event's date line only ("July 26, 2024, Vientiane"), not in
    # the title nor in the words said: it is the page's place, and counts as its title does.
    from retrieval.transcript import parse_transcript

    said_there = parse_transcript(
        "Foreign Minister Sergey Lavrov's statement following the ministerial meetings\n\n"
        "July 26, 2024, Vientiane\n\n"
        "Ladies and gentlemen,\n\n"
        "The architecture of security must rest on equality and the interests of all.\n",
        "vientiane",
    )
    elsewhere = parse_transcript(
        "Foreign Minister Sergey Lavrov's remarks to reporters\n\n"
        "March 3, 2024\n\n"
        "Ladies and gentlemen,\n\n"
        "Trade with our partners grew by a third last year.\n",
        "moscow",
    )
    assert said_there.place == "Vientiane"
    index = SearchIndex([said_there, elsewhere])
    result = index.search("What did Lavrov say in Vientiane about the architecture of security?")
    assert result.hits, result.reason
    assert result.hits[0].passage.doc_id == "vientiane"


def test_a_years_filter_takes_a_review_of_that_year_said_early_in_the_next() -> None:
    from retrieval.transcript import parse_transcript

    def page(doc_id: str, day: str, words: str) -> object:
        return parse_transcript(
            f"Foreign Minister Sergey Lavrov's remarks to reporters\n\n{day}\n\n"
            f"Ladies and gentlemen,\n\n{words}\n",
            doc_id,
        )

    review = page("review", "January 14, 2025", "In 2024 our trade with Asia grew by a third.")
    later = page("later", "June 3, 2025", "In 2024 our trade with Africa grew by a fifth.")
    silent = page("silent", "January 20, 2025", "Our trade with Europe fell by half.")
    index = SearchIndex([review, later, silent])  # type: ignore[list-item]
    allowed = index.filter_mask(index.parse("What did Lavrov say about trade in 2024?"))
    rows = {p.doc_id: n for n, p in enumerate(index.passages)}
    # Said in January 2025 about 2024: in; said in June, or in January without the year: out.
    assert allowed[rows["review"]]
    assert not allowed[rows["later"]] and not allowed[rows["silent"]]
    # A filter of a month or a span of years is as strict as before.
    assert not index.filter_mask(index.parse("Lavrov on trade in December 2024"))[rows["review"]]
