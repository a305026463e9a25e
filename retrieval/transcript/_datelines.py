"""A news agency's dateline without a year ("MOSCOW, March 27. /TASS/.", "МОСКВА, 22 февраля.
/ТАСС/."): the year comes from elsewhere on the page, or the date stays unknown.

The dateline gives the day and month of the story. A full date with that same day and month
anywhere else on the page (a publication stamp, an "updated" line, a date line under the text)
gives the year. Nothing else is trusted: a copyright year is the site's, not the story's, and a
year guessed wrong would date a quote wrongly (the search lists an undated page as unchecked
rather than hiding it).
"""

from __future__ import annotations

import datetime as dt
import re

from retrieval.text import MONTHS
from retrieval.transcript._dates import _TITLE_DATE_RES, _YEAR_RE, _to_date

_MONTH = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")(?![^\W\d_])"
# "MOSCOW, March 27. /TASS/.", "UNITED NATIONS, June 3. /TASS/", "МОСКВА, 22 февраля. /ТАСС/."
_DATELINE_RE = re.compile(
    rf"(?:^|\n)[^\S\n]*(?-i:[A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]{{1,40}}),\s+"
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>[0-9]{{1,2}})|(?P<d2>[0-9]{{1,2}})\s+(?P<m2>{_MONTH}))"
    r"\s*\.?\s*/\s*[^\W\d_][^/\n]{0,20}/",
    re.IGNORECASE,
)


def dateline_day(text: str) -> tuple[int, int] | None:
    """The (month, day) of the first agency dateline without a year in ``text``, if any."""
    match = _DATELINE_RE.search(text)
    if match is None:
        return None
    month_text = (match.group("m1") or match.group("m2")).casefold()
    month = MONTHS.get(month_text)
    day = int(match.group("d1") or match.group("d2"))
    return (month, day) if month and 1 <= day <= 31 else None


def dateline_date(text: str) -> dt.date | None:
    """The story's date from a year-less dateline and a full date of the same day elsewhere.

    Args:
        text: The page's text.

    Returns:
        The date, or None when the page has no such dateline or states no year for that day
        (or states two different ones).
    """
    day = dateline_day(text)
    if day is None or not _YEAR_RE.search(text):
        return None
    years = {
        date.year
        for pattern in _TITLE_DATE_RES
        for match in pattern.finditer(text)
        if (date := _to_date(match)) and (date.month, date.day) == day
    }
    if len(years) != 1:
        return None
    try:
        return dt.date(years.pop(), *day)
    except ValueError:
        return None
