"""Who said it on news retellings, pass 17 (issue 8): layouts met on fresh pages (sets S, T):
the reporter's narration after someone's retold words.

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import speaker_of

ZAKHAROVA = "Maria Zakharova"
UNKNOWN = "Unknown speaker"


# A short news item: a headline naming her, one paragraph retelling her words ("Она
# отметила, что ..."), then the reporter's background: a sentence of its own, and one that
# speaks of her in passing (her briefing, in the genitive) without giving any words of hers.
_BACKGROUND_AFTER_RETELLING = (
    "Захарова прокомментировала заявление Берлина\n\n"
    "Официальный представитель МИД России Мария Захарова прокомментировала заявление "
    "немецкого правительства. Она отметила, что Берлин снова пытается переложить "
    "ответственность на Москву. Брифинг прошел в здании министерства на Смоленской площади. "
    "Выступление Захаровой транслировалось на сайте ведомства.\n"
)


def test_retold_words_stay_the_speakers() -> None:
    assert speaker_of(_BACKGROUND_AFTER_RETELLING, "переложить ответственность") == ZAKHAROVA


def test_background_speaking_of_her_after_the_reporters_line_stays_the_reporters() -> None:
    page = _BACKGROUND_AFTER_RETELLING
    assert speaker_of(page, "Выступление Захаровой транслировалось") == UNKNOWN
    assert speaker_of(page, "Брифинг прошел") == UNKNOWN


DMITRIEV = "Kirill Dmitriev"

# A statement quoted and closed by "сказано в заявлении X" (as "говорится в заявлении X").
_STATEMENT_SAYS_STORY = (
    "МИД России ответил на задержание журналистов\n\n"
    "«Требуем немедленно освободить наших граждан и дать консулу доступ к ним», — сказано "
    "в заявлении Захаровой.\n\n"
    "Ранее стало известно о задержании съемочной группы.\n"
)


def test_a_quote_closed_by_skazano_v_zayavlenii_is_the_named_persons() -> None:
    assert speaker_of(_STATEMENT_SAYS_STORY, "немедленно освободить") == ZAKHAROVA
    assert speaker_of(_STATEMENT_SAYS_STORY, "съемочной группы") == UNKNOWN


# A lead whose subject carries a post too long for the usual look-back before its verb.
_LONG_POST_LEAD = (
    "Dmitriev: investors keep asking about Arctic projects\n\n"
    "Kirill Dmitriev, head of the Russian Direct Investment Fund and the Russian President's "
    "Special Representative for Investment and Economic Cooperation with Foreign Countries, "
    "noted that foreign companies were asking about joint projects in the Arctic.\n\n"
    "The fund was set up in 2011.\n"
)


def test_a_name_before_a_long_post_is_the_subject_of_the_verb_after_it() -> None:
    assert speaker_of(_LONG_POST_LEAD, "joint projects in the Arctic") == DMITRIEV
    assert speaker_of(_LONG_POST_LEAD, "set up in 2011") == UNKNOWN


def test_a_long_clause_naming_someone_after_a_preposition_names_no_sayer() -> None:
    page = (
        "Talks in Riyadh\n\n"
        "At the meeting with Kirill Dmitriev, head of the Russian Direct Investment Fund and "
        "the Russian President's Special Representative for Investment and Economic "
        "Cooperation with Foreign Countries, the delegation noted that the talks went well.\n"
    )
    assert speaker_of(page, "the talks went well") == UNKNOWN


RYABKOV = "Sergey Ryabkov"

# Background relaying another outlet's report of the minister's words ("Ранее X сообщало,
# что Рябков заявил, что ...").
_RELAYED_REPORT_STORY = (
    "Рябков прокомментировал работу посольств\n\n"
    "Заместитель министра иностранных дел России Сергей Рябков рассказал о работе посольств.\n\n"
    "Ранее Русская служба новостей сообщала, что Рябков заявил, что консульские "
    "отделы в США работают в ограниченном режиме.\n"
)

_RELAYED_HEARSAY_STORY = (
    "Рябков прокомментировал работу посольств\n\n"
    "Заместитель министра иностранных дел России Сергей Рябков рассказал о работе посольств.\n\n"
    "Ранее один из телеграм-каналов сообщил, что Рябков якобы заявил, что консульские "
    "отделы в США закрываются.\n"
)


def test_an_outlet_relaying_a_named_persons_words_gives_them_to_that_person() -> None:
    assert speaker_of(_RELAYED_REPORT_STORY, "ограниченном режиме") == RYABKOV


def test_an_outlet_relaying_hearsay_stays_the_reporters() -> None:
    assert speaker_of(_RELAYED_HEARSAY_STORY, "отделы в США закрываются") == UNKNOWN
