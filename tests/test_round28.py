"""Round 28: layouts met on real pages this round — a headline with a tag after it («...
Стенограмма»), a governor labelled by surname alone in a repost of a Kremlin conversation.

The pages here are written for these tests in the layouts met on news sites.
"""

from __future__ import annotations

import pytest

from retrieval.transcript import parse_transcript
from tests.conftest import speaker_of

UNKNOWN = "Unknown speaker"

# A regional site's repost of a conversation in the Kremlin: a headline ending with a tag, a
# lead naming the governor in the instrumental case, then "Путин:" and the governor's surname
# as labels, with a photo caption between them.
GOVERNOR_TALK = """\
Шумов на встрече с Путиным рассказал о дорогах и школах области. {tag}

Сегодня в Кремле президент встретился с врио губернатора Северной области Олегом Шумовым. \
Губернатор доложил о ходе ремонта дорог и о строительстве школ.

Публикуем стенограмму разговора полностью.

Путин: Олег Петрович, давайте начнём с дорог. Что удалось сделать за год?

Владимир Путин

Шумов: За год мы отремонтировали четыреста километров региональных трасс, и это вдвое больше, \
чем годом ранее. В следующем году начнём строить три новые школы в районных центрах.
"""


@pytest.mark.parametrize("tag", ["Стенограмма", "Видео", "Полный текст"])
def test_a_headline_with_a_tag_after_it_is_the_title(tag: str) -> None:
    # Before: ". Стенограмма" made the line two sentences, running text; the page had no title.
    document = parse_transcript(GOVERNOR_TALK.format(tag=tag), "page")
    assert document.title.startswith("Шумов на встрече с Путиным")


@pytest.mark.parametrize("tag", ["Стенограмма", ""])
def test_a_surname_label_answering_a_known_speaker_is_that_person(tag: str) -> None:
    # With the headline (which names him) and without it (a copy that lost it): the lead names
    # "Олегом Шумовым", and "Шумов:" answers Putin's turn. Before, his words went to Putin.
    page = GOVERNOR_TALK.format(tag=tag)
    if not tag:
        page = page.split("\n", 2)[2]
    assert speaker_of(page, "четыреста километров") == "Oleg Shumov"
    assert speaker_of(page, "давайте начнём с дорог") == "Vladimir Putin"


def test_a_surname_label_the_page_never_names_in_full_is_not_taken() -> None:
    # "Итоги:" after Putin's turn is a heading, not a person: the page names no "... Итоги".
    page = GOVERNOR_TALK.format(tag="").split("\n", 2)[2].replace("Шумов: За год", "Итоги: За год")
    assert speaker_of(page, "четыреста километров") != "Itogi"


def test_a_long_sentence_ending_with_video_stays_text() -> None:
    # A line of running text is still text when it ends so: it is not taken for the title.
    page = (
        "Глава МИД России провёл переговоры с коллегой из Египта в Москве и обсудил ситуацию "
        "в регионе и поставки зерна, а также подготовку визита президента в следующем "
        "месяце, сообщили в ведомстве, добавив, что стороны договорились продолжить "
        "консультации на уровне заместителей министров в ближайшее время и что график "
        "согласуют дипломаты обеих стран. Видео\n\nЛавров: Переговоры были полезными.\n"
    )
    assert not parse_transcript(page, "page").title.startswith("Глава МИД")
