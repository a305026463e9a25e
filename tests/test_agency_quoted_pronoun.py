"""An agency that "quoted her as saying" points back to whom the story named (issue 8).

'"...," TASS quoted her as saying', «— цитирует её ТАСС», «приводит его слова РИА Новости»: the
quote is the words of the last person named whose gender the pronoun agrees with; before, the
agency's verb had no sayer and the quote went to no one. Pages written for the test.
"""

from __future__ import annotations

from retrieval.speakers import UNKNOWN_SPEAKER
from tests.conftest import speaker_of

ENGLISH = """\
Zakharova jokes about a call during the briefing

Russian Foreign Ministry spokeswoman Maria Zakharova joked on Wednesday about a phone call that \
interrupted her weekly briefing in Moscow.

"Can someone tell them we have a briefing? Tell them, please, my phone is hot," TASS quoted her \
as saying.
"""

RUSSIAN = """\
Рябков прокомментировал паузу в консультациях

Замминистра иностранных дел России Сергей Рябков заявил в четверг, что Москва не видит \
оснований торопиться с новым раундом консультаций по стратегической стабильности.

«Мы не будем бежать впереди паровоза, сначала нужны ясные сигналы», — цитирует его ТАСС.
"""


def test_quoted_her_as_saying_names_the_woman_just_named() -> None:
    assert speaker_of(ENGLISH, "Can someone tell them") == "Maria Zakharova"


def test_a_pronoun_of_the_other_gender_names_no_one() -> None:
    him = ENGLISH.replace("quoted her", "quoted him")
    assert speaker_of(him, "Can someone tell them") == UNKNOWN_SPEAKER


def test_russian_agency_quoting_him_names_the_man_just_named() -> None:
    assert speaker_of(RUSSIAN, "не будем бежать") == "Sergey Ryabkov"
    words = RUSSIAN.replace("цитирует его ТАСС", "приводит его слова ТАСС")
    assert speaker_of(words, "не будем бежать") == "Sergey Ryabkov"
