"""Whom "the Russian ambassador in Beijing" names: the one of Russia's ambassadors (and
permanent representatives) whose post was in that country, city or organisation at the time
the question gives, among the speakers the corpus quotes.

A question that gives the speaker by post instead of name ("What did the Russian ambassador in
Beijing say in June 2016 about ...?") asks for his words as a named one does; searching the
post's words instead finds only passages whose narration repeats them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache

from retrieval.places import capitals
from retrieval.russian_ambassadors import AMBASSADORS
from retrieval.speakers import ambassador_spelt
from retrieval.tokenizer import Analyzer

__all__ = [
    "OFFICIALS_POSTS",
    "ambassador_by_post",
    "ambassadors_by_post",
    "post_phrases",
    "post_years",
    "spoken_of",
]

# The post's noun: an ambassador, an envoy, a permanent representative.
_POST_NOUN_RE = re.compile(
    r"(?<![^\W\d_])(?:ambassador|envoy|permanent\s+representative|посол|посла|послом|после|"
    r"постпред\w*|постоянн\w+\s+представител\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
# Russia as the sending side: "Russia's", "Russian", «российский» before the noun ...
_RUSSIAN_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:russia'?s?|russian|российск\w*)\s", re.IGNORECASE)
# ... or «посол России», «постпред РФ» right after it.
_RUSSIAN_AFTER_RE = re.compile(
    r"^\s*(?:россии|рф|российской\s+федерации)(?![^\W\d_])", re.IGNORECASE
)
# A post's country or organisation, and its years: "Ambassador to China (2013-2022)", "Ambassador
# to Cuba (2023-present)".
_POST_RE = re.compile(r"^(?P<post>[^(]+?)\s*\((?P<start>[0-9]{4})-(?P<end>[0-9]{4}|present)\)")
# A deputy's post: "deputy envoy", "first deputy permanent representative", «заместитель
# постпреда».
_DEPUTY_RE = re.compile(
    r"(?<![^\W\d_])(?:deputy|vice|заместител\w*|зам)(?![^\W\d_])", re.IGNORECASE
)
# Place concepts that say nothing of the post's place (Russia itself).
_SENDER_CONCEPTS = frozenset({"#rf"})


# Posts abroad of officials the speaker table knows outside the ambassadors' table (public
# record: the Ministry's and the missions' pages), in that table's form.
OFFICIALS_POSTS: tuple[tuple[str, str], ...] = (
    ("Yuri Ushakov", "Ambassador to the United States (1999-2008)"),
    ("Sergey Kislyak", "Ambassador to the United States (2008-2017)"),
    ("Anatoly Antonov", "Ambassador to the United States (2017-2024)"),
    ("Alexander Darchiev", "Ambassador to Canada (2014-2021)"),
    ("Alexander Darchiev", "Ambassador to the United States (2025-2026)"),
    ("Vassily Nebenzia", "Permanent Representative to the United Nations (2017-2026)"),
    ("Vladimir Chizhov", "Permanent Representative to the European Union (2005-2022)"),
    ("Alexander Grushko", "Permanent Representative to NATO (2012-2018)"),
    ("Dmitry Rogozin", "Permanent Representative to NATO (2008-2011)"),
    ("Mikhail Ulyanov", "Permanent Representative to the International Organisations in Vienna "
     "(2018-2026)"),
    ("Alexander Yakovenko", "Ambassador to the United Kingdom (2011-2019)"),
    ("Andrei Kelin", "Ambassador to the United Kingdom (2019-2026)"),
    ("Alexander Lukashevich", "Permanent Representative to the OSCE (2015-2026)"),
    ("Gennady Gatilov", "Permanent Representative to the UN Office in Geneva (2018-2026)"),
    ("Mikhail Galuzin", "Ambassador to Japan (2018-2022)"),
    ("Mikhail Babich", "Ambassador to Belarus (2018-2019)"),
    ("Viktor Tatarintsev", "Ambassador to Sweden (2018-2024)"),
)  # fmt: skip


def post_years(post: str) -> range | None:
    """The years of a post in the tables' form ("Ambassador to China (2013-2022)"), or None."""
    match = _POST_RE.match(post)
    return range(int(match.group("start")), _last_year(match) + 1) if match else None


def _last_year(post: re.Match[str]) -> int:
    """A post's last year, this one for a post still held ("present")."""
    end = post.group("end")
    return dt.date.today().year if end == "present" else int(end)


@dataclass(frozen=True, slots=True)
class _Post:
    name: str
    places: frozenset[str]
    start: int
    end: int


def _places(analyzer: Analyzer, text: str) -> frozenset[str]:
    """The place and organisation concepts of ``text``, a capital also as its country's."""
    found = {t for t in analyzer.terms(text) if t.startswith("#")} - _SENDER_CONCEPTS
    owners = capitals()
    return frozenset(found | {owners[t] for t in found if t in owners})


@cache
def _posts() -> tuple[_Post, ...]:
    analyzer = Analyzer()
    out = []
    held = [(row[0], post) for row in AMBASSADORS for post in row[6]]
    for name, post in (*held, *OFFICIALS_POSTS):
        match = _POST_RE.match(post)
        where = _places(analyzer, match.group("post")) if match else frozenset()
        if match and where:
            out.append(_Post(name, where, int(match.group("start")), _last_year(match)))
    return tuple(out)


# An ambassador's post anywhere in a question, Russia and his place with it: "Russia's
# ambassador in Washington", «посла России в США», "the Russian envoy to the UN" (the place in
# capitals after its preposition, so that what is asked about stays out).
_POST_PHRASE_RE = re.compile(
    r"(?<![^\W\d_])(?P<post>(?:(?:the|russia'?s|russian|российск\w*)\s+)*"
    r"(?:ambassador|envoy|permanent\s+representative|посол|посла|послом|постпред\w*)"
    r"(?:\s+(?:of\s+russia|России|РФ))?"
    r"\s+(?:to|in|at|в|во|при)\s+(?:the\s+)?(?-i:[A-ZА-ЯЁ])[\w.-]*(?:\s+(?-i:[A-ZА-ЯЁ])[\w.-]*){0,2})",
    re.IGNORECASE,
)
# Words before a post that make it what is asked about or spoken to, not the one who spoke:
# "about the Russian ambassador in ...", «с послом России в ...».
_OBJECT_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:about|on|with|of|to|for|from|against|о|об|обо|с|со|к|ко|про|для|от|у|на)"
    r"\s+$",
    re.IGNORECASE,
)
# (An article may stand between: a post's pattern that leaves it out of the post.)
_ACCORDING_TO_RE = re.compile(r"according\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def spoken_of(before: str, objects: re.Pattern[str] = _OBJECT_BEFORE_RE) -> bool:
    """Whether the words ``before`` a post make it what a question asks about or speaks to
    (``objects``: the words that do so, before the post), not the one who spoke; "according
    to" never does."""
    return objects.search(before) is not None and _ACCORDING_TO_RE.search(before) is None


def post_phrases(question: str) -> list[tuple[int, int]]:
    """Where a question names one of Russia's ambassadors by post as the one who spoke
    ("according to Russia's ambassador in Washington", «по словам посла России в США»)."""
    found = _POST_PHRASE_RE.finditer(question)
    return [post.span() for post in found if not spoken_of(question[: post.start()])]


def ambassador_by_post(
    post: str,
    analyzer: Analyzer,
    present: Iterable[str],
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> str | None:
    """The speaker of ``present`` (the corpus's speakers) that ``post`` names ("the Russian
    ambassador in Beijing", «посол России в Китае»), when exactly one of them held it in the
    years ``date_from``..``date_to`` give (any years without them); else None.

    A post that names no place, or another country's ambassador ("Azerbaijan's ambassador to
    Russia"), names no one here.
    """
    found = _holders(post, analyzer, present, date_from, date_to)
    return next(iter(found)) if len(found) == 1 else None


def ambassadors_by_post(
    post: str,
    analyzer: Analyzer,
    present: Iterable[str],
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> tuple[str, ...]:
    """Every speaker of ``present`` who held the post ``post`` names in those years (see
    :func:`ambassador_by_post`), in name order: "the Russian ambassador in Washington" asked
    of no year is any of those who served there, never an ambassador elsewhere."""
    return tuple(sorted(_holders(post, analyzer, present, date_from, date_to)))


def _holders(
    post: str,
    analyzer: Analyzer,
    present: Iterable[str],
    date_from: dt.date | None,
    date_to: dt.date | None,
) -> set[str]:
    """The speakers of ``present`` who held the post in those years (see
    :func:`ambassador_by_post`)."""
    noun = _POST_NOUN_RE.search(post)
    if noun is None:
        return set()
    before, after = post[: noun.start()], post[noun.end() :]
    if _DEPUTY_RE.search(before):
        return set()  # "Russia's deputy UN envoy": not the envoy himself
    russian = _RUSSIAN_BEFORE_RE.search(before)
    if not (russian or _RUSSIAN_AFTER_RE.match(after)):
        return set()
    # The place after the noun ("envoy to NATO"), or between Russia and the noun ("Russian UN
    # envoy", «российский постпред при ООН»).
    between = before[russian.end() :] if russian else ""
    if post == post.lower():
        # "russian un envoy", "the russian ambassador to the eu": typed in lower case, where
        # «un», «eu» name nothing; in capitals they name the organisations.
        after, between = after.upper(), between.upper()
    where = _places(analyzer, after) | _places(analyzer, between)
    if not where:
        return set()
    lo = date_from.year if date_from else None
    hi = date_to.year if date_to else None
    held = [
        p
        for p in _posts()
        if p.places & where and (lo is None or p.end >= lo) and (hi is None or p.start <= hi)
    ]
    present = list(present)
    # A post at just that place first: "Russia's envoy to the UN" is the one in New York, not
    # the one to the UN's office at Nairobi, unless only that one is quoted here.
    exact = _present({p.name for p in held if p.places <= where}, present)
    return exact or _present({p.name for p in held}, present)


def _present(holders: Collection[str], present: Iterable[str]) -> set[str]:
    """The speakers of ``present`` who are ``holders`` (table names; a page may spell the name
    its own way)."""
    return {name for name in present if (ambassador_spelt(name) or name) in holders}
