"""A Russian verb of saying in the past tense tells the sayer's gender: "— написала дипломат"
after a story that named a man last is not his quote (a woman wrote it), and "— заявил
министр" never goes to a woman. The person of the right gender named before gets it, or
nobody we can name."""

from __future__ import annotations

from tests.conftest import speaker_of

LAVROV, ZAKHAROVA = "Sergey Lavrov", "Maria Zakharova"


def test_a_feminine_verb_is_not_the_man_named_last() -> None:
    page = (
        "Захарова ответила на обвинения\n\n"
        "Официальный представитель МИД Мария Захарова заявила, что Москва ответит. Позже "
        "глава МИД Сергей Лавров сообщил о новых переговорах.\n\n"
        "«Эти обвинения — ложь, и все это понимают», — написала дипломат.\n"
    )
    assert speaker_of(page, "Эти обвинения — ложь") == ZAKHAROVA


def test_a_feminine_verb_with_no_woman_named_is_nobodys() -> None:
    page = (
        "Ответ на обвинения\n\n"
        "Глава МИД Сергей Лавров сообщил о новых переговорах.\n\n"
        "«Эти обвинения — ложь, и все это понимают», — написала дипломат.\n"
    )
    assert speaker_of(page, "Эти обвинения — ложь") not in (LAVROV, ZAKHAROVA)


def test_a_masculine_verb_keeps_the_man() -> None:
    page = (
        "Лавров о переговорах\n\n"
        "Глава МИД Сергей Лавров сообщил о новых переговорах.\n\n"
        "«Мы готовы к любому формату», — заявил министр.\n"
    )
    assert speaker_of(page, "Мы готовы к любому формату") == LAVROV
