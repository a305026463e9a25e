"""Who said it on news retellings, pass 11 (issue 8): sentences that a story opens with whose
words they give, and quotes that a story carries across paragraphs.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import pytest

from tests.conftest import said_by as _said_by

GRUSHKO = "Alexander Grushko"
ZAKHAROVA = "Maria Zakharova"


@pytest.mark.parametrize(
    "opening",
    [
        # A verb of saying further on has a thing for its subject, not a person.
        "По его словам, альянс добавил к программе помощи еще один фонд для разминирования.",
        "По его словам, российская сторона отмечает «разноголосицу» в заявлениях союзников.",
        "По его мнению, блок заявил о новых учениях лишь для вида.",
    ],
)
def test_a_sentence_opened_by_according_to_him_is_his(opening: str) -> None:
    page = (
        "Грушко: решения НАТО работают на «партию войны»\n\n"
        "Решения саммита НАТО работают в пользу «партии войны» в Киеве, заявил постпред "
        "России при альянсе Александр Грушко.\n\n"
        f"{opening}\n\n"
        "Саммит прошел в Вильнюсе 11–12 июля.\n"
    )
    grushko = _said_by(page, GRUSHKO)
    assert opening.split(", ", 1)[1][:30] in grushko
    assert "Вильнюсе" not in grushko


def test_according_to_her_opening_in_english_is_hers() -> None:
    page = (
        "Zakharova: London owes an apology\n\n"
        "Russian Foreign Ministry spokeswoman Maria Zakharova said on Monday that London "
        "should apologise for its remarks.\n\n"
        "According to her, the British side announced new sanctions only to distract voters.\n"
    )
    assert "distract voters" in _said_by(page, ZAKHAROVA)


def test_according_to_him_with_nobody_named_before_stays_unknown() -> None:
    page = (
        "Альянс расширяет помощь\n\n"
        "По его словам, альянс добавил к программе помощи еще один фонд.\n\n"
        "Саммит прошел в Вильнюсе.\n"
    )
    assert _said_by(page, GRUSHKO) == ""


# One quote long enough to be cut into several passages, closed by its attribution at the end.
_LONG_EN = " ".join(["We answered every question about the talks and explained our position."] * 14)
_LONG_RU = " ".join(["Мы ответили на все вопросы о переговорах и объяснили нашу позицию."] * 14)


@pytest.mark.parametrize(
    "closing",
    [
        'I have never seen anything like this," she concluded.',
        # A meeting that concluded says nothing: no one else speaks, the quote stays hers.
        'I have never seen anything like this." The meeting concluded.',
    ],
)
def test_a_long_quote_closed_by_she_concluded_is_hers(closing: str) -> None:
    page = (
        "Zakharova: no one insulted the journalist\n\n"
        "Russian Foreign Ministry spokeswoman Maria Zakharova told Sputnik radio that she had "
        "not insulted the journalist.\n\n"
        f'"My task is to answer questions. {_LONG_EN} {closing}\n\n'
        "Top news\nTHE PARADE OF THE YEAR\nPart 1.Crowds gathered on the square,\n"
    )
    zakharova = _said_by(page, ZAKHAROVA)
    assert "never seen anything like this" in zakharova
    assert "Crowds gathered" not in zakharova


def test_a_long_quote_closed_by_otvechal_and_a_post_is_his() -> None:
    page = (
        "Медведев: посты пишу сам\n\n"
        "Зампред Совбеза РФ Дмитрий Медведев заявил, что сам пишет посты для канала.\n\n"
        f"«У вас есть сомнения, что это я делаю? {_LONG_RU} Помощники у меня, конечно, есть, "
        "они работают», — отвечал замглавы Совбеза РФ.\n\n"
        "Канал собрал почти миллион подписчиков.\n"
    )
    medvedev = _said_by(page, "Dmitry Medvedev")
    assert "Помощники у меня" in medvedev
    assert "миллион подписчиков" not in medvedev


def test_answering_questions_in_the_imperfective_says_nothing_itself() -> None:
    page = (
        "Захарова провела брифинг\n\n"
        "Официальный представитель МИД Мария Захарова провела брифинг в Москве.\n\n"
        "Она отвечала на вопросы журналистов о фестивале около двух часов.\n"
    )
    assert "двух часов" not in _said_by(page, ZAKHAROVA)


@pytest.mark.parametrize(
    "name", ["Галузин", "замглавы МИД Михаил Галузин", "Mikhail Galuzin", "М.Ю.Галузин"]
)
def test_the_deputy_foreign_minister_galuzin_is_known_by_every_form(name: str) -> None:
    page = (
        "Москва ждет шагов от Кишинева\n\n"
        f"Также {name} заявил, что Москва осуждает закрытие русскоязычных СМИ в Молдавии.\n\n"
        "«Их обещания расходятся с их делами», — заключил он.\n"
    )
    assert "расходятся с их делами" in _said_by(page, "Mikhail Galuzin")


@pytest.mark.parametrize(
    ("attribution", "his"),
    [
        ("This was stated on Thursday by Russia's Permanent Representative Vasily Nebenzya.", True),
        ("This was said earlier today by Russia's envoy to the UN Vasily Nebenzya.", True),
        # A passive that names no one names no sayer.
        ("This was reported on Thursday by several news agencies.", False),
    ],
)
def test_a_passive_with_a_time_before_by_names_the_sayer(attribution: str, his: bool) -> None:
    page = (
        "UN News\n\n"
        "The Security Council has itself become a threat to peace because of the unilateral "
        f"actions that undermine its unity. {attribution}\n\n"
        "The Council adopted neither draft resolution on Thursday.\n"
    )
    nebenzya = _said_by(page, "Vassily Nebenzia")
    assert ("a threat to peace" in nebenzya) is his
    assert "neither draft" not in nebenzya
