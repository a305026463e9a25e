"""Round 36: layouts met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import datetime as dt

from retrieval.query import parse_query
from retrieval.transcript import parse_transcript
from retrieval.transcript._dates import date_line
from tests.conftest import speaker_of

# A newspaper's retelling of a talk to a youth forum: the minister named in the lead, then
# "the minister" with an adverb between him and his verb, then a student's praise quoted at
# the point where the copy was cut, its dash leading to a sayer the page no longer has.
_FORUM_STORY = """\
В Москве рассчитывают на диалог с Вашингтоном по стратегической стабильности, но не ждут \
быстрых перемен. Об этом министр иностранных дел РФ Сергей Лавров рассказал участникам \
молодежного форума на Валдае.

Встреча с участниками форума прошла во второй раз. Министр с ходу заявил, что мир входит в \
«период глубоких перемен», а Россия остается «одной из опор нового порядка».

Что аудитория настроена дружелюбно, было видно по первому же вопросу. «Спасибо вам за то, \
что страна чувствует себя уверенно на мировой арене»,—
"""


def test_the_minister_with_an_adverb_before_his_verb_is_the_one_named_in_the_lead() -> None:
    # Before: "с ходу" between "Министр" and "заявил" left the paragraph unattributed.
    assert speaker_of(_FORUM_STORY, "период глубоких перемен") == "Sergey Lavrov"
    same = _FORUM_STORY.replace("Министр с ходу заявил", "Министр ещё раз заявил")
    assert speaker_of(same, "период глубоких перемен") == "Sergey Lavrov"


def test_a_quote_whose_attribution_was_cut_after_its_dash_is_nobodys_known_words() -> None:
    story = _FORUM_STORY.replace("Министр с ходу заявил", "Министр заявил")
    # Before: the student's thanks went on with the minister quoted above it.
    assert speaker_of(story, "Спасибо вам за то") == "Unknown speaker"
    # With its attribution there, the dash still leads to the one it names.
    whole = story.rstrip() + " — сказал министр.\n"
    assert speaker_of(whole, "Спасибо вам за то") == "Sergey Lavrov"


# A blog's retelling of an interview to a foreign agency, in the present tense of a summary.
_AGENCY_INTERVIEW_RETOLD = """\
Lavrov gives an interview to a Latin American news agency

On March 2, 2023, Russian Foreign Minister Sergey Lavrov was interviewed by a news agency \
from Latin America. He discussed the crisis in Europe and relations with the region.

He said, "We are open to working with every partner who respects our interests."

Turning to the restrictions imposed on Russia, the Russian Foreign Minister highlights that \
most of the world's countries, in Asia, Africa and Latin America, refused to join them.

The agency's correspondent noted the warm tone of the conversation.
"""


def test_the_present_of_a_retelling_verb_before_that_reports_the_minister() -> None:
    # Before: "highlights that" was no verb of saying, and the figure was nobody's.
    assert speaker_of(_AGENCY_INTERVIEW_RETOLD, "refused to join them") == "Sergey Lavrov"
    # A noun "highlights" says nothing: "The highlights of the visit" is narration.
    noun = _AGENCY_INTERVIEW_RETOLD.replace(
        "Turning to the restrictions imposed on Russia, the Russian Foreign Minister highlights "
        "that most",
        "The highlights of the visit were shown on television; most",
    )
    assert speaker_of(noun, "refused to join them") == "Unknown speaker"


# A newspaper's interview of 2004 as its archive prints it: table pipes, the issue's number
# before the date, the publisher's name over the "Name: headline" title, and two hyphens
# typed for the dashes that open the question and the answer.
_ARCHIVE_INTERVIEW = """\
|
N°88, 14 мая 2004 |
|
ИД "Вестник" |
|
Сергей Лавров: Дипломатия должна работать на граждан
Министр иностранных дел России ответил на вопросы нашего обозревателя Ивана ПЕТРОВА о \
приоритетах ведомства.
-- Сергей Викторович, с чего вы начнете работу на новом посту?
-- Прежде всего с того, чтобы консульская служба стала ближе к людям. Граждане должны \
получать помощь за рубежом быстро и без лишних формальностей.
-- А что с отношениями с соседями?
-- Соседи для нас всегда на первом месте -- это вопрос не выбора, а географии.
"""


def test_two_hyphens_open_a_dash_interviews_turns() -> None:
    document = parse_transcript(_ARCHIVE_INTERVIEW, "page")
    # Before: the answers were one paragraph of nobody's with the question.
    assert speaker_of(_ARCHIVE_INTERVIEW, "консульская служба") == "Sergey Lavrov"
    assert speaker_of(_ARCHIVE_INTERVIEW, "вопрос не выбора") == "Sergey Lavrov"
    assert speaker_of(_ARCHIVE_INTERVIEW, "с чего вы начнете") == "Question"
    answer = next(p.text for p in document.passages if "не выбора" in p.text)
    # The passage keeps the page's own words, its two hyphens inside a line too.
    assert "первом месте -- это вопрос" in answer


def test_an_issue_number_before_the_date_and_a_masthead_over_the_headline() -> None:
    found = date_line("N°88, 14 мая 2004 |")
    assert found is not None and found.date == dt.date(2004, 5, 14)
    english = date_line("No. 12, June 3, 2010")
    assert english is not None and english.date == dt.date(2010, 6, 3)
    assert date_line("No. 12, the talks of June 3, 2010 went well") is None
    document = parse_transcript(_ARCHIVE_INTERVIEW, "page")
    assert document.date == dt.date(2004, 5, 14)
    # Before: the publisher's name was the title.
    assert document.title == "Сергей Лавров: Дипломатия должна работать на граждан"


# A news site's note: the spokeswoman's one-word reply, closed by her post and a gerund's
# clause that names the one she answers.
_ONE_WORD_REPLY = """\
Захарова назвала бредом слова Рютте о планах Москвы

Официальный представитель МИД России Мария Захарова назвала бредом заявление генсека НАТО \
Марка Рютте о якобы готовящемся нападении на Прибалтику.

«Бред», — сказала официальный представитель МИД РФ, комментируя слова Рютте о том, что \
Россия может напасть на страны альянса.

Генсек НАТО заявлял, что альянс должен готовиться к худшему.
"""


def test_a_name_in_a_gerunds_clause_after_the_post_is_not_the_sayer() -> None:
    # Before: "Рютте" after "комментируя слова" was taken for the one who said "Бред".
    assert speaker_of(_ONE_WORD_REPLY, "«Бред»") == "Maria Zakharova"
    # A name after a gerund's clause closed by its comma is still the subject.
    aside = _ONE_WORD_REPLY.replace(
        "сказала официальный представитель МИД РФ, комментируя слова Рютте о том, что Россия "
        "может напасть на страны альянса.",
        "сказала, отвечая на вопрос журналистов, Мария Захарова.",
    )
    assert speaker_of(aside, "«Бред»") == "Maria Zakharova"


# An article as a think tank's site reposts it: the site's note hands the text to its author.
_REPOSTED_ARTICLE = """\
Foreign Minister Sergey Lavrov's Article for the Diplomat's Yearbook

The following article was written by Foreign Minister Sergey Lavrov for the Diplomat's \
Yearbook and released by the Ministry.

A world in transition

It is an honour for me to address the readers of the Yearbook and set out how I see the \
state of international affairs today.

Ours is a time of deep change. "The world order we knew is passing, and a fairer one is \
being born," President Vladimir Putin said.

The rise of new centres of growth is, as I have said many times, the main trend of our era. \
Their achievements rest on sovereignty and on an independent choice of partners.
"""


def test_an_editors_note_under_an_articles_title_hands_the_text_to_its_author() -> None:
    # Before: the article's paragraphs were read as a report and were nobody's.
    assert speaker_of(_REPOSTED_ARTICLE, "new centres of growth") == "Sergey Lavrov"
    assert speaker_of(_REPOSTED_ARTICLE, "It is an honour for me") == "Sergey Lavrov"
    assert speaker_of(_REPOSTED_ARTICLE, "The following article") == "Unknown speaker"
    # A page that only reports the article stays a report: its quote is the president's.
    report = _REPOSTED_ARTICLE.replace("The following article was written by", "An article by")
    assert speaker_of(report, "The world order we knew") == "Vladimir Putin"


# A magazine's interview as a think tank reposts it: the editor labelled by name and post,
# then by the magazine's initials.
_MAGAZINE_INTERVIEW = """\
Sergey Lavrov

Minister of Foreign Affairs of the Russian Federation

The minister sat down for an interview with Global Affairs Monthly editor Anna Reed in Moscow.

Anna Reed, Global Affairs Monthly editor: Minister, thank you for your time. We are preparing \
an issue on alliances.

Sergey Lavrov: Thank you.

GAM: First of all, I would like to ask about relations with Washington after the election.

Lavrov: They depend on whether our partners are ready to talk as equals.
"""


def test_an_outlets_initials_named_in_an_interviewers_label_ask_the_questions() -> None:
    # Before: "GAM: First of all ..." was read as more of the minister's "Thank you."
    assert speaker_of(_MAGAZINE_INTERVIEW, "relations with Washington") == "Question"
    assert speaker_of(_MAGAZINE_INTERVIEW, "Thank you.") == "Sergey Lavrov"
    assert speaker_of(_MAGAZINE_INTERVIEW, "talk as equals") == "Sergey Lavrov"


# A business news site's repost of a ministerial press conference: its own headline (naming
# the one he met), a byline, its intro, then the Ministry's official title with the date.
_REPOSTED_PRESS_CONFERENCE = """\
Russian Foreign Minister Joins ASEAN Talks, Takes Questions And Meets Blinken In Private

Posted by Written by

By Anna Writer

The Russian Foreign Minister, Sergey Lavrov, took part in the ASEAN-Russia meeting in \
Vientiane on Friday (July 26), where he also answered media questions. We reproduce the \
text below.

Foreign Minister Sergey Lavrov's statement and answers to media questions following the \
Russia-ASEAN ministerial meeting, Vientiane, July 26, 2024

We have held our annual meeting with the ASEAN countries. We agreed to expand cooperation in \
energy and in training specialists for emergency services.

We paid special attention to food security and to payments in national currencies.
"""


def test_the_one_a_headline_says_was_met_is_not_the_pages_speaker() -> None:
    document = parse_transcript(_REPOSTED_PRESS_CONFERENCE, "page")
    # Before: "Meets Blinken" made the Secretary of State the speaker of every paragraph.
    assert "Antony Blinken" not in {p.speaker for p in document.passages}
    assert speaker_of(_REPOSTED_PRESS_CONFERENCE, "food security") == "Sergey Lavrov"


def test_the_official_title_under_a_reposts_intro_gives_the_title_and_date() -> None:
    document = parse_transcript(_REPOSTED_PRESS_CONFERENCE, "page")
    assert document.title.startswith("Foreign Minister Sergey Lavrov's statement and answers")
    assert document.date == dt.date(2024, 7, 26)
    assert speaker_of(_REPOSTED_PRESS_CONFERENCE, "training specialists") == "Sergey Lavrov"


# A blogger's post of a press conference's opening statement, under no title of its own.
_BLOGGED_SPEECH = """\
 date 2024-10-04 Another busy week for the minister. Most questions were about the summit, \
as I expected. Lavrov looked tired but in good form, IMO.

Dear colleagues, good afternoon!

We have come to the end of a long trip. Today in Kazan we held the meeting of the ministers \
of the association's member states.

We noted the growing interest of many countries in joining our work, and we will discuss \
how to receive them at the summit.
"""


def test_a_speech_under_a_bloggers_intro_is_the_one_the_intro_names() -> None:
    # Before: every paragraph was nobody's.
    assert speaker_of(_BLOGGED_SPEECH, "growing interest") == "Sergey Lavrov"
    assert speaker_of(_BLOGGED_SPEECH, "Dear colleagues") == "Sergey Lavrov"
    # The blogger's own words stay the blogger's, "I" and all.
    assert speaker_of(_BLOGGED_SPEECH, "as I expected") == "Unknown speaker"
    # An intro that names two officials names no one speaker.
    two = _BLOGGED_SPEECH.replace("Lavrov looked tired", "Lavrov and Zakharova looked tired")
    assert speaker_of(two, "growing interest") == "Unknown speaker"


def test_a_plans_horizon_is_no_date_filter() -> None:
    # Before: "до 2025 года" bounded the pages to those of 2024 and earlier.
    plan = parse_query("Лавров о Стратегии развития ШОС до 2025 года")
    assert plan.date_to is None and "2025" in plan.text
    assert parse_query("Putin on the development programme until 2030").date_to is None
    # A bound on when the words were said is still one.
    said = parse_query("Что Лавров говорил о НАТО до 2014 года?")
    assert said.date_to == dt.date(2013, 12, 31)


# A state agency's report: the minister by his post, then a meeting "with" another country's
# minister whose first name the sentence declines.
_AGENCY_REPORT = """\
Лавров: Мы договорились продолжить консультации по Ливии

Москва – АГЕНТСТВО

Глава МИД РФ Сергей Лавров заявил, что стороны сохраняют разногласия, но готовы к диалогу.

Глава российского внешнеполитического ведомства напомнил о встрече в Женеве с участием \
госсекретаря США Джоном Керри, где обсуждалась ситуация в регионе.
"""


def test_a_known_foreigners_declined_first_name_after_the_verb_is_no_sayer() -> None:
    # Before: "Джоном Керри" was read as the subject, and the minister's words were Kerry's.
    assert speaker_of(_AGENCY_REPORT, "напомнил о встрече") == "Sergey Lavrov"
    nominative = _AGENCY_REPORT.replace(
        "Глава российского внешнеполитического ведомства напомнил о встрече в Женеве с "
        "участием госсекретаря США Джоном Керри, где обсуждалась ситуация в регионе.",
        "Об этой встрече напомнил госсекретарь США Джон Керри.",
    )
    assert speaker_of(nominative, "Об этой встрече") == "John Kerry"


def test_a_headline_label_in_the_first_person_under_a_title_is_a_turn() -> None:
    wrapped = (
        "Talks in Moscow\n\n"
        "Sergey Lavrov: We have just finished the talks with\n"
        "the minister. We agreed to meet again in the spring.\n"
    )
    document = parse_transcript(wrapped, "page")
    assert document.title == "Talks in Moscow"
    assert speaker_of(wrapped, "We agreed to meet again") == "Sergey Lavrov"
