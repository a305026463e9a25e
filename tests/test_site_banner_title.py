"""A mission's site prints its name twice over the page's heading; the heading under it names
the speaker but no event word ("Explanation of vote by ..."): the heading is the title and the
statement is its speaker's, not Unknown speaker's (issue 8).

Every page here is written for the test, in the layout of a permanent mission's site.
"""

from __future__ import annotations

import pytest

from retrieval.transcript import parse_transcript

BANNER_EN = "Permanent Mission of the Russian Federation to the United Nations"
BANNER_RU = "Постоянное представительство Российской Федерации при Организации Объединенных Наций"

HEADING_EN = (
    "Explanation of vote by First Deputy Permanent Representative Dmitry Polyanskiy "
    "after the UNSC vote on the draft resolution on Yemen"
)
HEADING_RU = (
    "Разъяснение мотивов голосования Постоянного представителя В.А.Небензи после "
    "голосования в СБ ООН по проекту резолюции по Сирии"
)

BODY_EN = """\
Mr. President,

We abstained in the vote on this draft. Our amendments on the humanitarian corridors were \
ignored by the penholders.

We will keep working with all members of the Council on a text that can unite us.
"""

BODY_RU = """\
Господин председатель,

Мы воздержались при голосовании по этому проекту. Наши поправки о гуманитарных коридорах \
авторы текста так и не учли.

Мы продолжим работу со всеми членами Совета над текстом, который мог бы нас объединить.
"""


def _page(banner: str, heading: str, body: str, banner_times: int = 2) -> str:
    top = "\n\n".join([banner] * banner_times)
    return f"{top}\n\n{heading}\n\n\n{body}"


@pytest.mark.parametrize(
    ("banner", "heading", "body", "speaker"),
    [
        (BANNER_EN, HEADING_EN, BODY_EN, "Dmitry Polyanskiy"),
        (BANNER_RU, HEADING_RU, BODY_RU, "Vassily Nebenzia"),
    ],
)
def test_heading_naming_the_speaker_under_a_banner_printed_twice(
    banner: str, heading: str, body: str, speaker: str
) -> None:
    document = parse_transcript(_page(banner, heading, body), "page")
    assert document.title == heading
    assert [p.speaker for p in document.passages] == [speaker] * len(document.passages)
    assert not any(banner in p.text or "Explanation of vote" in p.text for p in document.passages)


def test_banner_printed_twice_stays_the_title_when_no_heading_names_a_speaker() -> None:
    heading = "After the vote on the draft resolution on Yemen"
    document = parse_transcript(_page(BANNER_EN, heading, BODY_EN), "page")
    assert document.title == BANNER_EN
    assert {p.speaker for p in document.passages} == {"Unknown speaker"}


CRUMB_PAGE = """\
Сделать стартовой  |  Добавить в избранное  |  RSS
Купить шины недорого с доставкой по всей России

» » » Лавров провёл переговоры с главой МИД Египта
Лавров провёл переговоры с главой МИД Египта

Министр иностранных дел России Сергей Лавров провёл в Москве переговоры с египетским коллегой.

«Мы договорились продолжить консультации по Ближнему Востоку», — сказал Лавров журналистам.
"""


def test_headline_given_twice_by_its_breadcrumb_is_the_title_over_an_advert() -> None:
    document = parse_transcript(CRUMB_PAGE, "page")
    assert document.title == "Лавров провёл переговоры с главой МИД Египта"
    assert not any("шины" in p.text for p in document.passages)


def test_a_headline_naming_a_speaker_keeps_the_title_over_a_caption_given_twice() -> None:
    page = (
        "Lavrov: Russia is ready to talk about grain with Turkiye\n\n"
        "Sergey Lavrov, Foreign Minister of Russia\n\n"
        "Sergey Lavrov, Foreign Minister of Russia\n\n"
        "Russian Foreign Minister Sergey Lavrov has spoken to reporters after the meeting.\n"
    )
    assert parse_transcript(page, "page").title.startswith("Lavrov: Russia is ready")
