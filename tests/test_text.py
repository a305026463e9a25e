"""Tests for retrieval.text: one rule per idea about letters, and folds that agree everywhere."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import retrieval.normalize
import retrieval.tokenizer
from retrieval import text
from retrieval.query import ParsedQuery, QuerySyntaxError, parse_query
from retrieval.search import _phrase_regex
from retrieval.speakers import KNOWN_SPEAKERS
from retrieval.text import (
    LOOKALIKES,
    MONTH_NAMES,
    MONTHS,
    clean_line,
    fold_lookalikes,
    fold_mixed_word,
    fold_word,
    has_cyrillic,
    label_key,
    language_of,
    normalize_newlines,
    phrase_key,
    quote_spans,
    speaker_search_text,
    transliterate,
)
from retrieval.tokenizer import Analyzer
from retrieval.transcript import parse_transcript

# --- look-alikes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C.В.Лавров", "С.В.Лавров"),  # Latin C glued to Cyrillic initials
        ("C. В. Лавров", "С. В. Лавров"),  # a lone Latin initial before a Cyrillic word
        ("Boпpoc", "Вопрос"),  # Latin B, o, p, c inside a Cyrillic word
        ("MOCKBA", "MOCKBA"),  # all Latin: nothing to fold
        ("Sergey Lavrov", "Sergey Lavrov"),
        ("РИА-Novosti", "РИА-Novosti"),  # genuinely mixed: left alone
        ("Кyрс", "Курс"),  # Latin y, the twin of у
    ],
)
def test_fold_lookalikes(text: str, expected: str) -> None:
    assert fold_lookalikes(text) == expected
    assert len(fold_lookalikes(text)) == len(text)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Cанкции", "Санкции"),  # Latin C: only Cyrillic works (н, к, ц, и have no twin)
        ("Sаnctions", "Sanctions"),  # Cyrillic а in an English word: only Latin works
        ("PИA", "РИА"),  # И has no Latin twin: Cyrillic, though Latin letters are more
        ("COBET", "COBET"),  # one script: never changes
        ("СOBET", "COBET"),  # all letters have twins: the majority (Latin) wins
        ("Cа", "Са"),  # all twins, a tie: Cyrillic
        ("Жs", "Жs"),  # neither way: genuinely mixed
    ],
)
def test_fold_mixed_word_is_one_rule(word: str, expected: str) -> None:
    assert fold_mixed_word(word) == expected


def test_one_lookalike_table_serves_cased_and_casefolded_text() -> None:
    assert len(LOOKALIKES) == 20
    for latin, cyrillic in LOOKALIKES.items():
        assert fold_mixed_word(f"{latin}Ж") == f"{cyrillic}Ж"
        assert fold_mixed_word(f"{latin.lower()}ж".casefold(), casefolded=True) == (
            f"{cyrillic.lower()}ж"
        )


# --- cleaning and keys ----------------------------------------------------------------------------


def test_clean_line() -> None:
    assert clean_line("\u00a0 Sergey\tLavrov \u200b  said\u00a0 ") == "Sergey Lavrov said"
    assert clean_line("a\nb") == "a b"
    assert clean_line("\x07bell\x1b") == "bell"
    assert clean_line("   ") == ""
    assert clean_line("a\u200fb\u202ec\ufeffd\ud800") == "abcd"  # invisible, surrogate: gone


# Characters that take every path of the cleaning: printable or not, spaces of every kind.
_CLEANING_CHARS = st.text(
    alphabet=st.sampled_from("ab Я\n\t\r\x07\x1b\x7f\x85\u00a0\u2009\u200b\ufeff\ud800\u3000"),
    max_size=40,
)


@given(_CLEANING_CHARS)
@example("  \u2022 en-GB1 ru-RU1\nText.  Two  spaces\n")
def test_clean_lines_clean_each_line_as_clean_line_does(page: str) -> None:
    assert text.clean_lines(page) == [clean_line(line) for line in page.split("\n")]


@given(
    st.text(
        alphabet=st.sampled_from("a\x00\x08\t\n\x0e\x1f \x7f\x80\x85\x9f\xa0Я•\ud800"), max_size=30
    )
)
def test_count_controls_counts_what_the_control_pattern_finds(page: str) -> None:
    assert text.count_controls(page) == len(re.findall(f"[{text.CONTROL}]", page))


def test_quote_spans_keep_a_guillemet_quote_that_holds_another_whole() -> None:
    text = "«Он сказал «нет». Вот и всё», – написал он. «Ещё»"
    spans = quote_spans(text)
    assert [text[a:b] for a, b in spans] == ["«Он сказал «нет». Вот и всё»", "«Ещё»"]
    # Nesting that never closes is read flat, as QUOTED_RE reads it.
    flat = "«a «b» c."
    assert [flat[a:b] for a, b in quote_spans(flat)] == ["«a «b»"]
    # Unless the copy is cut off mid-word: the outer quote runs to the end.
    cut = "«a «b» c, d"
    assert [cut[a:b] for a, b in quote_spans(cut)] == [cut]
    straight = 'He said "yes" and “no”'
    assert [straight[a:b] for a, b in quote_spans(straight)] == ['"yes"', "“no”"]


def test_normalize_newlines() -> None:
    assert normalize_newlines("a\r\nb\rc\u2028d\u2029e") == "a\nb\nc\nd\n\ne"


def test_label_key_folds_case_quotes_and_yo() -> None:
    assert label_key("Lavrov’s  «Ёлка»") == 'lavrov\'s "елка"'
    assert label_key("С.В. ЛАВРОВ") == "с.в. лавров"
    assert label_key("Лaвров") == "лавров"  # Latin a
    assert has_cyrillic("abc д") and not has_cyrillic("abc")


def test_phrase_key_drops_latin_accents_as_index_terms_do() -> None:
    assert phrase_key("Erdoğan’s “deal” — ёлка") == 'erdogan\'s "deal" - елка'
    assert phrase_key("мой") == "мой"  # й is a letter of its own


def test_fold_word() -> None:
    assert fold_word("Cанкции") == ("Санкции", "санкции", "ru")
    assert fold_word("Erdoğan’s") == ("Erdogan's", "erdogan's", "en")
    assert fold_word("ёлка") == ("елка", "елка", "ru")
    assert fold_word("Жs").language is None  # a tie: the text around it decides
    assert fold_word("١٢٣").language == "en"  # no Latin or Cyrillic letters


# --- language -------------------------------------------------------------------------------------


def test_language_of() -> None:
    assert language_of("Лавров said") == "ru"  # 6 Cyrillic letters, 4 Latin
    assert language_of("Lavrov сказал") == "en"  # 6 Latin, 6 Cyrillic: a tie goes to the default
    assert language_of("Lavrov сказал", "ru") == "ru"
    assert language_of("123") == "en"
    assert language_of("123", None) is None


# --- months ---------------------------------------------------------------------------------------


def test_months_in_every_language_the_parsers_read() -> None:
    for name, number in [
        ("march", 3), ("марта", 3), ("марте", 3), ("mars", 3), ("märz", 3), ("marzo", 3),
        ("août", 8), ("setiembre", 9), ("декабре", 12), ("jänner", 1), ("may", 5), ("мае", 5),
    ]:  # fmt: skip
        assert MONTHS[name] == number
    assert MONTH_NAMES[1] == "january" and MONTH_NAMES[12] == "december" and len(MONTH_NAMES) == 13


def test_the_query_and_the_page_read_the_same_month_names() -> None:
    page = "Briefing, Moscow, 5 марте 2019\n\nMaria Zakharova: " + "Words said here. " * 12
    assert parse_transcript(page, "d").date == dt.date(2019, 3, 5)
    assert parse_query("в марте 2019 года").date_from == dt.date(2019, 3, 1)
    assert parse_query("in mars 2019").date_to == dt.date(2019, 3, 31)


# --- one definition, old import paths -------------------------------------------------------------


def test_old_import_paths_are_the_one_definition() -> None:
    assert retrieval.normalize.match_key is text.label_key
    assert retrieval.normalize.normalize_whitespace is text.clean_line
    assert retrieval.normalize.fold_lookalikes is text.fold_lookalikes
    assert retrieval.tokenizer.detect_language is text.language_of
    assert retrieval.tokenizer.normalize_for_match is text.phrase_key


# --- index time and query time agree --------------------------------------------------------------

# Everything that makes folding hard: look-alikes, accents, combining and invisible marks, every
# kind of apostrophe, quote, hyphen and dash, controls, odd spaces, ligatures, case oddities.
_TRICKY = st.sampled_from(
    [
        *"aZ09 _-'’‘ʼ`.,ёЁйCcаАеEoоpрxхyуTтHнBвMмKк",
        *"ﬁ\u0301\u0308\u00ad\u200b\u200d\u200e\u202e\u2060\ufeff\x00\x07\x85\t\n\u00a0\u2009",
        *"‑—–«»“”„‟‚′İßﬃ²½ğçéÉ🇷🇺",
        *(
            "US",
            "Лавров",
            "Lavrov",
            "Cанкции",
            "co-operation",
            "из-за",
            "U.S.",
            "Erdoğan",
            "O’Neill",
        ),
    ]
)
_TEXTS = st.lists(st.one_of(_TRICKY, st.characters(exclude_categories=["Cs"])), max_size=30).map(
    "".join
)
_ANALYZER = Analyzer()  # hypothesis reruns the test; a function-scoped fixture would not do


def _parsed_without_filters(question: str) -> ParsedQuery:
    try:
        parsed = parse_query(question)
    except QuerySyntaxError:
        assume(False)
    assume(not (parsed.excluded or parsed.questions or parsed.language))
    assume(parsed.date_from is None and parsed.date_to is None)
    return parsed


_NAMES_ANALYZER = Analyzer(names=True)  # as the search index makes it


@pytest.mark.parametrize("analyzer", [_ANALYZER, _NAMES_ANALYZER], ids=["plain", "names"])
@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example(line="a’_")  # a curly apostrophe before "_": straightened in the question
@example(line="a'ʼaа")  # "ʼ" is a letter to the word pattern: "'" in the question
@example(line="a′b a‚b")  # a prime and a low quote: no joiners, but "'" in the question
def test_a_question_gets_the_terms_its_words_get_in_a_passage(
    analyzer: Analyzer, line: str
) -> None:
    # Index time: the parser keeps a line as clean_line(line), its language is language_of it,
    # and the analyzer turns it into terms. Query time: parse_query, then the same analyzer.
    # Name terms too: they depend on a word's capital, which a question keeps.
    passage_text = clean_line(line)
    index_terms = analyzer.terms(passage_text, language_of(passage_text))
    parsed = _parsed_without_filters(line)
    query_terms = [t.term for t in analyzer.tokens(parsed.text)]
    assert set(query_terms) == set(index_terms)


_PHRASE_TEXTS = _TEXTS.filter(lambda s: '"' not in s and ":" not in s)


@settings(max_examples=300, deadline=None)
@given(_PHRASE_TEXTS, _PHRASE_TEXTS, _PHRASE_TEXTS)
@example(before="", phrase="ёÐ", after="aё")  # a non-ASCII Latin letter in a mixed word
def test_a_phrase_typed_as_written_matches_the_passage_that_holds_it(
    before: str, phrase: str, after: str
) -> None:
    passage_text = clean_line(f"{before} {phrase} {after}")
    parsed = _parsed_without_filters(f'"{phrase}"')
    assume(parsed.phrases and phrase_key(parsed.phrases[0]).split())
    assert _phrase_regex(parsed.phrases[0]).search(phrase_key(passage_text))


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_length_keeping_folds_keep_the_length(line: str) -> None:
    assert len(fold_lookalikes(line)) == len(line)
    assert len(speaker_search_text(line)) == len(line)


def _with_lookalikes(alias: str, picks: list[bool]) -> str:
    twins = {cyrillic: latin for latin, cyrillic in LOOKALIKES.items()}
    chars = list(alias)
    for i, (char, pick) in enumerate(zip(chars, picks, strict=False)):
        if pick and char in twins:
            chars[i] = twins[char]
    return "".join(chars)


_ALIAS_TABLE = {label_key(a): s.name for s in KNOWN_SPEAKERS for a in (*s.aliases, s.name)}


# (Each example parses two questions against the whole speaker table: 60 examples keep this
# test near 20 s of the CI run, where 200 took a minute.)
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([(s.name, a) for s in KNOWN_SPEAKERS for a in s.aliases if has_cyrillic(a)]),
    st.lists(st.booleans(), max_size=30),
    st.booleans(),
)
def test_a_speaker_typed_with_lookalikes_or_capitals_is_still_that_speaker(
    speaker_alias: tuple[str, str], picks: list[bool], upper: bool
) -> None:
    speaker, alias = speaker_alias
    typed = _with_lookalikes(alias.upper() if upper else alias.title(), picks)
    # A name whose every letter has a Latin twin ("МАКРОН" typed "MAKPОН") is read by the
    # majority of its letters (fold_mixed_word): only names with a letter that has no twin
    # ("Л", "В", "Ш" ...) must always come back. The fold reads word by word, so every word
    # needs such a letter ("Э. Макрон" typed "Э. MAKPОН" is the initial and a Latin word).
    twins = {cyr.casefold() for cyr in LOOKALIKES.values()}
    assume(
        all(
            any(ch.isalpha() and ch.casefold() not in twins for ch in word)
            for word in alias.split()
        )
    )
    # The name is that person's in a sentence too: the speaker in the nominative, the one
    # spoken to or the topic in another case ("что сказал Лаврову").
    parsed = parse_query(f"что сказал {typed} о санкциях", _ALIAS_TABLE)
    assert speaker in (*parsed.speakers, *parsed.topic_speakers)
    assert parse_query(f'speaker:"{typed}" санкции', _ALIAS_TABLE).speakers == (speaker,)


_WORDS = st.sampled_from(
    ["Lavrov", "said", "the", "sanctions", "Лавров", "сказал", "санкции", "Cанкции", "мир", "G-7"]
)
_PARAGRAPHS = st.lists(_WORDS, min_size=1, max_size=40).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PARAGRAPHS, min_size=1, max_size=6))
def test_language_of_is_the_rule_for_documents_passages_and_words(paragraphs: list[str]) -> None:
    page = "Remarks by Sergey Lavrov, Moscow, March 17, 2021\n\n" + "\n\n".join(paragraphs)
    document = parse_transcript(page, "doc")
    for passage in document.passages:
        assert passage.language == language_of(passage.text, document.language)
        for word in passage.text.split():
            script = language_of(fold_mixed_word(word), None)
            if script is not None:  # ties are the text's to break
                assert fold_word(word).language == script


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Виталий Жихарев", "Vitaly Zhikharev"),
        ("Николай Зятьков", "Nikolay Zyatkov"),
        ("Сергей Брилёв", "Sergey Brilev"),
        ("Мария Ситтель", "Maria Sittel"),
        ("Евгений Сергеев", "Yevgeny Sergeyev"),
        ("Д.К.Киселев", "D.K.Kiselev"),
        ("ИРАДА", "IRADA"),
        ("Anna Petrova", "Anna Petrova"),  # Latin text is left alone
        ("Cергей", "Sergey"),  # a Latin look-alike C inside a Russian word
        # First names spelt by custom, as mid.ru and kremlin.ru spell them.
        ("Александр Гамов", "Alexander Gamov"),
        ("Фёдор Лукьянов", "Fyodor Lukyanov"),
        ("Петр Толстой", "Pyotr Tolstoy"),
        ("АЛЕКСАНДР", "ALEXANDER"),
        ("Алексей Полищук", "Alexey Polishchuk"),  # as the table writes its Alexeys
        ("Александра Захарова", "Alexandra Zakharova"),
    ],
)
def test_transliterate(text: str, latin: str) -> None:
    assert transliterate(text) == latin
