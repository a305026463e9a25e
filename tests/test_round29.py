"""Round 29: layouts met on real pages this round — an official title longer than forty words
that has no full stop (it ends with its place and date).

The pages here are written for these tests in the layouts met on mid.ru and its copies.
"""

from __future__ import annotations

import pytest

from retrieval.transcript import parse_transcript
from retrieval.transcript._sentence_sayer import headline_speaker
from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"

# The Ministry's English page: a stamp glued to its clock, a title of more than forty words
# ending with the place and date, the language switch, then the minister's opening remarks.
LONG_TITLE = """\
19 March 201914:14

Foreign Minister Sergey Lavrov's statement and answers to media questions during the joint \
news conference following talks with Deputy Prime Minister and Minister for Foreign Affairs and \
International Cooperation of the People's Democratic Republic of Northland Ivan Northman, \
Moscow, March 19, 2019


  • en-GB1 ru-RU1


Ladies and Gentlemen,

My colleague and I have had productive talks on trade, on energy and on the situation in the \
region. We agreed to meet again before the end of the year.
"""


def test_a_long_official_title_ending_with_its_date_is_the_title() -> None:
    # Before: forty-odd words with no full stop read as a menu dumped on one line; the page
    # had no title and the minister's remarks went to no one.
    document = parse_transcript(LONG_TITLE, "page")
    assert document.title.startswith("Foreign Minister Sergey Lavrov's statement")
    assert document.title.endswith("March 19, 2019")
    assert speaker_of(LONG_TITLE, "productive talks on trade") == "Sergey Lavrov"


def test_a_long_line_of_words_without_a_date_is_still_furniture() -> None:
    menu = " ".join(f"Section{i}" for i in range(45))
    document = parse_transcript(LONG_TITLE.replace(LONG_TITLE.split("\n")[2], menu), "page")
    assert "Section1" not in document.title


# A blog's copy of a news conference: a dated lead that names the minister and the event, then
# "Below is the full text:", then his speech with no label.
ANNOUNCED_BELOW = """\
Feb. 2, 2014 (TSR) – Russian Foreign Minister Sergey Lavrov held a press conference on the \
results of Russian diplomacy in 2013. It took place in Moscow on 21 January. Below is the full \
English text and the video:

Ladies and gentlemen, good afternoon.

Last year brought us new challenges. We have worked to settle the crisis in the region through \
talks and we shall go on doing so this year.
"""

# An agency's report over a briefing it reproduces: a headline, a lead naming the spokesman in
# full, a paragraph speaking of him by surname, the agency's announcement, then his briefing.
ANNOUNCED_UNDER_REPORT = """\
“A binding resolution could save the climate conference”

A proposal by the host country to adopt a binding resolution could make the conference a \
success, said Russian Foreign Ministry spokesman {full}.

In his weekly address to the media, {surname} also touched upon the situation in the Caucasus \
and the results of the Indian Prime Minister's visit to Moscow.

RT presents the full transcript of {surname}’s briefing on December 10, 2009.

Human Rights Day

Dear colleagues, ladies and gentlemen!

We continue our meetings to explain our stance on the most important international issues of \
the past week.
"""


def test_an_announcement_ending_the_lead_hands_the_text_below_to_the_events_speaker() -> None:
    # Before: "Below is the full English text" named no one, and the first sentence that named
    # Lavrov was not asked; his speech went to no one.
    assert speaker_of(ANNOUNCED_BELOW, "good afternoon") == "Sergey Lavrov"
    assert speaker_of(ANNOUNCED_BELOW, "new challenges") == "Sergey Lavrov"
    assert speaker_of(ANNOUNCED_BELOW, "held a press conference") == UNKNOWN


@pytest.mark.parametrize(
    ("full", "surname"), [("Andrey Nesterenko", "Nesterenko"), ("Pavel Gromenko", "Gromenko")]
)
def test_an_outlets_announcement_under_a_report_hands_the_briefing_to_the_one_it_names(
    full: str, surname: str
) -> None:
    # Before: "RT presents the full transcript of ..." was no announcement, and stood under the
    # first paragraph; the briefing went to no one. The table lets no surname alone name
    # Nesterenko (a namesake), but the page named him in full just above.
    page = ANNOUNCED_UNDER_REPORT.format(full=full, surname=surname)
    assert speaker_of(page, "We continue our meetings") == full
    assert speaker_of(page, "also touched upon") == UNKNOWN
    assert speaker_of(page, "RT presents") == UNKNOWN


def test_an_announcement_of_someone_the_lead_never_named_hands_over_nothing() -> None:
    page = ANNOUNCED_UNDER_REPORT.format(full="Andrey Nesterenko", surname="Nesterenko").replace(
        "RT presents the full transcript of Nesterenko’s",
        "RT presents the full transcript of Ivanov’s",
    )
    assert speaker_of(page, "We continue our meetings") != "Ivanov"


# A wire story about a Russian MP's interview: he is named once with his post, then "the MP"
# and "the legislator" close his quotes. Or an American senator named the same way.
LEGISLATOR_STORY = """\
The head of the lower house foreign affairs committee believes the new government of Ruritania \
takes its instructions from abroad.

“I get the impression that the new president is oriented entirely toward Washington,” \
{post} {name} said in an interview with a daily newspaper.

According to {surname}, the recent promises of the new leadership are far from reality. \
In particular, the plans to buy gas elsewhere are unfounded.

“Such hopes are nonsense. They will have to deal with their neighbours,” the legislator stated.
"""


@pytest.mark.parametrize(
    ("post", "name", "surname"),
    [("MP", "Aleksey Pushkov", "Pushkov"), ("US Senator", "John Marlowe", "Marlowe")],
)
def test_the_legislator_is_the_last_one_named_as_a_member_of_parliament(
    post: str, name: str, surname: str
) -> None:
    # Before: a bare "the legislator" was no one's (it may be another country's); the page
    # named him an MP (or a senator), so it is him.
    page = LEGISLATOR_STORY.format(post=post, name=name, surname=surname)
    speaker = speaker_of(page, "Such hopes are nonsense")
    assert speaker == speaker_of(page, "oriented entirely toward Washington")
    assert speaker != UNKNOWN


def test_the_legislator_after_someone_named_with_no_such_post_is_no_one() -> None:
    page = LEGISLATOR_STORY.format(
        post="Foreign Ministry spokesman", name="Ivan Petrovsky", surname="Petrovsky"
    )
    assert speaker_of(page, "Such hopes are nonsense") == UNKNOWN


# An agency's interview under a headline in a label's form: the lead tells of the
# correspondent meeting the ambassador (no "interview" in it), then questions and answers as
# plain paragraphs, with no labels and no dashes.
MET_UNDER_LABEL_HEADLINE = """\
Игорь Светлов: мы помним всех, кто служил здесь до нас

Корреспондент агентства в Лиссабоне встретился с чрезвычайным и полномочным послом РФ в \
Северной Республике Игорем Светловым накануне Дня дипломата.

Господин посол, как вы отмечаете День дипломата? Есть ли традиция, которой вы следуете?

Да. У нас в посольстве есть особая традиция: в этот день мы вспоминаем коллег и возлагаем \
цветы к памятнику нашему послу.

Как складываются отношения двух стран сейчас?

Непросто, но мы продолжаем работать и считаем, что диалог нужен обеим сторонам.
"""


def test_answers_under_a_lead_that_met_the_headlines_person_are_his() -> None:
    # Before: the lead never said "interview" and the title was no "Интервью ..."; the answers
    # went to no one.
    assert speaker_of(MET_UNDER_LABEL_HEADLINE, "возлагаем") == "Igor Svetlov"
    assert speaker_of(MET_UNDER_LABEL_HEADLINE, "диалог нужен") == "Igor Svetlov"
    assert speaker_of(MET_UNDER_LABEL_HEADLINE, "как вы отмечаете") != "Igor Svetlov"


# An agency's interview cut after its first answer: a headline in the label's form, a lead that
# tells of the interview, a question opened by a dash, the answer under it without one.
DASHED_QUESTION_PLAIN_ANSWER = """\
Игорь Светлов: дипломату нужно знать язык страны

Посол России в Северной Республике Игорь Светлов рассказал в интервью агентству о работе \
посольства и о сотрудничестве двух стран.

— Игорь Петрович, что бы Вы посоветовали молодым дипломатам, которые начинают работу в этом \
регионе?

Спасибо за вопрос. Считаю, что молодым дипломатам необходимо знать язык и историю страны \
пребывания, её традиции и обычаи.
"""


def test_a_dashed_question_over_a_plain_answer_is_a_question_and_his_answer() -> None:
    # Before: the dashed question joined the lead as the ambassador's words, and his answer
    # under it went to no one.
    assert speaker_of(DASHED_QUESTION_PLAIN_ANSWER, "необходимо знать язык") == "Igor Svetlov"
    assert speaker_of(DASHED_QUESTION_PLAIN_ANSWER, "что бы Вы посоветовали") != "Igor Svetlov"


# A repost of an ambassador's interview with a site's "See also" box in the middle of it: a
# link to another story, in the label's form, between two paragraphs of his answer.
SEE_ALSO_INSIDE = """\
The Russian Ambassador in Ruritania: no prospects for normalization yet

Ivan Kordov said in an interview about the current state of relations and the work of the \
embassy.

– Is normalization possible in the short term? What are the conditions?

– I would like to note first that the attack on our plane was an unprecedented challenge for \
our state. Bilateral cooperation in several areas has been suspended.

{heading}

Peskov: Putin has no plans for contacts with the Ruritanian president

The conditions for overcoming the crisis were set out clearly. In such circumstances, I do not \
see any prospects of normalization of relations.
"""


@pytest.mark.parametrize("heading", ["See also", "Read also", "Читайте также:"])
def test_a_link_under_a_see_also_heading_is_no_label(heading: str) -> None:
    # Before: "Peskov: ..." under "See also" read as Peskov's label, and the ambassador's
    # answer below it went to Peskov.
    page = SEE_ALSO_INSIDE.format(heading=heading)
    assert speaker_of(page, "any prospects of normalization") == "Ivan Kordov"
    document = parse_transcript(page, "page")
    assert not any("no plans for contacts" in p.text for p in document.passages)


# A blog's translation of an ambassador's interview: a headline that names the president in
# passing, a lead naming the ambassador as the one interviewed, then dashed questions and
# answers.
HEADLINE_IN_PASSING = """\
Putin's Russia is ready to take the "first step" with the new French president

According to the Russian Ambassador to France Ivan Morlov, "Russia is ready to take the first \
step together with the new French president".

Twelve days after the election, Ivan Morlov says in an exclusive interview what Moscow expects \
of the new president.

— What do you expect from the new president?

— Russia expects that he will show more independence in his decisions than his predecessor. \
He reminds me of the great presidents of the past.
"""


def test_a_dash_interview_under_a_headline_naming_someone_in_passing_is_the_leads_interviewee() -> (
    None
):
    # Before: "Putin's Russia" in the headline made Putin the page's speaker, and every answer
    # of the ambassador went to Putin.
    assert speaker_of(HEADLINE_IN_PASSING, "more independence") == "Ivan Morlov"
    assert speaker_of(HEADLINE_IN_PASSING, "What do you expect") != "Ivan Morlov"


def test_a_dash_interview_under_its_speakers_label_headline_stays_his() -> None:
    page = HEADLINE_IN_PASSING.replace(
        "Putin's Russia is ready", "Vladimir Putin: Russia is ready"
    ).replace("Ivan Morlov says in an exclusive interview", "the president says in an interview")
    assert speaker_of(page, "more independence") == "Vladimir Putin"


# The government's archive page of a meeting: a headline, a caption of the speaker's name, the
# title of the event (naming no one), two quotes pulled from his words, then the transcript.
PULL_QUOTES = """\
2 march 2012

Prime Minister Vladimir Putin meets with editors of leading foreign newspapers

Vladimir Putin

At a meeting with editors of leading foreign newspapers

“We want the world to resort to force as little as possible when settling conflicts. (…)

“Our biggest problem today is the gap between the rich and the poor in our society.”

Transcript of the meeting:

Vladimir Putin: Good evening, ladies and gentlemen. I would be glad to answer your questions.

Question: What are your plans for the economy?

Vladimir Putin: We shall go on reducing poverty and keep the budget balanced.
"""


def test_quotes_pulled_out_over_the_speakers_transcript_are_his() -> None:
    # Before: the title named no one and the caption over it was not read; the two quotes at
    # the top went to no one.
    assert speaker_of(PULL_QUOTES, "gap between the rich") == "Vladimir Putin"
    assert speaker_of(PULL_QUOTES, "resort to force") == "Vladimir Putin"
    assert speaker_of(PULL_QUOTES, "Transcript of the meeting") == UNKNOWN


def test_a_quoted_headline_over_the_title_names_no_speaker() -> None:
    page = PULL_QUOTES.replace(
        "Vladimir Putin\n\nAt a meeting", "«Нам не нужен Путин»\n\nAt a meeting"
    )
    assert speaker_of(page, "gap between the rich") == UNKNOWN


# The government's archive page of joint press statements: a headline naming both prime
# ministers, a quote pulled from the host's words over his name, then each one's statement
# under a heading of his name.
JOINT_STATEMENTS = """\
Press Conferences

17 march, 2009 16:00

Prime Minister Vladimir Putin and his Ruritanian counterpart Karel Vostrak made statements for \
the press on the results of their talks

"Our dialogue has been rather intensive and useful for both sides."
Vladimir Putin
Statements for the press by Vladimir Putin and Karel Vostrak

{putin_heading}

Mr Prime Minister, ladies and gentlemen, we have just finished talks with our colleagues. In \
2008 we reached a record level of trade between our countries.

{guest_heading}

Thank you, Mr Putin. We agreed to build a new railway line to the border by 2012.
"""


@pytest.mark.parametrize(
    ("putin_heading", "guest_heading"),
    [
        ("Vladimir Putin's speech:", "Karel Vostrak's speech:"),
        ("Remarks by Vladimir Putin:", "Remarks by Karel Vostrak:"),
        ("Выступление В.В.Путина:", "Karel Vostrak's speech:"),
    ],
)
def test_a_statements_heading_labels_its_speakers_words(
    putin_heading: str, guest_heading: str
) -> None:
    # Before: the headings were short lead-ins dropped with the page's furniture, and the
    # headline's verb gave the page to the guest, the name nearest to it: the host's
    # statement went to the guest.
    page = JOINT_STATEMENTS.format(putin_heading=putin_heading, guest_heading=guest_heading)
    assert speaker_of(page, "record level of trade") == "Vladimir Putin"
    assert speaker_of(page, "new railway line") == "Karel Vostrak"
    assert speaker_of(page, "rather intensive") == "Vladimir Putin"


def test_a_headline_whose_verb_has_two_subjects_gives_the_page_to_neither() -> None:
    joint = "Sergey Lavrov and his counterpart Karel Vostrak made statements for the press"
    assert headline_speaker(joint) is None
    assert headline_speaker("Sergey Lavrov made a statement for the press") == "Sergey Lavrov"


# A translated news story about an ambassador's interview: he is named once, set off by commas
# after his post and place, then by surname; the president is named in passing.
AMBASSADOR_APPOSITION = """\
The Russian ambassador in Northport, Pavel Drozdin, regrets that relations between his country \
and Ruritania are at their lowest. The diplomat blames the government, which opposes the regime \
of Vladimir Putin.

Mr. Drozdin also accuses the foreign minister of influencing the cabinet. “She has very strong \
positions on Russia, and that could be a factor,” says the ambassador.

“Making foreign policy hostage to a single diaspora is short-sighted,” said Ambassador \
Drozdin.
"""


def test_an_ambassador_named_after_his_post_and_place_is_whom_the_story_quotes() -> None:
    # Before: "in Northport, Pavel Drozdin," was no post before a name; the story's main
    # person was Putin, named in passing, and the ambassador's quotes went to no one.
    assert speaker_of(AMBASSADOR_APPOSITION, "very strong positions") == "Pavel Drozdin"
    assert speaker_of(AMBASSADOR_APPOSITION, "single diaspora") == "Pavel Drozdin"
