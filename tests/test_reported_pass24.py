"""Who said it, pass 24 (set AF: news retellings and reposts quoting officials, foreign
ministers beside Russian ones, names spelled in other ways).

The pages here are written for these tests in the layouts met on such sites. A wrong speaker
is the worst bug: where the page does not say who speaks, the passage stays unknown.
"""

from __future__ import annotations

from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

USHAKOV = "Yuri Ushakov"
UNKNOWN = "Unknown speaker"


def test_a_bylines_clock_is_no_label() -> None:
    page = (
        "Aide tells of the leaders' call\n\n"
        "Anna Writer, Ivan ReporterMonday, 7 April 2025, 11:45\n"
        "Stock photo: Agency\n\n"
        "Presidential aide Yury Ushakov told reporters the leaders spoke for an hour.\n"
    )
    assert speaker_of(page, "Stock photo") == UNKNOWN
    assert speaker_of(page, "spoke for an hour") != "Anna Writer"


def test_a_label_word_the_title_writes_in_lower_case_is_no_name() -> None:
    page = (
        "Kremlin gives details of the leaders' call\n\n"
        "Yury Ushakov, the presidential aide, has told an agency that the call was long.\n\n"
        "Source: an agency, as retold by Daily Paper\n\n"
        "Details: Ushakov stated that the leaders spoke about trade.\n\n"
        '"The call went well," he added.\n'
    )
    assert speaker_of(page, "spoke about trade") == USHAKOV
    assert speaker_of(page, "The call went well") == USHAKOV
    # A name the title writes as a name still confirms a label.
    named = "Interview with Olga Smirnova\n\nSmirnova: We opened the exhibition on Monday.\n"
    assert speaker_of(named, "We opened the exhibition") != UNKNOWN


def test_a_title_naming_someones_associate_is_not_his() -> None:
    page = (
        "Министр Турции и соратник Путина обсудили посредничество, сообщили источники газеты\n\n"
        "Глава МИД Турции провел телефонный разговор с российским коллегой. Об этом пишет "
        "турецкая газета со ссылкой на дипломатические источники.\n\n"
        '"Министр подтвердил готовность к посредничеству", – цитирует издание источники.\n'
    )
    assert speaker_of(page, "готовность к посредничеству") == UNKNOWN
    english = (
        "Putin aide Ushakov says the call was long\n\n"
        "The call lasted two hours, the aide told reporters.\n"
    )
    assert speaker_of(english, "lasted two hours") == USHAKOV


def test_he_after_a_phrase_naming_someone_else_is_the_one_speaking() -> None:
    page = (
        "Leaders meet at the summit\n\n"
        "At the news conference, Vladimir Putin said the talks had been useful.\n"
        "Taking a swipe at former US President Joe Biden, he said the crisis could have been "
        "avoided.\n"
        "Turning to Foreign Minister Anna Example, he said the ministers would meet soon.\n"
    )
    assert speaker_of(page, "could have been avoided") == "Vladimir Putin"
    assert speaker_of(page, "would meet soon") == "Vladimir Putin"


def test_the_corresponding_statement_was_made_by_names_the_sayer() -> None:
    page = (
        "Aide sums up the call\n\n"
        "The call between the two presidents was long and businesslike. The corresponding "
        "statement was made by Presidential aide Yury Ushakov in a talk with reporters.\n\n"
        "Both sides agreed to stay in contact.\n"
    )
    assert speaker_of(page, "long and businesslike") == USHAKOV
    # An event "made by" someone is no statement of theirs.
    event = (
        "Visit ends\n\n"
        "The ministers signed a plan. The trip was made by Presidential aide Yury Ushakov "
        "last week.\n"
    )
    assert speaker_of(event, "signed a plan") == UNKNOWN


def test_the_nations_diplomat_is_the_one_the_title_named_with_that_nationality() -> None:
    page = (
        "Russian minister begins talks with Chinese Foreign Minister Wang Yi\n\n"
        "The talks are held in Beijing. Wang Yi said the two countries would work closely.\n"
        '"Our ties grow stronger every year," the Chinese diplomat said.\n'
    )
    assert speaker_of(page, "grow stronger every year") == "Wang Yi"
    # With no one of that nationality named, the diplomat stays unknown.
    other = (
        "Russian minister begins talks in Beijing\n\n"
        "The talks are held in Beijing. Wang Yi said the two countries would work closely.\n"
        '"Our ties grow stronger every year," the Indian diplomat said.\n'
    )
    assert speaker_of(other, "grow stronger every year") == UNKNOWN


def test_po_ego_dannym_goes_on_with_the_one_quoted() -> None:
    page = (
        "Визит министра\n\n"
        "Переговоры пройдут в ближайшее время. Об этом заявил министр иностранных дел "
        "России Сергей Лавров на встрече с коллегой.\n"
        "«Мы готовы к разговору», — передает агентство слова Сергея Лаврова. По его данным, "
        "место встречи уже выбрано.\n"
    )
    assert speaker_of(page, "место встречи уже выбрано") == "Sergey Lavrov"


def test_the_russian_leader_is_the_russian_president_who_spoke() -> None:
    page = (
        "Summit ends\n\n"
        "The talks between US President Donald Trump and his Russian counterpart Vladimir "
        "Putin were useful, both sides said.\n"
        "Putin said the two countries were close neighbours.\n"
        "In his remarks, the Russian leader stressed that trade could grow.\n"
    )
    assert speaker_of(page, "trade could grow") == "Vladimir Putin"
    # With no Russian president speaking, nobody we can name.
    quiet = (
        "Summit ends\n\n"
        "US President Donald Trump said the talks were useful.\n"
        "In his remarks, the Russian leader stressed that trade could grow.\n"
    )
    assert speaker_of(quiet, "trade could grow") == UNKNOWN


def test_a_heading_over_someones_statements_is_no_title_under_the_first_line() -> None:
    page = (
        "Полчаса назад закончился разговор президентов, сообщил Ушаков журналистам.\n"
        "Другие заявления Ушакова:\n"
        "— Беседа была деловой и подробной;\n"
        "— Стороны высказались за новые контакты;\n"
        "— Следующий разговор пока не назначен.\n"
    )
    document = parse_transcript(page, "page")
    assert document.title != "Другие заявления Ушакова"
    assert speaker_of(page, "закончился разговор президентов") == USHAKOV
    assert speaker_of(page, "Стороны высказались за новые контакты") == USHAKOV
    assert speaker_of(page, "пока не назначен") == USHAKOV


def test_a_quote_the_statement_read_is_the_documents() -> None:
    page = (
        "Leaders speak by phone - Kremlin\n\n"
        "The two presidents spoke about trade, the Kremlin said on Monday.\n"
        '"Vladimir Putin had a telephone conversation with Turkish President Recep Tayyip '
        'Erdogan. They discussed the new trade route\nand its opening in May," the statement '
        "read.\n"
        "Erdogan voiced support for the plan, the statement read.\n"
        '"Recep Tayyip Erdogan fully backed the plan. His side will help with the work," the '
        "statement read.\n"
    )
    assert speaker_of(page, "opening in May") == UNKNOWN
    assert speaker_of(page, "His side will help") == UNKNOWN


def test_a_russian_present_tense_verb_of_saying_names_its_subject() -> None:
    page = (
        "Канал о политике\n\n"
        "Журналисты весь день спрашивали о встрече в верхах. Песков подтверждает, что "
        "встреча президентов уже назначена.\n"
    )
    assert speaker_of(page, "встреча президентов уже назначена") == "Dmitry Peskov"


def test_the_head_of_state_after_the_verb_is_no_minister_named_in_the_quote() -> None:
    page = (
        "Президент России Владимир Путин провел совещание с членами Совбеза. С докладом "
        "выступил министр обороны Сергей Шойгу.\n"
        '"Сегодня обсуждаем безопасность на границе. Первым выступает министр обороны '
        'Сергей Кужугетович Шойгу", - указал глава государства.\n'
    )
    assert speaker_of(page, "обсуждаем безопасность на границе") == "Vladimir Putin"


def test_a_line_broken_after_an_abbreviation_of_capitals_goes_on() -> None:
    page = (
        "Radio bulletins\n\n"
        "Speaking to reporters, Kremlin spokesman Dmitry Peskov said Moscow welcomed the change "
        "in U.S.\n"
        "trade policy as a step in the right direction.\n"
        "Anna Example, Radio News, Moscow.\n"
    )
    assert speaker_of(page, "step in the right direction") == "Dmitry Peskov"


def test_a_title_naming_someones_remarks_is_still_his() -> None:
    page = (
        "Замечания Путина о переговорах с Западом\n\n"
        "Переговоры возможны только на равных, отметил президент.\n"
    )
    assert speaker_of(page, "возможны только на равных") == "Vladimir Putin"
