"""The lexicon's fifteenth pass (the _FIFTEENTH_PASS block of retrieval/bilingual_lexicon.py):
general words of the real pages that the lexicon could not cross yet, from stems found on one
page only (whatever the questions asked), both ways; a wording whose stem another common word
shares stays out."""

from __future__ import annotations

import pytest

from retrieval.bilingual_lexicon import Translations
from tests.conftest import crossed_terms, crosses_both_ways, plain_terms


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("hydrocarbons", "углеводородов"),
        ("protracted", "затяжной"),
        ("groundless", "беспочвенные"),
        ("counterparties", "контрагенты"),
        ("complacency", "самоуспокоенности"),
        ("helicopter carrier", "вертолетоносец"),
    ],
)
def test_the_fifteenth_pass_crosses_both_ways(
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
    ],
)
def test_a_left_out_wording_does_not_cross(table: Translations, english: str, russian: str) -> None:
    assert not set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")
