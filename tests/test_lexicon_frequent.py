"""The lexicon's frequent words (the _FREQUENT_VERBS, _FREQUENT_NEWS_WORDS and _CALENDAR blocks of
retrieval/bilingual_lexicon.py): a question crosses to a page in the other language by everyday
words of real transcripts, and no line joins words whose stems only look alike.

The transcripts in tests/transcripts/lexicon_frequent/ are ours: a TASS-style Russian story
(Peskov on speculation about talks) and a mid.ru-style English interview (Lavrov on scenarios and
demands).
"""

from __future__ import annotations

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import ROOT, plain_terms

FREQUENT = ROOT / "tests" / "transcripts" / "lexicon_frequent"
PESKOV = "2027-02-09_peskov_tass_story_ru"
LAVROV = "2027-03-02_lavrov_interview_en"
PUTIN = "2027-04-16_putin_kremlin_talks_story_ru"


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load_corpus(FREQUENT).documents)


def _crosses(table: Translations, source: list[str], target: list[str]) -> bool:
    """Whether some word of ``source`` has a translation all of whose terms ``target`` says."""
    found = table.of(source)
    return any(set(wording) <= set(target) for word in source for wording in found.get(word, ()))


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("demanded", "требует"),
        ("speculation", "спекуляции"),
        ("upcoming", "предстоящих"),
        ("unacceptable", "недопустимо"),
        ("groundless", "безосновательными"),
        ("creative", "творческий"),
        ("healthy", "здоровую"),
        ("efforts", "усилия"),
        ("experience", "опыт"),
        ("clarified", "уточнил"),
        ("focus", "сосредоточиться"),
        ("secretary of state", "госсекретарь"),
        ("December", "декабре"),
        ("Thursday", "четверг"),
        ("rebuked", "упрекнул"),
        ("complained", "посетовал"),
        ("headquarters", "штаб-квартире"),
        ("nervous", "нервничаю"),
        ("trusting", "доверительными"),
        ("extremely", "предельно"),
        ("probably", "наверное"),
        ("room", "комнате"),
        ("sealed", "опечатаны"),
        ("seized", "захвачены"),
        ("liberalism", "либерализма"),
        ("war correspondent", "военкора"),
        # The third pass: frequent words of sets I-M that no line had, and forms of lines.
        ("trade", "товарооборот"),
        ("lists", "списки"),
        ("membership", "вступление"),
        ("coverage", "охват"),
        ("tragic", "трагическую"),
        ("continental", "общеконтинентального"),
        ("keeps", "продолжает"),
        ("analysis", "анализа"),
        ("easing", "смягчение"),
        ("agreed", "согласовали"),
        ("infrastructural", "инфраструктурные"),
        # The fourth pass (_RETELLING_WORDS): frequent lower-case words of sets A-M, the words of
        # retelling how something was said or felt, and forms the stemmer keeps apart.
        ("intervention", "вмешательство"),
        ("premises", "помещения"),
        ("mysterious", "загадочный"),
        ("idle talk", "болтовня"),
        ("confessed", "признался"),
        ("proud", "гордость"),
        ("gentlemen", "господа"),
        ("seems", "кажется"),
        ("hypocrisy", "лицемерие"),
        ("TV", "телеканалу"),
        ("money", "денег"),
        ("drew attention", "обратил внимание"),
        ("submarines", "подводные лодки"),
        ("Asia", "Азии"),
        ("African", "африканский"),
        ("Latin America", "Латинской Америки"),
        ("slightly", "немного"),
        # «хозяев» stems twice to «хоз», apart from «хозяева».
        ("masters", "хозяев"),
        # Short compounds (the _SHORT_FORMS block).
        ("strategic stability", "стратстабильности"),
        ("chemical weapons", "химоружия"),
        ("Ukrainian armed forces", "ВСУ"),
    ],
)
def test_frequent_words_cross_both_ways(table: Translations, english: str, russian: str) -> None:
    en, ru = plain_terms(english, "en"), plain_terms(russian, "ru")
    assert _crosses(table, en, ru), (english, russian)
    assert _crosses(table, ru, en), (russian, english)


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        # «ценить» stems like «цены» (prices): "appreciate" must not meet prices.
        ("цены на бензин", "appreciates"),
        # «временный» stems like «время» (time).
        ("время", "temporary"),
        # «ранее» stems like «раны» (wounds).
        ("раны", "earlier"),
        # «корень» stems like «Корея».
        ("Корея", "root"),
        # «указал» stems like «указ» (a decree).
        ("указ президента", "pointed out"),
        # «дорогой» is also a road.
        ("дороги", "dear"),
        # Stemmed twice, «удалось» (managed) meets «удивить» (surprise), «украли» (stole) meets
        # «укрытие» (shelter), «ум» (mind) meets «умею» (can), «сырье» meets «сыр» (cheese).
        ("удивить", "managed"),
        ("укрытие", "stole"),
        ("умею", "smart"),
        ("сыр", "commodities"),
        # Left out of the fourth pass: «рад» stems like «радио», «странный» like «страна»,
        # «боится» like «бои», «усталость» like «устав», «состав» like «состоится».
        ("радио", "glad"),
        ("страна", "strange"),
        ("бои", "afraid"),
        ("устава", "tired"),
        ("состоится", "composition"),
    ],
)
def test_words_that_only_look_alike_do_not_cross(
    table: Translations, russian: str, english: str
) -> None:
    assert not _crosses(table, plain_terms(russian, "ru"), plain_terms(english, "en"))
    assert not _crosses(table, plain_terms(english, "en"), plain_terms(russian, "ru"))


def test_an_english_question_finds_the_russian_story_by_frequent_words(
    index: SearchIndex,
) -> None:
    result = index.search("Peskov on groundless speculation about the upcoming talks")
    assert result.hits, result.reason
    assert result.hits[0].passage.doc_id == PESKOV
    assert result.hits[0].passage.speaker == "Dmitry Peskov"


def test_a_russian_question_finds_the_english_answer_by_frequent_words(
    index: SearchIndex,
) -> None:
    result = index.search("Лавров о плохих сценариях и творческом подходе")
    assert result.hits, result.reason
    top = result.hits[0].passage
    assert (top.doc_id, top.speaker) == (LAVROV, "Sergey Lavrov")
    assert "creative approach" in top.text


def test_a_russian_verb_of_judging_finds_the_english_answer(index: SearchIndex) -> None:
    result = index.search("Лавров: такие требования недопустимы")
    assert result.hits, result.reason
    assert "demands are simply unacceptable" in result.hits[0].passage.text


def test_an_english_question_finds_the_russian_quote_by_frequent_words(index: SearchIndex) -> None:
    # "trade ... keeps growing" where the quote says «растет товарооборот»: no other word of
    # the question is on the page but the names.
    result = index.search("Putin: trade with Vietnam keeps growing")
    assert result.hits, result.reason
    top = result.hits[0].passage
    assert (top.doc_id, top.speaker) == (PUTIN, "Vladimir Putin")
    assert "растет товарооборот" in top.text
