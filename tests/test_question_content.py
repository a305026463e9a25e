"""The no-answer rule looks at what a question asks about: a name the page spells in the other
script counts as said, and a thing of a named person or place must be said, not only the name.

The pages in tests/transcripts/xlang/ are ours, in the layout of Russian news agency stories (a
headline, a dateline, a lead, quotes with "— сказал ..."); the questions are in English and in
Russian.
"""

from __future__ import annotations

import pytest

from retrieval.corpus import load_corpus
from retrieval.search import _PLACE_LINKS, NoAnswer, SearchIndex
from tests.conftest import ROOT

XLANG = ROOT / "tests" / "transcripts" / "xlang"


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load_corpus(XLANG).documents)


def test_a_name_the_page_spells_in_cyrillic_weighs_as_the_page_spells_it(
    index: SearchIndex,
) -> None:
    # "Carlson" is no word of the corpus, but «Карлсону» is: not content the pages lack.
    qt = index._query_terms(index.parse("What did Lavrov tell Carlson about NATO?"))
    assert qt.spelt_as["carlson"] == ("#~c:карлсон",)
    assert qt.weights["carlson"] == pytest.approx(index.engine.idf("#~c:карлсон"))
    unknown = index._query_terms(index.parse("What did Lavrov tell Zelinski about NATO?"))
    assert unknown.weights["zelinski"] > 2 * qt.weights["carlson"]


def test_a_first_name_the_page_never_spells_goes_with_the_surname_it_does(
    index: SearchIndex,
) -> None:
    # The page has «Такеру Карлсону»; a short form of his first name, "Tuck", crosses to a key
    # ("Тук") found nowhere, yet it is only the first name of a person the page names.
    # ("Tucker" itself is spelt «Такер» as Russian pages write it: found, no partner needed.)
    qt = index._query_terms(index.parse("What did Lavrov tell Tuck Carlson about NATO?"))
    assert qt.name_partners == {"tuck": ("#~c:карлсон",)}
    assert qt.weights["tuck"] == pytest.approx(qt.weights["carlson"])
    result = index.search("What did Lavrov tell Tuck Carlson about NATO?", k=3)
    assert result.hits and result.hits[0].passage.speaker == "Sergey Lavrov"
    assert "НАТО" in result.hits[0].passage.text
    assert index._query_terms(index.parse("Lavrov told Tucker Carlson")).name_partners == {}
    # Without the surname nothing says who Tuck is.
    assert not index.search("What did Lavrov tell Tuck about NATO?", k=3).hits
    # Only a word right before the surname, a space between, is its first name: "Tuck" after
    # "Carlson", or joined to it by a hyphen, is another person.
    for other in ("Lavrov on the Carlson Tuck talks", "Lavrov on a Tuck-Carlson meeting"):
        assert index._query_terms(index.parse(other)).name_partners == {}


def test_a_covered_name_does_not_answer_a_topic_the_page_lacks(index: SearchIndex) -> None:
    result = index.search("What did Lavrov tell Tucker Carlson about the Eurovision contest?")
    assert result.hits == () and result.reason == NoAnswer.WEAK


def test_a_place_beside_a_capitalised_word_lends_it_nothing(index: SearchIndex) -> None:
    # Moscow is a place the pages name ("МОСКВА"): "Olympics" beside it is still unknown.
    qt = index._query_terms(index.parse("Lavrov on the Moscow Winter Olympics"))
    assert "#city:moscow" in qt.terms
    assert qt.name_partners == {}


@pytest.mark.parametrize(
    "question", ["Путин о Пескове и его усах", "Putin on Peskov and his moustache"]
)
def test_a_thing_of_a_named_person_must_be_said(index: SearchIndex, question: str) -> None:
    # Putin speaks of Peskov, never of a moustache: Peskov alone does not answer.
    qt = index._query_terms(index.parse(question))
    assert qt.possessives
    assert not index.search(question, k=3).hits


def test_the_named_person_alone_is_answered(index: SearchIndex) -> None:
    result = index.search("Путин о Пескове", k=3)
    assert result.hits and result.hits[0].passage.speaker == "Vladimir Putin"
    assert "Песков иногда" in result.hits[0].passage.text


def test_a_thing_in_a_named_place_must_be_said(index: SearchIndex) -> None:
    # Peskov speaks of Serbia, not of elections there.
    qt = index._query_terms(index.parse("Песков о выборах в Сербии"))
    assert ("#country:rs", "выбор") in qt.possessives
    assert not index.search("Песков о выборах в Сербии", k=3).hits
    result = index.search("Песков об отношениях России и Сербии", k=3)
    assert result.hits and result.hits[0].passage.speaker == "Dmitry Peskov"


def test_a_word_of_a_countrys_name_beside_its_concept_is_the_country(index: SearchIndex) -> None:
    # The concept's form in English is "Saudi"; "Arabia" beside it is a word of the country's
    # name, not content that the Russian page («в Саудовской Аравии») lacks.
    question = "What did Lavrov say after meeting the US delegation in Saudi Arabia?"
    qt = index._query_terms(index.parse(question))
    assert qt.spelt_as["arabia"] == ("#country:sa",)
    result = index.search(question, k=3)
    assert result.hits and result.hits[0].passage.speaker == "Sergey Lavrov"
    assert "Саудовской Аравии" in result.hits[0].passage.text
    # A word that is no part of the place's name gets nothing from it.
    other = index._query_terms(index.parse("Lavrov on the Moscow Winter Olympics"))
    assert "olymp" not in other.spelt_as and "winter" not in other.spelt_as


def test_a_country_inside_the_name_of_an_event_is_no_place_to_match(index: SearchIndex) -> None:
    # The page says "the Caribbean crisis": "Cuban" names the event, and Cuba need not be said.
    question = "Medvedev compares today's standoff with the Cuban missile crisis"
    qt = index._query_terms(index.parse(question))
    assert "#cuban_missile_crisis" in qt.terms and qt.places == ()
    result = index.search(question, k=3)
    assert result.hits and "Caribbean crisis" in result.hits[0].passage.text
    # Cuba itself is still a place the answer must name.
    qt_cuba = index._query_terms(index.parse("Medvedev on Cuba's economy"))
    assert qt_cuba.places == ("#country:cu",)
    assert not index.search("Medvedev on Cuba's economy", k=3).hits


@pytest.mark.parametrize(
    "question",
    [
        "Лавров об ударах беспилотников на СМИД ШОС",
        "Lavrov at the SCO Council of Foreign Ministers on the drone strikes",
    ],
)
def test_a_body_named_by_its_russian_abbreviation_is_its_full_name(
    index: SearchIndex, question: str
) -> None:
    # The page writes «Совета министров иностранных дел стран ШОС».
    assert "#cfm" in index._query_terms(index.parse(question)).terms
    result = index.search(question, k=3)
    assert result.hits and result.hits[0].passage.speaker == "Sergey Lavrov"
    assert "без ведома" in result.hits[0].passage.text


def test_a_word_of_a_longer_name_said_alone_does_not_say_the_name(index: SearchIndex) -> None:
    # «Российско-турецкие отношения» say "турецкий", not «Турецкий поток»: the country inside
    # the pipeline's name is no idea of its own, and the name's one word said is weak evidence.
    question = "Что Эрдоган сказал о газопроводе Турецкий поток?"
    qt = index._query_terms(index.parse(question))
    assert qt.groups == (("#turkstream", ("турецк", "поток")), (None, ("газопровод",)))
    assert not index.search(question, k=3).hits
    result = index.search("Эрдоган о российско-турецких отношениях", k=3)
    assert result.hits and result.hits[0].passage.speaker == "Recep Tayyip Erdogan"


def test_a_headline_on_someone_with_nothing_said_here_has_no_answer(index: SearchIndex) -> None:
    # Without the reposted Medvedev page, Medvedev says nothing in the corpus; Peskov's words
    # on what Medvedev said name him and nuclear war, but they are not Medvedev's.
    documents = [
        d
        for d in load_corpus(XLANG).documents
        if not d.passages[0].doc_id.endswith("medvedev_brink_repost_en")
    ]
    without = SearchIndex(documents)
    assert "Dmitry Medvedev" not in without.speaker_names
    result = without.search("Medvedev on the risk of nuclear war", k=3)
    assert result.query.speakers == ("Dmitry Medvedev",)
    assert result.hits == () and result.reason == NoAnswer.FILTERED
    # Named as the topic, he still is one.
    asked = without.search("Песков о словах Медведева о ядерной войне", k=3)
    assert asked.query.speakers == ("Dmitry Peskov",)
    assert asked.hits and "Медведева" in asked.hits[0].passage.text
    # With his page in the corpus such a question finds his words.
    answered = index.search("Medvedev on the Caribbean crisis", k=3)
    assert answered.hits and answered.hits[0].passage.speaker == "Dmitry Medvedev"


@pytest.mark.parametrize(
    "question",
    [
        "Galuzin on normalization between Georgia, Abkhazia and South Ossetia",
        "Galuzin on Abkhazia and Georgia",
        # Galuzin is a known speaker, so his name filters: the question's only word is one
        # the page says through its capital, and that capital finds the passage.
        "Galuzin on Abkhazia",
    ],
)
def test_a_capital_says_its_country_in_part(index: SearchIndex, question: str) -> None:
    # The page names the capitals: "the Sukhum–Tbilisi–Tskhinval triangle".
    qt = index._query_terms(index.parse(question))
    assert qt.place_links["#city:abkhazia"] == ("#city:sukhum",)
    result = index.search(question, k=3)
    assert result.hits and "Sukhum–Tbilisi–Tskhinval" in result.hits[0].passage.text


def test_only_a_capital_lends_to_its_country() -> None:
    # "Washington" in a question gets nothing from "the Americans" of a passage.
    assert "#city:washington" not in _PLACE_LINKS
    assert _PLACE_LINKS["#usa"] == ("#city:washington",)
    assert _PLACE_LINKS["#country:sa"] == ("#city:riyadh",)
    # Russia is every statement's own country, and Russian news opens with "МОСКВА, ...".
    assert "#rf" not in _PLACE_LINKS


def test_news_words_of_the_lexicon_reach_a_russian_page(index: SearchIndex) -> None:
    # «налоговых льготах», «месторождений», «лоббировала»: the English question's words in
    # translation (the lexicon's _QUESTION_WORDS block).
    result = index.search("Putin on the oilfield tax break that an oil company lobbied", k=3)
    assert result.hits and all(h.passage.speaker == "Vladimir Putin" for h in result.hits)
    assert any("Льготы даны" in h.passage.text for h in result.hits)
    assert not index.search("Putin on tax breaks for the Arctic shipyard", k=3).hits


def test_a_short_name_key_met_by_chance_lends_nothing(index: SearchIndex) -> None:
    # Peskov's quote holds an editor's note "— Ред.", which "Red" crosses to; "Cross" beside
    # it must not take that for the Red Cross.
    qt = index._query_terms(index.parse("Peskov on the Red Cross"))
    assert "#~c:ред" in qt.terms and qt.name_partners == {}
    assert not index.search("Peskov on the Red Cross", k=3).hits


@pytest.mark.parametrize(
    "question",
    [
        # Names Russian pages spell by their sound, not their letters: «Джеймсу Коми».
        "Putin on offering asylum to James Comey",
        # A "y" between vowels starts «я», not «ай»: «Маяковского».
        "Putin quoting Mayakovsky on poetry",
    ],
)
def test_a_name_spelt_by_sound_in_the_other_script_is_said(
    index: SearchIndex, question: str
) -> None:
    result = index.search(question, k=3)
    assert result.hits, result.reason
    assert result.hits[0].passage.speaker == "Vladimir Putin"
    assert result.hits[0].passage.doc_id.endswith("putin_asylum_story_ru")


def test_a_further_answer_in_the_other_language_needs_less_coverage(index: SearchIndex) -> None:
    # Its words count only through their translations: a Russian quote covering a quarter of
    # an English question answers it after the best passage, not after a Russian one.
    russian = next(n for n, p in enumerate(index.passages) if p.language == "ru")
    english = next(n for n, p in enumerate(index.passages) if p.language == "en")
    scored = [(english, 10.0, 0.6), (russian, 9.0, 0.25)]
    assert index._answers(scored, "en") == scored
    assert index._answers(scored, "ru") == scored[:1]
    assert index._answers(scored) == scored[:1]
    # The first answer still needs MIN_COVERAGE.
    assert index._answers([(russian, 9.0, 0.25)], "en") == []


def test_across_languages_an_untranslatable_last_word_leaves_the_words_before_it_whole(
    index: SearchIndex,
) -> None:
    # "quixotic" has no line in the lexicon: that no page says it tells nothing of the Russian
    # page («бесперспективной»), so "sanctions rhetoric" before it are not halved as words
    # before a head that no transcript has (real K: "...finds the sanctions rhetoric
    # unconstructive" had been refused `weak`).
    for question in (
        "Zakharova: Moscow does not discuss easing sanctions and finds the sanctions rhetoric "
        "quixotic",
        "Zakharova finds Western sanctions rhetoric quixotic",
    ):
        result = index.search(question, k=3)
        assert result.hits, (question, result.reason)
        assert "смягчение санкций" in result.hits[0].passage.text
        assert result.hits[0].passage.speaker == "Maria Zakharova"
    # An untranslatable word before the head still weakens it, and a thing the page lacks
    # is still no answer.
    for question in (
        "Zakharova on quixotic sanctions",
        "Zakharova on sanctions against quixotic bloggers",
    ):
        result = index.search(question, k=3)
        assert not result.hits and result.reason == NoAnswer.WEAK, question
