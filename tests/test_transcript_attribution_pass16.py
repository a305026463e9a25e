"""Who said it on news retellings, pass 16 (issue 8): layouts met on fresh pages (set S):
a quote closed by its verb, the speaker's name and the outlet told ("— сказал Песков ТАСС").

The pages here are written for these tests in the layouts met on news sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from tests.conftest import speaker_of

PESKOV = "Dmitry Peskov"
RYABKOV = "Sergey Ryabkov"
NEBENZYA = "Vassily Nebenzia"
UNKNOWN = "Unknown speaker"


# A wire story: a dateline lead, a line of background, then the spokesman's short quote closed
# by "сказал Песков ТАСС" (the agency told stands after his name, in the dative).
_AGENCY_TOLD_STORY = (
    "Песков ответил на вопрос о графике президента\n\n"
    "МОСКВА, 3 марта. /ТАСС/. Пресс-секретарь президента РФ Дмитрий Песков ответил на вопрос "
    "о планах президента на выходные.\n\n"
    "Накануне несколько изданий написали о поездке главы государства на Урал.\n\n"
    '"Президент проводит совещания в Москве, поездок пока нет", - сказал Песков ТАСС в '
    "ответ на вопрос журналиста.\n"
)

_AGENCY_TOLD_RIA_STORY = (
    "Рябков оценил перспективы консультаций\n\n"
    "Заместитель министра иностранных дел России Сергей Рябков прокомментировал подготовку "
    "консультаций по стратегической стабильности.\n\n"
    "«Пока мы не видим готовности другой стороны к содержательному разговору», — сообщил "
    "Рябков РИА Новости.\n"
)

# A post and its country's acronym before a name: the acronym belongs to the post.
_POST_ACRONYM_STORY = (
    "Небензя выступил в Совбезе\n\n"
    "«Мы открыты для сотрудничества со всеми партнерами», — заявил Постпред РФ Небензя.\n"
)


def test_a_quote_closed_by_name_and_agency_acronym_is_the_named_speakers() -> None:
    assert speaker_of(_AGENCY_TOLD_STORY, "поездок пока нет") == PESKOV


def test_a_quote_closed_by_name_and_ria_novosti_is_the_named_speakers() -> None:
    assert speaker_of(_AGENCY_TOLD_RIA_STORY, "содержательному разговору") == RYABKOV


def test_the_background_line_before_the_quote_stays_the_reporters() -> None:
    assert speaker_of(_AGENCY_TOLD_STORY, "Накануне несколько изданий") == UNKNOWN


def test_an_acronym_after_a_post_is_part_of_the_post() -> None:
    assert speaker_of(_POST_ACRONYM_STORY, "открыты для сотрудничества") == NEBENZYA


# An English wire story: retold paragraphs about the president, a last quote closed by
# '"...," Putin concluded.', then a paragraph of background.
_CONCLUDED_STORY = (
    "Putin to set up a new council\n\n"
    "MOSCOW, March 4. /TASS/. Russian President Vladimir Putin has announced a new council "
    "for science policy.\n\n"
    "He stressed that the council would report to him every quarter.\n\n"
    '"The first meeting will be held next month, and I will chair it myself," Putin '
    "concluded.\n\n"
    "The council replaces two older commissions set up in the previous decade.\n"
)

_TALKS_CONCLUDED_STORY = (
    "Talks in Geneva end\n\n"
    "Russian Deputy Foreign Minister Sergey Ryabkov said the talks had been useful.\n\n"
    "After two days of work the delegations left and the Conference concluded.\n"
)


def test_a_quote_closed_by_a_surname_and_concluded_is_the_named_speakers() -> None:
    assert speaker_of(_CONCLUDED_STORY, "I will chair it myself") == "Vladimir Putin"


def test_background_after_a_concluded_quote_stays_the_reporters() -> None:
    assert speaker_of(_CONCLUDED_STORY, "replaces two older") == UNKNOWN


def test_an_event_that_concluded_is_no_saying() -> None:
    assert speaker_of(_TALKS_CONCLUDED_STORY, "the Conference concluded") == UNKNOWN


# A wire lead whose verb is "опроверг" (denied reports), a background line, then the quote.
_DENIED_STORY = (
    "Песков опроверг сообщения о поездке президента\n\n"
    "МОСКВА, 5 марта. /ТАСС/. Пресс-секретарь президента РФ Дмитрий Песков опроверг "
    "сообщения о том, что глава государства якобы вылетел на Урал.\n\n"
    "Ранее об этом написали несколько Telegram-каналов.\n\n"
    '"Президент работает в Москве", - сказал Песков журналистам.\n'
)

_REJECTED_STORY = (
    "Захарова ответила Лондону\n\n"
    "Официальный представитель МИД России Мария Захарова отвергла обвинения британского "
    "министерства в кибератаках.\n\n"
    "Британское министерство опубликовало доклад о кибератаках в понедельник.\n"
)

# A short quote closed by "— отрезал Песков" (cut short), after a lead that names him; and
# "отрезал" in narration, which tells of a road or a town, not of words.
_CUT_SHORT_STORY = (
    "Песков не стал обсуждать слухи\n\n"
    "Пресс-секретарь президента России Дмитрий Песков высказался о сообщениях об отставке "
    "губернатора. До этого издания написали о такой возможности со ссылкой на источники.\n\n"
    "Мы слухи не обсуждаем, — отрезал Песков.\n\n"
    "Паводок отрезал несколько сел от районного центра на прошлой неделе.\n"
)


def test_a_lead_that_denies_reports_is_the_named_speakers() -> None:
    assert speaker_of(_DENIED_STORY, "якобы вылетел на Урал") == PESKOV


def test_the_background_line_after_a_denial_stays_the_reporters() -> None:
    assert speaker_of(_DENIED_STORY, "Ранее об этом написали") == UNKNOWN


def test_a_feminine_otvergla_is_saying() -> None:
    assert speaker_of(_REJECTED_STORY, "обвинения британского") == "Maria Zakharova"


def test_a_quote_cut_short_with_otrezal_is_the_named_speakers() -> None:
    assert speaker_of(_CUT_SHORT_STORY, "Мы слухи не обсуждаем") == PESKOV


def test_otrezal_in_narration_is_no_saying() -> None:
    assert speaker_of(_CUT_SHORT_STORY, "Паводок отрезал") == UNKNOWN


def test_a_lead_that_refrains_from_comment_is_the_named_speakers() -> None:
    page = (
        "Песков не стал обсуждать назначение\n\n"
        "Пресс-секретарь президента России Дмитрий Песков воздержался от комментариев "
        "относительно возможного назначения губернатора. До этого газета со ссылкой на "
        "источники написала о такой возможности.\n"
    )
    assert speaker_of(page, "воздержался от комментариев") == PESKOV
    assert speaker_of(page, "газета со ссылкой") == UNKNOWN
