"""Who said it on news retellings, pass 12 (issue 8): subjects that Russian news copy sets
apart from their verb, and posts spelt out in full.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

import pytest

from tests.conftest import said_by as _said_by

ZAKHAROVA = "Maria Zakharova"
LAVROV = "Sergey Lavrov"
_APPOSITION_STORY = (
    "Захарова ответила на вопрос о Приднестровье\n\n"
    "{subject} прокомментировала ситуацию вокруг переговоров по Приднестровью.\n\n"
    "«Мы готовы помогать сторонам», — сказала Захарова.\n\n"
    "Погода в Тирасполе в эти дни стояла тёплая.\n"
)


@pytest.mark.parametrize(
    ("subject", "hers"),
    [
        # A post set between commas after her name: the verb after it is hers, though nothing
        # follows the verb but its object.
        ("Мария Захарова, официальный представитель МИД России,", True),
        (
            "Мария Захарова, официальный представитель Министерства иностранных дел "
            "Российской Федерации,",
            True,
        ),
        # A participle's clause, or a gerund's, between the name and the verb.
        ("Официальный представитель МИД Мария Захарова, находящаяся с визитом в Кишинёве,", True),
        ("Мария Захарова, выступая в Кишинёве,", True),
        # A circumstance before the name.
        ("На брифинге в Москве Мария Захарова, официальный представитель МИД,", True),
        # Her name after a preposition, or in another case, is no subject.
        ("Вопрос о встрече с Марией Захаровой, официальным представителем МИД,", False),
        ("Беседа с Захаровой, официальным представителем МИД,", False),
    ],
)
def test_a_name_then_an_apposition_between_commas_is_the_verbs_subject(
    subject: str, hers: bool
) -> None:
    zakharova = _said_by(_APPOSITION_STORY.format(subject=subject), ZAKHAROVA)
    assert ("ситуацию вокруг переговоров" in zakharova) is hers
    assert "Погода в Тирасполе" not in zakharova


def test_a_plural_verb_after_a_comma_names_no_one_before_it() -> None:
    # "сообщили в Кремле": an unnamed "they"; Putin in the words before is what was said of.
    page = (
        "В Кремле рассказали о подготовке визита\n\n"
        "Песков провёл брифинг для журналистов.\n\n"
        "Решение о визите в Пекин принял Путин, сообщили в Кремле.\n"
    )
    assert "Решение о визите" not in _said_by(page, "Vladimir Putin")


@pytest.mark.parametrize(
    ("subject", "his"),
    [
        # "министр иностранных дел" is the foreign minister named above.
        ("Министр иностранных дел также", True),
        # Another country's foreign minister is someone else.
        ("Министр иностранных дел Японии также", False),
    ],
)
def test_the_foreign_minister_spelt_out_refers_to_the_minister_named(
    subject: str, his: bool
) -> None:
    page = (
        "Лавров подвёл итоги визита в Нью-Йорк\n\n"
        "Глава МИД России Сергей Лавров назвал полезным визит в Нью-Йорк.\n\n"
        "«Многие коллеги высказывали оценки, близкие к нашим», — заявил Лавров.\n\n"
        f"{subject} отметил, что дискуссии в Совбезе будут продолжаться.\n"
    )
    assert ("дискуссии в Совбезе" in _said_by(page, LAVROV)) is his
