"""Round 48: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

from retrieval.transcript._reported import attribute
from tests.conftest import speaker_of

# A journalist's memoir chapter in dashes: the writer's own question, then a line of his
# narration leading into the answer.
_MEMOIR_CHAPTER = """\
X. Сергей Лавров «МЫ НИКОГДА НЕ ХЛОПАЛИ ДВЕРЬЮ, И НЕ БУДЕМ»
X. Сергей Лавров
«МЫ НИКОГДА НЕ ХЛОПАЛИ ДВЕРЬЮ, И НЕ БУДЕМ»
Эту фразу он повторял потом не раз, но впервые я услышал ее в Женеве:
— Мы никогда не хлопали дверью и не собираемся. Мы всегда готовы к разговору на равных.
Лавров сказал это осенью 2014 года, на встрече с журналистами после долгих переговоров.
Он отвечал на мой вопрос — я задал его вторым:
— Не жалеете ли вы, что переговоры так затянулись?
Министр чуть помолчал и ответил с улыбкой:
— Жалеть о переговорах бессмысленно. Жалеть можно только о войне.
Потом он ушел к машине.
"""


def test_a_writers_dash_question_before_a_line_leading_to_the_answer_is_not_the_answer() -> None:
    asked = speaker_of(_MEMOIR_CHAPTER, "Не жалеете ли вы")
    assert asked != "Sergey Lavrov"
    # The answer under the line that leads into it is his, and so are his first words.
    assert speaker_of(_MEMOIR_CHAPTER, "Жалеть о переговорах бессмысленно") == "Sergey Lavrov"
    assert speaker_of(_MEMOIR_CHAPTER, "никогда не хлопали дверью") == "Sergey Lavrov"


def test_a_report_dash_line_is_not_closed_by_a_line_that_leads_into_the_next() -> None:
    # The same chapter read as a report, paragraph by paragraph: the line ending with a colon
    # names the one who answers below it, not the one who asked above it.
    paragraphs = [
        "Лавров сказал это осенью 2014 года, на встрече с журналистами в Женеве.",
        "— Не жалеете ли вы, что переговоры так затянулись?",
        "Лавров чуть помолчал и ответил с улыбкой:",
        "— Жалеть о переговорах бессмысленно.",
    ]
    speakers = {s.paragraph: s.speaker for s in attribute(paragraphs, None)}
    assert speakers[1] is None
    assert speakers[3] == "Sergey Lavrov"
