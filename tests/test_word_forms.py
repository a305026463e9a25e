"""Other case forms of a question's Russian words, and the Russian adjectives of its names
(retrieval.word_forms)."""

from __future__ import annotations

import pytest

from retrieval.search import SearchIndex
from retrieval.tokenizer import Analyzer
from retrieval.word_forms import WordForms
from tests.conftest import stories_index


@pytest.fixture(scope="module")
def forms() -> WordForms:
    return WordForms(Analyzer(names=True))


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("таране", "тарана"),
        ("тарана", "таране"),
        # A surname's nominative has no ending to take off.
        ("Клейменов", "Клейменову"),
        ("Клейменову", "Клейменов"),
    ],
)
def test_case_forms_with_different_terms_meet(forms: WordForms, word: str, other: str) -> None:
    analyzer = Analyzer(names=True)
    # The two forms' own terms differ (the stemmer takes a letter of the root from one) ...
    assert analyzer.word_terms(word) != analyzer.word_terms(other)
    # ... and each form's declension holds the other's term.
    words = {term for term in analyzer.word_terms(other) if not term.startswith("#")}
    assert words <= set(forms.terms(word))


@pytest.mark.parametrize("word", ["санкциям", "Украине", "выборах"])
def test_forms_never_repeat_the_words_own_terms(forms: WordForms, word: str) -> None:
    own = set(Analyzer(names=True).word_terms(word))
    assert not own & set(forms.terms(word))
    assert not any(term.startswith("#") for term in forms.terms(word))


@pytest.mark.parametrize(
    "word", ["sanctions", "мир", "заявил", "Lavrov", "2018", "пресс-секретарь"]
)
def test_short_english_stop_and_odd_words_have_none(forms: WordForms, word: str) -> None:
    assert forms.terms(word) == ()


def test_forms_are_cached_per_folded_word(forms: WordForms) -> None:
    assert forms.terms("Таране") is forms.terms("таране")


@pytest.mark.parametrize(
    ("word", "other"),
    [("slower", "slow"), ("younger", "young"), ("closer", "close"), ("partly", "partial")],
)
def test_english_words_of_one_root_are_derived(forms: WordForms, word: str, other: str) -> None:
    analyzer = Analyzer(names=True)
    assert analyzer.word_terms(word) != analyzer.word_terms(other)
    assert set(analyzer.word_terms(other)) <= set(forms.derived(word))


@pytest.mark.parametrize(
    ("word", "other"),
    # Suffixes left out on purpose: these share letters, not meaning.
    [("states", "statement"), ("formal", "format"), ("party", "partial")],
)
def test_english_derivation_keeps_apart_other_words(
    forms: WordForms, word: str, other: str
) -> None:
    analyzer = Analyzer(names=True)
    assert not set(analyzer.word_terms(other)) & set(forms.derived(word))


def test_declension_is_russian_only(forms: WordForms) -> None:
    assert forms.terms("slower") == ()


def test_a_russian_verb_form_meets_its_verb_and_noun_as_derived(forms: WordForms) -> None:
    analyzer = Analyzer(names=True)
    (verb,) = analyzer.word_terms("назначить")
    assert analyzer.word_terms("назначение") == [verb]
    assert verb not in analyzer.word_terms("назначат")
    assert verb in forms.derived("назначат")
    assert verb not in forms.terms("назначат")  # not a case form: credited as derived


def test_a_noun_that_ends_like_a_verb_is_never_its_own_case_form(forms: WordForms) -> None:
    (cabin,) = Analyzer(names=True).word_terms("кабина")
    assert cabin not in forms.terms("кабинет")


@pytest.mark.parametrize(("word", "number"), [("80th", "80"), ("21st", "21"), ("2nd", "2")])
def test_an_ordinal_in_digits_meets_its_number(forms: WordForms, word: str, number: str) -> None:
    # "the 80th anniversary" is said as "80 years ago".
    assert forms.terms(word) == (number,)


def test_a_number_with_other_letters_is_no_ordinal(forms: WordForms) -> None:
    assert forms.terms("80s") == ()
    assert forms.terms("4km") == ()


def test_an_anniversary_asked_as_an_ordinal_is_answered() -> None:
    # tests/transcripts/ordinals/ holds a press conference of our own saying "80 years ago
    # ... unleashed World War II": the headline's plain words are "80th", "anniversary" and
    # "start", and only the number says one of them.
    index = stories_index("ordinals")
    result = index.search("Nebenzia on the 80th anniversary of the start of the Second World War")
    assert result.hits
    assert result.hits[0].passage.text.startswith("80 years ago")
    assert result.hits[0].passage.speaker == "Vassily Nebenzia"
    # Another number is another anniversary.
    assert not index.search("Nebenzia on the 90th anniversary of the Second World War").hits


@pytest.mark.parametrize(
    ("name", "adjective"),
    [
        ("Chekhov", "по-чеховски"),
        ("Чехова", "чеховский"),
        ("Putin", "путинская"),
        ("Trump", "трамповской"),
        ("Байден", "байденовские"),
        ("Samotlor", "Самотлорское"),
    ],
)
def test_a_name_meets_the_russian_adjective_made_from_it(
    forms: WordForms, name: str, adjective: str
) -> None:
    terms = {t for t in Analyzer(names=True).word_terms(adjective) if not t.startswith("#")}
    assert terms and terms <= set(forms.name_adjectives(name))


@pytest.fixture(scope="module")
def adjectives_index() -> SearchIndex:
    # A TASS-style story of ours in tests/transcripts/name_adjectives/, among the xlang stories.
    return stories_index("name_adjectives")


def test_a_short_name_makes_no_adjective(forms: WordForms) -> None:
    # «Рос» + «ский» would be «росский»: a root of three letters meets too many words.
    assert forms.name_adjectives("Ros") == ()


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("Peskov borrows from Chekhov: the president will talk as long as necessary", True),
        ("Песков процитировал Чехова о послании", True),
        # Another writer's name makes another adjective, which the page lacks.
        ("Peskov borrows from Tolstoy: the president will talk as long as necessary", False),
        ("Песков процитировал Толстого о послании", False),
    ],
)
def test_a_name_said_only_through_its_russian_adjective_is_said(
    adjectives_index: SearchIndex, question: str, answered: bool
) -> None:
    # «Скажу по-чеховски»: the page names Chekhov only through the adverb of his name, which
    # stems as the adjective «чеховский»; no passage says "Chekhov" or «Чехов».
    hits = adjectives_index.search(question, k=3).hits
    assert bool(hits) == answered
    if answered:
        assert "по-чеховски" in hits[0].passage.text
        assert hits[0].passage.speaker == "Dmitry Peskov"
