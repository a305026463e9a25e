"""The lexicon's fourteenth pass (the _FOURTEENTH_PASS block of retrieval/bilingual_lexicon.py):
general words of the real pages that the lexicon could not cross yet (stems found on two pages
or more, whatever the questions asked), both ways; a wording whose stem another common word
shares stays out.

The story is ours, written here in an agency's layout.
"""

from __future__ import annotations

import pytest

from retrieval.bilingual_lexicon import Translations
from tests.conftest import (
    crossed_terms,
    crosses_both_ways,
    first_hit,
    pages_index,
    plain_terms,
    quote_of,
)


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("impunity", "безнаказанность"),
        ("cartel", "картеля"),
        ("bridgehead", "плацдарм"),
        ("undesirable", "нежелательной"),
        ("contractors", "подрядчики"),
        ("counter-terrorism", "антитеррористической"),
        ("carriers", "перевозчиков"),
        ("intervene", "вмешиваться"),
    ],
)
def test_the_fourteenth_pass_crosses_both_ways(
    table: Translations, english: str, russian: str
) -> None:
    assert crosses_both_ways(table, english, russian)


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        # «волна» stems as «волнение»: "wave" gets no line here.
        ("wave", "волнение"),
        # "informal" stems as "information": no line makes it «неформальный».
        ("information", "неформальный"),
    ],
)
def test_a_left_out_wording_does_not_cross(table: Translations, english: str, russian: str) -> None:
    assert not set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")


_STORY = """\
Небензя: безнаказанность подрядчиков недопустима

НЬЮ-ЙОРК, 4 апреля. /ТАСС/. Постоянный представитель России при ООН Василий Небензя заявил, \
что безнаказанность частных военных подрядчиков в зоне конфликта недопустима.

"Подрядчики, которые нанимаются для охраны объектов, не должны становиться плацдармом для \
вмешательства", - сказал Небензя на заседании Совета Безопасности.
"""


def test_an_english_question_finds_the_russian_words() -> None:
    index = pages_index({"2030-04-04_nebenzia_tass_ru.txt": _STORY})
    # (Without the pass the question has no word the story says: no answer at all.)
    top = first_hit(index, "Russia's UN envoy on impunity for contractors")
    assert top.passage.speaker == "Vassily Nebenzia"
    assert "безнаказанность" in quote_of(top)
