"""Round 35: layouts met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import datetime as dt

from retrieval.bilingual_lexicon import Translations
from retrieval.transcript import parse_transcript
from retrieval.transcript._dates import date_line
from retrieval.transcript._page_sayers import title_interviewee
from tests.conftest import crossed_terms, pages_index, speaker_of

# A wire story copied by a newspaper: the agency and a weekday before the date, a quote
# naming another leader closed by "he said" after a sentence about that leader.
_WIRE_STORY = """\
No bilateral talks at the summit, but a handshake is likely: Kremlin
AFP, Tuesday 3 Sep 2013
The summit opens on Thursday amid a dispute over the Syrian crisis

The Kremlin's foreign policy aide Yuri Ushakov said Putin would greet every guest of the \
summit, whatever the state of relations.

"Putin will greet all the leaders and talk to each of them," Ushakov told reporters.

Ushakov then read out the leaders Putin would meet one on one. But Obama was not on the list.

"A separate meeting with Obama is not on the schedule," he said, adding that the two \
presidents would still see each other at the dinner.

Obama cancelled his visit to Moscow last month.
"""


def test_he_said_after_words_naming_the_one_named_last_is_the_one_quoted_before() -> None:
    # Before: the words were Obama's ("Obama was not on the list" named him last).
    assert speaker_of(_WIRE_STORY, "not on the schedule") == "Yuri Ushakov"


def test_he_said_after_words_naming_no_one_is_still_the_one_named_last() -> None:
    other = _WIRE_STORY.replace(
        "Ushakov then read out the leaders Putin would meet one on one. But Obama was not on "
        "the list.",
        "Foreign Minister Sergey Lavrov spoke to reporters too.",
    ).replace("A separate meeting with Obama", "A separate meeting with the Americans")
    assert speaker_of(other, "A separate meeting with the Americans") == "Sergey Lavrov"


def test_an_agency_and_a_weekday_before_the_date_make_a_date_line() -> None:
    found = date_line("AFP, Tuesday 3 Sep 2013")
    assert found is not None and found.date == dt.date(2013, 9, 3)
    assert parse_transcript(_WIRE_STORY, "page").date == dt.date(2013, 9, 3)
    reuters = date_line("Reuters, Monday, 5 May 2014")
    assert reuters is not None and reuters.date == dt.date(2014, 5, 5)
    # A sentence that happens to end with a date is no date line.
    assert date_line("AFP reported the talks, Tuesday 3 Sep 2013 was the day") is None


# The Kremlin's page of an interview to a newspaper: labels of the paper, a pull quote of the
# President's words set apart between the paper's question and his answer, the marks the
# wrong way round as the site sets them, and a first line that says where it was recorded.
_INTERVIEW_WITH_PULL_QUOTE = """\
The interview was recorded on June 18, 2011 in St Petersburg
Financial Times: Good evening and welcome. The first question is the one everybody asks: \
will you stand for a second term?
President of Russia Dmitry Medvedev: Every leader in this post must want to stand. Whether \
he decides to do so is another matter, and I will say it later.
FT: But you need a second term to finish your programme of reforms.
”Investors in a modern economy do not fear a change of government: who wins an election has \
little effect on the climate for investment.“
Dmitry Medvedev: Thank you for the kind words about my programme. As for the second term, \
the people will decide.
"""


def test_a_pull_quote_between_a_question_and_the_answer_is_the_one_who_answers() -> None:
    # Before: the President's words set apart went with the paper's question.
    assert speaker_of(_INTERVIEW_WITH_PULL_QUOTE, "climate for investment") == "Dmitry Medvedev"
    # The paper's question itself stays a question.
    assert speaker_of(_INTERVIEW_WITH_PULL_QUOTE, "finish your programme") != "Dmitry Medvedev"


def test_a_quote_inside_a_question_turn_before_no_labelled_official_stays_the_question() -> None:
    page = _INTERVIEW_WITH_PULL_QUOTE.replace("Dmitry Medvedev: Thank you", "Reply: Thank you")
    assert speaker_of(page, "climate for investment") != "Dmitry Medvedev"


def test_a_place_in_a_title_is_no_interviewee() -> None:
    # Before: "St Petersburg" was taken for the one who gave the interview.
    assert title_interviewee("The interview was recorded on June 18, 2011 in St Petersburg") is None
    assert parse_transcript(_INTERVIEW_WITH_PULL_QUOTE, "page").speaker is None
    assert title_interviewee("Interview with Vladimir Putin in Sochi") == "Vladimir Putin"


def test_keywords_led_by_an_absent_officials_name_ask_for_that_officials_words() -> None:
    index = pages_index({"ru_kashin.txt": _ATTACK_ON_A_REPORTER})
    # Before: Medvedev's words answered a question asking for Matviyenko's.
    result = index.search("матвиенко нападение на журналиста кашина")
    assert not result.hits
    assert index.search("медведев нападение на журналиста кашина").hits
    # Keywords led by someone the table does not know as an official are a topic still.
    assert index.search("кашин нападение медведев").hits


_ATTACK_ON_A_REPORTER = """\
Дмитрий Медведев о нападении на журналиста Олега Кашина

8 ноября 2010 года

Президент России Дмитрий Медведев прокомментировал нападение на журналиста Олега Кашина.

«Я сразу отреагировал жёстко и поручил найти тех, кто совершил это нападение на \
журналиста, и наказать их, кем бы они ни были», — сказал Медведев.
"""


def test_the_lexicon_crosses_this_rounds_words(table: Translations) -> None:
    # Before: none of these crossed (a question on the Trans-Siberian washout, the risk
    # journalists face, a schedule that is no campaign never met the page in the other language).
    assert "повыш" in crossed_terms(table, "higher risk", "en")
    assert "транссиб" in crossed_terms(table, "the Transsiberian railway", "en")
    assert "washout" in crossed_terms(table, "размыв", "ru")
    assert "preelect" in crossed_terms(table, "предвыборная кампания", "ru")
    assert "demographi" in crossed_terms(table, "демографическая", "ru")


def test_a_stamp_with_a_time_in_the_afternoon_is_a_date_line() -> None:
    # Before: "3:16 PM" after the date left the wire copy undated.
    found = date_line("Posted: Aug 02, 2012 3:16 PM")
    assert found is not None and found.date == dt.date(2012, 8, 2)
    morning = date_line("Aug 02, 2012 9:05 a.m.")
    assert morning is not None and morning.date == dt.date(2012, 8, 2)


# A portal's copy of a briefing comment: its section, the headline, then the date, the time
# and the outlet's name after dashes.
_OUTLET_AFTER_THE_DATE = """\
Политика

Захарова прокомментировала статью немецкого вещателя о премии

9 октября 2021, 16:16 — Общественная служба новостей — ОСН

Официальный представитель МИД Мария Захарова отреагировала на статью немецкого вещателя.

«Такой фразой им стоит начинать каждый выпуск новостей», — написала Захарова.
"""


def test_a_date_with_the_outlets_name_after_dashes_dates_the_page() -> None:
    # Before: the page had no date, and a question "in October 2021" found nothing.
    assert parse_transcript(_OUTLET_AFTER_THE_DATE, "page").date == dt.date(2021, 10, 9)
    # A lead sentence after the date and a dash is no outlet's name.
    lead = _OUTLET_AFTER_THE_DATE.replace(
        "9 октября 2021, 16:16 — Общественная служба новостей — ОСН",
        "9 октября 2021 — Захарова рассказала журналистам о статье немецкого вещателя.",
    )
    said = parse_transcript(lead, "page")
    assert any("рассказала журналистам" in p.text for p in said.passages)


def test_an_items_number_after_the_date_leaves_a_date_line() -> None:
    # Before: the EU's site's "UNIQUE ID" after the time left its press conference undated.
    found = date_line("Москва, 24/04/2017 - 14:59, UNIQUE ID: 170424_9")
    assert found is not None and found.date == dt.date(2017, 4, 24)
    # A sentence with a date and an "id" is still no date line.
    assert date_line("He said on 24/04/2017 that he had no id: x") is None
