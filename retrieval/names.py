"""Name terms: a capitalised word's name key, so that people's names cross scripts.

Countries, cities and organisations cross languages through the concept table
(:mod:`retrieval.aliases`); people's names are too many for a table, so every capitalised word
(a name, or just the first word of a sentence) also gets a *name term*: ``#~l:лавр`` for "Lavrov"
(written in Latin letters), ``#~c:лавр`` for "Лаврову" (written in Cyrillic). The key is the
word spelled in Cyrillic (:func:`retrieval.translit.to_cyrillic`), stemmed with the Russian
stemmer until it stops changing so case endings fall away, and folded
(:func:`retrieval.translit.name_skeleton`) so spelling variants meet.

The script tag keeps a name term from adding anything within one language: the analyzer gives
passages and questions the same terms (index and query agree), and the search swaps a question's
name terms to the other script's tag (:func:`crossed`), so "Лавров" in a question finds
"Lavrov" in an English passage through ``#~l:лавр``, and a capitalised English word never
matches another English word twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

from retrieval.speakers import SURNAME_SPELLINGS
from retrieval.text import has_cyrillic
from retrieval.translit import name_skeleton, to_cyrillic

__all__ = [
    "NAME_PREFIX",
    "crossed",
    "is_name_term",
    "is_spelling_of",
    "looks_like_name",
    "name_term",
    "without_names",
]

#: Name terms start with this (a concept prefix, so the search groups them with their word).
NAME_PREFIX: Final = "#~"
_LATIN_TAG: Final = "l:"
_CYRILLIC_TAG: Final = "c:"
#: Rounds of the Russian stemmer a name key gets at most (each round stems twice).
MAX_STEMMING: Final = 3
#: Names shorter than this are left alone: initials and short words collide too often.
MIN_NAME_LETTERS: Final = 3
#: Letters of a case ending: what one form of a name may have past the start it shares with
#: another form ("Захаров|ой", "Путин|ым", "Зеленск|ому").
MAX_ENDING_LETTERS: Final = 3


def looks_like_name(word: str) -> bool:
    """Whether a word (as written, case kept) is capitalised like a name.

    A capital first letter and at least one lower-case letter after it ("Lavrov", "Лаврова";
    not "NATO", "МИД" or "lavrov"), letters only, at least :data:`MIN_NAME_LETTERS` of them.
    """
    return (
        len(word) >= MIN_NAME_LETTERS
        and word[0].isupper()
        and not word.isupper()
        and word.isalpha()
    )


def name_term(word: str, stem_russian: Callable[[str], str]) -> str:
    """The name term of a capitalised word.

    Args:
        word: The word as written (a possessive "'s" already dropped).
        stem_russian: The analyzer's Russian stemmer (stemming twice, as for index terms).

    Returns:
        ``#~c:<key>`` for a Cyrillic word, ``#~l:<key>`` for any other.
    """
    cyrillic = has_cyrillic(word)
    lower = word.lower()
    key = lower if cyrillic else SURNAME_SPELLINGS.get(lower) or to_cyrillic(word).lower()
    # Stemmed until it stops changing: a foreign name's ending can look like a suffix twice
    # over ("Эрдогану" -> "эрдоган" -> "эрдога" -> "эрдог"), and every case form must meet.
    for _ in range(MAX_STEMMING):
        stem = stem_russian(key)
        if stem == key:
            break
        key = stem
    tag = _CYRILLIC_TAG if cyrillic else _LATIN_TAG
    return NAME_PREFIX + tag + name_skeleton(key)


def is_name_term(term: str) -> bool:
    """Whether an index term is a name term."""
    return term.startswith(NAME_PREFIX)


def crossed(term: str) -> str:
    """The same name written in the other script: ``#~l:лавр`` <-> ``#~c:лавр``.

    Raises:
        ValueError: ``term`` is not a name term.
    """
    if term.startswith(NAME_PREFIX + _LATIN_TAG):
        return NAME_PREFIX + _CYRILLIC_TAG + term[len(NAME_PREFIX) + len(_LATIN_TAG) :]
    if term.startswith(NAME_PREFIX + _CYRILLIC_TAG):
        return NAME_PREFIX + _LATIN_TAG + term[len(NAME_PREFIX) + len(_CYRILLIC_TAG) :]
    raise ValueError(f"not a name term: {term!r}")


def without_names(terms: Iterable[str]) -> list[str]:
    """Terms with the name terms left out: for checks that need every word of a text to be
    present (phrases, quote stretches), where a capital letter must not matter."""
    return [term for term in terms if not term.startswith(NAME_PREFIX)]


def is_spelling_of(word: str, other: str) -> bool:
    """Whether two written words can be one name, in either script and any case form.

    Name terms are stems, and a stem can be shared by a name and an unrelated word of the
    other script ("Prize" and "Призываем", "Catalan" and "катании" both give a short key);
    this check looks at the whole words: spelt in Cyrillic and folded, the two must be the same
    but for a case ending ("Lavrov" and "Лаврову", "Erdogan" and "Эрдогану").

    Args:
        word: A word as written.
        other: Another word as written.
    """
    a, b = (name_skeleton(to_cyrillic(w).lower()) for w in (word, other))
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    # Past their common start each word has at most an ending left, and the start outweighs
    # both endings ("Зеленск|ий" / "Зеленск|ому"; not "Ката|лан" / "Ката|нии").
    rest = (len(a) - common, len(b) - common)
    return common >= MIN_NAME_LETTERS and max(rest) <= MAX_ENDING_LETTERS and common > sum(rest)
