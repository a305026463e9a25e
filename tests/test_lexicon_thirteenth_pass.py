"""The lexicon's thirteenth pass (the _THIRTEENTH_PASS block of retrieval/bilingual_lexicon.py):
words of cross-language questions that the page said in the other language (a hard landing on
an aircraft carrier, six-party talks, mutual understanding, megaphone diplomacy, a clean slate),
both ways; a wording whose stem another common word shares stays out.

The two stories are ours, written here: a Russian agency story and an English one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import crossed_terms, first_hit, plain_terms, quote_of

_RUSSIAN_STORY = """3 марта 2029, 10:15

Рябков: Москва готова к шестисторонним консультациям

МОСКВА, 3 марта. /ТАСС/. Заместитель министра иностранных дел России Сергей Рябков заявил, что \
Москва готова к возобновлению шестисторонних консультаций.

"Взаимопонимание, которое сложилось у нас с партнерами, помогло снять целый ряд вопросов", - \
сказал Рябков журналистам.

"Мегафонная дипломатия ни к чему не приведет. Начинать с чистого листа никто не предлагает", - \
добавил дипломат.
"""

_ENGLISH_STORY = """March 5, 2029

Zakharova: the carrier's pilots were to blame

MOSCOW, March 5. /TASS/. Russian Foreign Ministry Spokeswoman Maria Zakharova said the hard \
landings on the aircraft carrier had nothing to do with the ship itself.

"The hard landings were the pilots' mistakes, and the investigation has shown it," Zakharova \
told a briefing.

"Anti-Western rhetoric is not our policy; we simply ask for patience," the diplomat said.
"""


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("hard landings", "жесткие посадки"),
        ("aircraft carrier", "авианосца"),
        ("six-party", "шестисторонних"),
        ("mutual understanding", "взаимопонимание"),
        ("megaphone diplomacy", "мегафонная дипломатия"),
        ("clean slate", "чистого листа"),
        ("terrorist act", "теракт"),
        ("anti-Western", "антизападные"),
        ("MANPADS", "ПЗРК"),
        ("draw parallels", "провести параллели"),
        ("Capitol Hill", "Капитолийском холме"),
        ("step-by-step", "поэтапное"),
    ],
)
def test_the_thirteenth_pass_crosses_both_ways(
    table: Translations, english: str, russian: str
) -> None:
    assert set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")
    assert set(plain_terms(english, "en")) & crossed_terms(table, russian, "ru")


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        # «временный» stems as «время»: "provisional" crosses only in a provisional government.
        ("provisional", "время"),
        # «рядовой» stems as «ряд»: "ordinary" has no line here.
        ("ordinary", "ряд"),
    ],
)
def test_a_left_out_wording_does_not_cross(table: Translations, english: str, russian: str) -> None:
    assert not set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    folder: Path = tmp_path_factory.mktemp("thirteenth_pass")
    (folder / "2029-03-03_ryabkov_tass_story_ru.txt").write_text(_RUSSIAN_STORY, encoding="utf-8")
    (folder / "2029-03-05_zakharova_tass_story_en.txt").write_text(_ENGLISH_STORY, encoding="utf-8")
    return SearchIndex(load_corpus(folder).documents)


@pytest.mark.parametrize(
    ("question", "speaker", "said"),
    [
        ("Ryabkov on mutual understanding with partners", "Sergey Ryabkov", "Взаимопонимание"),
        ("Ryabkov: megaphone diplomacy, a clean slate", "Sergey Ryabkov", "Мегафонная"),
        ("Захарова о жестких посадках на авианосец", "Maria Zakharova", "hard landings"),
    ],
)
def test_a_question_finds_the_story_in_the_other_language(
    index: SearchIndex, question: str, speaker: str, said: str
) -> None:
    top = first_hit(index, question)
    assert said in quote_of(top)
    assert top.passage.speaker == speaker
