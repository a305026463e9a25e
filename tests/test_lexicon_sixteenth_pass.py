"""The lexicon's sixteenth pass (the _SIXTEENTH_PASS block of retrieval/bilingual_lexicon.py):
the rest of the general words found on one real page only that the lexicon could not cross,
whatever the questions asked, both ways; a wording whose stem another common word shares stays
out."""

from __future__ import annotations

import pytest

from retrieval.bilingual_lexicon import Translations
from tests.conftest import crossed_terms, crosses_both_ways, plain_terms


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("revanchist", "реваншистский"),
        ("punitive", "карательные"),
        ("delimitation", "делимитации"),
        ("cannon fodder", "пушечное мясо"),
        ("breadbasket", "житница"),
    ],
)
def test_the_sixteenth_pass_crosses_both_ways(
    table: Translations, english: str, russian: str
) -> None:
    assert crosses_both_ways(table, english, russian)


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        # "hospitality" stems as "hospital": no line makes it «гостеприимство».
        ("hospital", "гостеприимство"),
        # "departed" stems as "department": no line makes it «ушедший».
        ("department", "ушедший"),
    ],
)
def test_a_left_out_wording_does_not_cross(table: Translations, english: str, russian: str) -> None:
    assert not set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")
