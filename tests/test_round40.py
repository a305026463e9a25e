"""Round 40: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.query import parse_query
from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

# A radio station's transcript copied without its bold: each turn opens with the speaker's
# initial and surname and nothing after them, no colon, no dash.
_BARE_LABELS = """\
Вопросы к интервью

А.Венедиктов Сергей Семёнович Собянин, мэр Москвы, у нас в студии.

С.Собянин Здравствуйте, Алексей Алексеевич.

А.Венедиктов 12 новых станций метро за год. Зачем так много сразу?

С.Собянин Город растёт быстрее, чем мы успевали строить. Мы должны были догнать спрос на \
поездки, иначе пробки съели бы всё.

А.Венедиктов А что с тарифами?

С.Собянин Тарифы останутся на уровне инфляции, без скачков. Это наше твёрдое решение.
"""


def test_a_transcript_whose_labels_lost_their_colons_has_its_turns() -> None:
    # Before: no paragraph had a label, so the whole page was one unknown speaker's text.
    document = parse_transcript(_BARE_LABELS, "page")
    speakers = {p.speaker for p in document.passages}
    assert {"Sergei Sobyanin", "Alexander Venediktov"} <= speakers
    said = {p.text.split()[0]: (p.speaker, p.role) for p in document.passages}
    assert said["Город"] == ("Sergei Sobyanin", "answer")
    assert said["Тарифы"] == ("Sergei Sobyanin", "answer")
    # The host is the one who asks; the label's words are no longer in the text.
    assert said["А"] == ("Alexander Venediktov", "question")
    assert not any(p.text.startswith(("С.Собянин", "А.Венедиктов")) for p in document.passages)


def test_one_person_opening_paragraphs_so_is_not_an_interview() -> None:
    # A story whose paragraphs open with one official's initials twice is narration.
    story = """\
Мэрия о транспорте

С.Собянин Открыл сегодня три станции на юге города.

С.Собянин Также осмотрел новое депо.
"""
    document = parse_transcript(story, "page")
    assert all(p.text.startswith("С.Собянин") for p in document.passages)


# A regional site's digest of a phone-in: a lead saying its reporter picked the quotes, then
# a topic line ending in a colon over each quote.
_PICKED_QUOTES = """\
12 декабря прошла ежегодная пресс-конференция президента Российской Федерации Владимира \
Путина. Наш корреспондент отобрал главные цитаты с пресс-конференции президента.
О бюджете:
«Бюджет следующего года сбалансирован, дефицита мы не допустим».
О дорогах:
«Федеральные трассы будем строить вместе с регионами, денег на это хватит».
"""


def test_a_digest_of_picked_quotes_gives_each_quote_to_the_one_whose_they_are() -> None:
    # Before: the lead named him only in the genitive and no quote had a verb of saying, so
    # every quote was nobody's.
    assert speaker_of(_PICKED_QUOTES, "дефицита мы не допустим") == "Vladimir Putin"
    assert speaker_of(_PICKED_QUOTES, "денег на это хватит") == "Vladimir Putin"
    # A topic line is the site's subhead: no one's words, and not inside his quote.
    document = parse_transcript(_PICKED_QUOTES, "page")
    roads = next(p for p in document.passages if "О дорогах:" in p.text)
    assert roads.speaker != "Vladimir Putin" and "денег на это хватит" not in roads.text
    # Without the lead's sentence about the quotes, nobody is said to have picked them.
    bare = _PICKED_QUOTES.replace(
        " Наш корреспондент отобрал главные цитаты с пресс-конференции президента.", ""
    )
    assert speaker_of(bare, "денег на это хватит") != "Vladimir Putin"


# A wire story: an agency passes on an official's comment, named after the agency.
_AGENCY_COMMENT = """\
Разведка о высылках

Директор Службы внешней разведки Сергей Нарышкин ответил на заявления западных политиков о \
провале российской разведки.

Премьер-министр Великобритании Тереза Мэй заявила, что высылки подорвали возможности России.

— Это выдумки. Работа идёт как шла, — приводит ТАСС комментарий Нарышкина.

— Мы ответили зеркально, — приводит РИА "Новости" комментарий Нарышкина.
"""


def test_an_agency_passing_on_someones_comment_quotes_him() -> None:
    # Before: only «приводит слова X» was read so; «приводит ... комментарий X» left the
    # quote to no one (with a quoted agency name between, too).
    assert speaker_of(_AGENCY_COMMENT, "Это выдумки") == "Sergey Naryshkin"
    assert speaker_of(_AGENCY_COMMENT, "Мы ответили зеркально") == "Sergey Naryshkin"


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Что Путин сказал на прямой линии 2010 года об инфляции?", 2010),
        ("Путин на пресс-конференции 2018 года о пенсиях", 2018),
        ("Лавров на брифинге 5 мая 2019 года о Сирии", 2019),
        ("What did Putin say at his 2018 press conference about pensions?", 2018),
        ("Putin in the 2014 Valdai speech on sanctions", 2014),
    ],
)
def test_a_bare_year_of_the_occasion_is_a_date_filter(question: str, year: int) -> None:
    # Before: only "в 2010 году" / "in 2010" dated a question; a year written with the
    # occasion was a search word.
    parsed = parse_query(question)
    assert parsed.date_from is not None and parsed.date_to is not None
    assert parsed.date_from.year == year and parsed.date_to.year == year
    assert str(year) not in parsed.text


@pytest.mark.parametrize(
    "question",
    [
        "Лавров о договоре 2010 года",
        "Что Лавров сказал о послании 2009 года?",
        "Why was the 2009 address to the Federal Assembly prepared differently?",
        "Lavrov on the 2010 treaty",
    ],
)
def test_a_year_of_what_is_spoken_of_is_no_filter(question: str) -> None:
    parsed = parse_query(question)
    assert parsed.date_from is None and parsed.date_to is None


def test_a_day_and_month_with_the_occasion_narrow_to_that_month() -> None:
    parsed = parse_query("Захарова на брифинге 12 марта 2020 года о коронавирусе")
    assert (parsed.date_from, parsed.date_to) == (dt.date(2020, 3, 1), dt.date(2020, 3, 31))


# An agency's story of the President's aide: the lead quotes him, then a sentence of what the
# President did, then a quote closed with "he told reporters".
_AIDE_STORY = """\
The summit should be prepared with care, Ushakov said.

MOSCOW, June 3. A meeting of the two leaders should be carefully prepared, presidential \
aide Yuri Ushakov said.

Putin called Erdogan on Tuesday from his residence near Moscow.

"The agenda will be settled by the teams in the coming weeks. Nothing is fixed yet," he \
told reporters.
"""


def test_a_phone_call_is_no_saying_and_he_is_the_aide_after_it() -> None:
    # Before: "Putin called Erdogan" read as a verb of saying, so the sentence was Putin's
    # words and "he told reporters" named him too.
    assert speaker_of(_AIDE_STORY, "Putin called Erdogan") != "Vladimir Putin"
    assert speaker_of(_AIDE_STORY, "The agenda will be settled") == "Yuri Ushakov"
    # "called" is still saying when it names what was called so, or calls on someone.
    named = _AIDE_STORY.replace(
        "Putin called Erdogan on Tuesday from his residence near Moscow.",
        'Putin called the plan "a good start".',
    )
    assert speaker_of(named, "Putin called the plan") == "Vladimir Putin"


# A wire story that names the head of a service by the service's initials before and after
# naming him in full with the post spelt out.
_HEAD_BY_INITIALS = """\
Глава ФСБ отметил, что обмен данными с зарубежными коллегами продолжается.

Директор Федеральной службы безопасности Александр Бортников выступил на совещании \
руководителей спецслужб СНГ.

Глава ФСБ также прокомментировал задержание группы вербовщиков в Поволжье.
"""


def test_the_head_of_a_service_by_its_initials_is_the_one_named_with_it_spelt_out() -> None:
    # Before: "Глава ФСБ" named no one the page knew, so both sentences were nobody's.
    assert speaker_of(_HEAD_BY_INITIALS, "обмен данными") == "Alexander Bortnikov"
    assert speaker_of(_HEAD_BY_INITIALS, "задержание группы") == "Alexander Bortnikov"
    # Initials that spell another body name no one.
    other = _HEAD_BY_INITIALS.replace("Глава ФСБ", "Глава МЧС")
    assert speaker_of(other, "обмен данными") != "Alexander Bortnikov"


# A translation site's copy of a television interview: the title names the minister, the
# lead says he gave it and names the President only for a decree; questions and answers follow
# with no labels.
_TITLED_INTERVIEW = """\
Interview With Minister Of Defense Of The Russian Federation S.K. Shoigu

On March 2, the Russian Minister of Defence gave an interview to a television channel. He spoke \
about the exercises announced the day before by President Vladimir Putin.

How would you describe the readiness of the troops today?

Our units carry out every task set for them, and I can say the exercises show that readiness \
is high.

What comes next for the reservists?

We will train them in stages, and we will not keep anyone longer than the law allows.
"""


def test_an_interview_title_names_who_answers_over_a_person_named_in_the_lead() -> None:
    # Before: the one person the lead named in full, the President, took every answer.
    assert speaker_of(_TITLED_INTERVIEW, "exercises show") == "Sergei Shoigu"
    assert speaker_of(_TITLED_INTERVIEW, "train them in stages") == "Sergei Shoigu"


# A blog's copy of a regional story run into one paragraph: narration, then a dash quote that
# closes with ", — отметил губернатор", then narration again.
_ONE_PARAGRAPH_STORY = (
    "Губернатор Белгородской области Вячеслав Гладков ответил на вопросы журналистов о "
    "ситуации в приграничье. Ведущая спросила о настроении жителей. — Люди держатся, хотя "
    "обстрелы идут каждый день. Мы восстановили все школы к сентябрю, — отметил губернатор. "
    "Он также рассказал о планах на зиму."
)


def test_a_dash_quote_run_into_a_one_paragraph_story_is_the_sayers_whole() -> None:
    # Before: the quote's first sentences stayed in the narration's passage, nobody's.
    assert speaker_of(_ONE_PARAGRAPH_STORY, "Люди держатся") == "Vyacheslav Gladkov"
    assert speaker_of(_ONE_PARAGRAPH_STORY, "Ведущая спросила") != "Vyacheslav Gladkov"


def test_answers_in_the_present_tense_of_a_live_blog_are_the_answerers() -> None:
    blog = """\
Разговор с премьером. Текстовая трансляция

13:58
Как все — дома с семьёй, отвечает Медведев.
"""
    assert speaker_of(blog, "дома с семьёй") == "Dmitry Medvedev"


def test_the_day_a_treaty_expires_is_not_the_pages_date() -> None:
    # Before: the lead's second sentence gave its only full date, the treaty's end, as the
    # day the words were said.
    page = """\
Ryabkov Says No New Answer From Washington On The Treaty

Speaking to graduate students on Oct. 24, Russian Deputy Foreign Minister Sergey Ryabkov \
answered their questions about arms control.

One student asked about the treaty, which limits strategic arms, and expires in less than three \
months on Feb. 4, 2026. The student noted that Washington had made no public statements on it.

"We have made our proposal and we are waiting for an answer," Ryabkov said.
"""
    document = parse_transcript(page, "page")
    assert document.date != dt.date(2026, 2, 4)
    # A date that is the event's, in the same place, is still read.
    held = page.replace("and expires in less than three months on", "was discussed on")
    assert held != page
    assert parse_transcript(held, "page").date == dt.date(2026, 2, 4)


def test_a_digest_credit_line_dates_the_item() -> None:
    page = """\
JRL HOME - RSS - Support

[TRANSCRIPT] Interview to Russian television channels
kremlin.ru - 4.26.12 - JRL 2012-79

DMITRY MEDVEDEV: We started the reform of the political system long before the rallies.
"""
    assert parse_transcript(page, "page").date == dt.date(2012, 4, 26)
    # A two-digit year that is not the is no date.
    other = page.replace("4.26.12", "4.26.11")
    assert parse_transcript(other, "page").date is None


def test_a_statements_subhead_under_a_storys_lead_is_no_title() -> None:
    # Before: the subhead was taken for the title and the lead above it was dropped as clutter
    # (text lost).
    page = """\
Постоянный представитель России при ООН Василий Небензя / © Фото агентства

Постоянный представитель России при ООН Василий Небензя выступил с неожиданным заявлением о \
своей семье. На заседании он рассказал о своих предках.

Все произошло 3 марта во время заседания Совета Безопасности ООН.

Заявления Небензи в ООН

"Мой дед строил железные дороги на юге, и я этим горжусь", - сказал Небензя.
"""
    document = parse_transcript(page, "page")
    assert document.title != "Заявления Небензи в ООН"
    text = " ".join(p.text for p in document.passages)
    assert "выступил с неожиданным заявлением" in text
    assert speaker_of(page, "Мой дед строил") == "Vassily Nebenzia"


# An agency's story of a minister's report to the President: the minister is the story's
# sayer; the President, named but never called president, closes with "сказал президент".
_MINISTERS_REPORT = """\
Министр финансов Антон Силуанов доложил о исполнении бюджета на встрече с Владимиром Путиным.

«Доходы выросли быстрее, чем мы ожидали», — отметил Силуанов.

Путин поручил ему следить за долгом регионов. «Держите это на контроле каждый месяц», — сказал \
президент.
"""


def test_the_president_is_russias_when_the_story_names_only_him() -> None:
    # Before: with nobody called president yet, "the president" named no one.
    assert speaker_of(_MINISTERS_REPORT, "Держите это на контроле") == "Vladimir Putin"
    assert speaker_of(_MINISTERS_REPORT, "Доходы выросли") == "Anton Siluanov"
    # With a foreign leader named too, "the president" may be either: nobody's.
    two = _MINISTERS_REPORT.replace(
        "на встрече с Владимиром Путиным.",
        "на встрече с Владимиром Путиным. Накануне Реджеп Тайип Эрдоган заявил, что приедет.",
    )
    assert speaker_of(two, "Держите это на контроле") != "Vladimir Putin"


def test_brief_abstracts_of_a_briefing_are_the_spokeswomans() -> None:
    # Before: "Brief abstracts:" announced nothing, so every bullet under it was nobody's.
    page = """\
M.V. Zakharova Briefing March 3rd, 2023

From the briefing of the official representative of the Russian Foreign Ministry \
M.V. Zakharova, March 3, 2023.

Brief abstracts:

• We call on the sides to return to the negotiating table without preconditions.

• The attempts to isolate Russia at the forum have failed once again.
"""
    assert speaker_of(page, "return to the negotiating table") == "Maria Zakharova"
    assert speaker_of(page, "attempts to isolate Russia") == "Maria Zakharova"


# A paper's digest of the spokesman's briefing: its lead names the President (the topic) and
# hands over "the Kremlin representative's main statements"; a gallery's buttons and a photo
# credit stand between, and topic lines without colons head the points.
_KREMLIN_DIGEST = """\
Пресс-секретарь президента России Дмитрий Песков ответил на вопросы журналистов в ходе \
брифинга. Он прокомментировал поездку Владимира Путина в регионы. Главные заявления \
представителя Кремля — в подборке «Ъ».

Выйти из полноэкранного режима Развернуть на весь экран Пресс-секретарь президента РФ Дмитрий Песков

Фото: Дмитрий Азаров, Коммерсантъ

О поездке в регионы

График поездки пока не утверждён, решение будет принято на этой неделе.

О переговорах

Контакты с американской стороной продолжаются на уровне экспертов.
"""


def test_a_digest_of_the_kremlin_voice_is_the_spokesmans_past_a_gallery_and_credits() -> None:
    # Before: the gallery's line ended the list, and the lead's main sayer was taken to be
    # the President it names.
    assert speaker_of(_KREMLIN_DIGEST, "График поездки") == "Dmitry Peskov"
    assert speaker_of(_KREMLIN_DIGEST, "Контакты с американской") == "Dmitry Peskov"
    # A topic line without its colon is a subhead too: the list goes on under it.
    document = parse_transcript(_KREMLIN_DIGEST, "page")
    talks = next(p for p in document.passages if "О переговорах" in p.text)
    assert talks.speaker != "Dmitry Peskov"
    # The gallery's buttons and the credit are no one's words.
    assert not any("полноэкранного" in p.text for p in document.passages)


def test_the_permanent_representative_at_an_organisation_is_the_storys_envoy() -> None:
    # Before: "при ООН" after the post made it someone else's post, nobody we could name.
    story = """\
Небензя заявил, что не видит роли ООН в переговорах

Об этом заявил постпред России при ООН Василий Небензя в интервью агентству.

«Секретариат давно занял сторону в конфликте», — отметил постоянный представитель при ООН.
"""
    assert speaker_of(story, "Секретариат давно занял") == "Vassily Nebenzia"
    # The organisation's own spokesman is someone else.
    other = story.replace("постоянный представитель при ООН", "представитель ООН")
    assert speaker_of(other, "Секретариат давно занял") != "Vassily Nebenzia"


def test_a_foreign_leader_named_only_in_oblique_cases_is_not_the_storys_speaker() -> None:
    # A TV channel's write-up of an interview: the guest named once in the nominative, the
    # American president only as whom it is about (dative, prepositional), more often.
    page = """\
Новый гость программы — пресс-секретарь президента России Дмитрий Песков. В эфире он \
рассказал об отношении к американскому коллеге Джо Байдену и о переговорах.

О Байдене. «Каналы общения при Байдене работают, и это важно».

О переговорах. «Мы готовы говорить, когда другая сторона будет готова».
"""
    # Before: the one known official the story named most, Biden, took every paragraph.
    assert speaker_of(page, "Каналы общения") != "Joe Biden"
    assert speaker_of(page, "Мы готовы говорить") != "Joe Biden"


def test_the_surname_after_answered_the_journalists_is_the_sayer() -> None:
    page = """\
Губернатор прокомментировал слухи об отставке

Врио губернатора Ярославской области Михаил Евраев прокомментировал слухи о своей отставке.

«Я к этому отношусь равнодушно, у меня много работы», — ответил журналистам Евраев.
"""
    # Before: the word between the verb and the surname hid him; the quote was nobody's.
    assert speaker_of(page, "отношусь равнодушно") == "Mikhail Evraev"


def test_of_two_officials_named_as_often_the_one_named_first_is_the_storys() -> None:
    # A blogger's retelling: no sentence names its sayer in full with a verb of saying, Ivanov
    # and Putin are each named in full once; Ivanov first.
    page = """\
Sergei Ivanov gave his first interview after he left the Presidential Administration.

To which Ivanov answered:

"This is pure invention. No such ministry is planned."

He also said that such a move would be a mistake.

Many thought Vladimir Putin had other plans for the administration.
"""
    # Before: the table's order decided the tie, and Putin, listed first, took the story.
    assert speaker_of(page, "He also said that such a move") == "Sergei Ivanov"
    assert parse_transcript(page, "page").passages  # the page loads
    assert all(p.speaker != "Vladimir Putin" for p in parse_transcript(page, "page").passages)


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Губернатор Курской области Роман Старовойт", "Roman Starovoit"),
        ("Врио губернатора Ярославской области Михаил Евраев", "Mikhail Evraev"),
        ("Мэр Москвы Сергей Собянин", "Sergei Sobyanin"),
        ("Губернатор Брянской области Александр Богомаз", "Alexander Bogomaz"),
    ],
)
def test_regional_heads_are_shown_as_their_offices_write_them(words: str, name: str) -> None:
    page = f"""\
Губернатор ответил на вопросы журналистов

{words} ответил на вопросы журналистов.

«Работа идёт по плану, сроки не сдвигаются», — сказал он.
"""
    assert speaker_of(page, "Работа идёт по плану") == name


def test_an_answer_run_into_the_question_before_its_label_is_the_answerers() -> None:
    # A print page repeats the start of the answer, unlabelled, under the question.
    page = """\
Вопрос: Спасибо за приём. Почему же сейчас Вы приняли такое решение?
Это был трудный выбор. Мы долго пытались сохранить прежний порядок и шли на уступки.
Д.Медведев: Это вариант наименьшего зла, и мы его приняли осознанно.
"""
    # Before: the paragraph stayed in the question's turn, the interviewer's words.
    assert speaker_of(page, "Мы долго пытались") == "Dmitry Medvedev"
    # A follow-up of the interviewer that does not speak as "we" stays his.
    remark = page.replace(
        "Это был трудный выбор. Мы долго пытались сохранить прежний порядок и шли на уступки.",
        "Это важный вопрос для наших читателей.",
    )
    assert speaker_of(remark, "Это важный вопрос") != "Dmitry Medvedev"


def test_a_conference_sites_fields_over_a_speech_are_no_ones_turn() -> None:
    # A repost of a security conference's page: its fields name the speaker, "Surname, Given".
    page = """\
Putin's full speech at the security conference

Speaker:
Putin, Wladimir W.
Function:
President, Russian Federation
Nation/Organisation: Russian Federation

Thank you very much, dear colleagues. This format allows me to say what I really think about \
international security.
"""
    # Before: "Speaker:" was the label of an anonymous speaker, who took the speech.
    assert speaker_of(page, "what I really think") == "Vladimir Putin"
    assert not any("Function" in p.text for p in parse_transcript(page, "page").passages)


# A wire story: two officials deny something together, then each is quoted by surname.
_JOINT_DENIAL = """\
Власти двух областей отрицают вторую волну мобилизации

Губернатор Рязанской области Павел Малков и военный комиссар Ростовской области Игорь \
Егоров сказали, что второй волны мобилизации нет.

«Никакой речи про вторую волну не идёт», — отметил Малков.

По словам Егорова, «никаких волн не существует». Он добавил, что призыв специалистов идёт.
"""


def test_a_joint_statement_is_no_one_persons_and_each_is_quoted_by_surname_after() -> None:
    # Before: the plural verb's nearer name took the joint sentence, and the surname alone
    # after it named no one the page had had say anything.
    assert speaker_of(_JOINT_DENIAL, "второй волны мобилизации нет") not in (
        "Igor Yegorov",
        "Pavel Malkov",
    )
    assert speaker_of(_JOINT_DENIAL, "Никакой речи") == "Pavel Malkov"
    assert speaker_of(_JOINT_DENIAL, "никаких волн") == "Igor Yegorov"
    assert speaker_of(_JOINT_DENIAL, "призыв специалистов") == "Igor Yegorov"


def test_a_second_verb_after_but_is_the_sentences_subjects() -> None:
    page = """\
Russian Defense Minister On The Army

Shoigu gave his first long interview in seven years to a Moscow daily.

The Russian Defense chief agreed completely, but said that a strong army is needed so that \
there is no war.
"""
    # Before: the clause before "but said" was read as the subject, naming no one.
    assert speaker_of(page, "a strong army is needed") == "Sergei Shoigu"


def test_the_governor_alone_is_the_one_the_page_names_with_that_post() -> None:
    page = """\
Губернатор опроверг слухи о переводе в Москву

Губернатор Курской области Роман Старовойт прокомментировал разговоры о своём переводе.

Губернатор добавил, что многое предстоит сделать в области из того, что запланировано.
"""
    # Before: "Губернатор" alone named no one.
    assert speaker_of(page, "многое предстоит сделать") == "Roman Starovoit"
    # With two governors named, "the governor" names no one.
    two = page.replace(
        "прокомментировал разговоры о своём переводе.",
        "прокомментировал разговоры о своём переводе. Губернатор Брянской области Александр "
        "Богомаз промолчал.",
    )
    assert speaker_of(two, "многое предстоит сделать") != "Roman Starovoit"


@pytest.mark.parametrize(
    "closing",
    ["— сказал в ходе брифинга дипломат.", "— заявил в интервью РИА Новости министр."],
)
def test_a_post_after_where_it_was_said_closes_the_quote(closing: str) -> None:
    page = f"""\
Лавров о переговорах

Министр иностранных дел России Сергей Лавров провёл переговоры в Москве.

«Мы готовы продолжать диалог без предварительных условий», {closing}
"""
    # Before: the circumstance after the verb hid the post at the sentence's end.
    assert speaker_of(page, "готовы продолжать диалог") == "Sergey Lavrov"
    # Another country's post there is someone else.
    foreign = page.replace(closing, "— сказал в интервью украинский министр.")
    assert speaker_of(foreign, "готовы продолжать диалог") != "Sergey Lavrov"
