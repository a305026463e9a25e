"""Who said it in news copy (issue 8, wrong speakers read on real set L).

A known person named in the nominative right before a Russian verb is its subject, even when
a capitalised object follows it ("Путин предложил Керри отдохнуть": Kerry's name does not
decline); and a sentence of narration whose subject is a known person ("Захарова отреагировала
на сообщения ...") makes "— сказал(а) он(а)" after it theirs.

The pages are written for these tests in the layout of Russian agency copy.
"""

from __future__ import annotations

from tests.conftest import said_by as _said_by

PUTIN, KERRY, ZAKHAROVA = "Vladimir Putin", "John Kerry", "Maria Zakharova"


def test_a_nominative_name_before_the_verb_is_its_subject_not_the_object_after_it() -> None:
    page = (
        "В Кремле прошла встреча госсекретаря США Джона Керри и президента России Владимира "
        "Путина. В начале встречи Путин предложил Керри отдохнуть после перелёта. «Вы много "
        "летаете в последнее время. Вам нужно отдохнуть», — сказал он. Керри поблагодарил "
        "президента за приглашение."
    )
    assert "Вам нужно отдохнуть" in _said_by(page, PUTIN)
    assert "Вам нужно отдохнуть" not in _said_by(page, KERRY)


def test_he_said_after_a_sentence_about_a_known_person_is_theirs() -> None:
    page = (
        "В МИД ответили на слова Зеленского\n\n"
        "Глава МИД Сергей Лавров заявил, что Москва не видит у Киева желания договариваться.\n\n"
        "Комментарий был опубликован в телеграм-канале дипломата. Захарова отреагировала на "
        "сообщения СМИ о новых заявлениях Киева.\n\n"
        "«Неправда — это заявления Киева о переговорах. Неправда — это его обещания "
        "партнёрам», — написала она."
    )
    assert "Неправда — это заявления Киева" in _said_by(page, ZAKHAROVA)
