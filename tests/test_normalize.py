"""Tests for retrieval.normalize: look-alike folding and whitespace."""

from __future__ import annotations

import pytest

from retrieval.normalize import (
    fold_lookalikes,
    has_cyrillic,
    match_key,
    normalize_newlines,
    normalize_whitespace,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C.В.Лавров", "С.В.Лавров"),  # Latin C glued to Cyrillic initials
        ("C. В. Лавров", "С. В. Лавров"),  # a lone Latin initial before a Cyrillic word
        ("Boпpoc", "Вопрос"),  # Latin B, o, p, c inside a Cyrillic word
        ("MOCKBA", "MOCKBA"),  # all Latin: nothing to fold
        ("Sergey Lavrov", "Sergey Lavrov"),
        ("РИА-Novosti", "РИА-Novosti"),  # genuinely mixed: left alone
    ],
)
def test_fold_lookalikes(text: str, expected: str) -> None:
    assert fold_lookalikes(text) == expected
    assert len(fold_lookalikes(text)) == len(text)


def test_normalize_whitespace() -> None:
    assert normalize_whitespace("\u00a0 Sergey\tLavrov \u200b  said\u00a0 ") == "Sergey Lavrov said"
    assert normalize_whitespace("a\nb") == "a b"
    assert normalize_whitespace("\x07bell\x1b") == "bell"
    assert normalize_whitespace("   ") == ""


def test_normalize_newlines() -> None:
    assert normalize_newlines("a\r\nb\rc\u2028d\u2029e") == "a\nb\nc\nd\n\ne"


def test_match_key_folds_case_quotes_and_yo() -> None:
    assert match_key("Lavrov’s  «Ёлка»") == 'lavrov\'s "елка"'
    assert match_key("С.В. ЛАВРОВ") == "с.в. лавров"
    assert has_cyrillic("abc д") and not has_cyrillic("abc")
