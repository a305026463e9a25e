"""A question's common words meet their translations on a page in the other language.

The transcripts in tests/transcripts/bilingual/ are ours: a Russian interview (mid.ru layout) and
an English briefing, which share no topic words in one language.
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from bot.formatting import format_result_html
from retrieval.bilingual_lexicon import Translations
from retrieval.bilingual_words import BILINGUAL_WORDS
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from retrieval.tokenizer import Analyzer
from tests.conftest import ROOT

BILINGUAL = ROOT / "tests" / "transcripts" / "bilingual"
RYABKOV = "2023-03-02_ryabkov_interview_ru"
ZAKHAROVA = "2023-03-10_zakharova_briefing_en"


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load_corpus(BILINGUAL).documents)


def test_every_line_has_words_on_both_sides() -> None:
    analyzer = Analyzer()
    for english, russian in BILINGUAL_WORDS:
        assert all(analyzer.terms(word, "en") for word in english), english
        assert all(analyzer.terms(word, "ru") for word in russian), russian


def test_translations_cross_both_ways_and_never_within_a_language() -> None:
    analyzer = Analyzer()
    table = Translations(analyzer, (((("sanction",), ("sanctions",)), (("санкции",),)),))
    (sanction,), (sanktsii,) = analyzer.terms("sanctions"), analyzer.terms("санкции")
    assert table.of([sanction]) == {sanction: ((sanktsii,),)}
    assert table.of([sanktsii]) == {sanktsii: ((sanction,),)}
    # The core table: a translation is always in the other script.
    full = Translations(analyzer)
    for english, russian in BILINGUAL_WORDS:
        for word in (*english, *russian):
            for term, wordings in full.of(analyzer.terms(word)).items():
                cyrillic = any("а" <= c <= "я" for c in term)
                for wording in wordings:
                    assert all(any("а" <= c <= "я" for c in t) != cyrillic for t in wording), term


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("negotiations", "переговорах"),
        ("ceasefire", "перемирия"),
        ("troops", "войсками"),
        ("elections", "выборов"),
        ("embassy", "посольства"),
        ("sovereignty", "суверенитета"),
        ("postponed", "перенесли"),
        ("arab", "арабские"),
        ("described", "описывал"),
        ("revenge", "реванша"),
        ("pluralism", "плюрализм"),
    ],
)
def test_common_domain_words_are_paired(english: str, russian: str) -> None:
    analyzer = Analyzer()
    table = Translations(analyzer)
    (en,), (ru,) = analyzer.terms(english), analyzer.terms(russian)
    assert (ru,) in table.of([en])[en] and (en,) in table.of([ru])[ru]


def test_an_english_question_finds_the_russian_answer(index: SearchIndex) -> None:
    result = index.search("Ryabkov on postponing the consultative commission meeting")
    assert result.hits, result.reason
    passage = result.hits[0].passage
    assert passage.doc_id == RYABKOV and "Мы перенесли заседание" in passage.text
    # The reply says which language the quote is in.
    reply = format_result_html(result, index.document_count, language="en")[0]
    assert "in Russian" in reply


def test_a_russian_question_finds_the_english_answer(index: SearchIndex) -> None:
    result = index.search("Что Захарова сказала о выборах и наблюдателях?")
    assert result.hits, result.reason
    assert result.hits[0].passage.doc_id == ZAKHAROVA
    assert "Elections are the sovereign affair" in result.hits[0].passage.text


def test_a_translation_weighs_less_than_the_word_itself(index: SearchIndex) -> None:
    # Both pages speak of sanctions: asked in English, the English page comes first; and on
    # the Russian page alone, the English question covers less than the Russian one and
    # scores lower.
    result = index.search("sanctions package against banks", k=3)
    assert result.hits and result.hits[0].passage.doc_id == ZAKHAROVA
    russian_page = index.scope(documents=[RYABKOV])
    crossed = index.search("sanctions against banks", k=1, within=russian_page).hits[0]
    said = index.search("санкции против банков", k=1, within=russian_page).hits[0]
    assert crossed.passage == said.passage and "Санкции против банков" in said.passage.text
    assert crossed.coverage < said.coverage and crossed.score < said.score


def test_translated_words_do_not_answer_for_a_missing_topic(index: SearchIndex) -> None:
    # The Russian page speaks of sanctions against banks, never of Venezuela: the translated
    # words cover only part of the question, and the name it lacks weighs more.
    assert index.search("Ryabkov on sanctions against banks").hits
    assert not index.search("Ryabkov on sanctions against Venezuela's banks").hits


def test_an_answer_in_the_other_language_is_not_silenced_by_a_weak_one(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The English briefing's sanctions passage scores higher on the English words but covers
    # too little of the question; the Russian answer (on ordinary people and European
    # business) covers enough through the translations.
    # ("regular people": with "ordinary people", which the lexicon pairs with «простые люди»
    # since its fourteenth pass, the answer covers enough even without the promotion.)
    question = "new sanctions hit regular people and European business"
    result = index.search(question)
    assert result.hits and result.hits[0].passage.doc_id == RYABKOV
    assert "по простым людям и по европейскому бизнесу" in result.hits[0].passage.text
    # Without the promotion, and without the weight an answer in the other language has among
    # the best (CROSS_ANSWER_WEIGHT), the weak English passage would silence it.
    monkeypatch.setattr(search_module, "CROSS_PROMOTE_DEPTH", 1)
    monkeypatch.setattr(search_module, "CROSS_ANSWER_WEIGHT", 1.0)
    assert not index.search(question).hits
