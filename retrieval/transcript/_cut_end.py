"""A page copied only up to a length can stop inside the speaker's name that closes its last
quote ("...», - добавил Караси"): the name is completed from the page, so the quote is still
his, and not left to no one."""

from __future__ import annotations

import re

# The page's last words: a verb of saying, then a capitalised word cut short (no stop after
# it), two letters at least ("подчеркнул Гр").
_CUT_NAME_RE = re.compile(
    r"(?:сказал|добавил|отметил|заявил|подчеркнул|пояснил|уточнил|сообщил|напомнил|"
    r"said|added|noted|stressed|explained|told)[а-яё]*\s+(?P<cut>[A-ZА-ЯЁ][a-zа-яё]+)\Z"
)
# The forms a surname takes on a Russian or English page past its stem ("Песков", "Пескова").
_NAME_END_RE = re.compile(r"(?:а|у|ым|ом|е|ой|ы|'s|’s)?")


def completed_cut_name(text: str) -> str:
    """``text`` with a name cut off at its very end completed, when the page holds it whole.

    The completion is the shortest capitalised word of the page that starts with the cut
    one, and every other such word must be a case form of it: "Пес" completes to "Песков"
    with "Пескова" beside it, but never when the page also has "Песня".
    """
    stripped = text.rstrip()
    match = _CUT_NAME_RE.search(stripped[-80:])
    if match is None:
        return text
    cut = match.group("cut")
    body = stripped[: len(stripped) - len(cut)]
    words: set[str] = set(re.findall(rf"(?<![\w-]){re.escape(cut)}\w+", body))
    if not words:
        return text
    whole = min(words, key=len)
    if any(not _NAME_END_RE.fullmatch(word[len(whole) :]) for word in words):
        return text
    return body + whole + text[len(stripped) :]
