"""The lexicon's fifth frequency pass and the words questions retell with (the _FIFTH_PASS and
_RETOLD_IN_QUESTIONS blocks of retrieval/bilingual_lexicon.py): a question crosses to a page in
the other language by them, both ways.

The transcript is ours: tests/transcripts/fleeting_vowels/ (a TASS-style Russian story).
"""

from __future__ import annotations

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import ROOT, plain_terms


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("backed", "поддержал"),
        ("scolded", "отчитал"),
        ("exaggerated", "преувеличил"),
        ("scares", "пугает"),
        ("advised", "посоветовала"),
        ("timetable", "график"),
        ("destroyer", "эсминце"),
        ("ceiling", "потолке"),  # a fleeting vowel: «потолок» / «потолке»
        ("pieces", "куски"),
        ("intermediate range", "средней дальности"),
        ("rearmament", "перевооружение"),
    ],
)
def test_the_words_cross_both_ways(table: Translations, english: str, russian: str) -> None:
    en, ru = plain_terms(english, "en"), plain_terms(russian, "ru")
    assert any(set(w) <= set(ru) for word in en for w in table.of(en).get(word, ()))
    assert any(set(w) <= set(en) for word in ru for w in table.of(ru).get(word, ()))


def test_the_course_of_talks_is_no_exchange_rate(table: Translations) -> None:
    # "of course" is said everywhere in English: «курс» (a rate, a policy) does not cross to it.
    (course,) = plain_terms("course", "en")
    assert (course,) not in table.of(plain_terms("курс", "ru")).get(
        plain_terms("курс", "ru")[0], ()
    )


def test_an_english_question_finds_the_timetable() -> None:
    index = SearchIndex(load_corpus(ROOT / "tests" / "transcripts" / "fleeting_vowels").documents)
    result = index.search("Ryabkov on the timetable of the next meeting")
    assert result.hits, result.reason
    assert "график будет обсуждаться" in result.hits[0].passage.text
