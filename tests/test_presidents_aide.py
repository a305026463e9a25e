""" "The president's press secretary said" is the president's aide speaking, never the
president: a known president, or one the story called president, is not his own aide."""

from __future__ import annotations

from tests.conftest import speaker_of

PESKOV, PUTIN = "Dmitry Peskov", "Vladimir Putin"


def test_the_presidents_press_secretary_is_not_the_president() -> None:
    page = (
        "Кремль о новых санкциях\n\n"
        "Владимир Путин провел совещание с членами правительства. Пресс-секретарь "
        "президента прокомментировал новые санкции Запада и возможную встречу Путина с "
        "коллегами.\n\n"
        "Совещание продолжалось два часа."
    )
    assert speaker_of(page, "прокомментировал новые санкции") != PUTIN


def test_after_the_spokesman_is_named_the_presidents_spokesman_is_him() -> None:
    page = (
        "Kremlin says Washington stands behind the attack\n\n"
        "Kremlin spokesman Dmitry Peskov told reporters that Moscow holds Washington "
        "responsible.\n\n"
        '"We know very well that such decisions are not made in Kiev," said the president\'s '
        "spokesman.\n"
    )
    assert speaker_of(page, "such decisions are not made in Kiev") == PESKOV


def test_a_spokesman_alone_stays_the_storys_official() -> None:
    page = (
        "Peskov on the talks\n\n"
        "Kremlin spokesman Dmitry Peskov said the talks would go on.\n\n"
        '"There is no date yet," the spokesman added.\n'
    )
    assert speaker_of(page, "There is no date yet") == PESKOV
