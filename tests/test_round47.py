"""Round 47: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

from tests.conftest import pages_index, speaker_of

# A news site's story that drops a quote's marks and its comma: the words on one line, their
# sayer on the next after a dash.
_DROPPED_MARKS_STORY = """\
Замминистра: Россия готова к новым переговорам по ракетам

Об этом в субботу заявил заместитель министра иностранных дел России Сергей Рябков, \
выступая на конференции в Мюнхене.

Мы готовы обсуждать любые проверяемые меры по ракетам средней дальности на равных условиях
- сообщил Рябков.

Напомним, что в феврале Вашингтон объявил о выходе из договора.
"""


def test_words_whose_sayer_stands_on_the_next_line_after_a_dash_are_his() -> None:
    assert speaker_of(_DROPPED_MARKS_STORY, "проверяемые меры по ракетам") == "Sergey Ryabkov"
    # The story's own background stays nobody's.
    assert speaker_of(_DROPPED_MARKS_STORY, "объявил о выходе из договора") != "Sergey Ryabkov"
    # And a question finds the words under his name.
    hit = pages_index({"ryabkov.txt": _DROPPED_MARKS_STORY}).search("Рябков о мерах по ракетам")
    assert hit.hits and hit.hits[0].passage.speaker == "Sergey Ryabkov"
    assert "проверяемые меры" in hit.hits[0].passage.text
