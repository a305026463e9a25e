"""The lexicon's sixth pass (retrieval/bilingual_lexicon.py): Russian wordings whose stem another
common word shares are left out, so a question's word does not cross to that other word.
"""

from __future__ import annotations

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.tokenizer import Analyzer


@pytest.fixture(scope="module")
def table() -> Translations:
    return Translations(Analyzer())


def _words(text: str, language: str) -> list[str]:
    return [t for t in Analyzer().terms(text, language) if not t.startswith("#")]  # type: ignore[arg-type]


def _crossed(table: Translations, text: str, language: str) -> set[str]:
    """Every term the words of ``text`` cross to."""
    return {t for ws in table.of(_words(text, language)).values() for w in ws for t in w}


@pytest.mark.parametrize(
    ("english", "other_word"),
    [
        ("flew", "лет"),  # «летать» stems as «лет» (years)
        ("summer", "лет"),  # «лето» too
        ("became", "статья"),  # «стать» / «статья»
        ("forgive", "просто"),  # «простить» / «просто»
        ("revenge", "место"),  # «месть» / «место»
        ("medals", "медиа"),  # «медали» / «медиа»
        ("attempts", "старый"),  # «стараться» / «старый»
        ("treason", "изменить"),  # «измена» / «изменить»
        ("deception", "обмен"),  # «обман» / «обмен»
        ("jews", "евро"),  # «евреи» / «евро»
        ("long", "долг"),  # «долгий» / «долг»
        ("convoy", "колония"),  # «колонна» / «колония»
        ("gave", "дата"),  # «дать» / «дата»
        ("sent", "посла"),  # «послать» / «посла»
        ("ships", "суда"),  # «суда»: ships, and of «суд», a court
    ],
)
def test_a_word_does_not_cross_to_another_word_of_its_stem(
    table: Translations, english: str, other_word: str
) -> None:
    (other,) = _words(other_word, "ru")
    assert other not in _crossed(table, english, "en")


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("became", "стала"),
        ("gave", "дали"),
        ("flew", "прилететь"),
        ("revenge", "отомстить"),
        ("treason", "предательство"),
        ("ships", "судно"),
    ],
)
def test_the_words_still_cross_by_their_other_forms(
    table: Translations, english: str, russian: str
) -> None:
    assert set(_words(russian, "ru")) <= _crossed(table, english, "en")
