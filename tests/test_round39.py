"""Round 39: layouts and questions met on real pages this round.

The pages here are written for these tests in the layouts met on those sites.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.formatting import format_result_html
from bot.i18n.en import TEXTS
from retrieval.query import parse_query
from retrieval.transcript._dates import date_line
from tests.conftest import pages_folder, pages_index, speaker_of

# A news site's copy of a ministry statement: the headline labels it with the spokesman's
# surname, the lead says he made a statement, and its last sentence hands over the text.
_STATEMENT_COPY = """\
Политика
Яковенко: Москва призывает стороны в Киргизии к сдержанности
24 марта 2005 / 18:05
Официальный представитель МИД РФ Александр Яковенко сделал заявление в связи с событиями в \
Бишкеке. Текст опубликован на официальном сайте МИД РФ:

В Москве с тревогой следят за развитием событий в Киргизской Республике.

Призываем все стороны проявить сдержанность и не допустить новых жертв среди мирного населения.

Россия готова оказать содействие в восстановлении порядка.
"""


def test_a_lead_handing_over_the_text_of_a_statement_gives_it_all_to_him() -> None:
    # Before: the lead's last sentence named no one, so the statement below it was a report's
    # narration, nobody's.
    for words in ("с тревогой следят", "Призываем все стороны", "готова оказать содействие"):
        assert speaker_of(_STATEMENT_COPY, words) == "Alexander Yakovenko"
    # The lead itself is the site's.
    assert speaker_of(_STATEMENT_COPY, "сделал заявление") != "Alexander Yakovenko"
    # A lead that announces nothing leaves the paragraphs below it to no one.
    plain = _STATEMENT_COPY.replace(" Текст опубликован на официальном сайте МИД РФ:", "")
    assert speaker_of(plain, "Призываем все стороны") != "Alexander Yakovenko"


# A wire's retelling of an ambassador's speech: his post and name once, then "as the Russian
# diplomat reports".
_AS_THE_DIPLOMAT_REPORTS = """\
Посол РФ в Японии Михаил Галузин заявил в четверг на приёме, что у Москвы и Токио остается \
пространство для диалога.

Дальнейшее развитие связей зависит от позиции Токио. Как сообщает российский дипломат, \
решение японской стороны заморозить проекты отбросило сотрудничество на годы назад.
"""


def test_as_the_diplomat_reports_is_his_saying() -> None:
    # Before: «Как сообщает» was no verb of saying, and the sentence was narration.
    assert speaker_of(_AS_THE_DIPLOMAT_REPORTS, "заморозить проекты") == "Mikhail Galuzin"


def test_a_sites_domain_before_its_stamp_is_a_date_line() -> None:
    # Before: "Корреспондент.net," before the date kept the line from being one.
    found = date_line("Корреспондент.net,  2 июня 2005, 13:20")
    assert found is not None and found.date == dt.date(2005, 6, 2) and not found.event
    line = date_line("Lenta.ru | 14 марта 2011")
    assert line is not None and line.date == dt.date(2011, 3, 14)
    # A sentence after the site's name is no date line.
    assert date_line("Корреспондент.net, сегодня 2 июня 2005 года начался визит") is None


def test_a_date_in_the_future_is_what_was_spoken_of_not_a_filter() -> None:
    future = dt.date.today().year + 40
    for question in (
        f"What did he say about the future of the movement after {future}?",
        f"Что сказал Мишустин о совместной программе до {future} года?",
        f"Что сказал Мишустин о совместном с Китаем плане до {future} года?",
    ):
        parsed = parse_query(question)
        assert parsed.date_from is None and parsed.date_to is None, question
        assert str(future) in parsed.text
    # Past dates stay filters.
    assert parse_query("What did Lavrov say before 2019?").date_to == dt.date(2018, 12, 31)
    assert parse_query("Lavrov on Syria since October 2022").date_from == dt.date(2022, 10, 1)


# Two undated pages: one names the year of the events it reports, the other no year at all.
_UNDATED_NAMING_YEAR = """\
Fradkov and Vanhanen discuss trade and border crossings

Russian Prime Minister Mikhail Fradkov said after the talks that the two heads of government \
meet regularly. "We meet at least twice a year, and each time we come back to the border \
crossings," Fradkov said.

The two delegations also signed an agreement on customs checks at the Vaalimaa crossing, which \
Finnish lorry drivers have long complained about.

Matti Vanhanen said Finland expected the queues at the border to shorten by the summer.

"We will open two more lanes for lorries," Vanhanen said.

Finnish customs say trade between Russia and Finland grew by a fifth in 2006.
"""
_UNDATED_NO_YEAR = """\
Fradkov on timber duties

Russian Prime Minister Mikhail Fradkov said the timber export duties would be raised in steps. \
"Our Finnish partners will have time to adjust to the new timber duties," Fradkov said.
"""


@pytest.fixture(scope="module")
def undated_pages() -> dict[str, str]:
    return {"fradkov_finland.txt": _UNDATED_NAMING_YEAR, "fradkov_timber.txt": _UNDATED_NO_YEAR}


def test_an_undated_page_naming_the_year_asked_answers_marked_unchecked(
    undated_pages: dict[str, str],
) -> None:
    index = pages_index(undated_pages)
    result = index.search(
        "How often do the Russian and Finnish prime ministers meet, Fradkov said in 2006?"
    )
    # Before: no answer (the page states no date), its passage only listed as related.
    # Before: only a passage that named the year itself could answer (here the customs
    # figures); the answer, on the same undated page, was listed as related.
    assert result.hits and "twice a year" in result.hits[0].passage.text
    assert result.hits[0].unchecked == ("date",)
    # The reply says the date could not be checked.
    reply = "\n".join(format_result_html(result, 2))
    assert TEXTS.UNCHECKED_NOTES["date"] in reply
    # Asked of a year before the one it tells of, the page answers nothing (round 46: of a
    # later one it answers a question this specific, marked as unchecked).
    earlier = index.search(
        "How often do the Finnish and Russian prime ministers meet, Fradkov said in 2004?"
    )
    assert all(hit.passage.doc_id != "fradkov_finland" for hit in earlier.hits)
    later = index.search(
        "How often do the Finnish and Russian prime ministers meet, Fradkov said in 2011?"
    )
    assert later.hits and later.hits[0].unchecked == ("date",)
    # Nor does a page that names no year answer a broad question of a year.
    timber = index.search("What did Fradkov say about timber duties in 2006?")
    assert not timber.hits
    assert timber.related and timber.related[0].unchecked == ("date",)


def test_ask_json_marks_an_unchecked_answer(
    undated_pages: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder: Path = pages_folder(undated_pages)
    question = "How often do the Russian and Finnish prime ministers meet, Fradkov said in 2006?"
    assert main(["ask", "--data", str(folder), "--json", question]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["hits"] and "twice a year" in out["hits"][0]["text"]
    assert out["hits"][0]["unchecked"] == ["date"] and out["hits"][0]["date"] is None
    assert main(["ask", "--data", str(folder), "--json", "Fradkov on timber duties"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["hits"] and out["hits"][0]["unchecked"] == []


# A currency blog's notes on a wire: the sayer on a line of his own, his words on the next.
_SAID_LINE = """\
Kremlin aide Yuri Ushakov on the wires

The remark was reportedly passed on to EU leaders at the weekend summit.

Ushakov said

The words were taken out of context and meant something else entirely

Make of that what you will.
"""


def test_a_line_of_a_sayer_and_said_hands_him_the_line_below() -> None:
    # Before: "Ushakov said" was his, the words on the next line nobody's.
    assert speaker_of(_SAID_LINE, "taken out of context") == "Yuri Ushakov"
    # A line that goes on after the verb says what he said itself.
    told = _SAID_LINE.replace("Ushakov said\n", "Ushakov said the remark was old.\n")
    assert speaker_of(told, "taken out of context") != "Yuri Ushakov"


# A paper's report on a cabinet meeting: the object first, then the post before its verb; a
# Duma speaker by the bare "председатель"; an imperfective «называл»; the president's
# instruction.
_CABINET_REPORT = """\
Председатель правительства Михаил Мишустин попросил министров приступить к работе над \
поручениями. "Начинать эту работу необходимо уже сегодня", - подчеркнул он.

Выполнение положений Послания премьер назвал главным ориентиром для кабинета.
"""
_DUMA_REPORT = """\
"Сессия будет долгой и напряженной", - сообщил спикер палаты Вячеслав Володин, открывая \
весеннюю сессию.

Также он называл важными вопросы здравоохранения и защиты граждан от мошенников.

По поводу предстоящих выборов председатель заявил: "Кампания должна объединить людей".
"""
_INSTRUCTION = """\
Глава Минэкономразвития Максим Орешкин доложил о росте промышленности на встрече с президентом \
Владимиром Путиным. «Рост устойчивый», — отметил Орешкин.

Путин поручил ему чаще взаимодействовать с регионами по вопросам инфляции.
"""


def test_posts_verbs_and_word_order_of_russian_reports() -> None:
    # Before: each of these was nobody's.
    assert speaker_of(_CABINET_REPORT, "главным ориентиром") == "Mikhail Mishustin"
    assert speaker_of(_DUMA_REPORT, "защиты граждан") == "Vyacheslav Volodin"
    assert speaker_of(_DUMA_REPORT, "объединить людей") == "Vyacheslav Volodin"
    assert speaker_of(_INSTRUCTION, "чаще взаимодействовать") == "Vladimir Putin"
    # A foreign premier before the verb is not the story's.
    foreign = _CABINET_REPORT.replace("Послания премьер", "Послания финский премьер")
    assert speaker_of(foreign, "главным ориентиром") != "Mikhail Mishustin"
