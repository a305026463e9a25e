"""Round 33: layouts met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.transcript import parse_transcript
from tests.conftest import first_hit, index_of, pages_index, speaker_of

# A news channel's write-up of a weekly briefing: the channel's icon names, a date stamp, a
# quoted headline, a lead naming the spokesman, then the briefing under his bare initials.
_INITIALLED_BRIEFING = """\
icon bookmark icon camera icon check icon chevron down icon close icon search icon share
12 Mar, 2009 10:05

“Moscow expects a clear answer on the missile shield”

Moscow is still waiting for Washington's answer on the missile shield in Europe, said Russian \
Foreign Ministry spokesman Andrey Nesterenko at his weekly briefing on Thursday.

He also spoke about the coming visit of the President of Chile and about the talks on Moldova.

A.N.: Good afternoon, colleagues. Let me begin with the visit of the President of Chile, which \
will open a new page in the relations between Moscow and Santiago.

Question: When will the talks on Transnistria resume?

A.N.: The mediators have agreed to meet in Vienna next month, and we hope that the sides \
will be ready to sign the protocol on freedom of movement.
"""


def test_bare_initials_over_a_briefing_are_the_one_person_the_lead_names_so() -> None:
    # Before: "A.N." was shown as the speaker's name ("A.N"), a name no one would look for.
    assert speaker_of(_INITIALLED_BRIEFING, "freedom of movement") == "Andrey Nesterenko"
    assert speaker_of(_INITIALLED_BRIEFING, "a new page in the relations") == "Andrey Nesterenko"


def test_bare_initials_that_fit_two_people_named_on_the_page_stay_unresolved() -> None:
    page = _INITIALLED_BRIEFING.replace(
        "He also spoke", "Ambassador Alexei Naumov was there. He also spoke"
    )
    assert speaker_of(page, "freedom of movement") != "Andrey Nesterenko"
    assert speaker_of(page, "freedom of movement") != "Alexei Naumov"


# A mission's site: a skip link, the title, then the title again broken over three lines with
# the date, then the speech.
_TITLE_COPY_OVER_LINES = """\
Skip to Content

Statement by Sergey Ryabkov, Deputy Foreign Minister of the Russian Federation, at the \
Conference on Disarmament on the theme "Missiles in Europe after the treaty"

Statement by Sergey Ryabkov, Deputy Foreign Minister of the Russian Federation, at the \
Conference on Disarmament
on the theme "Missiles in Europe after the treaty",
12 March 2020


Dear colleagues,

Let me start by thanking the Chair for the chance to set out how Moscow sees the situation \
with intermediate-range missiles since the treaty ended.

We have offered a moratorium on deploying such missiles in Europe, and we have received \
no serious answer from the capitals of the alliance so far.
"""


def test_a_copy_of_the_title_broken_over_lines_leaves_the_speech_to_its_speaker() -> None:
    # Before: the copy's first line, a piece of the title naming him in the third person,
    # was read as the page's text, and the whole speech was left to no one.
    assert speaker_of(_TITLE_COPY_OVER_LINES, "a moratorium on deploying") == "Sergey Ryabkov"
    assert speaker_of(_TITLE_COPY_OVER_LINES, "thanking the Chair") == "Sergey Ryabkov"


# A regional agency's exclusive: a rubric in capitals before the headline, the agency's
# reprint notice glued to its dateline, a section heading, then the answers in the first person.
_RUBRIC_HEADLINE_INTERVIEW = """\
ПУБЛИКАЦИИ
ЭКСКЛЮЗИВ БАЛТИНФОРМ: Заместитель министра иностранных дел Российской Федерации Григорий \
Карасин рассказывает о связях Москвы с Ригой и Вильнюсом (14.05.2013)

Рига, 20 мая, БАЛТИНФОРМ. При использовании материала - перепечатке или цитировании - прямая \
активная ссылка на БАЛТИНФОРМ обязательна.

Транзит, визы и соотечественники

Весной этого года мы договорились упростить транзит грузов через Литву в Калининградскую \
область, и первые результаты уже видны на границе.

Что касается виз, мы готовы обсуждать их отмену для жителей приграничных районов, если \
партнёры ответят взаимностью.
"""


def test_a_rubric_in_capitals_before_the_headline_is_no_speaker_label() -> None:
    # Before: «ЭКСКЛЮЗИВ БАЛТИНФОРМ:» was read as a speaker's label, the page had no title and
    # the deputy minister's answers were no one's.
    doc = parse_transcript(_RUBRIC_HEADLINE_INTERVIEW, "ru_karasin_agency_exclusive")
    assert "Карасин" in doc.title
    assert doc.date is not None and doc.date.isoformat() == "2013-05-14"
    assert speaker_of(_RUBRIC_HEADLINE_INTERVIEW, "упростить транзит") == "Grigory Karasin"
    assert speaker_of(_RUBRIC_HEADLINE_INTERVIEW, "отмену для жителей") == "Grigory Karasin"


def test_an_agency_reprint_notice_is_nobody_s_words() -> None:
    doc = parse_transcript(_RUBRIC_HEADLINE_INTERVIEW, "ru_karasin_agency_exclusive")
    assert not [p for p in doc.passages if "ссылка на" in p.text]


# A paper's excerpts from a spokeswoman's online chat: each reader's dash question signed on
# the next line with the reader's name and country, then her dash answer.
_READERS_CHAT = """\
Мария Захарова: Диалог с соседями никогда не прерывался

Официальный представитель МИД Мария Захарова ответила на вопросы читателей в онлайн-чате. \
Газета приводит выдержки из этого разговора.

— Почему Россия не отвечает на упрёки партнёров по ОБСЕ? Разве молчание не признание?
Joao Pereira, Португалия

— Мы отвечаем на каждый упрёк, просто не всегда это попадает в заголовки новостей.

— Будет ли восстановлено авиасообщение с Грузией?
Nino Beridze, Тбилиси

— Это зависит не только от нас, но мы готовы к такому решению.
"""


def test_a_reader_s_name_and_country_under_a_chat_question_is_no_label_of_the_answer() -> None:
    # Before: "Joao Pereira, Португалия" over the answer was read as its speaker's label, so
    # Zakharova's answers were given to the readers who asked.
    assert speaker_of(_READERS_CHAT, "попадает в заголовки") == "Maria Zakharova"
    assert speaker_of(_READERS_CHAT, "готовы к такому решению") == "Maria Zakharova"
    asked = speaker_of(_READERS_CHAT, "авиасообщение")
    assert asked not in ("Maria Zakharova", "Nino Beridze")


# A mission's page: its title names the ambassador's interview, one capitalised question
# label, then the answer's paragraphs with no label (the page is cut after them).
_ONE_QUESTION_INTERVIEW = """\
Russian Permanent Representative to the International Organisations in Vienna, Ambassador \
Mikhail Ulyanov, in his interview with “RIA Novosti”:
Russian Permanent Representative to the International Organisations in Vienna, Ambassador \
Mikhail Ulyanov, in his interview with “RIA Novosti”:
December 12, 2023
QUESTION: Many say the OSCE has lost its purpose. Is it still worth keeping Russia's \
delegation in Vienna, and what do you expect from the ministers' meeting?
Our delegation stays in Vienna because the organisation remains one of the few places where \
Russia and the West still sit at one table.
We expect little from the ministers' meeting: the consensus rule is being ignored by those \
who chair it, and the budget has not been agreed for three years.
"""

# A ministry channel's repost of an interview: the title twice, a byline, the question in
# bold without a label, then the answer under a speech-bubble emoji and the speaker's name.
_EMOJI_LABEL_INTERVIEW = """\
Maria Lebedeva's Interview with Izvestia

Maria Lebedeva's Interview with Izvestia

Russian MFA
Maria Lebedeva, Deputy Permanent Representative of the Russian Federation to UNESCO

What are the chances that the Russian candidate will be elected to the Executive Board?

💬 Maria Lebedeva: We have the support of most of the regional groups, and the vote \
in November will show that Russia is not isolated in this organisation.
"""


def test_one_question_label_under_a_title_naming_the_interviewee_leaves_the_answer_to_him() -> None:
    # Before: with a single "QUESTION:" label the answer's paragraphs ran on as the question.
    assert speaker_of(_ONE_QUESTION_INTERVIEW, "sit at one table") == "Mikhail Ulyanov"
    assert speaker_of(_ONE_QUESTION_INTERVIEW, "budget has not been agreed") == "Mikhail Ulyanov"
    assert speaker_of(_ONE_QUESTION_INTERVIEW, "lost its purpose") == "Question"


def test_an_emoji_before_a_speaker_label_is_no_part_of_it() -> None:
    # Before: "💬 Maria Lebedeva:" was no label, and the question and the answer were read
    # as one paragraph of hers.
    assert speaker_of(_EMOJI_LABEL_INTERVIEW, "regional groups") == "Maria Lebedeva"
    assert speaker_of(_EMOJI_LABEL_INTERVIEW, "What are the chances") == "Question"


# A paper's page: a photo credit, a lead telling whom the envoy commented for and announcing
# "the envoy's answers to our correspondent's questions" below, then the dash interview.
_ANSWERS_ANNOUNCED = """\
Фото Ивана Петрова
Вчера постпред РФ при ОБСЕ Александр ЛУКАШЕВИЧ прокомментировал для «Независимой газеты» и \
агентств итоги заседания Постоянного совета. Решение совета он назвал поспешным. Ниже \
приводятся ответы постпреда на вопросы корреспондента «НГ» Ивана ПЕТРОВА.
- Можно ли говорить о том, что мониторинговая миссия выполнила свою задачу?
- Миссия выполнила то, что было возможно в тех условиях. Наблюдатели фиксировали нарушения \
с обеих сторон, и это отражено в их отчётах.
- А что дальше?
- Дальше всё зависит от того, готовы ли стороны выполнять минские договорённости.
"""


def test_a_lead_announcing_the_envoy_s_answers_gives_him_the_dash_answers() -> None:
    # Before: «ответы постпреда на вопросы корреспондента» was not read as announcing an
    # interview, and the answers were no one's.
    assert speaker_of(_ANSWERS_ANNOUNCED, "фиксировали нарушения") == "Alexander Lukashevich"
    assert speaker_of(_ANSWERS_ANNOUNCED, "минские договорённости") == "Alexander Lukashevich"
    assert speaker_of(_ANSWERS_ANNOUNCED, "выполнила свою задачу") == "Question"


# A paper's interview copied with every paragraph break lost: its questions were set in bold,
# and the copy glued each to the answer after it with no space at all.
_GLUED_BOLD_QUESTIONS = (
    "Moscow is ready to help the talks, says Russia's envoy\n\n"
    "Russia wants the region's neighbours to join the talks. In an interview, Zamir Kabulov, "
    "Russia's special presidential envoy, said the movement had changed. Edited excerpts:"
    "Is there any ground for hope after the signing in Doha?There is, for sure. We welcome the "
    "agreement and believe both sides want to keep it.Much will depend on how soon the "
    "prisoners are exchanged.Will Russia talk to the movement's leaders directly?We have "
    "always kept channels open, and we will keep them open.\n"
)


def test_questions_glued_to_their_answers_are_split_from_them() -> None:
    # Before: the page was one paragraph of the lead, the questions and the answers, and no
    # word of it was the envoy's.
    assert speaker_of(_GLUED_BOLD_QUESTIONS, "both sides want to keep it") == "Zamir Kabulov"
    assert speaker_of(_GLUED_BOLD_QUESTIONS, "kept channels open") == "Zamir Kabulov"
    assert speaker_of(_GLUED_BOLD_QUESTIONS, "talk to the movement's leaders") == "Question"


# A paper's interview: a pull-quote as its headline, the title line, the lead, then the
# correspondent's dash question and the envoy's dash answer.
_PULL_QUOTE_INTERVIEW = """\
«Нам много чего приписывают»
Постпред России при ООН Василий Небензя о позиции Москвы по гуманитарной помощи Сирии
На этой неделе Совет Безопасности ООН обсудит продление резолюции о трансграничной \
гуманитарной помощи Сирии. Постпред рассказал газете о позиции Москвы.
— Есть ли у России собственный проект резолюции о трансграничной помощи?
— Важно не авторство, а содержание резолюции. У нашей делегации всегда есть свои \
соображения и заготовки, и мы их предложим партнёрам, когда начнётся работа над текстом.
"""


def test_a_short_pull_quote_does_not_go_before_the_answer_that_says_what_was_asked() -> None:
    # Before: the headline's four quoted words, all "his words", were put before his answer
    # within the page ("more" crosses to «много»), though they say nothing of what was asked.
    index = pages_index({"ru_nebenzia_paper_syria_aid.txt": _PULL_QUOTE_INTERVIEW})
    hit = first_hit(
        index, "What matters more to Nebenzia in the Syria aid resolution: who drafts it?"
    )
    assert "авторство" in hit.passage.text


# A wire story: the passive names the spokesman after a day and a date, then his quote with
# "he told"; and a paper's story whose "See also" links end with a headline naming Putin.
_PASSIVE_WITH_A_DATE = """\
Peskov spoke about Putin's plans for the holidays

Russian President Vladimir Putin will keep working over the holidays, but no major events are \
planned for next week. This was announced on Sunday, December 27, by the press secretary of \
the head of state Dmitry Peskov.

"There are no major events in the schedule, but the working meetings go on every day," he \
told RIA Novosti.
"""

_SEE_ALSO_HEADLINE = """\
Kremlin Denies Putin Trips Were Cancelled

The Kremlin has denied that Russian President Vladimir Putin's trips this week were \
cancelled, the Interfax news agency reported Wednesday.

"Nothing has been called off. We plan many trips, but we announce only those which are \
confirmed," Peskov said.

Putin has not appeared in public since his visit to Finland last week.

See also:

Putin Calls Off All Meetings for a Week

Loyalists Buy Up Land Close to Putin – Agency Investigation
"""


def test_a_passive_with_a_day_and_a_date_before_by_names_the_speaker() -> None:
    # Before: the date between "announced" and "by" hid the passive, and "he told" went to
    # the president the sentence was about (a wrong attribution).
    assert speaker_of(_PASSIVE_WITH_A_DATE, "working meetings go on") == "Dmitry Peskov"


def test_a_linked_headline_naming_putin_before_a_dash_is_no_label_of_his() -> None:
    # Before: "... Close to Putin – Agency Investigation" was read as Putin's dash label, and
    # with a labelled turn on it the story was no report: Peskov's quote was no one's.
    assert speaker_of(_SEE_ALSO_HEADLINE, "Nothing has been called off") == "Dmitry Peskov"
    assert speaker_of(_SEE_ALSO_HEADLINE, "Agency Investigation") != "Vladimir Putin"


# Three English stories that name Putin and a Russian one that names him once: on such a
# corpus «Путин» is rare and "Putin" common.
_HOLIDAY_STORY = """\
Peskov spoke about Putin's schedule over the holidays

Kremlin spokesman Dmitry Peskov said on Sunday that President Vladimir Putin had no major \
events planned for the coming week.

"There are no big events left this year, but the working meetings do not stop, they never \
stop for holidays," Peskov told reporters.
"""
_TRIP_STORY = """\
Peskov: Putin will visit the Far East in September

Kremlin spokesman Dmitry Peskov said Putin would travel to Vladivostok for the economic forum.

"The president will spend two days in Vladivostok and hold several bilateral meetings there," \
Peskov said.
"""
_CALL_STORY = """\
Peskov on Putin's phone call with the French president

Dmitry Peskov said the call between Putin and the French president had lasted an hour.

"The conversation was frank and businesslike, and the leaders agreed to stay in touch," Peskov \
said.
"""
_RUSSIAN_STORY = """\
Песков рассказал о семейных планах президента

Пресс-секретарь президента Дмитрий Песков заявил, что Путин встретит праздники в кругу семьи.

«Это личное, и мы не комментируем частную жизнь главы государства», — сказал Песков.
"""


def test_a_name_crossed_to_a_script_that_names_him_rarely_weighs_as_the_name_does(
    tmp_path: Path,
) -> None:
    # Before: «Путин», on one page of four, weighed as a rare word, and the Russian story
    # that names him went before the English one on his holidays.
    index = index_of(
        tmp_path,
        en_peskov_holidays=_HOLIDAY_STORY,
        en_peskov_trip=_TRIP_STORY,
        en_peskov_call=_CALL_STORY,
        ru_peskov_family=_RUSSIAN_STORY,
    )
    for question in (
        "Peskov on Putin's holidays",
        "Will Putin rest over the holidays, according to Peskov?",
    ):
        assert first_hit(index, question).passage.doc_id == "en_peskov_holidays"


# An embassy site's copy of a news conference: the title, then its content system's notes.
_CMS_NOTES_PAGE = """\
Foreign Minister Sergey Lavrov's remarks at a joint news conference with the Foreign Minister \
of Peru, Moscow, June 4, 2019

Tuesday, 04 June 2019 16:10
Category: Press on Bilateral Relations
Written by Ivan I Ivanov
Hits: 312

Good afternoon,

We have held useful talks with our Peruvian colleague. Peru is a long-standing partner of \
Russia in Latin America.
"""


def test_a_content_system_s_notes_are_no_part_of_the_speech() -> None:
    # Before: "Category: ..." and "Written by ..." opened the minister's first passage.
    doc = parse_transcript(_CMS_NOTES_PAGE, "en_lavrov_embassy_peru")
    assert doc.passages[0].speaker == "Sergey Lavrov"
    assert doc.passages[0].text.startswith("Good afternoon")


def test_what_the_kremlin_said_is_no_absent_person_s_words() -> None:
    # Before: "the Kremlin" was read as the name of someone no page quotes, and the answer
    # (the Kremlin spokesman's) was filtered out.
    index = pages_index(
        {"en_peskov_holidays.txt": _HOLIDAY_STORY, "en_peskov_trip.txt": _TRIP_STORY}
    )
    hit = first_hit(index, "What did the Kremlin say about Putin's trip to Vladivostok?")
    assert hit.passage.speaker == "Dmitry Peskov"
    assert "Vladivostok" in hit.passage.text


_CLINTON_STORY = """\
Лавров и Клинтон обсудили договор по СНВ

Госсекретарь США Хиллари Клинтон после встречи с Сергеем Лавровым в Женеве заявила, что \
переговоры идут хорошо.

«Мы близки к соглашению и рассчитываем завершить работу до конца года», — сказала Хиллари \
Клинтон журналистам.
"""


def test_hillary_clinton_on_a_russian_page_is_named_as_english_writes_her() -> None:
    # Before: spelt back from Russian, her name came out "Khillarya Klinton", no person the
    # story could give its lead to; and after «сказала» her first name, ending in -и, was read
    # as a case form, so the quote was no one's.
    assert speaker_of(_CLINTON_STORY, "переговоры идут хорошо") == "Hillary Clinton"
    assert speaker_of(_CLINTON_STORY, "близки к соглашению") == "Hillary Clinton"


# An agency's digest of a briefing: the lead names the spokesman's briefing, a line hands over
# his key statements, then topic headings over bulleted statements.
_BRIEFING_DIGEST = """\
Статья

Переговоры и визиты. Темы брифинга Пескова

Редакция сайта агентства
10:23

Пресс-секретарь президента РФ Дмитрий Песков

© Иван Иванов/ пресс-служба президента РФ/ агентство

Подготовка к визиту в Индию и переговоры по Украине стали во вторник основными темами \
брифинга пресс-секретаря президента России Владимира Путина Дмитрия Пескова.

Агентство собрало ключевые заявления представителя Кремля.

О визите

  • Подготовка визита в Нью-Дели идёт по плану, дата будет объявлена позже, когда стороны \
согласуют программу переговоров и список документов, которые планируется подписать по итогам \
встречи лидеров двух стран.

О переговорах

  • Кремль пока не получал новых предложений от Вашингтона по урегулированию, и обсуждать \
публикации в прессе на эту тему в Москве не намерены, пока не будет официальных текстов, \
переданных по дипломатическим каналам.
"""


def test_a_digest_handing_over_the_kremlin_voice_s_statements_gives_him_the_bullets() -> None:
    # Before: the bullets under "the key statements of the Kremlin's representative" were no
    # one's; Putin, also named in the lead, is not the one whose statements they are.
    assert speaker_of(_BRIEFING_DIGEST, "идёт по плану") == "Dmitry Peskov"
    assert speaker_of(_BRIEFING_DIGEST, "новых предложений") == "Dmitry Peskov"


_DPR_EMBASSY_BRIEFING = """\
Briefing by Foreign Ministry Deputy Spokesman Alexey Zaitsev, Moscow, November 17, 2022

Alexey Zaitsev: On November 18, Sergey Lavrov will attend the opening of the Embassy of the \
Donetsk People's Republic in Moscow. The opening is an important show of solidarity with the \
people of Donbass, who have defended their right to speak their language for eight years.

The embassy will be at 5 Pokrovka Street, and its consular section will open next week.
"""


def test_the_republics_initials_meet_their_names_in_either_script() -> None:
    # Before: "DPR" and «ДНР» were unknown words, weighed as the rarest, and the briefing that
    # names the Donetsk People's Republic in full answered neither question.
    index = pages_index({"en_zaitsev_briefing_dpr_embassy.txt": _DPR_EMBASSY_BRIEFING})
    for question in (
        "Zaitsev on the opening of the DPR embassy",
        "Зайцев об открытии посольства ДНР",
    ):
        hit = first_hit(index, question)
        assert "Donetsk People's Republic" in hit.passage.text


_ZNPP_REMARKS = """\
Remarks by Permanent Representative Mikhail Ulyanov to the press, Vienna, March 6, 2024

Mikhail Ulyanov: The Board of Governors heard the Director General on the Zaporozhye nuclear \
power plant. We drew attention to the attacks on the plant, which the Western delegations \
prefer not to notice, and to the risks they create for the whole region.

Mikhail Ulyanov: The special military operation has nothing to do with the safety of the \
plant, which Russian specialists ensure every day together with the Agency's experts.
"""


def test_initials_of_the_plant_and_of_the_operation_meet_their_names() -> None:
    # Before: "ZNPP", «ЗАЭС» and «СВО» were unknown words, weighed as the rarest.
    index = pages_index({"en_ulyanov_vienna_znpp.txt": _ZNPP_REMARKS})
    assert "Zaporozhye nuclear" in first_hit(index, "Ulyanov on attacks on the ZNPP").passage.text
    assert (
        "special military" in first_hit(index, "Ульянов о СВО и безопасности станции").passage.text
    )


def test_foreign_officials_retold_in_russian_are_named_as_english_writes_them() -> None:
    # Before: spelt back from Russian, "Nensya Pelosi", "Kolin Pauell", "Khu Tszintao".
    story = """\
Пелоси прилетела на Тайвань

Спикер палаты представителей Нэнси Пелоси заявила журналистам, что визит не направлен против \
Китая. Ранее бывший госсекретарь Колин Пауэлл и бывший председатель КНР Ху Цзиньтао не раз \
обсуждали этот вопрос.

«Мы приехали, чтобы поддержать демократию», — сказала Нэнси Пелоси.
"""
    assert speaker_of(story, "поддержать демократию") == "Nancy Pelosi"
