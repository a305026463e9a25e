"""Who said it, pass 27 (set AK: mirrors and reposts of Foreign Ministry and Kremlin words,
news retellings of them): who holds the floor after background, agreeing as saying.

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"
USHAKOV = "Yury Ushakov"
ZAKHAROVA = "Maria Zakharova"


def test_agreeing_with_words_is_saying_so() -> None:
    page = (
        "Ушаков: встреча состоится в июне\n\n"
        "Помощник президента РФ Юрий Ушаков заявил журналистам, что встреча лидеров состоится "
        "в июне.\n\n"
        "После этого журналист напомнил господину Ушакову слова министра о том, что «все еще "
        "впереди». «Министр прав»,— согласился помощник президента.\n"
    )
    assert speaker_of(page, "Министр прав") == USHAKOV
    # Agreeing to a thing or to do it is no saying: the sentence stays narration.
    narration = (
        "Итоги визита\n\n"
        "Помощник президента РФ Юрий Ушаков заявил журналистам, что визит прошел успешно.\n\n"
        "Делегация согласилась продлить работу комиссии. Стороны согласились на новый раунд.\n"
    )
    assert speaker_of(narration, "продлить работу комиссии") == UNKNOWN
    assert speaker_of(narration, "на новый раунд") == UNKNOWN

