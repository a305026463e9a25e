"""Round 41: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import datetime as dt

from retrieval.posted_ambassadors import ambassador_by_post
from retrieval.query import parse_query
from retrieval.tokenizer import Analyzer
from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

# A city paper's story under a headline that names the governor: the story then calls her
# only by her post, and names her once more inside a phrase about one of her deputies.
_GOVERNOR_BY_POST = """\
Валентина Матвиенко: Гололёд - беда не только Петербурга

На совещании в Смольном губернатор заявила, что от гололёда этой зимой страдают многие \
города страны.

"Это беда не только Петербурга. Это беда всех северных городов", — заявила глава города. \
Губернатор вспомнила Хельсинки, где, по словам одного из заместителей Валентины Матвиенко, \
тротуары посыпают гранитной крошкой.

"Не надо искать виноватых на стороне. Дворники должны выходить в пять утра", — заключила \
губернатор.
"""


def test_the_governor_of_a_story_under_her_headline_is_she() -> None:
    # Before: the deputy's phrase made the page a report, and "the governor" named no one.
    assert speaker_of(_GOVERNOR_BY_POST, "Это беда всех северных") == "Valentina Matviyenko"
    assert speaker_of(_GOVERNOR_BY_POST, "Дворники должны выходить") == "Valentina Matviyenko"
    assert speaker_of(_GOVERNOR_BY_POST, "страдают многие") == "Valentina Matviyenko"


def test_a_governor_on_a_story_about_someone_who_never_was_one_stays_nobodys() -> None:
    # A President's visit: "the governor" is the region's, never the President.
    page = (
        "Путин посетил Курскую область\n\n"
        "Владимир Путин осмотрел новый мост через реку, сообщает пресс-служба. По словам "
        "Путина, мост нужен был давно.\n\n"
        '"Мост откроют к осени, все работы идут по графику", — заверил губернатор.'
    )
    assert speaker_of(page, "Мост откроют к осени") != "Vladimir Putin"


def test_a_photo_authors_credit_is_page_furniture() -> None:
    # Before: "Автор фото: ..." stood as the page's first passage, an unknown speaker's.
    headline, rest = _GOVERNOR_BY_POST.split("\n\n", 1)
    document = parse_transcript(f"{headline}\n\nАвтор фото: Trend\n\n{rest}", "page")
    assert not any("Автор фото" in p.text for p in document.passages)


# An agency's interview page: a headline with the post and no name, a photo caption that
# names him with that post, then each question undashed (bold on the site) over a dashed
# answer.
_POST_HEADLINE_INTERVIEW = """\
All news

Russian Ambassador to Canada speaks on trade and fisheries

Russian Ambassador to Canada Oleg Stepanov Pavel Ivanov/TASS
Russian Ambassador to Canada Oleg Stepanov

Ottawa has extended its sanctions again this spring. What is left of trade between the two \
countries?

— Very little, and that is Ottawa's choice. Our exporters of fertilisers found other markets \
long ago, and Canadian farmers pay more for them now.

Are the fisheries talks in the North Pacific still going on?

— They stopped two years ago. We keep the door open, but nobody from Ottawa has knocked.
"""


def test_undashed_questions_over_dashed_answers_split_into_turns() -> None:
    # Before: with no dash reply asking, the page was one unknown speaker's text.
    document = parse_transcript(_POST_HEADLINE_INTERVIEW, "page")
    asked = [p.text for p in document.passages if p.role == "question"]
    assert any("What is left of trade" in text for text in asked)
    assert any("fisheries talks" in text for text in asked)
    assert speaker_of(_POST_HEADLINE_INTERVIEW, "Very little") == "Oleg Stepanov"
    assert speaker_of(_POST_HEADLINE_INTERVIEW, "nobody from Ottawa") == "Oleg Stepanov"


def test_a_headline_post_names_the_one_its_caption_names_with_it() -> None:
    assert parse_transcript(_POST_HEADLINE_INTERVIEW, "page").speaker == "Oleg Stepanov"
    # A caption naming someone else with another post names no one.
    other = _POST_HEADLINE_INTERVIEW.replace(
        "Russian Ambassador to Canada Oleg Stepanov Pavel", "Canadian Minister Mary Ng Pavel"
    ).replace("Russian Ambassador to Canada Oleg Stepanov\n", "Canadian Minister Mary Ng\n")
    assert parse_transcript(other, "page").speaker is None


def test_a_dash_reply_with_no_question_over_it_keeps_the_page_as_it_was() -> None:
    # One dash reply with narration over it, no question: no interview is made of it.
    page = _POST_HEADLINE_INTERVIEW.replace(
        "Are the fisheries talks in the North Pacific still going on?",
        "The fisheries talks in the North Pacific were also discussed.",
    )
    asked = [p.text for p in parse_transcript(page, "page").passages if p.role == "question"]
    assert not any("fisheries" in text for text in asked)


# A paper's copy of a joint interview: each question under its asker's outlet and name,
# undashed, over the answer opened by a dash.
_ASKERS_OVER_DASHES = """\
О чем заявил Сергей Шойгу в большом интервью

Секретарь Совета безопасности Сергей Шойгу дал интервью российским СМИ. Публикуем первую часть.

Радио «Маяк», Ирина Петрова: В прошлом году вы говорили о новых угрозах. Что изменилось с тех пор?

- Угроз стало больше, а времени на ответ меньше. Мы должны быть готовы ко всему.

ТАСС, Андрей Смирнов: А как же переговоры?

- Переговоры идут, и это хорошо. Но договариваться надо по делу, а не ради картинки.
"""


def test_questions_under_an_askers_outlet_and_name_over_dashed_answers() -> None:
    # Before: the first question and the answers were one passage of no one.
    document = parse_transcript(_ASKERS_OVER_DASHES, "page")
    asked = next(p for p in document.passages if "Что изменилось" in p.text)
    assert asked.role == "question"
    assert speaker_of(_ASKERS_OVER_DASHES, "Угроз стало больше") == "Sergei Shoigu"
    assert speaker_of(_ASKERS_OVER_DASHES, "не ради картинки") == "Sergei Shoigu"


# A paper retells a foreign daily's account of a meeting: the quote is broken by the outlet
# relaying "his speech", between two dashes, and the quote goes on after it.
_RELAYED_SPEECH = (
    "Президент встретился с иностранными журналистами. Беседа продлилась три часа. "
    '"Никто не вправе указывать нам, с кем садиться за стол, — излагает вступительную речь '
    "Путина британская Guardian, корреспондент которой был на встрече. — Мы же не советуем вам "
    'звать к себе тех, кто убивает детей". Позже Путин ответил на вопросы о Кавказе.'
)


def test_an_outlet_relaying_his_speech_between_dashes_gives_him_the_quote() -> None:
    # Before: the relaying verb and "речь" named no one, and the quote's first half was nobody's.
    assert speaker_of(_RELAYED_SPEECH, "Никто не вправе") == "Vladimir Putin"
    closed = '"Никто не вправе указывать нам", — излагает речь Путина британская Guardian.'
    assert speaker_of(f"Беседа продлилась три часа. {closed}", "Никто не вправе") == (
        "Vladimir Putin"
    )


# A wire story names the Duma's speaker in full once, then calls him "the speaker".
_THE_SPEAKER = """\
Duma speaker says new tariffs will hurt American farmers first

MOSCOW, March 3. /TASS/. Washington's new tariffs will hurt its own farmers first, Speaker of \
Russia's State Duma Vyacheslav Volodin said on Monday.

"Every such measure comes back to those who take it. Our producers have found new markets long \
ago," the speaker went on to say.

"The grain harvest of last year was a record one," the speaker recalled.
"""


def test_the_speaker_of_a_story_naming_the_dumas_speaker_is_him() -> None:
    # Before: "the speaker" named no one (any speaker at a podium may be one).
    assert speaker_of(_THE_SPEAKER, "Every such measure") == "Vyacheslav Volodin"
    assert speaker_of(_THE_SPEAKER, "grain harvest") == "Vyacheslav Volodin"
    # With no chamber's speaker named, "the speaker" stays no one's.
    other = _THE_SPEAKER.replace("Speaker of Russia's State Duma Vyacheslav Volodin", "a farmer")
    assert speaker_of(other, "grain harvest") != "Vyacheslav Volodin"


# An agency story names the minister once with his body's initials, then closes his quotes
# with that post alone.
_HEAD_BY_INITIALS = (
    'Глава МЧС России Сергей Шойгу заявил, что паводок удалось остановить. "Мы справились", - '
    'сказал Сергей Шойгу. "И никто меня не убедит в обратном", - добавил глава МЧС РФ.\n'
    "В работах участвовали 20 тысяч человек. "
    '"Было закуплено три новых самолета-амфибии", - отметил глава МЧС.'
)


def test_a_head_by_his_bodys_initials_after_the_quote_is_the_one_named_so() -> None:
    # Before: a post after the verb, and a name after the initials, named no one.
    assert speaker_of(_HEAD_BY_INITIALS, "никто меня не убедит") == "Sergei Shoigu"
    assert speaker_of(_HEAD_BY_INITIALS, "самолета-амфибии") == "Sergei Shoigu"


def test_a_head_of_another_countrys_body_after_the_quote_is_not_ours() -> None:
    page = _HEAD_BY_INITIALS.replace("отметил глава МЧС.", "отметил глава МЧС Казахстана.")
    assert speaker_of(page, "самолета-амфибии") != "Sergei Shoigu"


def test_a_deputy_envoys_post_names_not_the_envoy() -> None:
    analyzer = Analyzer()
    quoted = ["Vassily Nebenzia", "Dmitry Polyanskiy"]
    # Before: "deputy" was passed over, and the question was filtered to Nebenzia's words.
    assert ambassador_by_post("Russia's deputy UN envoy", analyzer, quoted) is None
    assert ambassador_by_post("заместитель постпреда России при ООН", analyzer, quoted) is None
    assert ambassador_by_post("Russia's UN envoy", analyzer, quoted) == "Vassily Nebenzia"


# A news site's story on a spokesman's weekly briefing: his main point retold, a paragraph
# listing what else he spoke about, then the briefing's text under a heading per topic.
_BRIEFING_RETOLD = """\
8 Feb, 2011 18:05

Moscow hopes the talks on the Arctic shelf will resume soon, said Russian Foreign Ministry \
spokesman Andrey Nesterenko.

During a weekly briefing he also spoke about the Minister's visit to Oslo; the situation in \
Côte d'Ivoire; and also about the new rules for issuing visas.

On the Minister's visit to Oslo

Sergey Lavrov will hold talks with his Norwegian counterpart on February 14. We expect the \
talks to focus on cooperation in the Barents Sea and on fisheries.
"""


def test_a_briefings_topics_under_a_retelling_lead_are_the_spokesmans() -> None:
    # Before: the text under the topic headings was no one's.
    assert speaker_of(_BRIEFING_RETOLD, "We expect the talks") == "Andrey Nesterenko"
    # The paragraph listing the topics is the reporter's.
    assert speaker_of(_BRIEFING_RETOLD, "also spoke about") == "Unknown speaker"


# A story copied from its middle: its first quote closes with "he said" and nobody named
# before it; the aide is quoted whole again further on, the President only in a few words
# inside the narration.
_AIDE_STORY_FROM_ITS_MIDDLE = """\
«Главным ориентиром остаются договоренности, которых два президента достигли в Анкоридже», — \
сказал он.
Говоря о контактах с Вашингтоном, Ушаков подтвердил, что они идут по закрытым каналам. «Мы \
постоянно разговариваем. Рано или поздно это будет заметно», — сказал он.
Встреча Путина с Трампом прошла в августе. По ее итогам Путин заявил, что Москва «искренне \
заинтересована в том, чтобы положить конец» конфликту, учтя «все законные озабоченности России».
"""


def test_of_two_sayers_named_as_often_the_one_quoted_whole_is_the_storys() -> None:
    # Before: the President, named more often, took the story and its first quote.
    assert speaker_of(_AIDE_STORY_FROM_ITS_MIDDLE, "Главным ориентиром") == "Yuri Ushakov"
    assert speaker_of(_AIDE_STORY_FROM_ITS_MIDDLE, "искренне") == "Vladimir Putin"


_NAMES = {
    "медведев": "Dmitry Medvedev",
    "путина": "Vladimir Putin",
    "келин": "Andrei Kelin",
    "scholz": "Olaf Scholz",
}


def test_about_someones_interview_is_a_topic_not_a_speaker() -> None:
    # Before: «интервью Путина» made Putin the speaker, and Medvedev was dropped.
    parsed = parse_query("Медведев об интервью Путина Такеру Карлсону", _NAMES)
    assert parsed.speakers == ("Dmitry Medvedev",)
    assert parsed.topic_speakers == ("Vladimir Putin",)


def test_a_post_opening_the_question_makes_a_later_name_a_topic() -> None:
    parsed = parse_query("kremlin spokesman on relations with germany after scholz threat", _NAMES)
    assert "Olaf Scholz" not in parsed.speakers
    # A name within the opening post is the speaker himself.
    parsed = parse_query("Посол Келин о запуске газопровода", _NAMES)
    assert parsed.speakers == ("Andrei Kelin",)


# A news blog's copy of a paper's interview: the blog's name and tagline, its social links, a
# date line, then the story's headline quoting her, a lead, a photo credit and the dash
# interview.
_BLOG_COPY_OF_INTERVIEW = """\
Go to ...

The Papers

Collecting and sharing stories from Russian papers

The Papers on Twitter RSS Feed

Monday, June 12, 2017

Valentina Matviyenko: “Regions must be heard in Moscow”

On 8 June a delegation of the Federation Council visited Kyrgyzstan. After the talks, Valentina \
Ivanovna found time for an interview with a local paper.

Photo courtesy of the press service of the Federation Council

– Valentina, please comment on the new law on local government.

– It is an important law. It gives the municipalities money of their own and the right to \
decide how to spend it.
"""


def test_a_headline_quoting_her_beats_a_blogs_tagline_and_her_answers_are_hers() -> None:
    document = parse_transcript(_BLOG_COPY_OF_INTERVIEW, "page")
    # Before: the tagline was the title, and the interview under it nobody's.
    assert document.title.startswith("Valentina Matviyenko:")
    assert speaker_of(_BLOG_COPY_OF_INTERVIEW, "It gives the municipalities") == (
        "Valentina Matviyenko"
    )
    asked = next(p for p in document.passages if "please comment" in p.text)
    assert asked.role == "question"
    assert not any("Photo courtesy" in p.text for p in document.passages)


def test_according_to_someones_press_secretary_is_not_him() -> None:
    names = {"putin": "Vladimir Putin", "lavrov": "Sergey Lavrov"}
    # Before: "according to Putin's" made Putin the speaker.
    question = "How does Snowden see himself, according to Putin's press secretary?"
    parsed = parse_query(question, names)
    assert "Vladimir Putin" not in parsed.speakers
    assert parse_query("Iran talks, according to Lavrov's remarks", names).speakers == (
        "Sergey Lavrov",
    )


# An agency's story copied by a news site: pager links glued to the site's name over the
# headline, and the ambassador named with a middle initial that lost its stop.
_PAGER_OVER_STORY = """\
Delhi DailyPrevious Article
Delhi DailyNext Article

We will give India our best aircraft, says envoy

NEW DELHI (PTI): Russia will give India the best aircraft it builds, its envoy said.

"India is a great power and chooses what suits her. We are not worried by her purchases \
elsewhere," Russian Federation Ambassador to India Alexander M Kadakin said on Sunday.
"""


def test_pager_links_are_furniture_and_a_bare_middle_initial_is_passed_over() -> None:
    document = parse_transcript(_PAGER_OVER_STORY, "page")
    # Before: "Delhi DailyPrevious Article" was the title, and "Alexander M Kadakin" no one.
    assert document.title == "We will give India our best aircraft, says envoy"
    assert speaker_of(_PAGER_OVER_STORY, "We are not worried") == "Alexander Kadakin"


# An Egyptian site's story: the masthead's staff lines, the headline, a date, the photo's
# caption twice, the byline, then the story, whose second paragraph names the counterpart
# in a clause before "Russian minister added".
_MASTHEAD_AND_COUNTERPART = """\
Supervisor Ahmed Nabil
Editor in Chief Samir Fathy

Lavrov: Russian-Indian Ties Are Strong

Tue 12 Mar 2024 | 10:05 AM
Russian Foreign Minister Sergey Lavrov
Russian Foreign Minister Sergey Lavrov
Mona Adel

Russian Foreign Minister Sergey Lavrov said that relations with India are strong.

During talks with his Indian counterpart Subrahmanyam Jaishankar , Russian minister added, \
"Our trade has grown five times in three years."
"""


def test_a_post_after_a_clause_naming_the_counterpart_is_the_subject() -> None:
    # Before: the counterpart named in the clause before the comma took the quote.
    assert speaker_of(_MASTHEAD_AND_COUNTERPART, "Our trade has grown") == "Sergey Lavrov"
    # The apposition set off by two commas still names its own man.
    page = 'Wang Yi, the Chinese foreign minister, said: "We agree on every point."'
    assert speaker_of(page, "We agree") == "Wang Yi"


def test_a_mastheads_staff_lines_are_no_title() -> None:
    # Before: "Editor in Chief ..." was the page's title.
    document = parse_transcript(_MASTHEAD_AND_COUNTERPART, "page")
    assert document.title == "Lavrov: Russian-Indian Ties Are Strong"


# A paper's interview: a standfirst saying whom the envoy told, then one question, undashed
# and unlabelled, and his answer; the page is cut after it.
_TOLD_A_REPORTER = """\
Roman Babushkin, Deputy Chief of Mission of the Embassy of the Russian Federation in New Delhi, \
tells Priya Sharma of DH that trade with India keeps growing despite the sanctions.

How have the sanctions changed trade between the two countries?

Our trade has grown by a third this year. We pay each other in our own currencies now, and the \
banks of both countries have found ways to keep the payments going.
"""


def test_one_question_under_a_lead_saying_he_told_a_reporter_is_an_interview() -> None:
    # Before: one question was taken for a rhetorical one, and the answer was no one's.
    assert speaker_of(_TOLD_A_REPORTER, "Our trade has grown") == "Roman Babushkin"
    asked = next(p for p in parse_transcript(_TOLD_A_REPORTER, "page").passages if "?" in p.text)
    assert asked.role == "question"


# A monitoring service's digest of an agency's story, as a forum keeps it: the agency and a
# date line with a two-digit year, then the story, whose quote an agency passes on after
# "the minister said:".
_MONITORING_DIGEST = """\
Russian foreign minister on the Middle East

ITAR-TASS news agency, Moscow
14 Feb 06

Russian agencies covered Foreign Minister Sergey Lavrov's news conference in Moscow today.

Asked about the Hamas delegation's visit, Lavrov said: "We will tell them plainly what the \
world expects of them," Russian Interfax news agency said at 1120 gmt.
"""


def test_a_two_digit_years_date_line_and_a_quote_an_agency_passes_on() -> None:
    document = parse_transcript(_MONITORING_DIGEST, "page")
    # Before: "14 Feb 06" was no date, and the quote was the agency's (no one's).
    assert document.date == dt.date(2006, 2, 14)
    assert speaker_of(_MONITORING_DIGEST, "We will tell them plainly") == "Sergey Lavrov"


# A news site's story: the lead's last sentence opens her quote (glued to the stop before
# it), and the next paragraph goes on with it and closes it with the attribution.
_QUOTE_OPENED_IN_THE_LEAD = """\
Захарова ответила на сообщения о переброске войск

Официальный представитель МИД РФ Мария Захарова в субботу, 4 декабря, прокомментировала \
сообщения западных газет о переброске войск.«Перемещение войск по своей территории — право \
любого государства.

Беспокоиться стоит не о наших учениях, а о натовских», — приводит ее слова «Коммерсантъ».
"""


def test_a_quote_opened_at_the_end_of_the_lead_is_the_one_the_next_paragraph_closes() -> None:
    # Before: the quote's first sentence, in the lead's paragraph, was nobody's.
    assert speaker_of(_QUOTE_OPENED_IN_THE_LEAD, "право любого государства") == "Maria Zakharova"


# A wire story copied through the Thai code page: each curly quote mark and apostrophe is
# the Thai letter "โ".
_THAI_MARKS = (
    "The Kremlin said on Thursday that the talks were going on.\n"
    "\u0e42We are putting in a great effort,\u0e42 Kremlin spokesman Dmitry Peskov said.\n"
    "\u0e42Such a document could very quickly stop what is happening.\u0e42\n"
    "Peskov said Biden\u0e42s words were unacceptable."
)


def test_quote_marks_lost_to_the_thai_code_page_are_marks_again() -> None:
    document = parse_transcript(_THAI_MARKS, "page")
    text = " ".join(p.text for p in document.passages)
    assert "\u0e42" not in text
    assert "Biden’s" in text
    # Before: with no quote marks, the unattributed quote was no one's.
    assert speaker_of(_THAI_MARKS, "could very quickly stop") == "Dmitry Peskov"
    # A page in Thai keeps its letter.
    thai = parse_transcript("ข่าววันนี้\n\nสวัสดี \u0e42ลก วันนี้อากาศดีมาก.", "page")
    assert "\u0e42" in " ".join(p.text for p in thai.passages)


def test_a_headline_in_his_own_first_person_after_his_name_is_his_words() -> None:
    page = (
        "Лавров: наши отношения с Токио заморожены не по нашей вине\n\n"
        "Министр иностранных дел России Сергей Лавров заявил, что Москва открыта к диалогу.\n"
    )
    # Before: the headline's words, said by him in the first person, were no passage.
    assert speaker_of(page, "заморожены не по нашей вине") == "Sergey Lavrov"
    # A headline that only tells what he said is the reporter's.
    told = page.replace("наши отношения с Токио заморожены не по нашей вине", "Москва ждет ответа")
    assert not any(
        p.text.startswith("Москва ждет") for p in parse_transcript(told, "page").passages
    )


def test_the_us_in_a_headline_is_no_first_person() -> None:
    page = (
        "Antonov: Russia-US ties teetering on the brink\n\n"
        "Russian Ambassador Anatoly Antonov said the ties were at their lowest point.\n"
    )
    assert not any(p.text.startswith("Russia-US") for p in parse_transcript(page, "page").passages)


def test_the_energy_minister_by_his_surname_is_known() -> None:
    page = (
        '"We have not agreed on the cuts," Novak said on Friday after the talks in Vienna.\n'
        '"Starting April 1, no country has any obligations," the minister added.\n'
    )
    # Before: Alexander Novak was not in the speakers' table, and "Novak said" named no one.
    assert speaker_of(page, "We have not agreed") == "Alexander Novak"


# A paper's interview: the lead says what the department's director told the paper (his name
# in capitals, the paper's sign in quotes), then dashed questions and answers.
_TOLD_THE_PAPER = """\
Накануне сезона директор консульского департамента МИД РФ ЕВГЕНИЙ ИВАНОВ рассказал “Ъ”, как \
изменился поток туристов.

— Сколько виз было выдано в прошлом году?

— Около полутора миллионов, и число многократных виз растет.
"""


def test_a_lead_saying_he_told_the_paper_makes_the_dashed_answers_his() -> None:
    # Before: "рассказал “Ъ”" spoke of no interview, and the answers were nobody's.
    assert speaker_of(_TOLD_THE_PAPER, "Около полутора миллионов") == "Yevgeny Ivanov"


def test_he_whose_sentence_says_by_his_name_whose_words_they_are_is_him() -> None:
    page = (
        "Представитель Кремля Дмитрий Песков назвал итоги выборов убедительными.\n\n"
        "Песков также отказался ответить на вопрос о планах Путина.\n\n"
        "Он также сказал, что явку «нельзя назвать низкой»: по утверждению Пескова, это больше, "
        "чем в среднем по Европе.\n"
    )
    # Before: naming Peskov after "он" made "он" someone else.
    assert speaker_of(page, "нельзя назвать низкой") == "Dmitry Peskov"


_KREMLIN_STATEMENT = """\
Putin questions the commission's report

In a statement published by the Kremlin, Putin said that there was no place for doping in sport.

"The accusations are based on the words of one single person," the statement read. "Charges \
were brought against him in 2012, but the case was dropped."
"""


def test_the_statement_the_story_says_is_his_reads_his_words() -> None:
    # Before: "the statement read" made the quote a document's, no one's.
    assert speaker_of(_KREMLIN_STATEMENT, "one single person") == "Vladimir Putin"
    assert speaker_of(_KREMLIN_STATEMENT, "case was dropped") == "Vladimir Putin"
    # A readout no one was said to have issued stays no one's.
    readout = _KREMLIN_STATEMENT.replace("In a statement published by the Kremlin, Putin", "Putin")
    assert speaker_of(readout, "one single person") != "Vladimir Putin"


def test_the_head_of_the_cabinet_of_russia_is_the_storys_premier() -> None:
    page = (
        "МОСКВА, 1 ноября. /ТАСС/. Санкции бьют по самим их авторам, заявил премьер-министр "
        "Михаил Мишустин.\n\n"
        '"Инфляция на сырьевых рынках выросла задолго до этого года", - заметил глава кабмина РФ.'
    )
    # Before: «кабмина РФ» was no word of our own side, and the quote was no one's.
    assert speaker_of(page, "Инфляция на сырьевых") == "Mikhail Mishustin"


def test_a_post_ending_a_closing_attribution_after_words_of_its_own_is_the_subject() -> None:
    page = (
        "Журналисты из западных стран получили аккредитацию на саммит, заявила официальный "
        "представитель МИД РФ Мария Захарова.\n\n"
        "«У нас нет сегрегации, мы используем лишь ответные меры», — описала свое понимание "
        "ситуации представитель МИД РФ."
    )
    # Before: the words between the verb and the post hid the subject.
    assert speaker_of(page, "нет сегрегации") == "Maria Zakharova"


def test_the_first_deputy_minister_by_his_initials_is_known_and_titov_alone_is_not() -> None:
    page = (
        "Интервью первого заместителя Министра иностранных дел России В.Г.Титова, "
        "опубликованное в «Российской газете» 10 февраля 2015 года\n\n"
        "Вопрос: Как меняется обстановка в мире?\n\n"
        "Ответ: Ситуация становится все более сложной и труднопредсказуемой.\n"
    )
    # Before: he was shown as "V.G.Titov", a name the table did not hold.
    assert speaker_of(page, "труднопредсказуемой") == "Vladimir Titov"
    ombudsman = "Бизнес-омбудсмен недоволен.\n\n«Проверок стало больше», — сказал Титов."
    assert speaker_of(ombudsman, "Проверок стало больше") != "Vladimir Titov"


def test_a_long_official_title_of_an_event_is_the_title() -> None:
    title = (
        "Speech and answers to questions from the mass media by Russian Foreign Minister Sergey "
        "Lavrov during the joint press conference with Russian Defence Minister Sergei Shoigu "
        "summarizing the results of the consultations of the heads of the foreign services and "
        "the defence services of Russia and the United States, Washington, 9 August 2013"
    )
    page = f"{title}\n\nA two plus two meeting of the ministers was held today in Washington.\n"
    document = parse_transcript(page, "page")
    # Before: 53 words made it running text, the page untitled and the speech no one's.
    assert document.title == title
    assert speaker_of(page, "two plus two meeting") == "Sergey Lavrov"


def test_two_names_before_a_summit_are_whose_summit_it_is() -> None:
    names = {"putin": "Vladimir Putin", "trump": "Donald Trump", "lavrov": "Sergey Lavrov"}
    question = (
        "kremlin aide what will russia and the us be busy with before the trump putin meeting"
    )
    # Before: both leaders filtered the answers to their own words.
    parsed = parse_query(question, names)
    assert parsed.speakers == ()
    assert set(parsed.topic_speakers) == {"Donald Trump", "Vladimir Putin"}
    assert parse_query("Lavrov meeting with Kerry: what was agreed", names).speakers == (
        "Sergey Lavrov",
    )


def test_a_post_before_the_verb_beats_a_name_inside_what_was_answered() -> None:
    page = (
        "Премьер-министр Владимир Путин не собирается заводить аккаунт в соцсетях, сообщил его "
        "пресс-секретарь Дмитрий Песков.\n\n"
        "Пресс-секретарь ответил и на вопрос, почему Путин скрывает своих дочерей от общества. "
        "«Это личный выбор и личное решение. Мы все должны относиться к этому с уважением»."
    )
    # Before: the name inside the question took the sentence, and the quote after it.
    assert speaker_of(page, "почему Путин скрывает") == "Dmitry Peskov"
    assert speaker_of(page, "личный выбор") != "Vladimir Putin"


def test_the_president_is_medvedev_when_the_story_says_so_right_after_his_words() -> None:
    page = (
        "Медведев: решение о признании окончательное\n\n"
        "Дмитрий Медведев заявил, что решение о признании является окончательным. По словам "
        "президента, оно законно.\n\n"
        "Как сообщал сайт, сегодня исполняется год с того решения.\n\n"
        "«Я о решении не жалею, и мы будем его исполнять», — сказал президент."
    )
    # Before: Medvedev was never "the president" of a story, and the quote was no one's.
    assert speaker_of(page, "Я о решении не жалею") == "Dmitry Medvedev"


def test_we_russians_is_no_foreign_presidents_words() -> None:
    page = (
        "Russian ambassador to the Philippines Igor Khovaev said ties were growing fast.\n\n"
        "Khovaev said Russia wanted to help the administration of President Rodrigo Duterte. "
        "Duterte will be visiting Russia this April.\n\n"
        "“We Russians, we have a lot to offer to the Philippines. Our aim is to become a reliable "
        "partner,” he said."
    )
    # Before: "he" was the president named last, who is no Russian.
    assert speaker_of(page, "We Russians") == "Igor Khovaev"


def test_an_ambassador_in_an_israeli_papers_spelling_is_the_tables() -> None:
    page = (
        "Russia’s ambassador to Israel Alexander Shane on Tuesday told Channel 1 News that Russia "
        "takes Israel’s interests into account.\n\n"
        "“There is no alternative to the present government,” the ambassador said."
    )
    # Before: the page's spelling made a person the table did not hold.
    assert speaker_of(page, "takes Israel") == "Alexander Shein"
    assert speaker_of(page, "no alternative") == "Alexander Shein"


def test_the_press_departments_deputy_and_the_latin_america_director_are_known() -> None:
    briefing = (
        "Briefing by Deputy Director of the Information and Press Department of the Russian "
        "Foreign Ministry A.E.Nastasin (July 3, 2024)\n\n"
        "The Ukrainian crisis\n\n"
        "Kiev keeps shelling the towns of Donbass.\n"
    )
    # Before: "A.E.Nastasin" was shown as written, a name no other page of him uses.
    assert speaker_of(briefing, "keeps shelling") == "Andrey Nastasyin"
    story = (
        "Alexander Schetinin, who heads the Latin America department of the Russian Foreign "
        "Ministry, arrived in Caracas.\n\nSchetinin said the region was no one's backyard.\n"
    )
    assert speaker_of(story, "no one's backyard") == "Alexander Shchetinin"


def test_his_own_interview_between_the_name_and_the_verb() -> None:
    page = (
        "Директор департамента экономического сотрудничества МИД РФ Дмитрий Биричевский в своем "
        "интервью РИА Новостям сообщил, что санкционная политика оторвана от реальности.\n\n"
        '"Такая политика опирается на логику, оторванную от действительности", — сказал '
        "Биричевский."
    )
    # Before: «в своем интервью» hid the subject, and the quote after it was no one's.
    assert speaker_of(page, "опирается на логику") == "Dmitry Birichevsky"
