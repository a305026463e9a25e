"""The lexicon's fifteenth and sixteenth passes (the _FIFTEENTH_PASS and _SIXTEENTH_PASS blocks
of retrieval/bilingual_lexicon.py): general words found on one real page only that the lexicon
could not cross, whatever the questions asked, both ways; a wording whose stem another common
word shares stays out."""

from __future__ import annotations

import pytest

from retrieval.bilingual_lexicon import Translations
from tests.conftest import crossed_terms, crosses_both_ways, plain_terms


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        # The fifteenth pass.
        ("hydrocarbons", "углеводородов"),
        ("protracted", "затяжной"),
        ("groundless", "беспочвенные"),
        ("counterparties", "контрагенты"),
        ("complacency", "самоуспокоенности"),
        ("helicopter carrier", "вертолетоносец"),
        # The sixteenth pass.
        ("revanchist", "реваншистский"),
        ("punitive", "карательные"),
        ("delimitation", "делимитации"),
        ("cannon fodder", "пушечное мясо"),
        ("breadbasket", "житница"),
    ],
)
def test_the_page_word_passes_cross_both_ways(
    table: Translations, english: str, russian: str
) -> None:
    assert crosses_both_ways(table, english, russian)


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        # «сырьевой» stems as «сыр» (cheese): "raw materials" gets no such line.
        ("cheese", "сырьевой"),
        # "pacify" stems as "Pacific": no line makes it «умиротворить».
        ("Pacific", "умиротворить"),
        # "hospitality" stems as "hospital": no line makes it «гостеприимство».
        ("hospital", "гостеприимство"),
        # "departed" stems as "department": no line makes it «ушедший».
        ("department", "ушедший"),
    ],
)
def test_a_left_out_wording_does_not_cross(table: Translations, english: str, russian: str) -> None:
    assert not set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")
