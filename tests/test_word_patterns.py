"""The tokenizer's ASCII word pattern finds exactly the words of the full one on ASCII text.

Most English passages are all ASCII, and `Analyzer.terms` takes the smaller pattern for them
(it is faster); any text where the two disagree would be indexed differently from how its
spans are found (`Analyzer.tokens` always uses the full pattern).
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.tokenizer import _ASCII_WORD_RE, _WORD_RE, Analyzer

# Letters, digits and every ASCII character that joins, splits or sits next to words.
_ALPHABET = string.ascii_letters[:6] + "09_-'.,’ \n\t:;()\"/\\"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_ascii_pattern_finds_the_same_words(text: str) -> None:
    if text.isascii():
        assert _ASCII_WORD_RE.findall(text) == _WORD_RE.findall(text)
    else:  # the curly apostrophe: not ASCII, the full pattern is used
        assert "’" in text


def test_ascii_words_by_example() -> None:
    text = "Lavrov's talks -- re-elected in 2,500 km (3.5%) ok_go don't"
    expected = ["Lavrov's", "talks", "re-elected", "in", "2,500", "km", "3.5", "ok_go", "don't"]
    assert _ASCII_WORD_RE.findall(text) == _WORD_RE.findall(text) == expected


def test_terms_equal_the_tokens_terms_on_ascii_and_other_text() -> None:
    analyzer = Analyzer(names=True)
    for text in (
        "Sergey Lavrov's remarks on the U.S.-Russia talks, 2,500 troops and 3.5 percent",
        "Сергей Лавров: «Мы готовы к переговорам» — 2,5 млн",
        "Lavrov’s remarks",  # a curly apostrophe: the full pattern
    ):
        assert analyzer.terms(text) == [t.term for t in analyzer.tokens(text)]
