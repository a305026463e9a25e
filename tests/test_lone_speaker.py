"""Quoted words nobody is named as saying, on a page where one person alone speaks (issue 8).

Retellings set a quote apart from its attribution: a quote above the transcript it is taken
from, a headline quote repeated in a dash line under a breadcrumb. On a page that gives words to
one person only, a paragraph all in quotes is theirs; with a second speaker on the page it is
not, nor are words quoted inside a sentence of narration (tests/test_transcript_rules.py and
tests/test_transcript_attribution_pass20.py hold those). Pages written for the test.
"""

from __future__ import annotations

from retrieval.speakers import UNKNOWN_SPEAKER
from tests.conftest import speaker_of

QUOTE_OVER_TRANSCRIPT = """\
Путин встретился с политологами

«Мы и дальше будем действовать не менее последовательно, чем в предыдущие годы, и это даёт \
мне право утверждать, что и впредь мы будем работать так же эффективно, как работали всё это \
время, вместе с вами и со всеми, кто готов работать».

Стенограмма начала встречи:

В.Путин: Добрый день! Пригласил вас, чтобы обсудить, как начинается важный этап политической \
жизни страны.
"""

# With a second speaker on the page, nobody is its only speaker.
TWO_SPEAKERS = (
    QUOTE_OVER_TRANSCRIPT
    + "\nС.Лавров: Спасибо. Добавлю несколько слов о внешней политике и наших партнёрах.\n"
)


def test_a_quote_above_the_transcript_is_the_only_speakers() -> None:
    assert speaker_of(QUOTE_OVER_TRANSCRIPT, "не менее последовательно") == "Vladimir Putin"


def test_with_a_second_speaker_the_quote_stays_nobodys() -> None:
    assert speaker_of(TWO_SPEAKERS, "не менее последовательно") == UNKNOWN_SPEAKER


# A greeting's text quoted over two paragraphs under "The message reads, in part:".
GREETING = (
    "Greetings to the chess olympiad\n\n"
    "Vladimir Putin sent greetings to the players and guests of the chess olympiad.\n\n"
    "July 8, 2018 - 14:00\n\n"
    "The message reads, in part:\n\n"
    "“For many years your tournament has brought together the best players of many "
    "countries. It is a real school of patience.\n\n"
    "I am sure that the games will be bright and fair, and that the guests will enjoy the "
    "city.”\n\n"
    "Players from forty countries will take part in the olympiad, held on July 8–20.\n"
)


def test_the_paragraph_closing_the_only_speakers_open_quote_is_his_too() -> None:
    assert speaker_of(GREETING, "games will be bright and fair") == "Vladimir Putin"
    assert speaker_of(GREETING, "Players from forty countries") == UNKNOWN_SPEAKER


def test_a_paragraph_after_an_open_quote_that_does_not_close_it_at_its_end_stays_nobodys() -> None:
    # The closing mark inside a sentence of narration: no sure continuation of his words.
    inside = GREETING.replace("enjoy the city.”", "enjoy the city,” the organisers hope.")
    assert speaker_of(inside, "games will be bright and fair") == UNKNOWN_SPEAKER
    # Nor a paragraph that names someone saying it.
    said = GREETING.replace("I am sure that", "The mayor said that")
    assert speaker_of(said, "games will be bright and fair") == UNKNOWN_SPEAKER
