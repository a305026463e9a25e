"""A news site's date widget copied over two lines ("25 Ноя" / "2024") above a headline that
the copy gives twice ("Захарова: ..." on two lines): the page's date and its title (issue 8).

Every page here is written for the test, in the layout of real regional news sites.
"""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.transcript import parse_transcript
from retrieval.transcript._datelines import split_stamp_date
from tests.conftest import speaker_of

WIDGET_RU = """\
14 Мар
2023
+4° c МИНСК
ВЕСТИ РЕГИОНА
Захарова: Москва рассчитывает на продолжение работы группы по границе

Захарова: Москва рассчитывает на продолжение работы группы по границе

Москва рассчитывает, что совместная рабочая группа по делимитации границы продолжит работу \
в прежнем составе. Об этом на брифинге сообщила официальный представитель МИД России Мария \
Захарова.

«Мы готовы предоставить площадку для следующего раунда, если стороны сочтут это удобным», — \
сказала она.
"""

WIDGET_EN = """\
Oct. 2
2019
Ryabkov: Moscow will answer any deployment of missiles in Asia

Ryabkov: Moscow will answer any deployment of missiles in Asia

Russia will respond to the deployment of American intermediate-range missiles in Asia, Deputy \
Foreign Minister Sergey Ryabkov told reporters on Wednesday.

"We will have to take measures that restore the balance, and nobody should doubt that," he said.
"""


@pytest.mark.parametrize(
    ("line", "next_line", "date"),
    [
        ("25 Ноя", "2024", dt.date(2024, 11, 25)),
        ("3 февраля", "2021", dt.date(2021, 2, 3)),
        ("Oct. 2", "2019", dt.date(2019, 10, 2)),
        ("29 Feb", "2023", None),  # no such day that year
        ("25 Ноя", "2024 год стал трудным", None),  # a sentence, not the widget's year
        ("Moscow", "2024", None),
        ("25 Ноя 2024", "Захарова: ...", None),  # a whole date: a date line, read elsewhere
    ],
)
def test_split_stamp_forms(line: str, next_line: str, date: dt.date | None) -> None:
    assert split_stamp_date(line, next_line) == date


@pytest.mark.parametrize(
    ("page", "date", "title", "speaker"),
    [
        (
            WIDGET_RU,
            dt.date(2023, 3, 14),
            "Захарова: Москва рассчитывает на продолжение работы группы по границе",
            "Maria Zakharova",
        ),
        (
            WIDGET_EN,
            dt.date(2019, 10, 2),
            "Ryabkov: Moscow will answer any deployment of missiles in Asia",
            "Sergey Ryabkov",
        ),
    ],
)
def test_a_split_date_widget_dates_the_page_and_a_headline_given_twice_is_its_title(
    page: str, date: dt.date, title: str, speaker: str
) -> None:
    document = parse_transcript(page, "doc")
    assert document.date == date
    assert document.title == title
    quoted = "следующего раунда" if page is WIDGET_RU else "restore the balance"
    assert speaker_of(page, quoted) == speaker
    # The headline is the title, not a passage of its own under the name before its colon.
    assert not any(p.text.startswith(title.split(":")[0] + ":") for p in document.passages)


def test_a_speakers_turn_given_once_stays_a_turn() -> None:
    page = (
        "Briefing on the border talks\n\nLavrov: We are ready to continue the talks on the "
        "border in the same format, as agreed in spring.\n\nQuestion: When will they resume?\n"
    )
    document = parse_transcript(page, "doc")
    assert document.title == "Briefing on the border talks"
    assert speaker_of(page, "ready to continue") == "Sergey Lavrov"
