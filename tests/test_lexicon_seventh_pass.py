"""The lexicon's seventh pass (the _SEVENTH_PASS* and _PLACES blocks of
retrieval/bilingual_lexicon.py): words of questions asked across languages and of the pages that
no line translated, both ways; and wordings whose stem another word shares are left out, so a
question's word does not cross to that word.

The transcript is ours: tests/transcripts/seventh_pass/ (a TASS-style Russian story).
"""

from __future__ import annotations

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import ROOT, crossed_terms, first_quote, plain_terms


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("derailed", "срыв"),
        ("thwarted", "предотвращенных"),
        ("dismantled", "разрушен"),
        ("completely", "полностью"),
        ("rupture", "разрыва"),
        ("confidential", "конфиденциальный"),
        ("expendable", "расходный материал"),
        ("wishful thinking", "выдавать желаемое за действительное"),
        ("build bridges", "наводить мосты"),
        ("stupid", "глупый"),
        ("inhuman", "бесчеловечный"),
        ("everywhere", "повсюду"),
        ("beg", "упрашивать"),
        ("existential", "экзистенциальный"),
        ("strongly", "решительно"),
        ("plane", "борт"),
        ("live broadcast", "прямом эфире"),
        ("misinformed", "дезинформируют"),
        ("unipolar", "однополярного"),
        ("wiretapping", "прослушивает"),
        ("disappeared", "пропадаю"),
        ("anonymously", "анонимно"),
        ("oversees", "курирует"),
        ("completed", "завершатся"),
        ("introduced", "введет"),
        ("underway", "ведутся"),
        ("crucial", "жизненно важный"),
        ("unjustified", "неоправданный"),
        ("unprovoked", "неспровоцированный"),
        ("brokered", "посредничество"),
        ("tripartite", "трехсторонний"),
        ("law enforcement", "правоохранительные органы"),
        ("reliable", "достоверная"),
        ("escalatory", "эскалационные"),
        ("multipolar", "многополярного"),
        ("indefinitely", "бессрочно"),
        ("misjudgment", "просчет"),
        ("uncertain", "неопределенно"),
        ("forced", "вынужденным"),
        ("self-sufficient", "самодостаточны"),
        ("brush off", "отмахиваться"),
        ("relationship", "взаимоотношения"),
        ("range of topics", "круг тем"),
        ("reshuffle", "кадровые перестановки"),
        ("on the sidelines", "в кулуарах"),
        ("stalemate", "тупик"),
        ("shuttle diplomacy", "челночная дипломатия"),
        ("entry ban", "запрет на въезд"),
        ("exhaustion", "истощение"),
        ("Doomsday Clock", "Часы Судного дня"),
        ("sceptical", "скептически"),
        ("Alaska", "Аляске"),
        ("Anchorage", "Анкоридже"),
        ("Siberia", "Сибири"),
        ("Kamchatka", "Камчатке"),
        ("Kuril Islands", "Курильских"),
        ("Golan Heights", "Голанские высоты"),
        ("Strait of Hormuz", "Ормузский пролив"),
        ("Mediterranean", "Средиземное море"),
        ("Avdiivka", "Авдеевка"),
        ("Hawaii", "Гавайских"),
        ("aggravating", "усугубляют"),
        ("set back", "отбросили"),
        ("walkout", "демарш"),
        ("newly elected", "новоизбранный"),
        ("sooner or later", "рано или поздно"),
        ("carrot and stick", "кнут и пряник"),
        ("competitive", "конкурентные"),
        ("continue", "продолжатся"),
        ("abstain", "воздержатся"),
        ("find", "найдут"),
        ("broadcaster", "телеканал"),
        ("deputy minister", "замминистра"),
        ("likelihood", "вероятность"),
        ("venue", "место"),
        ("reparations", "репарации"),
        ("seizure", "захват"),
        ("Rossiya", "Россия"),
        ("Radio KP", "радио КП"),
        ("International Affairs", "Международная жизнь"),
        ("containing Russia", "сдерживание"),
        ("moving", "сдвинулись"),
        ("bring the sides closer", "сближает"),
        ("give way to emotions", "поддаваться"),
        ("contacted", "обратился"),
    ],
)
def test_the_seventh_pass_crosses_both_ways(
    table: Translations, english: str, russian: str
) -> None:
    en, ru = plain_terms(english, "en"), plain_terms(russian, "ru")
    assert any(set(w) <= set(ru) for word in en for w in table.of(en).get(word, ()))
    assert any(set(w) <= set(en) for word in ru for w in table.of(ru).get(word, ()))


@pytest.mark.parametrize(
    ("word", "language", "other_word"),
    [
        ("appreciate", "en", "цена"),  # «ценить» stems as «цена» (price): left out
        ("convey", "en", "передать"),  # «передать» stems as «перед» (before)
        ("informal", "ru", "information"),  # "informal" stems as "inform"
        ("парафирован", "ru", "initiative"),  # "initialed" as "initiative"
        ("rupture", "en", "разрывается"),  # a phone «разрывается»: only as a term
        ("доработать", "ru", "finally"),  # "finalize" as "final"
        ("де-факто", "ru", "facto"),  # «де-факто» keeps only «факт» (a fact)
        ("temporary", "en", "время"),  # «временный» stems as «время» (time)
        ("interim", "en", "время"),
        ("государство", "ru", "statehood"),  # «государственность» as «государств»
        ("underway", "en", "идет"),  # «идет» is any going
        ("personnel", "en", "кадры"),  # «кадровый» stems as «кадры» (footage)
        ("Kurils", "en", "Курилы"),  # «Курилы» stems as «кур»
        ("Hawaii", "en", "Гавана"),  # «Гавайи» stems as «гава», as Havana does
        ("Lviv", "en", "Львова"),  # «Львов» is also a surname (Lvova-Belova)
        ("give", "en", "поддаваться"),  # "give in" has only "give" for a term
        ("lawsuit", "en", "искать"),  # «иск» stems as «искать» (to search)
        ("time", "en", "сроки"),  # "timing" stems as "time"
    ],
)
def test_a_word_does_not_cross_to_another_word_of_its_stem(
    table: Translations, word: str, language: str, other_word: str
) -> None:
    other_language = "ru" if language == "en" else "en"
    (other,) = plain_terms(other_word, other_language)
    assert other not in crossed_terms(table, word, language)


def test_a_multiword_term_needs_all_its_words(table: Translations) -> None:
    # "materials" alone are not expendable: «расходный материал» comes only with "expendable".
    assert not any(
        "расходн" in wording
        for wording in table.of(plain_terms("material", "en")).get("materi", ())
    )


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load_corpus(ROOT / "tests" / "transcripts" / "seventh_pass").documents)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Ushakov: attempts to derail the talks are made everywhere", "предпринимаются повсюду"),
        ("Ushakov: we will not beg anyone, our conversations are confidential", "упрашивать"),
        ("Ushakov: Europe treats Kyiv as expendable, it is wishful thinking", "расходный материал"),
        ("Ushakov on the results of the Alaska meeting", "встречи на Аляске"),
    ],
)
def test_an_english_question_finds_the_russian_story(
    index: SearchIndex, question: str, said: str
) -> None:
    assert said in first_quote(index, question)


def test_a_question_the_story_does_not_answer_gets_nothing(index: SearchIndex) -> None:
    assert not index.search("Ushakov on the football World Cup in Qatar").hits
