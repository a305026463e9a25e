"""Words set above a speech with their author's name on the line under them (issue 8).

A poet's lines are nobody's we can name; a quote signed by an official the bot knows is that
official's, also with blank lines between the quote and the signature (as a portal copies it).
Every page here is written for the test, in the layouts of portals that repost transcripts.
"""

from __future__ import annotations

from retrieval.speakers import UNKNOWN_SPEAKER
from tests.conftest import speaker_of

SIGNED = """\
» » » Владимир Путин встретился с волонтёрами
Купить шины недорого с доставкой по всей России

Владимир Путин встретился с волонтёрами

«Мы вместе сделали очень много. И впереди у нас не меньше работы».



В.Путин


Стенограмма:

В.Путин: Добрый день, друзья! Рад видеть вас в Кремле. Начнём с ваших предложений.
"""

POEM = """\
Встреча с учителями

«Умом Россию не понять,
Аршином общим не измерить».
Ф.Тютчев

В.Путин: Добрый день, коллеги! Рад видеть вас. Начнём с ваших предложений по программе.
"""

POEM_WITH_GAP = """\
Встреча с учителями

«Умом Россию не понять, аршином общим не измерить».

Ф.Тютчев

В.Путин: Добрый день, коллеги! Рад видеть вас. Начнём с ваших предложений по программе.
"""

STANZAS = """\
Встреча с учителями

Есть в светлости осенних вечеров
Умильная, таинственная прелесть.

Ф.Тютчев

В.Путин: Добрый день, коллеги! Рад видеть вас. Начнём с ваших предложений по программе.
"""


def test_a_quote_signed_by_a_known_official_past_blank_lines_is_his() -> None:
    assert speaker_of(SIGNED, "Мы вместе сделали") == "Vladimir Putin"
    assert speaker_of(SIGNED, "Рад видеть вас в Кремле") == "Vladimir Putin"


def test_a_poets_lines_stay_nobodys() -> None:
    assert speaker_of(POEM, "Умом Россию") == UNKNOWN_SPEAKER
    assert speaker_of(POEM_WITH_GAP, "Умом Россию") == UNKNOWN_SPEAKER
    assert speaker_of(POEM, "Начнём с ваших") == "Vladimir Putin"


def test_verse_over_a_blank_line_is_not_taken_for_an_epigraph() -> None:
    # Only quoted words reach their author over blank lines: unquoted lines there are the
    # text's own, and the parser gives them as it would without the name under them.
    assert speaker_of(STANZAS, "Есть в светлости") != "Vladimir Putin"


WIDGET_UNDER_QUOTE = """\
Zakharova explains the call she took during the briefing

Video channel of a reader
52 views • 3 weeks ago

Maria Zakharova was asked during the briefing not to comment on one subject.

Maria Zakharova told reporters that the call was about one comment she checked:

"There were questions before the briefing. I asked the experts. So there is no mystery."

Keywords

politicsbriefingrussia
"""


def test_a_lone_word_under_a_quote_is_no_authors_signature() -> None:
    # "Keywords" under the quote is a video page's widget, not a person signing the words:
    # the quote stays the words of the one the line above it announces.
    assert speaker_of(WIDGET_UNDER_QUOTE, "There were questions before") == "Maria Zakharova"
