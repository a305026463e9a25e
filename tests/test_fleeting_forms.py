"""Forms of a lexicon's Russian nouns whose vowel comes and goes («посол» / «послов»,
«попытка» / «попыток»): Snowball stems them apart, so the lexicon's translations yield them
(retrieval.word_forms.fleeting_forms, retrieval.bilingual_lexicon.Translations).

The transcript in tests/transcripts/fleeting_vowels/ is ours: a TASS-style Russian story
(Ryabkov on attempts to restore dialogue, on visas for ambassadors and on losses).
"""

from __future__ import annotations

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from retrieval.tokenizer import Analyzer
from retrieval.word_forms import WordForms, fleeting_forms
from tests.conftest import ROOT

FLEETING = ROOT / "tests" / "transcripts" / "fleeting_vowels"
RYABKOV = "2027-05-14_ryabkov_tass_story_ru"


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load_corpus(FLEETING).documents)


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("посол", "посла"),
        ("рынок", "рынка"),
        ("американец", "американца"),
        ("уровень", "уровна"),  # stems as «уровня»
        ("попытка", "попыток"),
        ("девушка", "девушек"),
        ("копейка", "копеек"),
        ("деньги", "денег"),
        ("американцы", "американец"),
        ("европейцы", "европеец"),
        ("гражданин", "граждане"),
    ],
)
def test_the_form_with_the_vowel_moved_is_made(word: str, form: str) -> None:
    assert form in fleeting_forms(word)


@pytest.mark.parametrize("word", ["процесс", "хозяин", "угроза", "мир", "attempt"])
def test_a_word_of_another_ending_gives_no_form(word: str) -> None:
    assert fleeting_forms(word) == ()


def test_the_forms_stem_apart_from_the_word() -> None:
    analyzer = Analyzer()
    assert analyzer.terms("попыток", "ru") != analyzer.terms("попытка", "ru")
    assert analyzer.terms("послов", "ru") != analyzer.terms("посол", "ru")


def test_the_lexicon_yields_the_forms_both_ways() -> None:
    analyzer = Analyzer()
    table = Translations(analyzer)
    (attempts,) = analyzer.terms("attempts", "en")
    (gen_plural,) = analyzer.terms("попыток", "ru")
    assert (gen_plural,) in table.of([attempts])[attempts]
    (ambassador,) = analyzer.terms("ambassador", "en")
    (ambassadors_of,) = analyzer.terms("послов", "ru")
    assert any(ambassador in wording for wording in table.of([ambassadors_of])[ambassadors_of])


def test_a_form_another_line_gives_is_not_taken() -> None:
    # «банки» (banks) would make «банок» (of jars); a line giving «банок» as its own word
    # keeps it from the banks.
    analyzer = Analyzer()
    lines = [((("banks",),), (("банки",),)), ((("jars",),), (("банок",),))]
    table = Translations(analyzer, lines)
    (jars,) = analyzer.terms("банок", "ru")
    (banks,) = analyzer.terms("banks", "en")
    assert (jars,) not in table.of([banks])[banks]
    assert table.of([jars])[jars] == (tuple(analyzer.terms("jars", "en")),)


def test_an_english_question_finds_the_plural_of_a_fleeting_vowel(index: SearchIndex) -> None:
    # The lexicon says «убыток» (stemmed whole); the page says «убытки» (``убытк``).
    result = index.search("Ryabkov on losses")
    assert result.hits, result.reason
    top = result.hits[0].passage
    assert (top.doc_id, top.speaker) == (RYABKOV, "Sergey Ryabkov")
    assert "несут убытки" in top.text


def test_an_english_question_finds_the_genitive_plural(index: SearchIndex) -> None:
    result = index.search("Ryabkov on attempts to restore dialogue")
    assert result.hits, result.reason
    assert "попыток" in result.hits[0].passage.text


@pytest.mark.parametrize(("word", "form"), [("посол", "послов"), ("сделке", "сделок")])
def test_a_russian_question_word_has_its_fleeting_forms(word: str, form: str) -> None:
    analyzer = Analyzer()
    (term,) = analyzer.terms(form, "ru")
    assert term in WordForms(analyzer).terms(word)


def test_a_russian_question_finds_the_genitive_plural_of_its_word(index: SearchIndex) -> None:
    # The question says «сделке» (``сделк``), the quote «сделок»: no case ending added to
    # the root makes that form.
    result = index.search("Рябков о сделке")
    assert result.hits, result.reason
    top = result.hits[0].passage
    assert (top.doc_id, top.speaker) == (RYABKOV, "Sergey Ryabkov")
    assert "десятки сделок" in top.text
