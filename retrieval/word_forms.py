"""Other case forms of a question's Russian word, as index terms.

Index terms stem Russian words twice (:mod:`retrieval.tokenizer`), which makes most case forms
of a word agree, but not all: "тарана" gives ``тар`` and "таране" ``тара``, so a question saying
"об Украине как таране" misses the passage saying "в качестве тарана", and worse, its word
counts as one the corpus never uses. A question is short, so here each of its Russian words is
declined: its stem (one Snowball pass, which keeps the word's root) takes every common noun and
adjective ending, and the terms of those forms that differ from the word's own are the word's
other forms. The search treats them as the word itself (:mod:`retrieval.search`).

Only the question's words are declined; the index is untouched.
"""

from __future__ import annotations

from typing import Final

import Stemmer

from retrieval.text import has_cyrillic
from retrieval.tokenizer import Analyzer

__all__ = ["RUSSIAN_ENDINGS", "WordForms"]

#: Case endings of Russian nouns and adjectives (all genders, both numbers).
RUSSIAN_ENDINGS: Final[tuple[str, ...]] = tuple(
    (
        " а я у ю ом ем ём ой ей е и ы ов ев ам ям ами ями ах ях"
        " ый ий ая яя ое ее ого его ому ему ым им ую юю ых их ыми ими"
    ).split(" ")
)
#: Words shorter than this are not declined: a short stem with an ending added is too often
#: another word.
MIN_LETTERS: Final = 5
#: Shortest root a word is declined from.
MIN_ROOT: Final = 4
#: Declined words kept per analyzer (a question has a handful; a cache of recent ones).
CACHE_SIZE: Final = 4096


class WordForms:
    """Question word -> the terms of its other case forms.

    Args:
        analyzer: The analyzer the index uses, so the forms' terms meet indexed terms.
    """

    def __init__(self, analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self._stemmer = Stemmer.Stemmer("russian")
        self._cache: dict[str, tuple[str, ...]] = {}

    def terms(self, word: str) -> tuple[str, ...]:
        """Terms of ``word``'s case forms other than its own terms (none for a non-Russian
        or short word)."""
        key = word.casefold().replace("ё", "е")
        found = self._cache.get(key)
        if found is None:
            found = self._declined(key)
            if len(self._cache) >= CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = found
        return found

    def _declined(self, word: str) -> tuple[str, ...]:
        if len(word) < MIN_LETTERS or not word.isalpha() or not has_cyrillic(word):
            return ()
        own = set(self._analyzer.word_terms(word))
        if not own:
            return ()  # a stop word
        # The word less its ending, by Snowball and by each ending it has (Snowball may take
        # a letter of the root with an ending: "тарана" -> "тара"), and the word itself, a
        # nominative with no ending ("Клейменов", whose "Клейменову" stems apart).
        roots = {word, self._stemmer.stemWord(word)} | {
            word[: -len(ending)]
            for ending in RUSSIAN_ENDINGS
            if ending and word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT
        }
        forms: dict[str, None] = {}
        for root in sorted(roots):
            for ending in RUSSIAN_ENDINGS:
                for term in self._analyzer.word_terms(root + ending):
                    if term not in own and not term.startswith("#"):
                        forms[term] = None
        return tuple(forms)
