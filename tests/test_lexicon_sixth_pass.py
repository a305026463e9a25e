"""The lexicon's sixth pass (the _SIXTH_PASS block of retrieval/bilingual_lexicon.py): words a
page says otherwise than the question crosses to, both ways; and Russian wordings whose stem
another common word shares are left out, so a question's word does not cross to that word.

The transcripts are ours: tests/transcripts/sixth_pass/ (RIA- and TASS-style Russian stories).
"""

from __future__ import annotations

import pytest

from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from tests.conftest import ROOT, crossed_terms, first_quote, plain_terms


@pytest.mark.parametrize(
    ("english", "other_word"),
    [
        ("flew", "лет"),  # «летать» stems as «лет» (years)
        ("summer", "лет"),  # «лето» too
        ("became", "статья"),  # «стать» / «статья»
        ("forgive", "просто"),  # «простить» / «просто»
        ("revenge", "место"),  # «месть» / «место»
        ("medals", "медиа"),  # «медали» / «медиа»
        ("attempts", "старый"),  # «стараться» / «старый»
        ("treason", "изменить"),  # «измена» / «изменить»
        ("deception", "обмен"),  # «обман» / «обмен»
        ("jews", "евро"),  # «евреи» / «евро»
        ("long", "долг"),  # «долгий» / «долг»
        ("convoy", "колония"),  # «колонна» / «колония»
        ("gave", "дата"),  # «дать» / «дата»
        ("sent", "посла"),  # «послать» / «посла»
        ("ships", "суда"),  # «суда»: ships, and of «суд», a court
    ],
)
def test_a_word_does_not_cross_to_another_word_of_its_stem(
    table: Translations, english: str, other_word: str
) -> None:
    (other,) = plain_terms(other_word, "ru")
    assert other not in crossed_terms(table, english, "en")


@pytest.mark.parametrize(
    ("english", "other_word"),
    [
        ("relations", "родственники"),  # "relatives" stems as "relations"
        ("situation", "находится"),  # "situated" as "situation"
        ("time", "своевременный"),  # "timely" as "time"
    ],
)
def test_an_english_word_does_not_cross_as_another_word_of_its_stem(
    table: Translations, english: str, other_word: str
) -> None:
    (other,) = plain_terms(other_word, "ru")
    assert other not in crossed_terms(table, english, "en")


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("became", "стала"),
        ("gave", "дали"),
        ("flew", "прилететь"),
        ("revenge", "отомстить"),
        ("treason", "предательство"),
        ("ships", "судно"),
    ],
)
def test_the_words_still_cross_by_their_other_forms(
    table: Translations, english: str, russian: str
) -> None:
    assert set(plain_terms(russian, "ru")) <= crossed_terms(table, english, "en")


@pytest.mark.parametrize(
    ("english", "russian"),
    [
        ("slammed", "осудил"),
        ("claims", "заявления"),
        ("fighting", "борьба"),
        ("worse", "деградировать"),
        ("House of Representatives", "Палата представителей"),
        ("night shifts", "ночные дежурства"),
        ("fault", "вина"),
        ("primary", "главный"),
        ("blow", "удар"),
        ("interrupted", "прервали"),
        ("borrowed", "позаимствовал"),
        ("arsenal", "арсенал"),
        ("benchmark", "ориентир"),
        ("remotely", "дистанционно"),
        ("revoke", "отозвать"),
        ("statutory bodies", "уставные органы"),
        ("snap inspection", "внезапная проверка"),
        ("turn a blind eye", "закрывать глаза"),
        ("charter", "Устава"),  # stems as «уста», apart from «устав»
        ("days", "дня"),  # stems as «дня», apart from «день»
        ("become", "станут"),
        ("warheads", "боеголовки"),
        ("turnout", "явка"),
        ("refinery", "НПЗ"),
        ("checkpoint", "блокпост"),
        ("acquitted", "оправдан"),
        ("devaluation", "девальвация"),
        ("story", "сюжет"),
        ("surely", "наверняка"),
        ("runoff", "второй тур"),
        ("enrichment", "обогащение"),
        ("solidarity", "солидарность"),
        ("secretariat", "секретариата"),
        ("human rights activist", "правозащитник"),
        ("humiliating", "унизительный"),
        ("large-scale", "масштабный"),
        ("martial law", "военное положение"),
        ("the contact line", "линия соприкосновения"),
        ("a no-fly zone", "бесполетная зона"),
        ("tit-for-tat", "зеркальные меры"),
        ("state of emergency", "чрезвычайное положение"),
        ("dismissed", "отверг"),
        ("rebuffed", "отпор"),
        ("chided", "упрекнул"),
    ],
)
def test_the_sixth_pass_crosses_both_ways(table: Translations, english: str, russian: str) -> None:
    en, ru = plain_terms(english, "en"), plain_terms(russian, "ru")
    assert any(set(w) <= set(ru) for word in en for w in table.of(en).get(word, ()))
    assert any(set(w) <= set(en) for word in ru for w in table.of(ru).get(word, ()))


def test_a_multiword_term_needs_all_its_words(table: Translations) -> None:
    # "house" alone is a home, not the chamber: «палата» comes only with "representatives".
    assert ("палат", "представител") not in table.of(plain_terms("house", "en")).get("hous", ())


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load_corpus(ROOT / "tests" / "transcripts" / "sixth_pass").documents)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Grushko on the fight for the House of Representatives", "борьба за контроль"),
        ("Grushko: the situation keeps getting worse", "продолжает деградировать"),
        ("Grushko: it is not our fault", "наша вина"),
        ("Grushko: Moscow is the primary partner of its neighbours", "главным партнером"),
        ("Grushko on a snap inspection of the troops", "внезапная проверка"),
    ],
)
def test_an_english_question_finds_the_russian_story(
    index: SearchIndex, question: str, said: str
) -> None:
    assert said in first_quote(index, question)


def test_a_chinese_name_in_pinyin_finds_the_russian_story(index: SearchIndex) -> None:
    # «Ван И» is "Wang Yi" in Pinyin (retrieval.translit, the Palladius system).
    question = "Shoigu to Wang Yi: the situation in the world keeps getting worse"
    assert "господином Ван И" in first_quote(index, question)


def test_a_question_the_story_does_not_answer_gets_nothing(index: SearchIndex) -> None:
    assert not index.search("Grushko on the Eurovision song contest").hits
