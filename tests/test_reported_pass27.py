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


def test_her_view_right_after_another_womans_background_is_no_ones() -> None:
    page = (
        "Захарова ответила на слова о мигрантах\n\n"
        "Официальный представитель МИД РФ Мария Захарова в своем канале ответила главе "
        "Молдавии Майе Санду на ее слова о мигрантах.\n\n"
        "Ранее Санду в интервью изданию Politico заявила, что граждане «должны оставаться "
        "дома».\n\n"
        "По ее мнению, разговоры о границах не должны мешать торговле.\n"
    )
    # "Her" may be the woman the background named or the story's: neither is sure.
    assert speaker_of(page, "не должны мешать торговле") == UNKNOWN
    # So with a woman the page does not name in full ("Ранее Брандт ... заявила").
    unnamed = page.replace("Майе Санду", "Анне Брандт").replace("Ранее Санду", "Ранее Брандт")
    assert speaker_of(unnamed, "не должны мешать торговле") == UNKNOWN
    # A man's background leaves "her" view to the story's woman, as before.
    his = page.replace("главе Молдавии Майе Санду на ее", "главе Молдавии Игорю Додону на его")
    his = his.replace("Ранее Санду", "Ранее Игорь Додон").replace("заявила", "заявил")
    assert speaker_of(his, "не должны мешать торговле") == ZAKHAROVA
    # And without background the view is the story's woman's.
    plain = page.replace("Ранее Санду в интервью изданию Politico заявила", "Она заявила")
    assert speaker_of(plain, "не должны мешать торговле") == ZAKHAROVA
