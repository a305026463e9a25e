"""Tests for retrieval.tokenizer (and the stop lists of retrieval.stopwords it applies)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.stopwords import EN_STOP_WORDS, RU_STOP_WORDS, is_stop_surface
from retrieval.tokenizer import Analyzer, Token, Tokenized, detect_language, normalize_for_match


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def one_term(analyzer: Analyzer, word: str) -> str:
    terms = analyzer.terms(word)
    assert len(terms) == 1, (word, terms)
    return terms[0]


# --- stemming -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("sanctions", "sanctioned"),
        ("negotiations", "negotiating"),
        ("санкции", "санкций"),
        ("переговоры", "переговоров"),
        # Stemming twice makes a Russian nominative meet its oblique cases.
        ("Лавров", "Лаврова"),
        ("Трамп", "Трампа"),
        ("Корея", "Кореи"),
        ("Ассамблея", "Ассамблее"),
        ("визит", "визитом"),
        ("визы", "визовый"),
        # Abbreviated numbers and units meet the words written out.
        ("km", "kilometres"),
        ("км", "километров"),
        ("bn", "billion"),
        ("млрд", "миллиардов"),
        ("млн", "миллиона"),
        ("тыс", "тысячи"),
        # British and American spellings meet.
        ("organisation", "organization"),
        ("normalised", "normalized"),
        ("defence", "defense"),
        ("programme", "program"),
        ("centre", "center"),
        ("labour", "labor"),
        ("analysed", "analyzed"),
    ],
)
def test_inflections_and_spellings_share_a_stem(analyzer: Analyzer, a: str, b: str) -> None:
    assert one_term(analyzer, a) == one_term(analyzer, b)


def test_different_words_keep_different_stems(analyzer: Analyzer) -> None:
    assert one_term(analyzer, "sanctions") != one_term(analyzer, "sanctity")
    assert one_term(analyzer, "санкции") != one_term(analyzer, "сан")
    assert one_term(analyzer, "promise") != one_term(analyzer, "promize")
    # Snowball alone gives a visit and a visa one stem.
    assert one_term(analyzer, "визит") != one_term(analyzer, "виза")
    assert one_term(analyzer, "визиты") != one_term(analyzer, "визы")


def test_possessive_apostrophe_is_dropped_straight_or_curly(analyzer: Analyzer) -> None:
    assert analyzer.terms("Russia's") == analyzer.terms("Russia’s") == analyzer.terms("Russia")


# --- stop words ---------------------------------------------------------------------------------


def test_question_words_go_and_topic_words_stay(analyzer: Analyzer) -> None:
    terms = analyzer.terms("What did Lavrov say about the ICC?")
    assert "lavrov" in terms
    assert "#icc" in terms
    for gone in ("what", "did", "say", "about", "the"):
        assert gone not in terms
    assert len(terms) == 3  # lavrov, icc, #icc


def test_russian_question_words_go(analyzer: Analyzer) -> None:
    terms = analyzer.terms("Что сказал Лавров по поводу санкций? Каково её мнение о НАТО?")
    assert terms == [one_term(analyzer, "Лавров"), one_term(analyzer, "санкции"), "нат", "#nato"]


@pytest.mark.parametrize(
    "word",
    [
        *("says", "saying", "commented", "thinks", "told", "regarding", "Comments", "questions"),
        *("сказала", "говорили", "мнения", "мнению", "комментарии", "вопросу", "ответил"),
    ],
)
def test_inflected_stop_words_go_by_stem(analyzer: Analyzer, word: str) -> None:
    assert analyzer.terms(word) == []


@pytest.mark.parametrize(
    "word",
    # Stems of these collide with stop words' stems; they must survive.
    [
        *("concern", "concerns", "positive", "state", "states", "talks", "relations", "May"),
        *("послы", "посла", "среда", "Дума", "отношения", "мир", "года", "безопасность"),
    ],
)
def test_topic_words_are_not_stop_words(analyzer: Analyzer, word: str) -> None:
    assert len(analyzer.terms(word)) == 1


def test_stop_lists_are_lower_case_and_fold_yo() -> None:
    for word in EN_STOP_WORDS | RU_STOP_WORDS:
        assert word == word.lower()
        assert "ё" not in word
    assert is_stop_surface("it's", "en")
    assert is_stop_surface("nobody's", "en")
    assert not is_stop_surface("russia's", "en")
    assert is_stop_surface("что", "ru")
    assert not is_stop_surface("что", "en")


def test_hyphenated_stop_words_go_whole(analyzer: Analyzer) -> None:
    assert analyzer.terms("из-за того, что-то по-прежнему") == []
    assert analyzer.terms("по-русски") == [one_term(analyzer, "русски")]


def test_one_letter_words_go_but_digits_stay(analyzer: Analyzer) -> None:
    assert analyzer.terms("С. В. Лавров") == [one_term(analyzer, "Лавров")]
    assert analyzer.terms("plan B, 5 points") == ["plan", "5", "point"]


# --- numbers ------------------------------------------------------------------------------------


def test_numbers_are_terms(analyzer: Analyzer) -> None:
    terms = analyzer.terms("UN Security Council Resolution 2254 was adopted in 2015.")
    assert "2254" in terms
    assert "2015" in terms
    assert analyzer.terms("1,000 troops") == ["1000", "troop"]
    assert analyzer.terms("2,5 млрд") == ["2.5", one_term(analyzer, "млрд")]
    assert analyzer.terms("the 6th meeting") == ["6th", "meet"]
    assert analyzer.terms("СНВ-3") == ["снв", "#start", "3"]
    assert analyzer.terms("２０２１") == ["2021"]


# --- spans --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Syria’s sovereignty", ["Syria’s", "sovereignty"]),
        ("the ﬁnal ﬁgures", ["ﬁnal", "ﬁgures"]),
        ("🇷🇺Russia👍 and 🇮🇱Israel", ["Russia", "Israel"]),
        ("a cafe\u0301 in Paris", ["cafe\u0301", "Paris"]),
        ("санкци\u0301и введены", ["санкци\u0301и", "введены"]),
        ("Ashke\u00adnazi visited", ["Ashke\u00adnazi", "visited"]),
        ("«Северный поток» — 2", ["Северный", "поток", "2"]),
    ],
)
def test_spans_index_the_original_text(analyzer: Analyzer, text: str, words: list[str]) -> None:
    tokens = [t for t in analyzer.tokens(text) if not t.term.startswith("#")]
    assert [text[t.start : t.end] for t in tokens] == words


def test_folded_characters_give_plain_terms(analyzer: Analyzer) -> None:
    assert analyzer.terms("ﬁnal") == analyzer.terms("final")
    assert analyzer.terms("cafe\u0301") == analyzer.terms("cafe")
    assert analyzer.terms("Erdoğan") == analyzer.terms("Erdogan")
    assert analyzer.terms("санкци\u0301и") == analyzer.terms("санкции")
    assert analyzer.terms("Ёлка") == analyzer.terms("елка")
    assert analyzer.terms("Ashke\u00adnazi") == analyzer.terms("Ashkenazi")
    assert analyzer.terms("ＳＡＮＣＴＩＯＮＳ") == ["sanction"]


def test_analyze_matches_tokens(analyzer: Analyzer) -> None:
    text = "Lavrov on the International Criminal Court, 17 March 2021"
    tokens = analyzer.tokens(text)
    result = analyzer.analyze(text)
    assert isinstance(result, Tokenized)
    assert result.terms == [t.term for t in tokens] == analyzer.terms(text)
    assert result.spans == [(t.start, t.end) for t in tokens]
    assert all(isinstance(t, Token) for t in tokens)


# --- hyphens ------------------------------------------------------------------------------------


def test_hyphenated_words(analyzer: Analyzer) -> None:
    text = "neo-Nazism"
    tokens = analyzer.tokens(text)
    assert [t.term for t in tokens] == ["neo", "neonaz", "nazism"]
    assert [text[t.start : t.end] for t in tokens] == ["neo", "neo-Nazism", "Nazism"]
    # A prefix compound meets its solid spelling; a plain compound gives its parts only.
    assert set(analyzer.terms("cooperation")) <= set(analyzer.terms("co-operation"))
    assert analyzer.terms("Russian-Israeli ties") == ["russian", "isra", "#country:il", "tie"]
    assert analyzer.terms("Russian‑Israeli") == analyzer.terms("Russian-Israeli")  # U+2011


def test_dashes_separate_words(analyzer: Analyzer) -> None:
    assert analyzer.terms("2019–2021") == ["2019", "2021"]
    assert analyzer.terms("Moscow—Kiev") == ["moscow", "#city:moscow", "kiev", "#kyiv"]


# --- scripts and languages ----------------------------------------------------------------------


def test_latin_look_alikes_fold_into_cyrillic_words(analyzer: Analyzer) -> None:
    latin_c = "Cанкции"  # Latin C
    assert latin_c[0] == "C"
    assert analyzer.terms(latin_c) == analyzer.terms("Санкции")
    assert analyzer.terms("С.В.Лaвров") == analyzer.terms("С.В.Лавров")  # Latin a
    # And the other way: a Cyrillic о inside a Latin word.
    assert analyzer.terms("Lavrоv") == ["lavrov"]
    # A word with letters that have no look-alike is left as it is.
    assert analyzer.terms("Zаявил") != analyzer.terms("Заявил")


def test_mixed_language_text(analyzer: Analyzer) -> None:
    terms = analyzer.terms("Lavrov заявил о санкциях against Russia")
    assert terms == ["lavrov", one_term(analyzer, "санкциях"), "russia", "#rf"]
    assert one_term(analyzer, "санкциях") == one_term(analyzer, "санкции")
    # The language argument is only a hint: each word goes by its script.
    assert analyzer.terms("sanctions and санкции", "ru") == analyzer.terms(
        "sanctions and санкции", "en"
    )


def test_language_hint_breaks_script_ties(analyzer: Analyzer) -> None:
    tied = "Rosсия"  # three Latin letters, three Cyrillic ones
    ru = analyzer.terms(tied, "ru")
    en = analyzer.terms(tied, "en")
    assert ru != en
    assert analyzer.terms(tied, "ru") == ru  # not cached under the other language
    # With no hint, the text's language decides.
    assert analyzer.terms(tied + " в России")[0] == ru[0]
    assert analyzer.terms(tied + " in Russia")[0] == en[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Санкции против России", "ru"),
        ("Sanctions against Russia", "en"),
        ("Лавров met Blinken in Geneva", "en"),
        ("Lavrov встретился с Блинкеном в Женеве", "ru"),
        ("", "en"),
        ("2021 — 17.03", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


# --- empty input and the query helper -----------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t", "?!… — «» ***", "_", "\u0301\u0301"])
def test_nothing_to_index(analyzer: Analyzer, text: str) -> None:
    assert analyzer.tokens(text) == []
    assert analyzer.terms(text) == []
    assert analyzer.analyze(text) == Tokenized([], [])


def test_word_terms(analyzer: Analyzer) -> None:
    assert analyzer.word_terms("sanctions") == ["sanction"]
    assert analyzer.word_terms("the") == []
    assert analyzer.word_terms("ICC") == ["icc", "#icc"]
    assert analyzer.word_terms("US") == ["#usa"]
    assert analyzer.word_terms("санкций") == [one_term(analyzer, "санкции")]


def test_cache_gives_the_same_answers(analyzer: Analyzer) -> None:
    text = "The UN Security Council met on Syria; US and WHO officials spoke."
    first = analyzer.tokens(text)  # analysed, and now cached
    assert analyzer.tokens(text) == first == Analyzer().tokens(text)


def test_a_form_start_before_an_ordinary_word_does_not_hide_a_later_form() -> None:
    # "the" may start "The Hague": each "the" before another word is passed over quickly,
    # the one before "Hague" still starts the form.
    analyzer = Analyzer(names=True)
    terms = analyzer.terms("the court the dolo the the Hague the")
    assert terms.count("#city:the_hague") == 1
    assert terms == analyzer.terms("court dolo The Hague")
    assert "#usa" in analyzer.terms("the talks in the United States")


def test_stems_shared_by_case_forms_give_a_fresh_analyzers_terms() -> None:
    text = "Organise ORGANISE organisation's Лавров ЛАВРОВА лаврова Dolo DOLO dolo's"
    warm = Analyzer(names=True)
    warm.terms("organise organisations лавров dolo")  # stems met first in other forms
    assert warm.terms(text) == Analyzer(names=True).terms(text)


# --- normalize_for_match ------------------------------------------------------------------------


def test_normalize_for_match() -> None:
    assert normalize_for_match("Ёлка “Quote” — ’s") == 'елка "quote" - \'s'
    assert normalize_for_match("«Северный поток»") == '"северный поток"'
    assert normalize_for_match("ﬁnal") == "final"
    assert normalize_for_match("Cанкции") == "санкции"  # Latin C folded
    assert normalize_for_match("санкци\u0301и") == "санкции"
    plain = "Joint Plan, of Action: 2015!"
    assert len(normalize_for_match(plain)) == len(plain)


def test_normalize_for_match_finds_a_phrase_despite_typography() -> None:
    passage = "We discussed the “Iran nuclear deal” and Russia’s role."
    assert normalize_for_match('"iran nuclear deal"') in normalize_for_match(passage)
    assert normalize_for_match("russia's role") in normalize_for_match(passage)


# --- any input ----------------------------------------------------------------------------------

_TRICKY = st.sampled_from(
    [
        *"aZ09 _-'’‘ʼ.,ёЁйCcаАﬁ\u0301\u00ad\u200d‑—«»🇷🇺👍İßﬃ²½",
        *("US", "WHO", "UN", "Security", "Council", "co-operation", "из-за", "U.S.", "G-7"),
    ]
)

_SHARED = Analyzer()  # hypothesis reruns the test; a function-scoped fixture would not do


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_TRICKY, st.characters()), max_size=40).map("".join))
def test_any_text_gives_well_formed_tokens(text: str) -> None:
    analyzer = _SHARED
    tokens = analyzer.tokens(text)
    starts = [t.start for t in tokens]
    assert starts == sorted(starts)
    for token in tokens:
        assert isinstance(token.term, str)
        assert token.term
        assert 0 <= token.start < token.end <= len(text)
    assert analyzer.terms(text) == [t.term for t in tokens]
    assert all(t for t in analyzer.terms(text, "ru"))
