"""One typo between two surnames: how a copy misspells a name it gave right before
("Uashakov" for "Ushakov", "Chizov" for "Chizhov")."""

from __future__ import annotations

#: A surname shorter than this is never read as another's typo ("Ivanov" / "Ivanova").
TYPO_SURNAME_LETTERS = 6


def one_typo(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` with one letter added, dropped or changed, or two
    neighbours swapped: same first letter and same last two (a change of ending, "Ivanova",
    is another form, not a typo), and one of them at least this long."""
    if word == known or word[:1] != known[:1] or word[-2:] != known[-2:]:
        return False
    if max(len(word), len(known)) < TYPO_SURNAME_LETTERS or abs(len(word) - len(known)) > 1:
        return False
    if len(word) == len(known):
        diff = [at for at in range(len(word)) if word[at] != known[at]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == known[diff[1]]
            and word[diff[1]] == known[diff[0]]
        )
    longer, shorter = (word, known) if len(word) > len(known) else (known, word)
    return any(longer[:at] + longer[at + 1 :] == shorter for at in range(len(longer)))
