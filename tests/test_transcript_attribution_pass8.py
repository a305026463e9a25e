"""Who said it on news retellings, pass 8 (issue 8): the layouts left to `Unknown speaker` on
the sets read for it.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import said_by as _said_by

SHOIGU = "Sergey Shoigu"


def test_a_quote_closed_by_the_secretary_of_the_security_council_is_his() -> None:
    # "– сказал секретарь Совбеза": the post of the one the story is about, named before.
    page = (
        "Шойгу: переговоры в Пекине прошли конструктивно\n\n"
        "Переговоры с китайскими партнерами прошли в конструктивном духе, сообщил секретарь "
        "Совета безопасности России Сергей Шойгу.\n\n"
        "Он добавил, что стороны обсудили подготовку к визиту в Москву.\n\n"
        '"Мы договорились чаще сверять часы по региональным вопросам", – сказал секретарь '
        "Совбеза.\n\n"
        "«Контакты будут продолжены уже весной», — указал секретарь Совета безопасности.\n"
    )
    shoigu = _said_by(page, SHOIGU)
    assert "чаще сверять часы" in shoigu
    assert "продолжены уже весной" in shoigu


def test_a_quote_closed_by_another_countrys_secretary_stays_unknown() -> None:
    # "секретарь посольства Франции" is not the page's Russian official: nobody we know.
    page = (
        "Шойгу: переговоры в Пекине прошли конструктивно\n\n"
        "Переговоры с китайскими партнерами прошли в конструктивном духе, сообщил секретарь "
        "Совета безопасности России Сергей Шойгу.\n\n"
        '"Мы ждем разъяснений от Москвы", – сказал секретарь Совета безопасности Франции.\n'
    )
    assert "ждем разъяснений" not in _said_by(page, SHOIGU)


ZAKHAROVA = "Maria Zakharova"
_ZAKHAROVA_STORY = (
    "Захарова ответила на слова о переговорах\n\n"
    "Официальный представитель МИД России Мария Захарова прокомментировала заявление "
    "Брюсселя о переговорах.\n\n"
    "В Брюсселе заявили, что готовы к диалогу только на своих условиях.\n\n"
    "Это не диалог, а диктовка. Условия таких переговоров пишут не в Брюсселе,\n"
    "- {closing}\n"
)


def test_direct_speech_closed_on_a_line_of_its_own_is_the_one_it_names() -> None:
    # Unquoted direct speech ends with its comma, and "- ответила дипломат." follows on the
    # next line: every sentence before it is hers.
    zakharova = _said_by(_ZAKHAROVA_STORY.format(closing="ответила дипломат."), ZAKHAROVA)
    assert "Это не диалог, а диктовка." in zakharova
    assert "пишут не в Брюсселе" in zakharova
    assert "готовы к диалогу" not in zakharova


def test_direct_speech_closed_on_its_own_line_by_someone_unknown_stays_unknown() -> None:
    for closing in ("ответила глава МИД Бельгии.", "ответила бельгийский министр."):
        page = _ZAKHAROVA_STORY.format(closing=closing)
        assert "диктовка" not in _said_by(page, ZAKHAROVA)
