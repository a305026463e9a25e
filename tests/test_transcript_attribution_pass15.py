"""Who said it on news retellings, pass 15 (issue 8): layouts met on fresh pages (set R):
a sentence that only goes on with a retelling opened by "По словам X" / "According to X".

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import speaker_of

USHAKOV = "Yuri Ushakov"
POLYANSKY = "Dmitry Polyanskiy"
UNKNOWN = "Unknown speaker"


# A story about an aide: a paragraph opens on "По словам Ушакова, ..." and its next sentence
# goes on with what he said, naming no one; the paragraph after it opens the same way, and
# its next sentence names someone else or gives background.
_ACCORDING_TO_STORY = (
    "«Сведения уходят не от нас»: Ушаков ответил на вопрос о публикациях\n\n"
    "Ушаков заявил, что не знает, откуда берутся сведения о его разговорах.\n\n"
    "Помощник президента России Юрий Ушаков прокомментировал публикации о его телефонных "
    "разговорах. Дипломат заявил, что не знает, откуда издания берут такие сведения.\n\n"
    "По словам Ушакова, у подобных публикаций бывает две причины. Либо сведения кто-то "
    "передает намеренно, либо разговоры прослушиваются третьей стороной.\n\n"
    "«Кто-то передает, кто-то слушает, но это не мы», — сказал он.\n\n"
    "По словам помощника президента, контакты с американской стороной продолжаются. "
    "Госсекретарь США Марко Рубио на прошлой неделе говорил о том же журналистам в "
    "Вашингтоне.\n\n"
    "По его словам, подробности бесед раскрываться не будут. Напомним, переговоры в "
    "Женеве прошли в закрытом режиме и продолжались несколько часов.\n"
)

_ACCORDING_TO_EN_STORY = (
    "Kremlin aide comments on the leaks\n\n"
    "Russian presidential aide Yuri Ushakov told reporters on Wednesday that he did not know "
    "how foreign newspapers had obtained the records of his calls.\n\n"
    "According to Ushakov, the leaks are meant to hamper the dialogue between the two "
    "capitals. Such publications serve those who want the contacts to fail.\n\n"
    "Earlier this month, the newspaper published two records of the calls.\n"
)

# A paragraph that retells with "заявил, что": the narration after it stays the reporter's.
_SAID_THAT_STORY = (
    "Ушаков провел брифинг после переговоров\n\n"
    "Помощник президента России Юрий Ушаков заявил журналистам, что начал брифинг после "
    "четырех часов утра. Переговоры в Кремле начались почти в полночь и шли без перерыва.\n"
)


def test_a_sentence_going_on_after_po_slovam_is_the_one_named() -> None:
    assert speaker_of(_ACCORDING_TO_STORY, "Либо сведения кто-то") == USHAKOV


def test_going_on_after_according_to_is_the_one_named() -> None:
    assert speaker_of(_ACCORDING_TO_EN_STORY, "Such publications serve") == USHAKOV


def test_a_sentence_naming_someone_else_is_not_going_on() -> None:
    assert speaker_of(_ACCORDING_TO_STORY, "на прошлой неделе говорил") != USHAKOV


def test_background_after_a_retelling_stays_unknown() -> None:
    assert speaker_of(_ACCORDING_TO_STORY, "Напомним, переговоры в") == UNKNOWN


def test_narration_after_said_that_stays_unknown() -> None:
    assert speaker_of(_SAID_THAT_STORY, "Переговоры в Кремле начались") == UNKNOWN


# A story about the aide: a later sentence calls him by his post and the president he works
# for ("Советник Путина"), the surname in the genitive.
_AIDE_OF_NAMED_PRESIDENT_STORY = (
    "Ушаков ответил на вопрос об утечках\n\n"
    "Помощник президента России Юрий Ушаков заявил журналистам, что часто говорит по "
    "телефону со спецпосланником американского президента, но содержание бесед не "
    "раскрывает.\n\n"
    "Советник Путина также высказал предположение, что разговоры могли прослушивать третьи "
    "стороны.\n\n"
    "«Кто-то слушает, кто-то передает, но это не мы», — сказал Ушаков.\n"
)


def test_putins_adviser_is_the_aide_not_the_president() -> None:
    words = "разговоры могли прослушивать третьи"
    assert speaker_of(_AIDE_OF_NAMED_PRESIDENT_STORY, words) == USHAKOV


# One paragraph: the aide's quote and attribution, then the reporter's background ("Ранее
# ...") and a sentence going on with it that names the aide only as a party to the calls.
_BACKGROUND_AFTER_QUOTE_STORY = (
    "Ушаков назвал возможную причину утечки\n\n"
    "Помощник президента России Юрий Ушаков прокомментировал газете публикацию записей его "
    "разговоров. «По закрытой связи утечек почти не бывает, а разговоры в мессенджерах "
    "кто-то может послушать», — отметил Ушаков. Ранее американское агентство опубликовало "
    "две записи разговоров. Первую от 3 марта — спецпосланника и Ушакова, вторую от 9 марта "
    "— другого посланника и Ушакова.\n"
)


def test_narration_going_on_with_background_is_not_the_aide_s() -> None:
    words = "Первую от 3 марта"
    assert speaker_of(_BACKGROUND_AFTER_QUOTE_STORY, words) == UNKNOWN


# A wire copy whose lead closes on "Name has revealed", and a later background paragraph whose
# memo "revealed" something (no person says it).
_HAS_REVEALED_STORY = (
    "Kremlin aide speaks on the summit plans\n\n"
    "Moscow and Washington have not yet agreed on a venue for the next round of consultations "
    "on embassy work, President Vladimir Putin's foreign policy aide Yuri Ushakov has "
    "revealed.\n\n"
    "An internal memo seen by the newspaper last week revealed that the venue had been "
    "discussed by lower-level officials in the spring.\n"
)


def test_a_lead_closing_on_has_revealed_is_the_named_aide() -> None:
    assert speaker_of(_HAS_REVEALED_STORY, "not yet agreed on a venue") == USHAKOV


def test_what_a_memo_revealed_is_nobody_s_words() -> None:
    assert speaker_of(_HAS_REVEALED_STORY, "internal memo") == UNKNOWN


# A diplomat's post, then "Он, в частности, заявил, что ...": the pronoun is the subject, the
# words set off by commas stand between it and the verb.
_PARENTHESIS_STORY = (
    "Полянский: тема Украины в СБ ООН еще не закрыта\n\n"
    "«Тема в Совбезе еще не исчерпана», – написал первый заместитель постпреда РФ при ООН "
    "Дмитрий Полянский в своем Telegram-канале.\n\n"
    "Полянский отметил, что действия киевских властей только углубляют кризис.\n\n"
    "Первый заместитель постпреда выступил на заседании Совбеза 12 мая. Он, в частности, "
    "заявил, что гражданские порты используются для военных поставок, и это подтверждают "
    "снимки.\n"
)


def test_he_with_words_set_off_by_commas_before_the_verb() -> None:
    words = "гражданские порты используются"
    assert speaker_of(_PARENTHESIS_STORY, words) == POLYANSKY
