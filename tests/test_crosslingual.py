"""A question in one language finds passages in the other: countries, cities, organisations and
people cross scripts, through the concept table and name terms (retrieval/names.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import retrieval.search as search_module
from retrieval.corpus import load_corpus
from retrieval.names import crossed, is_name_term, is_spelling_of
from retrieval.search import SearchIndex
from retrieval.tokenizer import Analyzer
from tests.conftest import ROOT, SAMPLE_DIR, stories_index

PAIRED = ROOT / "tests" / "paired"
RADIO_RU = "2021-04-12_lavrov_interview_radio_ru.txt"


def index_of(tmp_path: Path, language: str) -> SearchIndex:
    """The paired set with only one language's versions (so nothing can match in-language)."""
    folder = tmp_path / language
    folder.mkdir()
    for path in PAIRED.glob(f"*_{language}.txt"):
        shutil.copy(path, folder / path.name)
    return SearchIndex(load_corpus(folder).documents)


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    return index_of(tmp_path_factory.mktemp("x"), "en")


@pytest.fixture(scope="module")
def russian(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    return index_of(tmp_path_factory.mktemp("x"), "ru")


def top(index: SearchIndex, question: str) -> str:
    """The best passage's words with the question it answers (indexed with it)."""
    result = index.search(question, k=3)
    assert result.hits, (question, result.reason)
    passage = result.hits[0].passage
    return f"{passage.in_reply_to or ''} {passage.text}"


def test_the_bundled_english_transcript_answers_a_russian_question_about_syria() -> None:
    index = SearchIndex(load_corpus(SAMPLE_DIR).documents)
    result = index.search("Что Лавров сказал о Сирии?", k=3)
    assert result.query.speakers == ("Sergey Lavrov",)
    assert result.hits and all("Syria" in h.passage.text for h in result.hits)
    # The passage's own "Syria" is what is marked.
    hit = result.hits[0]
    assert "Syria" in {hit.passage.text[s:e] for s, e in hit.highlights}
    # And a person by their name in Russian: Ashkenazi asked about, in the question's text.
    answer = index.search("Лавров об Ашкенази и МУС", k=1).hits[0].passage
    assert "Ashkenazi" in (answer.in_reply_to or "") + answer.text
    # (His own words are not on the page: asked for them, the bot has no answer.)
    assert index.search("что Ашкенази говорил о МУС", k=1).hits == ()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Что Захарова сказала о Японии?", "Japan"),  # a country, in a case form
        ("Что сказано о Стамбуле?", "Istanbul"),  # a city
        ("ОПЕК", "OPEC"),  # an organisation, by its abbreviation
        ("МАГАТЭ Гросси", "Grossi"),  # a person, by transliteration
        ("что лавров говорил о гросси", "Grossi"),  # typed all in lower case
        ("Захарова о Гагаузии", "Gagauzia"),
        ("Монтевидео", "Montevideo"),  # a city not in the table: its name crosses as a name
    ],
)
def test_a_russian_question_finds_english_passages(
    english: SearchIndex, question: str, expected: str
) -> None:
    assert expected in top(english, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did Zakharova say about Japan?", "Японии"),
        ("What did Lavrov say about Istanbul?", "Стамбуле"),
        ("What about OPEC?", "ОПЕК+"),
        ("What did Lavrov say about Grossi?", "Гросси"),
        ("Finland and Sweden", "Финляндией"),
        ("Uruguay BRICS", "Уругвай"),
        ("Montevideo", "Монтевидео"),
    ],
)
def test_an_english_question_finds_russian_passages(
    russian: SearchIndex, question: str, expected: str
) -> None:
    assert expected in top(russian, question)


def test_an_everyday_word_does_not_cross_as_a_name(russian: SearchIndex) -> None:
    # "газа" (of gas) is not Gaza, and "суда" (of a court) is not Sudan.
    hits = russian.search("поставки газа", k=3).hits
    assert all("секторе Газа" not in h.passage.text for h in hits)
    tokens = russian.analyzer.tokens("поставки газа и решения суда")
    assert not [t for t in tokens if t.term.startswith("#city") or t.term.startswith("#country")]


def test_an_unknown_name_weighs_against_the_answer(english: SearchIndex) -> None:
    # A name the corpus never holds in any script is an unanswered part of the question.
    assert not english.search("Что сказал Шольц?", k=3).hits


_NAMES = st.sampled_from(
    [
        ("Lavrov", "Лавров"),
        ("Zakharova", "Захарова"),
        ("Ashkenazi", "Ашкенази"),
        ("Grossi", "Гросси"),
        ("Peskov", "Песков"),
        ("Nebenzia", "Небензя"),
        ("Stoltenberg", "Столтенберг"),
        ("Erdogan", "Эрдоган"),
    ]
)
_ENDINGS = st.sampled_from(["", "а", "у", "ым", "ом", "е", "ой", "ы"])
_ANALYZER = Analyzer(names=True)


@settings(max_examples=200, deadline=None)
@given(_NAMES, _ENDINGS, st.booleans())
def test_a_name_in_a_question_crosses_to_the_other_script_of_a_passage(
    name: tuple[str, str], ending: str, lower: bool
) -> None:
    latin, cyrillic = name
    # Index time: a passage names the person (in Latin letters, or in a Russian case form).
    if cyrillic.endswith(("а", "и", "я")) and ending:
        return  # "Захарова" + "у" is no Russian form
    for passage_word, question_word in ((latin, cyrillic + ending), (cyrillic + ending, latin)):
        index_terms = {t for t in _ANALYZER.terms(passage_word) if is_name_term(t)}
        typed = question_word.lower() if lower else question_word
        crossing = {t.term for t in _ANALYZER.cross_name_tokens(typed)}
        assert crossing & index_terms, (passage_word, typed)
        # And the search's check of whole words agrees that they spell one name.
        assert is_spelling_of(passage_word, typed), (passage_word, typed)
        # The same script never matches through a name term: that is the word's own job.
        same = {crossed(t) for t in index_terms}
        assert not {t.term for t in _ANALYZER.cross_name_tokens(passage_word)} & index_terms
        assert same


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("Prize", "Призываем"),  # both give the name key "приз"
        ("Catalan", "катании"),  # both give "кат"
    ],
)
def test_words_that_share_a_name_key_are_not_one_name(word: str, other: str) -> None:
    assert not is_spelling_of(word, other)


def test_a_name_key_shared_by_chance_does_not_answer(tmp_path: Path) -> None:
    # "Призываем" opens a sentence, so it has a name term; "Prize" crosses to the same key.
    folder = tmp_path / "ru"
    folder.mkdir()
    shutil.copy(ROOT / "tests" / "transcripts" / "answering" / RADIO_RU, folder / RADIO_RU)
    index = SearchIndex(load_corpus(folder).documents)
    result = index.search("What did Lavrov say about the Nobel Prize?", k=3)
    assert "#~c:приз" in result.terms
    assert not result.hits
    # The name itself still crosses: "Kaliningrad" meets "Калининградскую".
    assert index.search("What did Lavrov say about Kaliningrad transit?", k=3).hits


@pytest.mark.parametrize(
    ("adjective", "city"),
    [
        ("на Мюнхенской конференции", "Munich"),
        ("Пекинский форум", "Beijing"),
        ("у крымского моста", "Crimea"),
        ("the Crimean bridge", "Крым"),
        ("Женевские переговоры", "Geneva"),
    ],
)
def test_a_citys_adjective_is_the_city(adjective: str, city: str) -> None:
    analyzer = Analyzer()
    concepts = {t for t in analyzer.terms(city) if t.startswith("#city:")}
    assert concepts and concepts <= set(analyzer.terms(adjective))


def test_an_answer_saying_the_question_in_translation_but_one_place_is_not_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Our Russian story has Lavrov on security said to partners and western countries
    # («безопасности», «партнерам», «западным странам»), in Europe, not "Eurasia": the one word
    # the passage does not say must not outweigh three said in translation.
    index = stories_index("news_ru")
    question = "Lavrov on security and partner countries in Eurasia"
    first = index.search(question).hits[0].passage
    assert first.doc_id == "2024-02-09_lavrov_american_host_story_ru"
    assert first.speaker == "Sergey Lavrov" and "безопасности" in first.text
    # At the credit a translation earned before (0.65), and the same-language floor for the
    # first answer (before _cross_floor), the question was refused.
    monkeypatch.setattr(search_module, "CROSS_CREDIT", 0.65)
    same_floor = staticmethod(lambda qt: search_module.MIN_COVERAGE)
    monkeypatch.setattr(search_module.SearchIndex, "_cross_floor", same_floor)
    assert index.search(question).reason == "weak"
