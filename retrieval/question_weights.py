"""How much each word of a question counts when deciding whether a passage answers it.

The no-answer rule (:mod:`retrieval.search`) asks what share of a question's weight the best
passage covers. A known word weighs its idf. The hard case is a word the corpus never uses: on a
corpus of a few dozen transcripts most words of a real question are such words ("trip" where he
said "visit", "beforehand", "blames", "as people fear"), and if each weighed as much as the
rarest word the answer would be refused whenever the question is phrased unlike it. Yet a
question about something the transcripts never mention ("the Eurovision song contest", "Kosovo")
must still get no answer.

The rule here: an unknown word that *names* something (written with a capital inside the
sentence, an acronym, a number) is content the corpus lacks, and weighs as the rarest word; an
unknown common word (lower case) is more likely phrasing, and weighs a share of that
(:data:`UNKNOWN_WORD_SHARE`). A question whose topic words are all unknown still gets no answer,
because nothing matches them at all.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["UNKNOWN_NAME_FACTOR", "UNKNOWN_WORD_SHARE", "is_name_like", "unknown_word_weight"]

#: Weight of an unknown lower-case question word, as a share of the rarest word's idf. Tuned on
#: the real dev set (bench/eval.py, README "Retrieval quality"): 1.0 (every unknown word as the
#: rarest) refused a quarter of the answerable questions; 0 lets "raising metro fares" match any
#: passage on raising things.
UNKNOWN_WORD_SHARE: Final = 0.5
#: Weight of an unknown name (see is_name_like), as a multiple of the rarest word's idf: a
#: question naming what no transcript mentions ("the Arctic Council") has no answer even when
#: its other words ("council", "chairmanship") are all found.
UNKNOWN_NAME_FACTOR: Final = 2.0

# Where a sentence (and so an ordinary capitalised first word) starts; an opening quotation
# mark does not start one ("о «Газпроме»" names a company).
_SENTENCE_START_RE: Final = re.compile(r"(?:^|[.!?:;]|[-–—]\s)\s*$")


# Capitalised words that name no one thing the corpus could lack: "the West" is an idea any
# page may put otherwise ("Western countries", "Europe and the US").
_CAPITALISED_IDEAS: Final = frozenset(
    "west west's east запад запада западу западом западе восток востока востоку востоком "
    "востоке".split()
)


def is_name_like(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` names something: a name, an acronym, a number.

    A capital counts only inside a sentence (the first word of a question is capitalised
    anyway), except for an acronym ("NATO", "ЦБ") or a word with an inner capital ("McCain").

    Args:
        text: The question's text.
        start: Start of the word.
        end: End of the word, exclusive.
    """
    word = text[start:end]
    if word.casefold() in _CAPITALISED_IDEAS:
        return False
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return any(c.isdigit() for c in word)
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    if any(c.isupper() for c in letters[1:]):
        return True
    if not letters[0].isupper():
        return False
    return _SENTENCE_START_RE.search(text[:start]) is None


def unknown_word_weight(max_idf: float, *, name_like: bool) -> float:
    """The coverage weight of a question word that no passage contains.

    Args:
        max_idf: The idf a word found in a single passage would have (the rarest possible).
        name_like: The word names something (see :func:`is_name_like`).
    """
    return (UNKNOWN_NAME_FACTOR if name_like else UNKNOWN_WORD_SHARE) * max_idf
