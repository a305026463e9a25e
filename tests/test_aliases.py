"""Tests for retrieval.aliases: the concept table and how the analyzer applies it."""

from __future__ import annotations

from collections import Counter

import pytest

from retrieval.aliases import ALIASES, CONCEPTS, Concept, concept_label, is_concept
from retrieval.tokenizer import Analyzer, Token


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def concepts_in(analyzer: Analyzer, text: str) -> list[str]:
    return [t for t in analyzer.terms(text) if is_concept(t)]


def concept_tokens(analyzer: Analyzer, text: str, term: str) -> list[Token]:
    return [t for t in analyzer.tokens(text) if t.term == term]


def all_forms() -> list[tuple[Concept, str]]:
    return [(c, f) for c in CONCEPTS for f in (*c.forms, *c.exact)]


# --- the table ----------------------------------------------------------------------------------


def test_registry_shape() -> None:
    terms = [c.term for c in CONCEPTS]
    assert len(terms) == len(set(terms))
    assert set(ALIASES) == set(terms)
    for concept in CONCEPTS:
        assert concept.term.startswith("#")
        assert concept.term == concept.term.lower()
        assert concept.forms or concept.exact
        assert ALIASES[concept.term] == (*concept.forms, *concept.exact)
    with pytest.raises(TypeError):
        ALIASES["#new"] = ("New",)  # type: ignore[index]


def test_concept_label() -> None:
    assert concept_label("#icc") == "International Criminal Court"
    assert concept_label("#wwii") == "Second World War"
    assert concept_label("icc") is None
    assert concept_label("#nonexistent") is None
    assert is_concept("#nato")
    assert not is_concept("nato")


@pytest.mark.parametrize(("concept", "form"), all_forms(), ids=lambda v: getattr(v, "term", v))
def test_every_form_yields_its_concept_once(
    analyzer: Analyzer, concept: Concept, form: str
) -> None:
    # Once: a form holding a shorter form of the same concept must not count it twice.
    assert concepts_in(analyzer, form).count(concept.term) == 1
    # And no other concept claims the whole form ("UN" inside "UN Security Council" is fine).
    whole = (0, len(form.rstrip(".")))
    owners = [t.term for t in analyzer.tokens(form) if is_concept(t.term) and t[1:] == whole]
    assert owners == [concept.term]


@pytest.mark.parametrize(("concept", "form"), [(c, f) for c in CONCEPTS for f in c.forms])
def test_ordinary_forms_ignore_case(analyzer: Analyzer, concept: Concept, form: str) -> None:
    assert concept.term in concepts_in(analyzer, form.lower())
    assert concept.term in concepts_in(analyzer, form.upper())


# --- abbreviations meet names, in both languages --------------------------------------------------


@pytest.mark.parametrize(
    ("term", "texts"),
    [
        (
            "#icc",
            [
                "ICC",
                "the International Criminal Court",
                "МУС",
                "решение Международного уголовного суда",
            ],
        ),
        (
            "#wwii",
            [
                "WWII",
                "WW2",
                "the Second World War",
                "World War II",
                "World War Two",
                "итоги Второй мировой войны",
                "ВМВ",
            ],
        ),
        ("#gpw", ["the Great Patriotic War", "в годы Великой Отечественной войны"]),
        (
            "#hrc_ru",
            [
                "СПЧ",
                "заседание Совета по развитию гражданского общества и правам человека",
                "the Presidential Council for Civil Society and Human Rights",
            ],
        ),
        ("#unhrc", ["UNHRC", "the UN Human Rights Council", "в Совете ООН по правам человека"]),
        (
            "#channel_one",
            ["Channel One", "Первый канал", "в интервью Первому каналу", "на Первом канале"],
        ),
        ("#prst", ["a PRST on Ukraine", "the presidential statement", "президентского заявления"]),
        ("#financial_times", ["the Financial Times story", "статья FT", "газета «Файнэншл таймс»"]),
        ("#jcpoa", ["JCPOA", "Joint Comprehensive Plan of Action", "СВПД", "Iran nuclear deal"]),
        (
            "#unsc",
            [
                "UNSC",
                "UN Security Council",
                "United Nations Security Council",
                "the Security Council",
                "СБ ООН",
                "заседание Совета Безопасности ООН",
            ],
        ),
        ("#unga", ["UN General Assembly", "ГА ООН", "сессии Генеральной Ассамблеи ООН"]),
        ("#nato", ["NATO", "Nato", "North Atlantic Treaty Organization", "НАТО"]),
        ("#eu", ["EU", "European Union", "ЕС", "Евросоюза", "Европейского союза"]),
        ("#usa", ["US", "U.S.", "USA", "United States", "США", "Соединённых Штатов"]),
        ("#uk", ["UK", "the United Kingdom", "Britain", "Великобритании"]),
        ("#nord_stream", ["Nord Stream 2", "«Северного потока»"]),
        ("#start", ["New START", "START", "ДСНВ", "СНВ-3"]),
        ("#osce", ["OSCE", "Organisation for Security and Co-operation in Europe", "ОБСЕ"]),
        ("#kyiv", ["Kiev", "Kyiv", "Киев", "в Киеве", "киевские власти", "the Kievan regime"]),
        ("#karabakh", ["Nagorno-Karabakh", "Карабах", "Нагорного Карабаха"]),
        (
            "#cuban_missile_crisis",
            ["the Cuban missile crisis", "Caribbean crisis", "Карибского кризиса"],
        ),
        ("#cfm", ["СМИД ШОС", "Совета министров иностранных дел", "Council of Foreign Ministers"]),
        ("#mgimo", ["MGIMO", "студентами МГИМО"]),
        ("#fbi", ["the FBI", "директору ФБР"]),
        ("#gcc", ["the GCC", "ССАГПЗ", "Gulf Cooperation Council"]),
        ("#echr", ["the ECHR", "ЕСПЧ", "Европейского суда по правам человека"]),
        ("#unhcr", ["UNHCR", "УВКБ ООН"]),
        ("#icrc", ["the Red Cross", "МККК", "Красного Креста"]),
        ("#ioc", ["the IOC", "МОК", "Международного олимпийского комитета"]),
        ("#sbu", ["the SBU", "СБУ", "Службы безопасности Украины"]),
        ("#tv_rain", ["TV Rain", "телеканала «Дождь»", "в эфире «Дождя»"]),
        ("#nyt", ["The New York Times", "NYT", "газете «Нью-Йорк таймс»"]),
        ("#bbc", ["BBC", "интервью Би-би-си"]),
        ("#central_bank", ["the Central Bank", "Банк России", "ЦБ", "Центробанка"]),
        ("#unami", ["UNAMI", "о работе МООНСИ", "United Nations Assistance Mission for Iraq"]),
        ("#unifil", ["UNIFIL", "миротворцы ВСООНЛ"]),
        ("#minusma", ["MINUSMA", "вывод МИНУСМА"]),
    ],
)
def test_every_spelling_shares_the_concept(analyzer: Analyzer, term: str, texts: list[str]) -> None:
    for text in texts:
        assert term in concepts_in(analyzer, text), text


def test_concept_is_added_to_the_words_not_instead(analyzer: Analyzer) -> None:
    text = "the International Criminal Court ruled"
    terms = analyzer.terms(text)
    assert terms == ["internat", "#icc", "crimin", "court", "rule"]
    (token,) = concept_tokens(analyzer, text, "#icc")
    assert text[token.start : token.end] == "International Criminal Court"
    assert analyzer.terms("ICC") == ["icc", "#icc"]


def test_concept_span_covers_an_inflected_russian_phrase(analyzer: Analyzer) -> None:
    text = "Позиция Совета Безопасности ООН по Сирии"
    (token,) = concept_tokens(analyzer, text, "#unsc")
    assert text[token.start : token.end] == "Совета Безопасности ООН"
    (un,) = concept_tokens(analyzer, text, "#un")
    assert text[un.start : un.end] == "ООН"


def test_nested_forms_of_one_concept_count_once(analyzer: Analyzer) -> None:
    counts = Counter(concepts_in(analyzer, "the UN Security Council and the Security Council"))
    assert counts == {"#unsc": 2, "#un": 1}
    assert Counter(concepts_in(analyzer, "U.S.A.")) == {"#usa": 1}


def test_a_repeated_word_may_start_a_phrase(analyzer: Analyzer) -> None:
    # Both "Security" words are one cached object; only the second starts the form.
    assert concepts_in(analyzer, "Security Security Council") == ["#unsc"]
    assert concepts_in(analyzer, "UN UN Security Council") == ["#un", "#un", "#unsc"]


def test_a_phrase_may_cross_lines_but_must_be_complete(analyzer: Analyzer) -> None:
    assert "#icc" in concepts_in(analyzer, "International\nCriminal Court")
    assert "#icc" not in concepts_in(analyzer, "International Criminal law and a Court")
    assert "#jcpoa" not in concepts_in(analyzer, "Joint Comprehensive Plan")


# --- abbreviations that are also words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "abbreviation", "term"),
    [
        ("Tell us what you think", "US sanctions", "#usa"),
        ("who said it", "WHO said it", "#who"),
        ("What would you say to us?", "the US position", "#usa"),
        ("a new start", "New START", "#start"),
        ("at a steady pace", "PACE resolution", "#pace"),
        ("a swift reply", "SWIFT disconnection", "#swift"),
        ("вопрос про санкции", "система ПРО", "#missile_defence"),
        ("un-American", "the UN", "#un"),
        # A paper or channel whose name is an everyday word counts only with its capital.
        ("пошел дождь", "в эфире «Дождя»", "#tv_rain"),
        ("известия о переговорах", "газете «Известия»", "#izvestia"),
        ("коммерсант из Москвы", "газете «Коммерсантъ»", "#kommersant"),
    ],
)
def test_everyday_words_are_not_abbreviations(
    analyzer: Analyzer, word: str, abbreviation: str, term: str
) -> None:
    assert term not in concepts_in(analyzer, word)
    assert term in concepts_in(analyzer, abbreviation)


def test_abbreviations_inside_words(analyzer: Analyzer) -> None:
    assert "#usa" in concepts_in(analyzer, "US-led coalition")
    assert "#nato" in concepts_in(analyzer, "anti-NATO rhetoric")
    assert "#usa" in concepts_in(analyzer, "the US’s allies")
    assert "#who" in concepts_in(analyzer, "WHO's experts")


def test_concepts_of_wordless_abbreviations_keep_text_order(analyzer: Analyzer) -> None:
    # "U.S." and "U.N." leave no word terms, so the concepts alone must be in order.
    text = "U.S. and U.N. and U.K."
    assert analyzer.terms(text) == ["#usa", "#un", "#uk"]
    assert [t.term for t in analyzer.tokens(text)] == ["#usa", "#un", "#uk"]


def test_concepts_survive_stop_words(analyzer: Analyzer) -> None:
    # "US" and "WHO" are stop words as words; as concepts they stay.
    assert analyzer.terms("What did the US and WHO say?") == ["#usa", "#who"]


def test_concepts_are_shared_across_languages(analyzer: Analyzer) -> None:
    english = set(concepts_in(analyzer, "NATO, the EU and the OSCE at the UN General Assembly"))
    russian = set(concepts_in(analyzer, "НАТО, ЕС и ОБСЕ на Генеральной Ассамблее ООН"))
    assert english == russian == {"#nato", "#eu", "#osce", "#unga", "#un"}


def test_missions_whose_acronyms_share_a_stem_stay_apart(analyzer: Analyzer) -> None:
    # «МООНСИ» (Iraq) and «МООНСА» (Afghanistan) stem alike: they are exact forms.
    assert "#unama" not in concepts_in(analyzer, "о работе МООНСИ")
    assert "#unami" not in concepts_in(analyzer, "о работе МООНСА")


def test_an_acronym_that_stems_as_a_common_word_is_exact(analyzer: Analyzer) -> None:
    # «ДНЯО» stems as «дня» (of «день»): only the acronym itself names the treaty.
    assert "#npt" in concepts_in(analyzer, "продление ДНЯО в 1995 году")
    assert "#npt" in concepts_in(analyzer, "Договор о нераспространении ядерного оружия")
    assert concepts_in(analyzer, "три дня назад, накануне Дня Победы") == []


def test_a_human_rights_council_without_its_owner_is_neither_council(analyzer: Analyzer) -> None:
    # The UN's and the Russian President's are both called so: the plain words, no concept.
    for text in ("the Human Rights Council", "Совет по правам человека"):
        assert not {"#unhrc", "#hrc_ru"} & set(concepts_in(analyzer, text))
    assert "#unhrc" in concepts_in(analyzer, "СПЧ ООН")


def test_a_dateline_in_capitals_names_its_city(analyzer: Analyzer) -> None:
    # Wire stories open with the city in capitals: "МОСКВА, 13 июля. /ТАСС/.", "ДЖАКАРТА".
    assert "#city:jakarta" in concepts_in(analyzer, "ДЖАКАРТА, 13 июля. /ТАСС/.")
    assert "#city:moscow" in concepts_in(analyzer, "МОСКВА, 5 марта")
    assert concepts_in(analyzer, "ЧАД") == []  # short words in capitals stay as written
