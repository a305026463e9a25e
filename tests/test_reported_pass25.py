"""Who said it, pass 25 (set AG: full transcripts with several speakers, live texts of
forums and phone-ins, their reposts): turns after a question, a moderator, labels in other
forms.

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import speaker_of

PUTIN = "Vladimir Putin"
SITTEL = "Maria Sittel"
UNKNOWN = "Unknown speaker"


def test_asked_of_someone_names_the_asker_and_the_one_who_answers() -> None:
    page = (
        "Онлайн-трансляция\n\n"
        "14:10\n\n"
        "«Что будет с ценами на бензин?» — спросила у Путина Ситтель. «Цены будут расти не "
        "быстрее инфляции, за этим следит правительство\n"
    )
    # The asker is Sittel, not a "Putina Sittel" made of the two names.
    assert speaker_of(page, "Что будет с ценами на бензин") == SITTEL
    # The quote after the question is the answer of the one asked.
    assert speaker_of(page, "Цены будут расти не быстрее инфляции") == PUTIN


def test_direct_speech_of_someone_hands_the_quote_to_them() -> None:
    page = (
        "Постпред России при ООН Василий Небензя заявил, что не станет слушать выступление "
        "украинского коллеги, и вышел из зала. Прямая речь Кислицы: \"Жаль, что мы снова "
        "должны это терпеть. Но такой день когда-нибудь закончится\".\n"
    )
    assert speaker_of(page, "Жаль, что мы снова должны это терпеть") == "Sergiy Kyslytsya"
    assert speaker_of(page, "не станет слушать выступление") == "Vasily Nebenzya"
    words = (
        "Пресс-секретарь президента Дмитрий Песков провел брифинг. Слова Захаровой: «Ответ "
        "будет симметричным и быстрым»."
    )
    assert speaker_of(words, "Ответ будет симметричным") == "Maria Zakharova"
