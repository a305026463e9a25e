"""Tests for retrieval.patterns: an alternation grouped by first letter matches as written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval import patterns
from retrieval.patterns import first_letter_alternation, may_hold, top_level_alternatives
from retrieval.transcript import (
    _lines,
    _quote_marks,
    _say_verbs,
    _sentence_sayer,
    _statement_lists,
)

_WORDS = ["said", "says", "saying", "stated", "not", "noted", "told", "is sure", "Said", "SAYS"]
_WORDS += ["сказал", "сказала", "сказав", "заявил", "заявился", "не", "so", "a", "-", ",", " "]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_top_level_alternatives_split_outside_groups_and_classes_only() -> None:
    pattern = r"a(?:b|c)|[|x]d|e\|f|g"
    assert top_level_alternatives(pattern) == ["a(?:b|c)", "[|x]d", r"e\|f", "g"]


def test_first_letter_alternation_groups_in_the_written_order() -> None:
    grouped = first_letter_alternation(["said", "told", "says", "sa", "т(?:ы)?"])
    assert grouped == "s(?:aid|ays|a)|told|т(?:ы)?"


@pytest.mark.parametrize("alternative", ["(?:a|b)c", "Said", "a?b", "a|b", "1st", "ıt"])
def test_first_letter_alternation_refuses_what_grouping_could_change(alternative: str) -> None:
    with pytest.raises(ValueError):
        first_letter_alternation(["said", alternative])


# Alternatives that share first letters and prefixes, so the order inside a group matters.
_ALTERNATIVES = ["sa", "said", "says(?=\\s+that)", "s", "so", "not rule[sd]? out", "noted"]
_ALTERNATIVES += ["сказал(?:а|и)?", "сказав", "со словами", "сделал"]
_PIECES = st.sampled_from(["sa", "said", "says", "s", "so", "not", "ruled", "out", "noted"])
_TEXTS = st.lists(
    st.one_of(
        _PIECES,
        st.sampled_from(["сказала", "сказав", "со", "словами", " ", ", ", "that", "SAID", "Со"]),
    ),
    max_size=12,
)


@settings(max_examples=300)
@given(_TEXTS, st.booleans())
def test_grouped_alternation_finds_what_the_plain_one_finds(
    pieces: list[str], ignore_case: bool
) -> None:
    text = " ".join(pieces)
    flags = re.IGNORECASE if ignore_case else 0
    for around in ("(?:{})", r"(?<![\w-])(?:{})(?![\w-])", r"(?:{})\w*"):
        plain = re.compile(around.format("|".join(_ALTERNATIVES)), flags)
        grouped = re.compile(around.format(first_letter_alternation(_ALTERNATIVES)), flags)
        assert _spans(grouped, text) == _spans(plain, text)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_WORDS), max_size=10))
def test_verbs_of_saying_match_as_their_plain_alternation(words: list[str]) -> None:
    text = " ".join(words)
    plain = re.compile(rf"(?<![\w-])(?:{_say_verbs._SAY_ALTERNATIVES})(?![\w-])", re.IGNORECASE)
    assert _spans(_say_verbs._SAY_RE, text) == _spans(plain, text)


# --- may_hold ---------------------------------------------------------------------------------

_SMALL_LETTERS = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def test_case_twins_are_every_character_that_lower_does_not_lower_as_re_matches_it() -> None:
    letters = re.compile(f"[{_SMALL_LETTERS}]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        if not letters.fullmatch(char):
            continue
        matched = [c for c in _SMALL_LETTERS if re.fullmatch(c, char, re.IGNORECASE)]
        if matched != [char.lower()]:
            assert patterns._CASE_TWINS_RE.fullmatch(char), f"U+{code:04X}"


def test_may_hold_asks_for_anchors_in_any_case_and_for_case_twins() -> None:
    assert may_hold("All Rights RESERVED", ("all rights reserved",))
    assert may_hold("ВСЕ ПРАВА", ("все права",))
    assert not may_hold("Nothing of the kind", ("all rights reserved",))
    # "ſ" is an "s" to re.IGNORECASE, but str.lower() keeps it: such a text is always asked.
    assert re.search("reserved", "reſerved", re.IGNORECASE)
    assert may_hold("reſerved", ("reserved",))


def _guarded() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    return [
        (_lines._FOOTER_PHRASE_RE, _lines._FOOTER_ANCHORS),
        (_lines._CLUTTER_MARKERS_RE, _lines._CLUTTER_MARKER_ANCHORS),
        (_statement_lists._LEAD_ANNOUNCE_RE, _statement_lists._LEAD_ANNOUNCE_ANCHORS),
        (_sentence_sayer._PASSIVE_RE, _sentence_sayer._PASSIVE_ANCHORS),
    ]


@settings(max_examples=200)
@given(st.data())
def test_every_match_of_a_guarded_pattern_holds_one_of_its_anchors(data: st.DataObject) -> None:
    for pattern, anchors in _guarded():
        text = data.draw(st.from_regex(pattern))  # a match, with text around it
        assert pattern.search(text)
        assert may_hold(text, anchors), (pattern.pattern[:40], text)


def test_the_guarded_patterns_still_find_their_phrases() -> None:
    footer, clutter, lead, passive = (pattern for pattern, _ in _guarded())
    assert _lines.is_footer("Licensed under Creative Commons Attribution 4.0")
    assert _lines.is_footer("Все права защищены.")
    assert _lines.is_footer("This article first appeared on RT.")
    assert _lines._clutter_marker("We use COOKIES to improve the site")
    assert not _lines._clutter_marker("We discussed the situation in Syria")
    assert lead.search("Главные заявления Пескова — в подборке «Ъ».")
    assert footer.search("REPOSTED FROM the ministry") and clutter.search("Подпишитесь на канал")
    assert passive.search("This was stated by Foreign Minister Sergey Lavrov")


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(["I", "Я", ",", " ", "my", "name", "is", "Меня", "зовут", "«", "»", '"']),
        max_size=12,
    ),
    st.sampled_from(["Maria Zakharova", "Мария Захарова", "Sergey"]),
)
def test_a_self_introduction_needs_a_comma_or_the_words_of_one(
    pieces: list[str], name: str
) -> None:
    text = " ".join([*pieces, name, ","]) if pieces else name
    masked = _quote_marks.mask_quotes(text)
    if _sentence_sayer._SELF_NAMED_RE.search(masked):
        assert may_hold(text, _sentence_sayer._SELF_NAMED_ANCHORS)
