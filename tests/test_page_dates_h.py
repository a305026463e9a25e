"""The event's date on pages laid out like the real ones of set H (issue 8): a repost's stamp over
the event's date, a site's clock, a stamp line with a serial number, a source line of fields, a
lead that gives the day without the year, footers and clocks around the date.

Every page here is written for the test, in English and in Russian.
"""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.transcript import parse_transcript
from retrieval.transcript._datelines import lead_day_date
from retrieval.transcript._dates import date_line

SAID_EN = (
    "Sergey Lavrov: We have always said that dialogue is better than confrontation, and we are "
    "ready to continue our work with all partners who respect our interests and the law."
)
SAID_RU = (
    "Сергей Лавров: Мы всегда говорили, что диалог лучше конфронтации, и готовы продолжать "
    "работу со всеми партнёрами, которые уважают наши интересы и международное право."
)


def page_date(text: str) -> dt.date | None:
    return parse_transcript(text, "doc").date


# --- date line forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Дата создания: 14.07.2023 01:13:00", dt.date(2023, 7, 14)),  # a footer's stamp
        ("Date created: 2019-05-21", dt.date(2019, 5, 21)),
        ("Дата публикации: 3 марта 2020", dt.date(2020, 3, 3)),
        ("12:00, 20 декабря 2012", dt.date(2012, 12, 20)),  # the time before the date
        ("10:21 am on November 5, 2014", dt.date(2014, 11, 5)),  # a blog's post stamp
        ("( – June 20, 2019 –", dt.date(2019, 6, 20)),  # a repost's bracketed date
        ("8 июня 2021 / 10:34", dt.date(2021, 6, 8)),
        ("ПолитикаНовости 12:45 10.03.2018", dt.date(2018, 3, 10)),  # glued section names
        ("2 декабря 2012 г.", dt.date(2012, 12, 2)),
        ("25 ноя. 2024, 14:05", dt.date(2024, 11, 25)),  # a Russian month abbreviated
        ("Опубликовано: 3 Фев 2021", dt.date(2021, 2, 3)),
        ("17 сент 2019", dt.date(2019, 9, 17)),
        ("Дата: 2022/03/16, 14:37", dt.date(2022, 3, 16)),  # the year first: no doubt
        ("# 14 May 2023 09:41 (UTC +04:00)", dt.date(2023, 5, 14)),  # an agency's heading stamp
        ("08:05 JST, October 3, 2021", dt.date(2021, 10, 3)),  # a clock and its zone first
        ("| Updated: March 09, 2023 11:02:37", dt.date(2023, 3, 9)),  # a field of a stamp line
        ("3 ноября 2020, 18:20 [ «Вечерние новости» ]", dt.date(2020, 11, 3)),  # the source after
        ("5 мая 2019 в 12:30 (по МСК)", dt.date(2019, 5, 5)),
    ],
)
def test_date_line_forms(line: str, date: dt.date) -> None:
    found = date_line(line)
    assert found is not None and found.date == date


def test_a_slash_date_without_a_telling_day_stays_unknown() -> None:
    # 12/2/2012 is 2 December or 12 February: no number over 12, no weekday to tell.
    assert date_line("Posted on 12/2/2012") is None


# --- the site's clock is no date of the page ---------------------------------------------------


def test_a_sites_clock_over_the_page_is_not_its_date() -> None:
    page = (
        "10 April 2020\nMoscow: 15:46\nLondon: 13:46\n\n"
        "Foreign Minister Sergey Lavrov's interview with a newspaper\n\n" + SAID_EN + "\n"
    )
    assert page_date(page) is None


def test_one_time_under_a_date_is_no_sites_clock() -> None:
    page = (
        "Foreign Minister Sergey Lavrov's interview with a newspaper\n\n"
        "17 March 2021\nTime: 10:00\n\n" + SAID_EN + "\n"
    )
    assert page_date(page) == dt.date(2021, 3, 17)


# --- a stamp line with a serial number or a post number ---------------------------------------


def test_a_dispatch_stamp_yields_to_the_lead_naming_the_event() -> None:
    page = (
        "March 20, 2019 Special Report No. 812\n\n"
        "Russian FM Lavrov Says The West Ignores The Realities Of A Multipolar World\n\n"
        "On March 11, 2019, Russian Foreign Minister Sergey Lavrov gave a long interview to a "
        "television channel, in which he discussed relations with the United States.\n\n"
        + SAID_EN
        + "\n"
    )
    document = parse_transcript(page, "doc")
    assert document.date == dt.date(2019, 3, 11)
    assert document.title.startswith("Russian FM Lavrov Says")


def test_a_dated_title_with_ordinary_words_stays_the_title() -> None:
    # Lower-case words: a headline, not a stamp; its date is the title's.
    page = "Lavrov's remarks at the meeting in Moscow, 17 March 2021\n\n" + SAID_EN + "\n"
    document = parse_transcript(page, "doc")
    assert document.date == dt.date(2021, 3, 17)
    assert document.title.startswith("Lavrov's remarks")


# --- a lead that gives the day, and a stamp that gives the year ---------------------------------


def test_a_lead_day_across_the_new_year() -> None:
    assert lead_day_date("On December 28, the minister said", dt.date(2015, 1, 10)) == dt.date(
        2014, 12, 28
    )


@pytest.mark.parametrize(
    ("sentence", "stamp"),
    [
        ("On October 24, Putin delivered a speech", dt.date(2015, 1, 30)),  # over a month later
        ("On November 20, the talks will begin", dt.date(2014, 11, 5)),  # after the stamp
        ("Putin said on October 24 that talks go on", dt.date(2014, 11, 5)),  # not the opening
        ("On October 24, Putin delivered a speech", None),  # no stamp: no year
    ],
)
def test_a_lead_day_that_the_stamp_does_not_date(sentence: str, stamp: dt.date | None) -> None:
    assert lead_day_date(sentence, stamp) is None


#: Pages in the real layouts and the event date each gives (the stamps around it are not).
PAGES = [
    pytest.param(
        "Forum of Friends\n\nOld January 7th, 2019 #921\nSome Member\nSenior Member\n\n"
        "Meeting with business leaders\n\n"
        "November 28, 2018 - 15:15 - Moscow\n\n"
        "President of Russia Vladimir Putin: Good afternoon, friends. I am pleased to welcome "
        "you all to this forum, which has brought together many of our partners again.\n",
        dt.date(2018, 11, 28),
        id="a-forum-posts-stamp-yields-to-the-events-date-line",
    ),
    pytest.param(
        "Форум друзей\n\nСообщение 07 января 2019, 14:05 #3\n\n"
        "Встреча с представителями деловых кругов\n\n"
        "28 ноября 2018 года, Москва\n\n"
        "В.Путин: Добрый день, друзья. Рад приветствовать вас на нашем форуме, который вновь "
        "собрал многих наших партнёров из разных стран.\n",
        dt.date(2018, 11, 28),
        id="a-russian-forum-posts-stamp-yields-to-the-events-date-line",
    ),
    pytest.param(
        "Forum\n\nPutin's speech at the discussion club (transcript)\n"
        "VIDEO ^ | Oct 2, 2025 | Vladimir Putin\n\n"
        "Posted on 10/03/2025 2:18:02 PM PDT by someone\n\n"
        "Vladimir Putin: Colleagues, I am glad to see you again at this meeting, where we "
        "discuss the world's most pressing problems openly and at length.\n",
        dt.date(2025, 10, 2),
        id="the-date-field-of-a-source-line",
    ),
    pytest.param(
        "Заявления министра\nРИА | 2 декабря 2012 г. | Политика\n\n"
        "Стенограмма выступления министра на встрече с журналистами\n\n" + SAID_RU + "\n",
        dt.date(2012, 12, 2),
        id="the-date-field-of-a-russian-source-line",
    ),
    pytest.param(
        "Putin's Speech at the Discussion Club\n\n"
        "On October 24, Putin delivered a long speech and answered questions at the "
        "discussion club in Sochi. The transcript is available on the official site.\n\n"
        "10:21 am on November 5, 2014\n",
        dt.date(2014, 10, 24),
        id="a-year-less-lead-takes-the-year-of-the-post-stamp",
    ),
    pytest.param(
        "Большая пресс-конференция президента\n\n"
        "19 декабря президент России Владимир Путин провёл большую пресс-конференцию и ответил "
        "на вопросы журналистов в Центре международной торговли.\n\n"
        "Опубликовано: 23 декабря 2019, 10:15\n",
        dt.date(2019, 12, 19),
        id="a-russian-year-less-lead-takes-the-year-of-the-footer",
    ),
    # The stamp is months later: the day could be of any year, so only the stamp stays.
    pytest.param(
        "Putin's Speech at the Discussion Club\n\n"
        "On October 24, Putin delivered a long speech and answered questions at the "
        "discussion club in Sochi. The transcript is available on the official site.\n\n"
        "10:21 am on March 5, 2015\n",
        dt.date(2015, 3, 5),
        id="a-lead-day-far-from-the-stamp-leaves-the-stamp",
    ),
    pytest.param(
        "22 сентября 2020\nМосква: 00:12\nЛондон: 22:12\n\n"
        "Интервью Министра иностранных дел России С.В.Лаврова газете\n\n"
        "19 июня 2020 года, Минск\n\n" + SAID_RU + "\n",
        dt.date(2020, 6, 19),
        id="a-sites-clock-leaves-the-events-date-line",
    ),
]


# A post's fields under its text: only the one labelled as the date dates the page.
NEWS_OF_THE_DAY = (
    "Министр иностранных дел России Сергей Лавров в интервью телеканалу выразил надежду на "
    "компромисс на переговорах.\n\n"
    "«Переговоры идут трудно, но определённая надежда на договорённость есть», — сказал он.\n\n"
    "image\n\n"
)


def test_a_labelled_date_field_under_the_text_dates_the_page() -> None:
    footer = "Автор: Редакция | Дата: 2022/03/16, 14:37 | Рубрика: Мир\n\nТемы:\n"
    assert page_date(NEWS_OF_THE_DAY + footer) == dt.date(2022, 3, 16)


def test_other_stories_dates_under_the_text_do_not_date_the_page() -> None:
    footer = "Читайте также | Лавров провёл переговоры 2022/03/10 | Песков ответил 2022/03/11\n"
    assert page_date(NEWS_OF_THE_DAY + footer) is None


@pytest.mark.parametrize(("page", "date"), PAGES)
def test_the_event_date_of_a_page(page: str, date: dt.date) -> None:
    assert page_date(page) == date


# A news site's stamp under its headline, with the clock's zone or the site's name in brackets:
# the page's date (they were left undated).
ZONED_STAMP_PAGES = [
    (
        "Zakharova: the talks must go on\n\n# 14 May 2023 09:41 (UTC +04:00)\n\n"
        "Russian Foreign Ministry spokeswoman Maria Zakharova said the talks must go on.\n\n"
        "“We are ready to continue the dialogue,” she said.\n",
        dt.date(2023, 5, 14),
    ),
    (
        "> Захарова: переговоры должны продолжаться - Вечерние новости\n\n"
        "3 ноября 2020, 18:20 [ «Вечерние новости» ]\n\n"
        "Официальный представитель МИД России Мария Захарова заявила, что переговоры должны "
        "продолжаться.\n",
        dt.date(2020, 11, 3),
    ),
]


@pytest.mark.parametrize(("page", "date"), ZONED_STAMP_PAGES)
def test_a_stamp_with_a_zone_or_a_source_dates_the_page(page: str, date: dt.date) -> None:
    assert page_date(page) == date
