"""The head word of a compound that a question writes as one word and a page in two.

Russian news writes a count or a medium into one word with its noun: «четырёхчасовые
переговоры» are talks "около четырёх часов", «видеовыступление» is an «выступление» by video
link, «двухдневный визит» a visit of two days. On a corpus of a few dozen pages the compound
is a word no transcript uses, and it would weigh as content the pages lack
(:mod:`retrieval.question_weights`) while its head is there. :func:`compound_head` gives the
part after such a prefix; the search counts the head's terms as words of the compound's root
(:mod:`retrieval.search`), only for a compound the corpus never uses.

Only prefixes that add a count or a channel are listed: «кибер-» or «гос-» carry the meaning
("cyberattack" is not an attack in general), and stay whole.
"""

from __future__ import annotations

from typing import Final

__all__ = ["COMPOUND_PREFIXES", "MIN_HEAD_LETTERS", "compound_head"]

#: Prefixes of a count (the combining forms of Russian numerals: «двух-», «сорока-») or of a
#: medium («видео-», «теле-», and their English counterparts, "videoconference"), longest
#: first so that «двенадцати-» is not read as «два-». Written by hand from Russian word
#: formation; no real question or page chose them.
COMPOUND_PREFIXES: Final[tuple[str, ...]] = tuple(
    sorted(
        (
            "одно двух дву трех четырех пяти шести семи восьми девяти десяти одиннадцати "
            "двенадцати пятнадцати двадцати тридцати сорока пятидесяти шестидесяти "
            "семидесяти восьмидесяти девяноста полутора "
            "видео теле радио фото аудио онлайн "
            "video tele audio"
        ).split(),
        key=len,
        reverse=True,
    )
)
#: The head must be a word of its own, not a root's tail: five letters keep «часовые»,
#: «дневный», «летний» and drop «нары» of «семинары», «граф» of «фотограф».
MIN_HEAD_LETTERS: Final = 5


def compound_head(word: str) -> str | None:
    """The word after a count's or a medium's prefix, or None when the word has none.

    Args:
        word: One word of a question, as written.

    Returns:
        The head ("часовые" of «четырёхчасовые», "conference" of "videoconference"), or
        None.
    """
    folded = word.casefold().replace("ё", "е")
    if not folded.isalpha():
        return None
    for prefix in COMPOUND_PREFIXES:
        if folded.startswith(prefix) and len(folded) - len(prefix) >= MIN_HEAD_LETTERS:
            return folded[len(prefix) :]
    return None
