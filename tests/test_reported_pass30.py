"""Who said it, pass 30 (set AP's layouts, met again on agency copies and mirrors): an
interview's lead that quotes its interviewee, a retelling whose speaker is introduced by a verb
that says nothing, a quote a copy left open, a sentence broken between post and name, a second
copy of the title, and a story whose first paragraphs stand above a sentence that names an
event.

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"
PETROV = "Ivan Petrov"
LAVROV = "Sergey Lavrov"
ZAKHAROVA = "Maria Zakharova"

# A news site's summary above the interview it retells: the summary quotes the ambassador
# ('noting, "..."', 'He ... stated, "..."'), then "Full interview:" and the labelled turns.
INTERVIEW_WITH_QUOTED_LEAD = (
    " date 2024-05-14 As the summit draws near, doubts have grown over a joint declaration, "
    "given how far apart the groups of states remain.\n\n"
    'Ambassador Petrov admitted the talks had slowed, noting, "For now the drafting has come '
    'to a halt over two paragraphs."\n\n'
    "He kept a hopeful tone, expressing hope for a text that takes account of every side.\n\n"
    "Turning to trade, Petrov spoke warmly of the new payment links between the two banks.\n\n"
    'He described the plan in detail, stating, "Linking our card systems will be a very '
    'welcome step for travellers and firms alike."\n\n'
    "Full interview is here:\n\n"
    "Anna Brooks: How do you see the summit's agenda this year?\n\n"
    "Ivan Petrov: We regard the agenda as one of the most ambitious of recent years, and we "
    "have worked closely with the presidency on every item of it.\n"
)


def test_an_interview_lead_quoting_its_interviewee_gives_him_the_quotes() -> None:
    page = INTERVIEW_WITH_QUOTED_LEAD
    assert speaker_of(page, "drafting has come to a halt") == PETROV
    assert speaker_of(page, "Linking our card systems") == PETROV
    assert speaker_of(page, "one of the most ambitious") == PETROV
    # What the site says in its own words stays its own.
    assert speaker_of(page, "doubts have grown") == UNKNOWN
    assert speaker_of(page, "kept a hopeful tone") == UNKNOWN


def test_a_lead_naming_the_paper_in_quote_marks_keeps_its_teaser() -> None:
    # A paper's lead: the interviewee's words in a headline quote, a retelling, and the
    # teaser naming the paper in quote marks; then the dash interview.
    page = (
        "Russian Ambassador to Norway Ivan Petrov on fishing quotas and the Arctic\n\n"
        '"Our fishermen have worked side by side for decades"\n\n'
        "Talks on fishing quotas will go on next month, Ambassador Ivan Petrov told Vestnik. "
        "Further steps will be measured, the ambassador emphasized. About quotas, the Arctic "
        'and tourism - in an exclusive interview with Ivan Petrov "Vestnik".\n\n'
        "- What will the talks on quotas bring this year?\n\n"
        "- We expect the commission to keep the quotas close to last year's, as science "
        "advises.\n"
    )
    assert speaker_of(page, "Our fishermen have worked side by side") == PETROV
    assert speaker_of(page, "in an exclusive interview") == UNKNOWN
    assert speaker_of(page, "close to last year's") == PETROV


def test_a_retelling_naming_him_with_a_verb_of_no_saying_gives_him_his_surname() -> None:
    page = (
        " date 2023-02-16 Russian ambassador to Peru said that the embassy had worked under "
        "quite new conditions, unlike the missions in Europe.\n\n"
        "Ivan Petrov spoke to a local radio station on Diplomats' Day, where he touched on a "
        "range of topics.\n\n"
        "“The past year was unusual. The volume of our work has grown a great deal,” he "
        "said.\n\n"
        "Petrov added, “Here the embassy works in quite another climate than in Europe, where "
        "contacts were almost frozen.”\n"
    )
    assert speaker_of(page, "The past year was unusual") == PETROV
    assert speaker_of(page, "quite another climate") == PETROV
    # A first word that is no first name names no one ("Башкан Гагаузии на встрече с
    # Матвиенко попросила ...": a headline about a meeting).
    headline = (
        "Политика\n\n"
        "Глава автономии на встрече с Матвиенко попросила у России поддержки\n\n"
        "Башкан Гагаузии на встрече с Матвиенко попросила поддержки у России\n"
        "Встреча Анны Ивановой и Валентины Матвиенко\n\n"
        "Башкан (глава) автономии Анна Иванова на встрече с председателем Совета Федерации "
        "Валентиной Матвиенко заявила, что регион хочет поддержки России.\n\n"
        "«Мы многие годы дружили и хотим дружить дальше», — сказала Иванова.\n\n"
        "Матвиенко также отметила, что регион настроен на продолжение работы.\n"
    )
    assert speaker_of(headline, "Башкан Гагаузии на встрече") != "Valentina Matviyenko"


def test_a_quote_left_open_before_its_dash_is_closed_there() -> None:
    page = (
        "Захарова: посольство работает в обычном режиме\n\n"
        "В МИД России вызвана временный поверенный в делах Эстонии, заявила Мария Захарова.\n\n"
        "Официальный представитель МИД отметила, что нападения на памятники продолжаются.\n\n"
        '"Это привело к сносу десятков памятников и к эксгумации останков воинов, — '
        "подчеркнула Захарова.\n"
    )
    assert speaker_of(page, "к сносу десятков памятников") == ZAKHAROVA
    # A dash with no verb of saying after it is no attribution: no mark is added.
    no_verb = page.replace("подчеркнула Захарова.", "и так далее.")
    text = " ".join(p.text for p in parse_transcript(no_verb, "page").passages)
    assert 'воинов" ' not in text and "воинов, — и так далее." in text


def test_a_sentence_broken_between_post_and_name_keeps_its_background() -> None:
    # An agency copy with a line break inside a sentence: "Ранее глава МИД Финляндии" /
    # "Матти Виртанен заявил, что ...". The background stays the minister's; "the diplomat"
    # after it is the ambassador named by post first.
    page = (
        "Российский посол оценил отношения с Финляндией\n"
        "ХЕЛЬСИНКИ, 10 фев – РИА Новости. Приглашения на форум недостаточно, чтобы говорить о "
        "потеплении, заявил РИА Новости посол России в Финляндии Иван Петров.\n"
        "Ранее глава МИД Финляндии\n"
        "Матти Виртанен заявил, что Хельсинки\n"
        "намерен пригласить представителей РФ\n"
        "на форум по Балтике в 2026 году.\n"
        '"Мы судим не по заявлениям, а по делам. Да и форум пройдет нескоро", - указал '
        "дипломат на вопрос о приглашении.\n"
    )
    assert speaker_of(page, "Мы судим не по заявлениям") == PETROV
    background = speaker_of(page, "намерен пригласить")
    assert background != PETROV
    # The broken sentence is one passage's text, not three.
    document = parse_transcript(page, "page")
    assert any("Матти Виртанен заявил, что Хельсинки намерен" in p.text for p in document.passages)


def test_a_second_copy_of_the_title_with_a_glued_bracket_is_no_text() -> None:
    page = (
        "Вступительное слово С.В.Лаврова в ходе переговоров с Министром иностранных дел "
        "Катара (Москва, 14 марта 2024 года)\n"
        "Вступительное слово С.В.Лаврова в ходе переговоров с Министром иностранных дел "
        "Катара(Москва, 14 марта 2024 года)\n"
        "Рады вас приветствовать в Москве.\n"
        "Хорошо помню нашу встречу в Нью-Йорке. Отвечаем полной взаимностью.\n"
    )
    document = parse_transcript(page, "page")
    assert all(p.speaker == LAVROV for p in document.passages)
    assert not any("Вступительное слово" in p.text for p in document.passages)
    assert speaker_of(page, "Хорошо помню нашу встречу") == LAVROV


def test_a_story_sentence_under_its_opening_report_is_no_title() -> None:
    # No headline: the story opens with its report and quote; a later sentence names the
    # event. It is text, and the report above it is kept (it had been lost as "above the
    # title").
    page = (
        "Министр иностранных дел России Сергей Лавров заявил, что его коллега из Норвегии "
        "усвоил аргументы российской стороны.\n"
        "«Мне кажется, он усвоил наши аргументы», − сказал глава МИД РФ в эфире.\n"
        "Встреча Лаврова и министра Норвегии прошла на полях сессии в Нью-Йорке.\n"
        "Конференция проводилась в июне по инициативе норвежской стороны.\n"
    )
    document = parse_transcript(page, "page")
    assert "Встреча Лаврова" not in document.title
    assert speaker_of(page, "он усвоил наши аргументы") == LAVROV
    # An official title ending with its stop under a headline is still the title.
    titled = (
        "В Кремле объяснили планы на год\n"
        "Беседа Министра иностранных дел Сергея Лаврова с представителями СМИ регионов.\n"
        "Беседа Министра иностранных дел Сергея Лаврова с представителями СМИ регионов.\n\n"
        "С.ЛАВРОВ: Уважаемые коллеги, я в вашем распоряжении, кто хочет начать?\n\n"
        "И.ИВАНОВ: Завершается Ваша поездка по округу. Что дали Вам встречи?\n\n"
        "С.ЛАВРОВ: Два региона было. Сегодня Воронеж.\n"
    )
    assert parse_transcript(titled, "page").title.startswith("Беседа Министра")
