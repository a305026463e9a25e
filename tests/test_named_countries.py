"""A question that names a country asks about it: a passage whose transcript never names that
country does not answer, however much else it matches ("strikes on Iran" answered by strikes
on Syria). Russia, which every statement here speaks for, is not required.
"""

from __future__ import annotations

import pytest

import retrieval.search as search_module
from retrieval.search import NoAnswer, SearchIndex
from retrieval.tokenizer import Analyzer
from retrieval.transcript import parse_transcript

_BRIEFING = (
    "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, March 3, 2021\n\n"
    "Maria Zakharova: The practice of arbitrary air strikes on the territory of a sovereign "
    "state, in this case Syria, is a gross violation of international law. Such strikes only "
    "make the humanitarian situation worse.\n\n"
    "Question: What about the grain deal?\n\n"
    "Maria Zakharova: Our position on the grain deal has not changed. We will return to it "
    "once our exports are no longer blocked.\n"
)
# Another transcript that names Iran and the US often: they are words of the corpus, so
# only the rule, not their rarity, keeps the Syrian passage from answering about them.
_REMARKS = (
    "Foreign Minister Sergey Lavrov's remarks at a news conference, Moscow, April 5, 2021\n\n"
    "Sergey Lavrov: We discussed the talks on Iran's nuclear programme with the US. Iran has "
    "complied with its obligations, and the US must return to the deal.\n\n"
    "Sergey Lavrov: Our contacts with Iran will continue at every level. Iran is our neighbour, "
    "and the US knows our position.\n"
)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(
        [
            parse_transcript(_BRIEFING, "2021-03-03_zakharova_briefing"),
            parse_transcript(_REMARKS, "2021-04-05_lavrov_remarks"),
        ]
    )


def test_the_country_named_answers(index: SearchIndex) -> None:
    result = index.search("Zakharova on air strikes on Syria")
    assert result.hits and "sovereign state" in result.hits[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "Zakharova on air strikes on Iran",
        "Zakharova on US air strikes",
        "Захарова об ударах по Ирану",
    ],
)
def test_another_country_gets_no_answer(index: SearchIndex, question: str) -> None:
    assert index.search(question).hits == ()


def test_the_country_named_in_russian_meets_it_in_english(index: SearchIndex) -> None:
    result = index.search("Захарова об авиаударах по Сирии")
    assert result.hits and "sovereign state" in result.hits[0].passage.text


def test_russia_is_not_required(index: SearchIndex) -> None:
    assert index.required_countries("Russia and the US on strikes on Syria") == (
        "#usa",
        "#country:sy",
    )


def test_without_the_rule_the_other_country_is_answered(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "PLACE_CONCEPTS", ("#no-such-concept:",))
    monkeypatch.setattr(search_module, "COUNTRY_CONCEPTS", frozenset())
    result = index.search("Zakharova on air strikes on Iran")
    assert result.hits and "sovereign state" in result.hits[0].passage.text


# A country named only by its adjective ("our Slovakian colleague"), as remarks after talks
# often do, names it: the adjectives of the countries the ministry deals with are its forms.
_TALKS = (
    "Foreign Minister Sergey Lavrov's remarks after talks with his Slovakian counterpart, "
    "Moscow, May 14, 2018\n\n"
    "Sergey Lavrov: We had useful talks with our Slovakian colleague. Last year trade between "
    "our countries grew at a fast pace, and we agreed to keep it so.\n"
)


def test_a_country_named_by_its_adjective_is_named() -> None:
    index = SearchIndex(
        [
            parse_transcript(_TALKS, "2018-05-14_lavrov_remarks"),
            parse_transcript(_REMARKS, "2021-04-05_lavrov_remarks"),
        ]
    )
    assert index.required_countries("How fast did trade with Slovakia grow?") == ("#country:sk",)
    result = index.search("Lavrov: how fast did trade between Russia and Slovakia grow?")
    assert result.hits and "grew at a fast pace" in result.hits[0].passage.text
    assert index.search("Lavrov: how fast did trade between Russia and Hungary grow?").hits == ()


# A UN briefing on one vote; no transcript names Gaza, Damascus or Sochi.
_UN_VOTE = (
    "Statement by Deputy Permanent Representative Dmitry Polyanskiy after the Security Council "
    "vote, New York, June 10, 2024\n\n"
    "Dmitry Polyanskiy: The Security Council vote today showed that our colleagues prefer "
    "slogans to a real ceasefire. We abstained, and we explained why.\n"
)


def test_a_city_no_transcript_names_is_asked_about() -> None:
    index = SearchIndex(
        [
            parse_transcript(_UN_VOTE, "2024-06-10_polyanskiy_statement"),
            parse_transcript(_REMARKS, "2021-04-05_lavrov_remarks"),
        ]
    )
    assert index.search("Polyanskiy: colleagues prefer slogans to a real ceasefire").hits
    result = index.search("Polyanskiy: colleagues prefer slogans to a real ceasefire in Gaza")
    assert result.hits == () and result.reason == NoAnswer.WEAK
    # A Russian city is a venue at home: never required.
    assert "#city:sochi" not in index.required_countries("Polyanskiy in Sochi on the vote")


def test_a_capital_no_transcript_names_needs_its_country_said() -> None:
    index = SearchIndex(
        [
            parse_transcript(_UN_VOTE, "2024-06-10_polyanskiy_statement"),
            parse_transcript(_REMARKS, "2021-04-05_lavrov_remarks"),
        ]
    )
    # Neither Damascus nor Syria: the question is about somewhere else.
    assert "#city:damascus" in index.required_countries("Polyanskiy on the vote and Damascus")
    result = index.search("Polyanskiy: colleagues prefer slogans to a ceasefire in Damascus")
    assert result.hits == () and result.reason == NoAnswer.WEAK
    # A capital stands for its government: Tehran for Iran, which the remarks name.
    result = index.search("Lavrov on talks with Tehran on the nuclear programme")
    assert result.hits and "nuclear programme" in result.hits[0].passage.text


def test_without_the_capital_rule_the_unnamed_capital_is_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search_module, "_CAPITAL_COUNTRIES", {})
    index = SearchIndex(
        [
            parse_transcript(_UN_VOTE, "2024-06-10_polyanskiy_statement"),
            parse_transcript(_REMARKS, "2021-04-05_lavrov_remarks"),
        ]
    )
    assert index.search("Polyanskiy: colleagues prefer slogans to a ceasefire in Damascus").hits


def test_latin_american_names_no_american() -> None:
    # "Latin American countries" is a region of its own: the US is not asked about.
    page = (
        "Лавров о поездке в Латинскую Америку, Москва, 10 ноября 2024\n\n"
        "Сергей Лавров: Мы планируем и посещение ряда других латиноамериканских стран.\n"
    )
    index = SearchIndex([parse_transcript(page, "2024-11-10_lavrov_trip")])
    question = "Lavrov plans to visit other Latin American countries"
    assert "#usa" not in index._query_terms(index.parse(question)).places


def test_a_country_named_only_by_a_rarer_adjective_is_named() -> None:
    # «лаосского народа», "the Paraguayan foreign minister": adjectives of the countries
    # MFA stories name that ISO gives no adjective for.
    page = (
        "Встреча Владимира Путина с гостем из Азии, Москва, 9 мая 2025 года\n\n"
        "Владимир Путин: Советский Союз оказывал содействие в борьбе лаосского народа за "
        "независимость.\n"
    )
    index = SearchIndex([parse_transcript(page, "2025-05-09_putin_laos")])
    assert index.search("Путин о помощи Лаосу в борьбе за независимость").hits


def test_a_common_word_in_capitals_is_no_person_to_meet() -> None:
    # "the Northern Dimension programme": the corpus writes "dimension" in lower case, so the
    # word names no one whom a passage must name.
    pages = [
        parse_transcript(
            "Grushko on the Arctic, Moscow, 5 March 2024\n\nAlexander Grushko: The Arctic "
            "dimension of our policy stays. The programme with Norway was frozen by the EU.\n",
            "2024-03-05_grushko_arctic",
        ),
    ]
    index = SearchIndex(pages)
    qt = index._query_terms(index.parse("Grushko on the Northern Dimension programme"))
    assert not qt.people


def test_a_russian_abbreviation_names_its_country_as_written() -> None:
    analyzer = Analyzer()
    # «ЮАР», «ФРГ», «ЦАР», «ДРК»: the names Russian pages use most for these countries.
    assert "#country:za" in analyzer.terms("председательство ЮАР в БРИКС")
    assert "#country:de" in analyzer.terms("канцлер ФРГ")
    assert "#country:cf" in analyzer.terms("инструкторы в ЦАР")
    assert "#country:cd" in analyzer.terms("выборы в ДРК")
    # Only in capitals: «царь» shares the stem of «ЦАР», a lower-case «юар» is no name.
    assert "#country:cf" not in analyzer.terms("русский царь и его двор")
    assert "#country:za" not in analyzer.terms("юар")


def test_the_adjective_of_karabakh_names_it_once() -> None:
    analyzer = Analyzer()
    # «нагорно-карабахского конфликта»: the Russian pages' usual adjective, not only «Карабах».
    assert analyzer.terms("урегулирование нагорно-карабахского конфликта").count("#karabakh") == 1
    assert "#karabakh" in analyzer.terms("карабахское урегулирование")
