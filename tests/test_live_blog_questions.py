"""A live blog of a news conference heads each question with its time ("13.21 Вопрос об ...")
and gives the answer under it: the heading is the journalist's question, not the end of the
answer before it (issue 8).

Every page here is written for the test, in the layout of a news site's live blog.
"""

from __future__ import annotations

from retrieval.speakers import QUESTION_SPEAKER
from retrieval.transcript import parse_transcript

LIVE_RU = """\
Пресс-конференция завершена. Спасибо, что были с нами!
13.25 Вопрос о перспективах переговоров по каспийской повестке
Лавров: Мы видим хорошие перспективы и продолжим работу с партнёрами по Каспию.
13.21 Вопрос о поставках зерна в Африку
Лавров: Наши обязательства по зерну выполняются в полном объёме, и мы их расширим.
"""

LIVE_EN = """\
The news conference is over. Thank you for following us!
11:05 Question about the grain deal and shipping in the Black Sea
Lavrov: We have kept every promise on grain and we will keep working with Turkey on it.
10:58 Question on the Caspian summit
Lavrov: The summit will take place when the five states agree on the final text.
"""


def _turns(page: str) -> list[tuple[str, str]]:
    return [(p.speaker, p.text) for p in parse_transcript(page, "live").passages]


def test_timed_question_headings_are_questions_in_russian() -> None:
    turns = _turns(LIVE_RU)
    assert (QUESTION_SPEAKER, "Вопрос о поставках зерна в Африку") in turns
    lavrov = [text for speaker, text in turns if speaker == "Sergey Lavrov"]
    assert lavrov and not any("Вопрос" in text for text in lavrov)


def test_timed_question_headings_are_questions_in_english() -> None:
    turns = _turns(LIVE_EN)
    assert (QUESTION_SPEAKER, "Question on the Caspian summit") in turns
    lavrov = [text for speaker, text in turns if speaker == "Sergey Lavrov"]
    assert sum(text.startswith(("We have kept", "The summit will")) for text in lavrov) == 2
    assert not any("Question" in text for text in lavrov)


def test_a_timed_sentence_is_no_question_heading() -> None:
    page = "Лавров: Добрый день.\n13.25 Вопрос о зерне решён, заявил министр.\n"
    assert all(speaker != QUESTION_SPEAKER for speaker, _ in _turns(page))
