"""Tests for retrieval.patterns: an alternation grouped by first letter matches as written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.patterns import first_letter_alternation, top_level_alternatives
from retrieval.transcript import _reported

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
    plain = re.compile(rf"(?<![\w-])(?:{_reported._SAY_ALTERNATIVES})(?![\w-])", re.IGNORECASE)
    assert _spans(_reported._SAY_RE, text) == _spans(plain, text)
