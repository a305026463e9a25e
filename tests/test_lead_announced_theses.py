"""A news page whose lead points to a list of someone's statements below it ("Главные
заявления господина Пескова — в подборке «Ъ».") and then gives them as plain sentences under
subheads: each thesis is his, also one about another person ("Путин обещал «жесткий ответ»
..." is his word on Putin, not Putin speaking of himself in the third person).
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

PESKOV, PUTIN = "Dmitry Peskov", "Vladimir Putin"

_THESES = (
    "Дмитрий Песков ответил на вопросы журналистов. Пресс-секретарь прокомментировал торговые "
    "пошлины и предстоящие переговоры. Главные заявления господина Пескова — в подборке «Ъ».\n\n"
    "О пошлинах\n\n"
    "Москва внимательно изучает новые пошлины.\n\n"
    "Россия ответит на них исходя из своих интересов.\n\n"
    "О переговорах\n\n"
    "Путин обещал «жесткий ответ» на любые попытки давления, а не на сами переговоры.\n\n"
    "Кремль считает паузу в переговорах слишком долгой.\n"
)


def test_theses_under_a_lead_that_announces_them_are_the_speakers() -> None:
    assert speaker_of(_THESES, "изучает новые пошлины") == PESKOV
    assert speaker_of(_THESES, "паузу в переговорах") == PESKOV


def test_a_thesis_about_another_person_stays_the_list_speakers() -> None:
    assert speaker_of(_THESES, "жесткий ответ") == PESKOV


def test_subheads_are_no_ones_words() -> None:
    document = parse_transcript(_THESES, "page")
    assert not any(p.text == "О пошлинах" and p.speaker == PESKOV for p in document.passages)


def test_a_thesis_that_is_mostly_another_persons_quote_is_not_the_list_speakers() -> None:
    page = _THESES.replace(
        "Кремль считает паузу в переговорах слишком долгой.",
        "«Мы не позволим никому диктовать нам условия переговоров, это исключено», — заявил Путин.",
    )
    assert speaker_of(page, "диктовать нам условия") == PUTIN


def test_an_english_lead_pointing_to_a_round_up() -> None:
    page = (
        "Kremlin spokesman Dmitry Peskov answered questions from reporters on Monday. Key "
        "statements by Peskov are in our round-up.\n\n"
        "On tariffs\n\n"
        "Moscow is studying the new tariffs closely.\n\n"
        "Putin promised a firm response to any pressure, not to the talks themselves.\n"
    )
    assert speaker_of(page, "studying the new tariffs") == PESKOV
    assert speaker_of(page, "firm response") == PESKOV


def test_without_the_announcement_a_retelling_keeps_its_sayers() -> None:
    page = _THESES.replace(" Главные заявления господина Пескова — в подборке «Ъ».", "")
    assert speaker_of(page, "жесткий ответ") != PESKOV
