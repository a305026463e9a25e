"""Dates on a page: the event date in a title, and the page's own date line."""

from __future__ import annotations

import datetime as dt
import re

from retrieval.text import MONTHS

_MONTH = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")(?![^\W\d_])"
_DAY = r"(?<![0-9])(?P<d>[0-9]{1,2})"
_RANGE = r"(?:\s*[-–—]\s*[0-9]{1,2})?"
_DATE_FORMS = (
    # 17 March 2021, 16-17 марта 2021 года, 17th of March 2021
    rf"{_DAY}{_RANGE}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?\s+(?P<y>[0-9]{{4}})",
    # March 17, 2021; March 16-17, 2021
    rf"(?<![^\W\d_])(?P<m>{_MONTH})\.?\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?{_RANGE},?\s+"
    r"(?P<y>[0-9]{4})",
    # 17.03.2021
    r"(?<![0-9.])(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})",
    # 2021-03-17
    r"(?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})",
)
_TITLE_DATE_RES = tuple(re.compile(form + "(?![0-9])", re.IGNORECASE) for form in _DATE_FORMS)
#: A time of day: "18:27", "03:31:05".
TIME = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
# A page's date line: the year may have the time glued to it ("17 March 202118:27").
# Optionally after a weekday or a city: "Wednesday, 17 March 2021", "Moscow, 17 March 2021".
_DATE_LINE_RES = tuple(
    re.compile(
        rf"^(?:[^\W\d_]+,?\s+)?(?:{TIME}\s*)?{form}\s*(?:года|г\.)?\s*(?:{TIME})?$",
        re.IGNORECASE,
    )
    for form in _DATE_FORMS
)
# The same, with the title glued after the time (a page flattened onto one line).
_DATE_LINE_GLUED_RES = tuple(
    re.compile(rf"^{form}\s*(?:года|г\.)?\s*{TIME}\s*(?P<rest>\S.*)$", re.IGNORECASE)
    for form in _DATE_FORMS
)


def _to_date(match: re.Match[str]) -> dt.date | None:
    month_text = match.group("m")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.casefold())
    try:
        year, day = int(match.group("y")), int(match.group("d"))
        if month is None or not 1900 <= year <= 2100:
            return None
        return dt.date(year, month, day)
    except ValueError:
        return None


def title_date(title: str) -> tuple[dt.date, int] | None:
    """The event date in a title and where it starts; the last date given wins."""
    best: tuple[dt.date, int, int] | None = None
    for pattern in _TITLE_DATE_RES:
        for match in pattern.finditer(title):
            date = _to_date(match)
            if date and (best is None or match.end() > best[2]):
                best = (date, match.start(), match.end())
    return (best[0], best[1]) if best else None


def first_date_end(text: str) -> int | None:
    """Where the first date in ``text`` ends (to cut a title glued to the body), if any."""
    ends = [m.end() for pattern in _TITLE_DATE_RES for m in pattern.finditer(text) if _to_date(m)]
    return min(ends) if ends else None


def date_line(line: str) -> tuple[dt.date, str] | None:
    """If ``line`` is a page date line, its date and any text glued after the time."""
    for pattern in _DATE_LINE_RES:
        match = pattern.match(line)
        if match and (date := _to_date(match)):
            return date, ""
    for pattern in _DATE_LINE_GLUED_RES:
        match = pattern.match(line)
        if match and (date := _to_date(match)):
            return date, match.group("rest")
    return None
