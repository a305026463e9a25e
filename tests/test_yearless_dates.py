"""A day the page states without a year (issue 8): an agency's dateline ("MOSCOW, March 27.
/TASS/.") or a lead that opens with the day, on a page that gives no year anywhere.

The day is kept as such: a date filter on a month checks it (the year stays unchecked and is
never made up), the source line says the year is not stated, and ``ask --json`` gives it as
``--03-27``. Every page here is written for the test, in the real layouts.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.formatting import format_result_html, format_sources_html
from bot.i18n import format_date, texts_for
from bot.sourceline import source_line_text
from retrieval.corpus import load_corpus, not_found
from retrieval.passages import Document
from retrieval.search import NoAnswer, SearchIndex
from retrieval.store import PassageStore, day_code
from retrieval.transcript import parse_transcript
from retrieval.transcript._datelines import dateline_day, named_day, stamp_day, url_date
from tests.conftest import SAMPLE_DIR

# A news agency's story: a headline, the dateline without a year, reported speech.
AGENCY_EN = """\
Moscow sees no grounds to resume the grain corridor talks — diplomat

MOSCOW, March 27. /TASS/. Moscow sees no grounds to resume the talks on the grain corridor \
in the Black Sea, Russian Deputy Foreign Minister Sergey Vershinin said.

"So far we see no change in the approach of our partners to the grain corridor, which is an \
indispensable condition for us," the senior diplomat told reporters on the sidelines of a \
conference on Africa.
"""

AGENCY_RU = """\
Рябков: возобновлять диалог о стратегической стабильности преждевременно

МОСКВА, 20 января. /ТАСС/. Москва не видит оснований возобновлять диалог о стратегической \
стабильности с Вашингтоном, заявил заместитель министра иностранных дел России Сергей Рябков.

«Пока мы не видим глубоких перемен в наших отношениях», — сказал дипломат журналистам.
"""

# The same dateline under a page whose stamp gives that day in full: the stamp's year is kept.
AGENCY_STAMPED = AGENCY_EN + "\nPublished: March 27, 2025\n"

# A blog's retelling whose lead opens with the day and no year, and no stamp anywhere.
LEAD_DAY = """\
Lavrov on the Arctic Council

On October 24, Foreign Minister Sergey Lavrov said that the Arctic Council must return to its \
practical work on shipping routes and the environment without preconditions.

"We are ready to resume the work of the council in full as soon as our partners are," he said.
"""

# A dated page on another topic, for the search.
DATED = """\
Foreign Minister Sergey Lavrov's remarks at a news conference, Moscow, May 10, 2024

Sergey Lavrov: We discussed fishing quotas in the Barents Sea and the joint commission's work \
on cod and haddock, which has served both countries well for half a century.
"""


def _documents() -> list[Document]:
    return [parse_transcript(AGENCY_EN, "agency_en"), parse_transcript(DATED, "dated")]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    # The sample transcript too, so that words have the weights of a corpus.
    return SearchIndex([*_documents(), *load_corpus(SAMPLE_DIR).documents])


# --- the parser keeps the day --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [(AGENCY_EN, (3, 27)), (AGENCY_RU, (1, 20)), (LEAD_DAY, (10, 24))],
)
def test_a_day_without_a_year_is_kept_without_a_year(text: str, day: tuple[int, int]) -> None:
    document = parse_transcript(text, "doc")
    assert document.date is None
    assert document.yearless_day == day
    assert {p.yearless_day for p in document.passages} == {day}
    assert {p.date for p in document.passages} == {None}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("MOSCOW, March 27. /TASS/. Moscow sees no grounds", (3, 27)),
        ("UNITED NATIONS, June 3. /TASS/. The envoy said", (6, 3)),
        ("МОСКВА, 22 февраля. /ТАСС/. Россия не видит", (2, 22)),
        ("MOSCOW, 16 APR – RIA Novosti. A telephone call is not planned", (4, 16)),
        ("Москва. 23 января. INTERFAX.RU - Пресс-секретарь президента", (1, 23)),
        ("Moscow. December 22nd. INTERFAX - The deputy minister said", (12, 22)),
        ("BRUSSELS. Nov 10 (Interfax) – NATO will not", (11, 10)),
        ("МОСКВА, 20 янв - ПРАЙМ. Курс рубля", (1, 20)),
        ("МОСКВА, 9 ноя — РИА Новости. В Москве обеспокоены", (11, 9)),
        ("A title\n\nМосква. 19 июня. INTERFAX.RU - Замглавы МИД", (6, 19)),
        # Running text that names a day is no dateline.
        ("In Moscow, March 5 – the minister said", None),
        ("The talks ended, March 5. They agreed on nothing", None),
        ("Moscow, 31 February. /TASS/.", None),  # no such day
        ("Moscow, 29 February. /TASS/.", (2, 29)),  # a day of leap years
    ],
)
def test_agency_dateline_forms(text: str, day: tuple[int, int] | None) -> None:
    assert dateline_day(text) == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("News 31 july — 10:56", (7, 31)),
        ("30 Aug. 17:30 (UTC+3 MSK)", (8, 30)),
        ("18 апреля, 17:26", (4, 18)),
        ("23 марта, 23:09,", (3, 23)),
        ("обновлено 23 марта, 23:25", (3, 23)),
        ("At 17:30 the talks began", None),
        ("31 July 2019 10:56", None),  # a year: a date line, read elsewhere
    ],
)
def test_stamp_day_forms(line: str, day: tuple[int, int] | None) -> None:
    assert stamp_day(line) == day


# A news site's stamp over the headline, no year anywhere; stories listed under the text with
# their own stamps.
STAMPED_TOP = """News 31 july — 10:56

Zakharova on the talks in Baku

Foreign Ministry Spokeswoman Maria Zakharova said the talks in Baku were constructive and that \
Moscow was ready to continue the dialogue with both sides of the conflict.
"""

STAMPED_RELATED = """Zakharova on the talks in Baku

Foreign Ministry Spokeswoman Maria Zakharova said the talks in Baku were constructive and that \
Moscow was ready to continue the dialogue with both sides of the conflict.

Other news

The parliament extended the session
18 апреля, 17:26
"""


def test_a_stamp_over_the_page_gives_its_day_and_is_no_title() -> None:
    document = parse_transcript(STAMPED_TOP, "doc")
    assert document.yearless_day == (7, 31)
    assert document.title == "Zakharova on the talks in Baku"


def test_a_related_storys_stamp_under_the_text_is_not_the_pages() -> None:
    document = parse_transcript(STAMPED_RELATED, "doc")
    assert document.date is None and document.yearless_day is None


# A retelling whose lead names the day with its weekday, mid-sentence.
WEEKDAY_LEAD_RU = """\
Захарова: НАТО не заинтересовано в диалоге

НАТО не заинтересовано в равноправном диалоге с Россией. Об этом заявила в четверг, 7 октября, \
официальный представитель МИД России Мария Захарова в эфире телеканала.

«Мы видим, что альянс выбрал путь конфронтации», — сказала она.
"""


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Об этом заявила в четверг, 7 октября, официальный представитель", (10, 7)),
        ("Заявление сделал Андрей Руденко во вторник, 21 мая.", (5, 21)),
        ("Сегодня, 4 декабря, президент выступил с посланием", (12, 4)),
        ("Zakharova said on Friday, March 3, that the talks had failed", (3, 3)),
        ("He said on Monday, 23 February 2015, that", None),  # a full date: read elsewhere
        ("He spoke on Tuesday about the talks", None),  # a weekday alone is no day
        ("The talks planned for 24 April will open in Rome", None),  # no weekday, no today
    ],
)
def test_days_named_with_their_weekday(sentence: str, day: tuple[int, int] | None) -> None:
    assert named_day([sentence]) == day


def test_a_lead_naming_the_day_with_its_weekday_gives_the_day() -> None:
    document = parse_transcript(WEEKDAY_LEAD_RU, "doc")
    assert document.date is None and document.yearless_day == (10, 7)


# --- the page's address ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://ria.ru/20260120/lavrov-talks-2069.html", dt.date(2026, 1, 20)),
        ("https://rg.ru/2025/03/27/riabkov.html", dt.date(2025, 3, 27)),
        ("https://news.example.org/2025-03-27-talks", dt.date(2025, 3, 27)),
        ("https://tass.com/politics/1934567", None),  # an article number
        ("https://www.mid.ru/ru/foreign_policy/news/1978520/", None),
        ("https://news.example.org/2025/", None),  # a year only
        ("https://news.example.org/news/20251399/a", None),  # no such day
        (None, None),
    ],
)
def test_url_dates(url: str | None, date: dt.date | None) -> None:
    assert url_date(url) == date


def test_the_address_gives_the_year_of_the_datelines_day() -> None:
    page = "Source: https://rg.ru/2025/03/27/vershinin-grain.html\n\n" + AGENCY_EN
    document = parse_transcript(page, "doc")
    assert document.date == dt.date(2025, 3, 27) and document.yearless_day is None
    # Passed by the importer rather than written on the page: the same.
    document = parse_transcript(AGENCY_EN, "doc", "https://ria.ru/20250328/grain.html")
    assert document.date == dt.date(2025, 3, 27)


def test_an_address_far_from_the_day_gives_no_year() -> None:
    # Posted months after the day: a later story, or an archive's address; no year is guessed.
    document = parse_transcript(AGENCY_EN, "doc", "https://news.example.org/2025/09/01/grain")
    assert document.date is None and document.yearless_day == (3, 27)


def test_the_address_dates_a_page_that_states_no_day() -> None:
    page = DATED.replace(", Moscow, May 10, 2024", "")
    assert parse_transcript(page, "doc").date is None
    document = parse_transcript(page, "doc", "https://ria.ru/20240510/lavrov.html")
    assert document.date == dt.date(2024, 5, 10)


def test_a_page_that_states_its_date_keeps_it_whatever_the_address() -> None:
    document = parse_transcript(DATED, "doc", "https://ria.ru/20240601/lavrov.html")
    assert document.date == dt.date(2024, 5, 10)


def test_a_full_date_of_the_same_day_gives_the_year_and_no_yearless_day() -> None:
    document = parse_transcript(AGENCY_STAMPED, "doc")
    assert document.date == dt.date(2025, 3, 27)
    assert document.yearless_day is None
    assert {p.yearless_day for p in document.passages} == {None}


def test_index_reports_the_year_not_found() -> None:
    assert not_found(parse_transcript(AGENCY_EN, "doc")) == ("year",)
    untitled_undated = "Sergey Lavrov: We are ready to continue the dialogue with all partners."
    assert "date" in not_found(parse_transcript(untitled_undated, "doc"))


def test_the_store_keeps_the_day(tmp_path: Path) -> None:
    store = PassageStore.from_documents(_documents())
    store.save(tmp_path / "store")
    loaded = PassageStore.load(tmp_path / "store")
    for kept in (store, loaded):
        days = kept.yearless_days()
        assert [kept[i].yearless_day for i in range(len(kept))] == [
            (3, 27) if kept[i].doc_id == "agency_en" else None for i in range(len(kept))
        ]
        assert {int(days[i]) for i in range(len(kept)) if kept[i].doc_id == "dated"} == {0}
        assert {int(days[i]) for i in range(len(kept)) if kept[i].doc_id != "dated"} == {
            day_code(3, 27)
        }
        assert kept.document(0).yearless_day == (3, 27)


# --- a date filter checks the day ----------------------------------------------------------------


def test_a_month_filter_takes_in_the_day_and_leaves_the_year_unchecked(
    index: SearchIndex,
) -> None:
    result = index.search("What did the diplomat say about the grain corridor in March 2025?")
    assert result.hits, result.reason
    assert result.hits[0].passage.doc_id == "agency_en"
    assert result.hits[0].passage.date is None
    assert all(hit.unchecked == ("year",) for hit in result.hits)


def test_a_saved_index_checks_the_day_alike(index: SearchIndex, tmp_path: Path) -> None:
    index.save(tmp_path / "index", "key")
    loaded = SearchIndex.load(tmp_path / "index", "key")
    question = "What did the diplomat say about the grain corridor in March 2025?"
    hits = loaded.search(question).hits
    assert hits and hits[0].passage.yearless_day == (3, 27)
    assert [h.passage.id for h in hits] == [h.passage.id for h in index.search(question).hits]


def test_a_month_filter_that_misses_the_day_leaves_the_page_out(index: SearchIndex) -> None:
    result = index.search("What did the diplomat say about the grain corridor in April 2025?")
    assert result.hits == () and result.reason == NoAnswer.FILTERED
    assert result.related == ()


@pytest.mark.parametrize(
    "question",
    [
        "What did the diplomat say about the grain corridor in 2025?",  # a year checks no day
        "What did the diplomat say about the grain corridor since March 2025?",  # open-ended
    ],
)
def test_a_filter_that_cannot_check_the_day_lists_the_page_as_unchecked(
    index: SearchIndex, question: str
) -> None:
    result = index.search(question)
    assert result.hits == () and result.reason == NoAnswer.FILTERED
    assert result.related and result.related[0].passage.doc_id == "agency_en"
    assert all(hit.unchecked == ("date",) for hit in result.related)
    # The reply says which: a day is stated, the year is not.
    reply = "\n".join(format_result_html(result, 3))
    en = texts_for("en")
    assert en.UNCHECKED_HEADING in reply and en.UNCHECKED_NOTES["year"] in reply
    assert en.UNCHECKED_NOTES["date"] not in reply


@pytest.mark.parametrize(
    "question",
    [
        "What was said about nuclear tests in March 2025?",
        "Что говорили о ядерных испытаниях в марте 2025 года?",
        "What was said about nuclear tests in May 2024?",  # the dated page alike
    ],
)
def test_a_month_filter_does_not_make_an_answer_of_another_topic(
    index: SearchIndex, question: str
) -> None:
    assert index.search(question).hits == ()


def test_the_month_word_meets_the_yearless_day(index: SearchIndex) -> None:
    # No year, so no filter: "March" is a word, and the page's day (27 March) supplies it.
    in_march = index.search("the grain corridor in March")
    plain = index.search("the grain corridor")
    assert in_march.hits[0].passage.doc_id == "agency_en"
    assert in_march.hits[0].score > plain.hits[0].score


# --- what the reader sees ------------------------------------------------------------------------


def test_the_date_says_the_year_is_not_stated() -> None:
    assert format_date(None, "en", yearless_day=(3, 27)) == "27 Mar (year not stated)"
    assert format_date(None, "ru", yearless_day=(3, 27)) == "27 марта (год не указан)"
    # A full date wins; no day at all is an unknown date.
    assert format_date(dt.date(2025, 3, 27), "en", yearless_day=(3, 27)) == "27 Mar 2025"
    assert format_date(None, "en") == texts_for("en").DATE_UNKNOWN


def test_the_source_line_and_the_reply_never_show_a_year(index: SearchIndex) -> None:
    passage = parse_transcript(AGENCY_EN, "doc").passages[0]
    assert source_line_text(passage, "en").startswith("27 Mar (year not stated) · ")
    result = index.search("What did the diplomat say about the grain corridor in March 2025?")
    reply = "\n".join(format_result_html(result, 3))
    assert "27 Mar (year not stated)" in reply
    assert "2025" not in reply.replace("March 2025", "")
    assert texts_for("en").UNCHECKED_HEADING not in reply
    reply_ru = "\n".join(format_result_html(result, 3, "ru"))
    assert "27 марта (год не указан)" in reply_ru


def test_sources_list_the_day_without_a_year(index: SearchIndex) -> None:
    summaries = {d.id: d for d in index.document_summaries()}
    assert summaries["agency_en"].date is None
    assert summaries["agency_en"].yearless_day == (3, 27)
    assert summaries["dated"].yearless_day is None
    reply = "\n".join(format_sources_html(list(summaries.values()), language="en"))
    assert "27 Mar (year not stated)" in reply


def test_ask_json_gives_the_day_without_a_year(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "agency_en.txt").write_text(AGENCY_EN, "utf-8")
    (data / "dated.txt").write_text(DATED, "utf-8")
    question = "What did the diplomat say about the grain corridor in March 2025?"
    assert main(["ask", "--data", str(data), "--json", question]) == 0
    out = json.loads(capsys.readouterr().out)
    first = out["hits"][0]
    assert first["date"] is None and first["yearless_day"] == "--03-27"
    assert main(["ask", "--data", str(data), question]) == 0
    assert capsys.readouterr().out.startswith("27 Mar (year not stated) · ")
    assert main(["ask", "--data", str(data), "--json", "cod and haddock"]) == 0
    dated = json.loads(capsys.readouterr().out)["hits"][0]
    assert dated["date"] == "2024-05-10" and dated["yearless_day"] is None
