"""«Соответствующее заявление дипломат сделал ...»: the subject set between the noun and the
verb of "making a statement" names who said what went before (issue 8).

Every page here is written for the test, in the layout of a Russian news site's retelling.
"""

from __future__ import annotations

import pytest

from retrieval.transcript._reported import Ref, sentence_sayer
from tests.conftest import speaker_of

RETELLING = """\
Рябков: разрыв отношений с США не в интересах России

Связи между Москвой и Вашингтоном могут быть разорваны. Такое мнение высказал заместитель \
министра иностранных дел России Сергей Рябков.

Однако такой исход не отвечает интересам России. Соответствующее заявление дипломат сделал \
в ходе интервью телеканалу.

Ранее Рябков сказал, что американская сторона занимает враждебную позицию.
"""


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        ("Соответствующее заявление дипломат сделал в ходе интервью телеканалу.", Ref.OWN_POST),
        ("Такое заявление Рябков сделал в интервью телеканалу.", "Sergey Ryabkov"),
        ("Заявление он сделал на брифинге.", Ref.PRONOUN),
        # "Соответствующее мнение": what was said, like "Такое мнение", before the subject.
        ("Соответствующее мнение дипломат высказал в интервью.", Ref.OWN_POST),
        # A circumstance between them, the subject after the verb: as before.
        ("Соответствующее заявление в ходе брифинга сделала Мария Захарова.", "Maria Zakharova"),
    ],
)
def test_subject_between_the_noun_and_the_verb(sentence: str, sayer: str | Ref) -> None:
    assert sentence_sayer(sentence) == sayer


def test_the_words_before_such_a_sentence_are_the_diplomats() -> None:
    assert speaker_of(RETELLING, "такой исход не отвечает") == "Sergey Ryabkov"
