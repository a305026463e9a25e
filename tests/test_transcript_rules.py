"""The parser's rules one by one: date lines, site furniture, the title, labels, reported speech.

Small inline pages of our own; the whole layouts are in test_transcript_layouts.py.
"""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.passages import QUESTION_SPEAKER, UNTITLED
from retrieval.speakers import UNKNOWN_SPEAKER
from retrieval.transcript import parse_transcript
from retrieval.transcript._dates import date_line
from retrieval.transcript._lines import is_clutter
from retrieval.transcript._references import Ref
from retrieval.transcript._sentence_sayer import (
    addresses,
    headline_speaker,
    self_named,
    sentence_sayer,
)

LONG = (
    "We discussed the bilateral agenda in detail, including trade, transport, energy, culture "
    "and education, and agreed to meet again in the autumn to review what has been achieved."
)


def speakers(text: str) -> list[tuple[str, str]]:
    return [(p.speaker, p.role) for p in parse_transcript(text, "doc").passages]


# --- date lines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date", "event"),
    [
        ("Moscow, December, 23, 2016", dt.date(2016, 12, 23), True),
        ("Submitted on Thu, 12/17/2015 - 00:00", dt.date(2015, 12, 17), False),
        ("04 juin / 2018", dt.date(2018, 6, 4), False),
        ("30-03-2017 20:17", dt.date(2017, 3, 30), False),
        ("Политика20 декабря 2018 15:54", dt.date(2018, 12, 20), False),
        ("Date: September 17, 2023 Time: 01:48:35", dt.date(2023, 9, 17), False),
        ("Пятница, 20 Декабря 2019, 03:10", dt.date(2019, 12, 20), False),
        ("June 2, 2022, The Kremlin, Moscow", dt.date(2022, 6, 2), True),
        ("23 декабря 2021 года, Москва", dt.date(2021, 12, 23), True),
        ("28 December, 2009, 17:32", dt.date(2009, 12, 28), False),
        ("12 Oct, 2010 09:15", dt.date(2010, 10, 12), False),
        ("( – June 7, 2018)", dt.date(2018, 6, 7), False),  # a repost's bracketed date
        ("11:24 GMT25 February 2020", dt.date(2020, 2, 25), False),  # a live blog's stamp
        ("09 февраля 2026 в 18:55", dt.date(2026, 2, 9), False),
        ("- 4-12-2024, 13:50", dt.date(2024, 12, 4), False),  # a post's date under its text
        ("16 Февраля 2019 06:59", dt.date(2019, 2, 16), False),  # Russian month, English page
        # Johnson's Russia List's credit: month.day.year in two digits, the year after.
        ("kremlin.ru - 4.26.12 - JRL 2012-79", dt.date(2012, 4, 26), False),
    ],
)
def test_date_line_forms(line: str, date: dt.date, event: bool) -> None:
    found = date_line(line)
    assert found is not None and (found.date, found.event) == (date, event)


@pytest.mark.parametrize(
    "line",
    [
        "17 March 2021, we agreed to meet",  # a sentence that starts with a date
        "We met on 17 March 2021",
        "Submitted on Tue, 03/12/2019 - 00:00",  # both readings fall on a Tuesday: unknown
        "05/06/2019",  # day and month cannot be told apart
        "kremlin.ru - 4.26.11 - JRL 2012-79",  # two digits that are not the year
    ],
)
def test_not_date_lines(line: str) -> None:
    assert date_line(line) is None


def test_the_event_date_line_beats_the_page_stamp() -> None:
    page = "28 December, 2009, 17:32\n\nInterview with TV channels\n\n"
    page += f"December 24, 2009, Moscow\n\n{LONG}"
    document = parse_transcript(page, "d")
    assert (document.date, document.place) == (dt.date(2009, 12, 24), "Moscow")


def test_a_date_in_the_lead_sentence_naming_the_event() -> None:
    page = (
        "Menu\nNews\nVideo\n\nThe President held his annual news conference in Moscow on "
        f"December 19, 2019, and answered questions for four hours.\n\nVladimir Putin: {LONG}"
    )
    assert parse_transcript(page, "d").date == dt.date(2019, 12, 19)


# --- site furniture --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "All news",
        "View settings",
        "Настройки отображения",
        "This website uses cookies to make the site work and to measure traffic. Read more.",
        "Registration was successful!",
        "Moscow: 23:41",
        "+44 (0) 200 000 0000",
        "| HOME | ABOUT | SUBSCRIBE | ARCHIVE |",
        "HOME - NEWS - RSS - VIDEO - CONTACT",
        "Transcripts /",
        "Лавров Москва МИД политика общество Лавров Москва МИД политика",  # a tag cloud
        "Фото: Иван Иванов",
        "© Agency 2021 / Photographer",
        "Tекст: Ольга Серова",  # a byline (with a Latin T)
        "Author: John Smith",
        # A site's change note or feed day without a year, a channel's counter, a trail from
        # the home page, a forum's furniture and byline, a pointer to the full version.
        "Modified 30 марта",
        "обновлено 23 марта, 23:25",
        "News 31 july —",
        "2,47 млн подписчиков",
        "ГЛАВНАЯ > События, факты, комментарии, Новости",
        "View Single Post",
        "Skip to comments.",
        "Posted on 10/03/2025 2:18:02 PM PDT by someuser",
        "Полную версию интервью читайте на сайте журнала",
        "Read the full interview here",
        # A menu written on one line with dots, opened by a furniture word.
        "Новости. Обзор СМИ Рубрикатор поиска + личные списки",
        "News. Analysis Archive + my lists",
        # How long ago the story was posted, with a comment counter.
        "2 hours ago 3",
        "5 минут назад",
    ],
)
def test_clutter(line: str) -> None:
    assert is_clutter(line)


@pytest.mark.parametrize(
    "line",
    [
        "Foreign Minister Sergey Lavrov’s remarks at the news conference",
        "Permanent Mission of the Russian Federation to the United Nations",
        "We discussed three things:",
        "Vladimir Putin - Press Conference - Moscow - 2019",
        "Текст: заявление министра",  # the text of a statement, no byline
        "Новости 5 мая: Лавров прибыл в Анкару",  # a headline after its day
        "Posted on his channel, the statement by Zakharova drew a reply from London",
        "Full version of the interview was broadcast on Sunday, Lavrov told reporters in Moscow.",
        "Полный текст заявления опубликован на сайте министерства.",
        "Новости. Лавров прибыл в Анкару.",  # a sentence after the word, ended as one
        "News. Lavrov arrives in Ankara for talks with Fidan on Syria and the Black Sea grain",
    ],
)
def test_not_clutter(line: str) -> None:
    assert not is_clutter(line)


# --- the title ---------------------------------------------------------------------------------


def test_title_found_past_menus_and_banners() -> None:
    page = (
        "Main page\nPresident\nConstitution\nSymbols\n\n"
        "This website uses cookies. Click here to manage them.\n\n"
        f"Transcript of the meeting with teachers\n\nJanuary 31, 2006\n\n{LONG}"
    )
    document = parse_transcript(page, "d")
    assert (document.title, document.date) == (
        "Transcript of the meeting with teachers",
        dt.date(2006, 1, 31),
    )
    assert document.passages[0].text == LONG


def test_title_found_under_an_aggregators_dotted_menu() -> None:
    page = (
        "Новости. Обзор СМИ Рубрикатор поиска + личные списки\n"
        "Заседание Совета по правам человека\n"
        "Владимир Путин провёл ежегодное заседание Совета по правам человека.\n"
        "В.Путин: Уважаемые коллеги, добрый день! Благодарю вас за постоянный контакт с людьми.\n"
    )
    document = parse_transcript(page, "d")
    assert document.title == "Заседание Совета по правам человека"
    assert document.passages[-1].speaker == "Vladimir Putin"


def test_quoted_words_going_on_into_their_attribution_are_no_title() -> None:
    page = (
        "Ushakov: Contacts on the summit go on\n"
        "Presidential aide Yuri Ushakov confirmed that contacts on the summit continue.\n\n"
        '"The meeting (of Russian President Vladimir Putin and US President Donald Trump - '
        'ed.) has been put off for a while",\n\n'
        "Yuri Ushakov stated.\n"
    )
    document = parse_transcript(page, "d")
    assert document.title == "Ushakov: Contacts on the summit go on"
    assert any("has been put off" in p.text for p in document.passages)
    assert document.passages[0].text.startswith("Presidential aide Yuri Ushakov confirmed")


def test_a_caption_naming_an_event_under_the_story_is_no_title() -> None:
    page = (
        "Putin ally warns Washington over nuclear talk\n\n"
        "An ally of President Vladimir Putin has warned the US in a post on Telegram.\n\n"
        "Dmitry Medvedev criticised talk of giving nuclear weapons to Kyiv.\n\n"
        'In his post, Medvedev wrote: "Such talk is a road to a nuclear conflict."\n\n'
        '"The idea is so absurd that it raises questions about those who advise it."\n\n'
        "Dmitry Medvedev Holding a Meeting in Moscow\n"
        "Deputy Chairman of the Security Council Dmitry Medvedev at a meeting. File photo.\n"
    )
    document = parse_transcript(page, "d")
    assert document.title == "Putin ally warns Washington over nuclear talk"
    assert any("road to a nuclear conflict" in p.text for p in document.passages)


def test_the_first_sentence_is_never_the_title() -> None:
    page = f"Lavrov said the talks had gone well and would continue next week in Geneva.\n\n{LONG}"
    document = parse_transcript(page, "d")
    assert document.title == UNTITLED
    assert document.passages[0].text.startswith("Lavrov said the talks had gone well")


def test_a_page_that_starts_with_a_turn_is_loaded_without_a_title() -> None:
    document = parse_transcript("Question: Why?\n\nSergey Lavrov: Because.", "d")
    assert document.title == UNTITLED
    assert [(p.speaker, p.role) for p in document.passages] == [
        (QUESTION_SPEAKER, "question"),
        ("Sergey Lavrov", "answer"),
    ]


def test_a_page_of_one_long_paragraph_is_loaded() -> None:
    paragraph = " ".join([LONG] * 6)  # over 400 characters, no title, no date
    document = parse_transcript(paragraph, "d")
    assert document.title == UNTITLED and document.passages


def test_an_official_title_under_a_blog_intro() -> None:
    page = (
        "A great read. Read it all. Really worth it\n\n"
        "I read the interview twice yesterday. Here is the text\n\n"
        "Interview of Foreign Minister Sergey Lavrov to a magazine, Moscow, May 5, 2020\n\n"
        f"Question: What next?\n\nSergey Lavrov: {LONG}"
    )
    document = parse_transcript(page, "d")
    assert document.title.startswith("Interview of Foreign Minister Sergey Lavrov")
    assert speakers(page) == [(QUESTION_SPEAKER, "question"), ("Sergey Lavrov", "answer")]


# --- labels ------------------------------------------------------------------------------------

HEADER = "Vladimir Putin’s news conference, Moscow, December 17, 2020\n\n"


def test_a_named_questioner_once_between_the_officials_turns() -> None:
    page = HEADER + (
        f"Vladimir Putin: {LONG}\n\nNathan Smith: Will you meet the new president soon?\n\n"
        "Vladimir Putin: When the time comes."
    )
    assert speakers(page) == [
        ("Vladimir Putin", "statement"),
        ("Nathan Smith", "question"),
        ("Vladimir Putin", "answer"),
    ]


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Anna Petrova, Volna radio station", "Anna Petrova"),
        ("ANNA PETROVA [editor of the Volna radio]", "Anna Petrova"),
        ("Speaker 1", UNKNOWN_SPEAKER),
    ],
)
def test_label_shapes_start_turns(label: str, speaker: str) -> None:
    page = HEADER + (
        f"Vladimir Putin: {LONG}\n\n{label}: When will the new school open?\n\n"
        "Vladimir Putin: Next year."
    )
    got = speakers(page)
    assert got[1][0] == speaker and got[2] == ("Vladimir Putin", "answer")


def test_initials_stand_for_the_full_names_on_the_page() -> None:
    page = HEADER + (
        "Konstantin Orlov, Director of Channel Nine: Thank you for finding time for us.\n\n"
        f"Vladimir Putin: {LONG}\n\nKO: What was the hardest moment?\n\nVP: The spring."
    )
    got = speakers(page)
    assert [s for s, _ in got] == [
        "Konstantin Orlov", "Vladimir Putin", "Konstantin Orlov", "Vladimir Putin",
    ]  # fmt: skip


def test_russian_initials_take_the_name_from_the_lead_in_any_case() -> None:
    page = (
        "Интервью Дмитрия Медведева, Москва, 5 мая 2020 года\n\n"
        "Председатель Правительства ответил на вопросы Сергея Брилёва.\n\n"
        "С.Брилёв: Добрый вечер! Каким был год?\n\nД.Медведев: Трудным, но мы справились."
    )
    assert [s for s, _ in speakers(page)][-2:] == ["Sergey Brilev", "Dmitry Medvedev"]


def test_a_heading_with_a_colon_is_not_a_speaker() -> None:
    page = (
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, May 5, 2021\n\n"
        f"Ukraine: ceasefire violations continue. {LONG}\n\nQuestion: And Syria?\n\n"
        "Maria Zakharova: We will see."
    )
    assert [s for s, _ in speakers(page)] == [
        "Maria Zakharova",
        QUESTION_SPEAKER,
        "Maria Zakharova",
    ]


def test_a_lead_above_the_first_label_is_narration() -> None:
    page = HEADER + (
        "The President answered questions from journalists for four hours.\n\n"
        f"Vladimir Putin: {LONG}"
    )
    assert speakers(page)[0] == (UNKNOWN_SPEAKER, "statement")


# --- reported speech ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        ("Russia is ready, Kremlin spokesman Dmitry Peskov said on Monday.", "Dmitry Peskov"),
        ('"We are ready," Lavrov said.', "Sergey Lavrov"),
        ('"We are ready," said Lavrov.', "Sergey Lavrov"),
        (
            "Dmitry Peskov, the press secretary of the President, told reporters that it was so.",
            "Dmitry Peskov",
        ),
        ("Turkish Foreign Minister Mevlut Cavusoglu said the talks went well.", "Mevlut Cavusoglu"),
        ("According to Peskov, the talks will resume.", "Dmitry Peskov"),
        ("«Мы готовы», — заявила Мария Захарова.", "Maria Zakharova"),
        (
            "Об этом заявила в среду официальный представитель МИД Мария Захарова.",
            "Maria Zakharova",
        ),
        ("По словам Ивана Петрова, переговоры продолжатся.", "Ivan Petrov"),
        ('"We are ready," he said.', Ref.PRONOUN),
        ("The Russian foreign minister stressed that the talks went well.", Ref.OWN_POST),
        ("The Finnish minister made the following statement:", Ref.SOMEONE),
        ("The Kremlin said the talks went well.", Ref.SOMEONE),
        ("As President Putin said, the talks went well.", None),  # a reference, not a speaker
        ("Putin visited Mongolia on Monday.", None),
        ("The leaders of the Caspian states met on Monday.", None),  # "states" is a noun
        ("This was stated by Foreign Minister Sergey Lavrov in an interview.", "Sergey Lavrov"),
        ("Lavrov confirms the call from his counterpart", "Sergey Lavrov"),  # a headline
        (
            "Соответствующее заявление сделала официальный представитель МИД Мария Захарова.",
            "Maria Zakharova",
        ),
        # A relative clause's verb is not the sentence's speaker.
        ("Заявление Жозепа Борреля, который назвал Россию соседом, дезинформирует.", None),
        # A quoted name before a name is no quote of speech.
        (
            "Захарова провела брифинг на вилле гендиректора МИА «Россия сегодня» Дмитрия Киселева.",
            None,
        ),
        (
            '"Nothing is planned yet. We will see," the spokesman for the leader, Dmitry Peskov, …',
            "Dmitry Peskov",
        ),
    ],
)
def test_sentence_sayer(sentence: str, sayer: object) -> None:
    assert sentence_sayer(sentence) == sayer


def test_who_introduces_themself_or_is_spoken_to() -> None:
    assert self_named("Со мной в студии я, Анна Петрова, главный редактор «Волны».") == (
        "Anna Petrova"
    )
    assert self_named("With me is Pavel Orlov, and I, Olga Morozova, will ask.") == (
        "Olga Morozova"
    )
    assert self_named('He said: "I, Ivan Petrov, swear it."') is None  # inside a quote
    assert self_named("I, for one, agree with it.") is None
    assert addresses("Сергей Викторович, начнем с Украины.", "Sergey Lavrov")
    assert addresses("Good day. Sergey Viktorovich, let us start.", "Sergey Lavrov")
    assert not addresses("Sergey Viktorovich Lavrov is on the air.", "Sergey Lavrov")


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        ("As Sergei Shoigu pointed out, the exercises were completed.", "Sergei Shoigu"),
        ("Как отметил Шойгу, войска готовы.", "Sergei Shoigu"),
        ("Russia will respond, as Lavrov said earlier.", None),
        ("As I said, we will respond.", None),
        ("As the President said, we will respond.", None),
    ],
)
def test_a_report_sentence_opening_with_as_x_said_is_x(sentence: str, sayer: object) -> None:
    # In a report the opening names the sayer; in an official's remarks it is a reference.
    assert sentence_sayer(sentence, report=True) == sayer
    assert sentence_sayer(sentence) is None


def test_a_sidebar_biography_with_a_dash_is_no_dash_label() -> None:
    page = (
        "Мария Захарова\n"
        "Мария Владимировна Захарова (род. 24 декабря 1975, Москва) — российский дипломат, "
        "официальный представитель МИД России с 2015 года.\n\n"
        "ВЛАДИМИР ПУТИН – Добрый день, уважаемые коллеги. Начнем с главного вопроса повестки."
    )
    assert speakers(page) == [("Unknown speaker", "statement"), ("Vladimir Putin", "statement")]


def test_a_subhead_between_two_said_that_is_no_ones() -> None:
    page = (
        "Sergei Shoigu said that the troops had completed the winter exercises on schedule.\n\n"
        "On the Arctic bases\n\n"
        "Sergei Shoigu noted that the construction of two new bases had been finished."
    )
    assert speakers(page) == [
        ("Sergei Shoigu", "statement"),
        ("Unknown speaker", "statement"),
        ("Sergei Shoigu", "statement"),
    ]


def test_the_head_of_state_is_the_main_person_only_if_the_page_calls_him_president() -> None:
    lead = "Глава государства отметил, что отношения двух стран развиваются."
    quote = "«Мы договорились продолжить консультации», — заявил {name} журналистам."
    putin = "Президент России Владимир Путин встретился в Кремле с премьером Монголии. "
    # (The sentence introducing him by post and name is the reporter's: see pass 33.)
    assert speakers(f"{putin}{lead}\n\n{quote.format(name='Путин')}") == [
        ("Unknown speaker", "statement"),
        ("Vladimir Putin", "statement"),
    ]
    # Lavrov met a president: "the head of state" is that president, whom we cannot name.
    lavrov = "Министр Сергей Лавров встретился в Каире с президентом Египта ас-Сиси. "
    assert speakers(f"{lavrov}{lead}\n\n{quote.format(name='Лавров')}") == [
        ("Unknown speaker", "statement"),
        ("Sergey Lavrov", "statement"),
    ]


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        # An adverb, a conjunction or a country glued before a name is no part of it.
        ("Также Лавров заявил, что Москва готова к диалогу.", "Sergey Lavrov"),
        ("Ранее Небензя говорил, что Совет соберется снова.", "Vassily Nebenzia"),
        # The attribution that closes the sentence is its speaker, not the one it reports.
        # "the journalist": the interviewer the page names (a reporter is anyone).
        ("Госсекретарь Керри говорит, что нужен механизм, напомнила журналистка.", Ref.JOURNALIST),
        ("- уточнила журналистка.", Ref.JOURNALIST),
        ('"Is it over?" the interviewer asked.', Ref.JOURNALIST),
        ("A reporter asked whether the talks would resume.", Ref.SOMEONE),
        (
            "This causes turbulence in the world, said Foreign Minister Sergey Lavrov.",
            "Sergey Lavrov",
        ),
        ("“We have shown our strength”, said the Defence Minsiter.", Ref.OWN_POST),
        # A name after a preposition, or inside a reported clause, is not the sayer.
        ("Advisers to President Donald Trump advised him not to call.", Ref.SOMEONE),
        (
            "He denied reports that Putin and Trump would speak, saying no call is planned.",
            Ref.PRONOUN,
        ),
        # Writing 40 articles is not saying anything; writing that something is, is.
        ("За месяц она написала 40 статей.", None),
        ("Корреспондент Ирина Соколова написала, что решение примут весной.", "Irina Sokolova"),
        ("Margarita Simonyan asked if Lavrov had said it.", "Margarita Simonyan"),
        ("Lavrov was asked whether the talks would resume.", Ref.SOMEONE),
        ("A meeting is not ruled out, Kremlin spokesman Dmitry Peskov said.", "Dmitry Peskov"),
        ('Oleg Ivanov replies: "The minister is afraid of questions."', "Oleg Ivanov"),
        # A place after a preposition is no one speaking ("на Ближнем Востоке").
        (
            '"Важно, чтобы это поняли все", - сказал постпред на заседании, посвященном '
            "ситуации на Ближнем Востоке.",
            Ref.OWN_POST,
        ),
        # "по словам X" opening the sentence beats the verbs of what X said.
        ("По словам дипломата, европейские лидеры утверждали, что это не так.", Ref.OWN_POST),
        ("Во время интервью официальный представитель МИД заявила, что это слухи.", Ref.OWN_POST),
        ("Украинский министр заявил, что это слухи.", Ref.SOMEONE),
        # A ministry's release: "the head of the military department", "Глава военного
        # ведомства".
        ("The head of the Russian military department noted that it was so.", Ref.OWN_POST),
        ("Глава военного ведомства отметил, что войска готовы.", Ref.OWN_POST),
        # An official's aide is not that official ("the one spoken for").
        ("«Это так», – признался пресс-секретарь Путина.", Ref.AIDE),
        ("Spokesman for Putin said it was so.", Ref.AIDE),
        ("UN High Commissioner for Human Rights Volker Turk said it.", "Volker Turk"),
        # Asking and requesting are saying; a post after the verb is its object then.
        ("Захарова попросила донести до репортеров, что идет брифинг.", "Maria Zakharova"),
        ("Лавров поинтересовался, что думают коллеги.", "Sergey Lavrov"),
        ("В ходе пресс-конференции журналист Sky News попросил министра ответить.", Ref.SOMEONE),
        # A passive participle is no sayer; a comma inside a closing quote ends a clause.
        ('"Fine," Lavrov said adding that it was a point, reiterated by Putin.', "Sergey Lavrov"),
        ('When asked if Russia has a "plan B," Lavrov said that there is none.', "Sergey Lavrov"),
        # "claims that" says; a possessive names the one spoken for; a place phrase after
        # the subject.
        ("Ryabkov claims that Lavrov spoke with Blinken.", "Sergey Ryabkov"),
        (
            "Spokeswoman Maria Zakharova is confident that provocations are useless.",
            "Maria Zakharova",
        ),
        ("The claims of the West were refuted.", None),
        ("Vladimir Putin's spokesman claims that these contacts exist.", Ref.AIDE),
        ("Ivan Petrov at the conference said it was fine.", "Ivan Petrov"),
        ("Officials in Kyiv said it.", Ref.SOMEONE),
        # The subject before the verb beats a capitalised object after it.
        ("Российский министр также обвинил Штаты в подрыве основ.", Ref.OWN_POST),
        ("Он обвинил Штаты в срыве переговоров.", Ref.PRONOUN),
        # "The head of state": the story's president, if it has one (see below).
        ("Глава государства отметил, что визит был полезным.", Ref.HEAD_OF_STATE),
        ("The head of state stressed that the visit was useful.", Ref.HEAD_OF_STATE),
        ("Украинский глава государства заявил, что это не так.", Ref.SOMEONE),
        # A name in the dative before the verb is the one spoken to, not the speaker.
        (
            "Замглавы МИД Сергей Рябков в интервью корреспонденту Анне Петровой высказывается "
            "о переговорах.",
            "Sergey Ryabkov",
        ),
        (
            "“We never liked them,” the opening line of a post by Dmitry Medvedev.",
            "Dmitry Medvedev",
        ),
    ],
)
def test_sentence_sayer_second_pass(sentence: str, sayer: object) -> None:
    assert sentence_sayer(sentence) == sayer


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Zakharova: Moscow awaits an answer from London", "Maria Zakharova"),
        ("Telephone conversation of Putin and Macron is not planned, said Peskov", "Dmitry Peskov"),
        ("“Russia has always kept its word” – Medvedev", "Dmitry Medvedev"),
        ("Nebenzya called for restraint at the Security Council", "Vassily Nebenzia"),
        ("Захарова призвала Осло объяснить новые правила", "Maria Zakharova"),
        ("Statement by Mr.Dmitry Polyansky at the Security Council", "Dmitry Polyanskiy"),
    ],
)
def test_headline_speaker(title: str, speaker: str) -> None:
    assert headline_speaker(title) == speaker


def test_a_news_story_is_attributed_sentence_by_sentence() -> None:
    page = (
        "Lavrov holds talks in Ankara\n\n"
        "Lavrov is on a working visit to Turkey, where he met his counterpart on Tuesday.\n\n"
        '"The talks were useful," Lavrov said. His counterpart Mevlut Cavusoglu said that '
        "sanctions would not be joined.\n\n"
        '"Dialogue is the only way. We will keep it," the Russian minister added.'
    )
    assert speakers(page) == [
        (UNKNOWN_SPEAKER, "statement"),
        ("Sergey Lavrov", "statement"),
        ("Mevlut Cavusoglu", "statement"),
        ("Sergey Lavrov", "statement"),
    ]


def test_a_quote_belongs_to_whoever_its_closing_attribution_names() -> None:
    page = (
        "Talks in Moscow\n\nZakharova said the meeting was useful.\n\n"
        '"The sides agreed on a schedule. The next round is in May," Lavrov said.'
    )
    got = speakers(page)
    assert got == [("Maria Zakharova", "statement"), ("Sergey Lavrov", "statement")]


def test_a_dash_quote_belongs_to_whoever_its_attribution_names() -> None:
    page = (
        "Захарова провела брифинг в Калининграде\n\n"
        "На брифинге Мария Захарова обсудила вопросы транзита.\n"
        "- Транзит должен быть свободным. Мы будем этого добиваться, — заявила она."
    )
    assert speakers(page) == [("Maria Zakharova", "statement")]


def test_narration_next_to_a_quote_is_not_the_quoted_persons() -> None:
    page = (
        "Zakharova holds weekly press briefing\n\n"
        "The agency is live from Moscow where Maria Zakharova holds her briefing.The event is "
        "held amid tensions in the region. President Putin stressed that the operation would "
        "go on until its goals were met."
    )
    got = parse_transcript(page, "d").passages
    assert [(p.speaker, p.text.split()[0]) for p in got] == [
        (UNKNOWN_SPEAKER, "The"),  # glued sentences are cut at ".The"
        ("Vladimir Putin", "President"),
    ]


def test_a_digest_of_statements_is_the_speakers() -> None:
    page = (
        "The main points of Maria Zakharova's statements at the briefing:\n"
        "Russia does not expect changes in relations with London;\n"
        "Moscow is ready to help after the earthquake;\n"
        "Europe has become the main obstacle to peace."
    )
    document = parse_transcript(page, "d")
    assert document.title == "The main points of Maria Zakharova's statements at the briefing"
    assert {p.speaker for p in document.passages} == {"Maria Zakharova"}


def test_a_historical_date_in_the_lead_is_not_the_events() -> None:
    page = (
        "Menu\nNews\nVideo\n\nOn May 9, 1945, the war in Europe ended, the President reminded "
        f"the veterans at the meeting in the Kremlin.\n\nVladimir Putin: {LONG}"
    )
    assert parse_transcript(page, "d").date is None


def test_a_briefing_that_quotes_others_stays_the_spokeswomans() -> None:
    page = (
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, April 19, 2017\n\n"
        "Foreign Minister Sergey Lavrov will hold talks with his Finnish counterpart on Monday. "
        "Earlier, Lavrov stressed that dialogue was needed. The EU foreign policy chief "
        "Federica Mogherini said last week that sanctions would stay. This is short-sighted.\n\n"
        "Question: What about Syria?\n\nMaria Zakharova: We will see."
    )
    assert speakers(page) == [
        ("Maria Zakharova", "statement"),
        (QUESTION_SPEAKER, "question"),
        ("Maria Zakharova", "answer"),
    ]


def test_a_quote_with_no_attribution_at_the_top_of_a_story_is_nobodys() -> None:
    page = (
        "«Отличный ответ дали дипломаты на вопросы журналистов о переговорах», — так "
        "начинается статья в газете.\n\n"
        "Официальный представитель МИД России Мария Захарова заявила, что переговоры "
        "продолжатся в мае."
    )
    assert speakers(page) == [(UNKNOWN_SPEAKER, "statement"), ("Maria Zakharova", "statement")]


def test_a_bloggers_lead_over_a_transcript_is_not_the_officials() -> None:
    # No title names the speaker; the labels do. A lead that speaks of the text it
    # introduces, or of the minister in the third person, is the blogger's.
    page = (
        "I watched the programme last night and found the exchange lively. What follows is the "
        "ministry's transcript of the event:\n\n"
        "Question: Minister, welcome to the programme.\n\n"
        "Sergey Lavrov: Thank you. It is good to be here with your viewers.\n\n"
        "Question: Will the talks resume this month?\n\n"
        "Sergey Lavrov: We are ready, as we have always been, and we have said so publicly."
    )
    assert speakers(page)[0] == (UNKNOWN_SPEAKER, "statement")
    assert speakers(page)[1:] == [
        (QUESTION_SPEAKER, "question"),
        ("Sergey Lavrov", "answer"),
        (QUESTION_SPEAKER, "question"),
        ("Sergey Lavrov", "answer"),
    ]


def test_a_known_speakers_label_before_a_lower_case_sentence_is_a_turn() -> None:
    # A machine translation lower-cases the first word; a link's title has no full stop.
    page = (
        "Big press conference\n\nVladimir Putin: good afternoon, colleagues and friends.\n\n"
        "We are starting our traditional meeting at the end of the year."
    )
    assert speakers(page) == [("Vladimir Putin", "statement")]
    links = f"News of the day\n\n{LONG}\n\nVladimir Putin: biography of the president"
    assert ("Vladimir Putin", "statement") not in speakers(links)


def test_the_official_title_with_its_date_beats_a_reposts_headline() -> None:
    page = (
        "Russian FM Lavrov news conference after the summit (streamed live)\n\n"
        "Foreign Minister Sergey Lavrov’s answers to media questions following the summit, "
        "Geneva, March 3, 2027\n\n"
        f"Question: What has happened?\n\nSergey Lavrov: {LONG}"
    )
    document = parse_transcript(page, "doc")
    assert document.title.startswith("Foreign Minister Sergey Lavrov’s answers")
    assert document.date == dt.date(2027, 3, 3)
    assert [p.speaker for p in document.passages] == [QUESTION_SPEAKER, "Sergey Lavrov"]


def test_a_quote_closed_by_another_persons_attribution_under_a_headline() -> None:
    # The headline's speaker is Lavrov (Kerry, in the dative, is the one he spoke to); the
    # only paragraph quotes the spokeswoman, whose attribution closes it.
    page = (
        "МИД: Сергей Лавров объяснил Джону Керри позицию по переговорам\n\n"
        "«Сергей Лавров обратил внимание госсекретаря на слова президента о том, что говорить "
        "о сроках переговоров пока рано», – заявила Захарова агентству ТАСС."
    )
    document = parse_transcript(page, "doc")
    assert document.speaker == "Sergey Lavrov"
    assert [(p.speaker, p.role) for p in document.passages] == [("Maria Zakharova", "statement")]


def test_a_short_paragraph_never_makes_a_quote_too_long() -> None:
    long_paragraph = " ".join(["The council must act now and stop the fighting."] * 11)
    page = f"Madam President,\n\nWe thank the briefers for their work today.\n\n{long_paragraph}"
    passages = parse_transcript(page, "doc").passages
    assert all(len(p.text.split()) <= 120 for p in passages)
    assert " ".join(p.text for p in passages).split() == page.split()


def test_glued_sentences_after_a_number_or_a_quote_are_split() -> None:
    from retrieval.transcript._sizing import sentence_spans

    text = 'We adopted resolution 2728.The Council must act. He said "stop".The war goes on.'
    pieces = [text[a:b] for a, b in sentence_spans(text)]
    assert pieces == [
        "We adopted resolution 2728.",
        "The Council must act.",
        'He said "stop".',
        "The war goes on.",
    ]


def test_a_hard_wrapped_page_is_joined_back_into_sentences() -> None:
    page = (
        "Vladimir Putin’s annual news conference\n\nVladimir Putin: Good afternoon. We are\n"
        "holding our traditional meeting to sum up\nthe year and to see what we have achieved\n"
        "and what we could not achieve. I will\nrefrain from lengthy opening remarks.\n"
    )
    document = parse_transcript(page, "d")
    assert document.passages[0].text == (
        "Good afternoon. We are holding our traditional meeting to sum up the year and to see "
        "what we have achieved and what we could not achieve. I will refrain from lengthy "
        "opening remarks."
    )
