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
from retrieval.transcript._dates import _TITLE_DATE_RES, _YEAR_RE, MONTH_NAME, _to_date

# A stamp of the year and month only: "date 2023-06" (glued before "MOSCOW, June 24. /TASS/.").
_YEAR_MONTH_STAMP = (
    r"(?:date|дата|published|posted|опубликовано)\s*:?\s+"
    r"(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])(?![0-9-])"
)
# The agency after the day: "/TASS/", "(Interfax) –", "– RIA Novosti.", "- ПРАЙМ.",
# "INTERFAX.RU -"; a name in capitals or a capitalised one of up to three words.
_AGENCY_NAME = r"(?-i:[A-ZА-ЯЁ][^\W\d_]*(?:[ .][A-ZА-ЯЁ][^\W\d_]*){0,2})"
_AGENCY = (
    r"(?:/\s*[^\W\d_][^/\n]{0,20}/"
    r"|\(\s*[^\W\d_][^()\n]{0,20}\)\s*[-–—]"
    rf"|[-–—]\s*{_AGENCY_NAME}\s*[.,]"
    # «МОСКВА, 28 февраля, ФедералПресс.»: the agency after a comma, its stop right after it.
    rf"|,\s*{_AGENCY_NAME}\s*\.(?=\s)"
    r"|(?-i:[A-ZА-ЯЁ]{3,}(?:\.[A-ZА-ЯЁ]{2,})?)\s*[-–—])"
)
# The city: in capitals ("MOSCOW", "UNITED NATIONS") or capitalised words ("Moscow", "Нью-Йорк").
_CITY = r"(?-i:[A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]{1,40}|[A-ZА-ЯЁ][^\W\d_]+(?:[ -][A-ZА-ЯЁ][^\W\d_]+){0,2})"
# "MOSCOW, March 27. /TASS/.", "МОСКВА, 22 февраля. /ТАСС/.", "MOSCOW, 16 APR – RIA Novosti.",
# "Москва. 23 января. INTERFAX.RU -", "Moscow. December 22nd. INTERFAX -", "BRUSSELS. Nov 10
# (Interfax) –", «МОСКВА, 20 янв - ПРАЙМ.», «МОСКВА, 28 февраля, ФедералПресс.»; a copy may
# glue a stamp of the year and month before it ("date 2023-06 MOSCOW, June 24. /TASS/.").
_DATELINE_RE = re.compile(
    rf"(?:^|\n)[^\S\n]*(?:{_YEAR_MONTH_STAMP}\s+)?{_CITY}[,.]\s+"
    rf"(?:(?P<m1>{MONTH_NAME})\.?\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>[0-9]{{1,2}})\s+(?P<m2>{MONTH_NAME}))(?![0-9])"
    rf"\s*\.?\s*{_AGENCY}",
    re.IGNORECASE,
)


def _month_day(month: int | None, day: int) -> tuple[int, int] | None:
    """``(month, day)`` if that day is in that month in some year (29 February is)."""
    try:
        return (month, day) if month and dt.date(2000, month, day) else None
    except ValueError:
        return None


def _matched_day(match: re.Match[str]) -> tuple[int, int] | None:
    """The ``(month, day)`` a pattern matched: its month and day as ``m``/``d``, or as
    ``m1``/``d1`` or ``m2``/``d2`` for its two orders."""
    groups = match.groupdict()
    month_text = (groups.get("m") or groups.get("m1") or groups["m2"]).casefold()
    month = MONTHS.get(month_text)
    return _month_day(month, int(groups.get("d") or groups.get("d1") or groups["d2"]))


# A site's stamp without a year, the day then the time: "News 31 july — 10:56", "30 Aug. 17:30
# (UTC+3 MSK)", "18 апреля, 17:26", "обновлено 23 марта, 23:25", "23 марта, 23:09,".
_STAMP_DAY_RE = re.compile(
    rf"^(?:[^\W\d_]+\s+)?(?P<d>[0-9]{{1,2}})\s+(?P<m>{MONTH_NAME})\.?,?\s*[-–—,]?\s*"
    r"[0-9]{1,2}:[0-9]{2}(?:\s*\([^()]{0,20}\))?[,.]?$",
    re.IGNORECASE,
)
#: A stamp line is this short at most ("30 Aug. 17:30 (UTC+3 MSK)" is 25 characters).
_MAX_STAMP_DAY_CHARS = 40


def stamp_day(line: str) -> tuple[int, int] | None:
    """The ``(month, day)`` of a site's stamp line without a year, if ``line`` is one."""
    if len(line) > _MAX_STAMP_DAY_CHARS or ":" not in line:
        return None
    match = _STAMP_DAY_RE.match(line.strip())
    return _matched_day(match) if match else None


# A site's stamp set over two lines, the day and month on one and the year alone under it
# ("25 Ноя" / "2024"): a date widget's lines as a copy keeps them.
_SPLIT_STAMP_DAY_RE = re.compile(
    rf"^(?:(?P<d1>[0-9]{{1,2}})\s+(?P<m1>{MONTH_NAME})|(?P<m2>{MONTH_NAME})\.?\s+(?P<d2>[0-9]{{1,2}}))\.?$",
    re.IGNORECASE,
)
_YEAR_LINE_RE = re.compile(r"^(?:19|20)[0-9]{2}$")


def split_stamp_date(line: str, next_line: str) -> dt.date | None:
    """The date of a stamp split over ``line`` (day and month) and ``next_line`` (the year)."""
    if len(line) > 16 or not _YEAR_LINE_RE.match(next_line.strip()):
        return None
    match = _SPLIT_STAMP_DAY_RE.match(line.strip())
    day = _matched_day(match) if match else None
    try:
        return dt.date(int(next_line.strip()), *day) if day else None
    except ValueError:  # 29 February of a year without one
        return None


def dateline_day(text: str) -> tuple[int, int] | None:
    """The (month, day) of the first agency dateline without a year in ``text``, if any."""
    match = _DATELINE_RE.search(text)
    return _matched_day(match) if match else None


_YEAR_MONTH_STAMP_RE = re.compile(rf"(?<![^\W\d_]){_YEAR_MONTH_STAMP}", re.IGNORECASE)


def dateline_date(text: str) -> dt.date | None:
    """The story's date from a year-less dateline and a full date of the same day elsewhere.

    Args:
        text: The page's text.

    Returns:
        The date, or None when the page has no such dateline or states no year for that day
        (or states two different ones). With no full date of that day, a stamp of the year
        and month alone ("date 2023-06") of the dateline's month gives the year.
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
    if not years:
        stamps = (match.group()[-7:].split("-") for match in _YEAR_MONTH_STAMP_RE.finditer(text))
        years = {int(year) for year, month in stamps if int(month) == day[0]}
    if len(years) != 1:
        return None
    try:
        return dt.date(years.pop(), *day)
    except ValueError:
        return None


# A date in a page's address: ".../2025/03/27/...", "ria.ru/20260120/...", ".../2025-03-27-...".
_URL_DATE_RE = re.compile(
    r"/(?P<y>(?:19|20)[0-9]{2})(?:/(?P<m>[01][0-9])/(?P<d>[0-3][0-9])(?=[/_.-]|$)"
    r"|(?P<m2>[01][0-9])(?P<d2>[0-3][0-9])(?=/)"
    r"|-(?P<m3>[01][0-9])-(?P<d3>[0-3][0-9])(?=[/_.-]|$))"
)


def url_date(url: str | None) -> dt.date | None:
    """The date a page's address gives (a news site's ``/2025/03/27/``, ``/20260120/``), if
    it gives exactly one."""
    if not url or not any(c.isdigit() for c in url):
        return None
    found = set()
    for match in _URL_DATE_RE.finditer(url.split("?", 1)[0]):
        month = match.group("m") or match.group("m2") or match.group("m3")
        day = match.group("d") or match.group("d2") or match.group("d3")
        try:
            found.add(dt.date(int(match.group("y")), int(month), int(day)))
        except ValueError:
            continue
    return found.pop() if len(found) == 1 else None


#: A year-less day opening the lead ("On October 24, Putin delivered ...") takes the year of
#: the page's own stamp only when the stamp is this many days after it at most: a blog or a
#: digest posts about an event within days (set H: 12 days), and a longer gap could be a year.
MAX_LEAD_TO_STAMP_DAYS = 31
# "On October 24, ...", "On Friday, 3 March, ...", "19 декабря президент ...", "В четверг, 19
# декабря, ...": a day and a month without a year at the start of the lead sentence.
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
)
_LEAD_DAY_RE = re.compile(
    rf"^(?:(?:on|в|во)\s+)?(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<m1>{MONTH_NAME})\.?\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?:the\s+)?(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_NAME}))"
    r"(?![0-9])(?!\s*,?\s*[0-9]{4})(?=[\s,])",
    re.IGNORECASE,
)


def lead_day(sentence: str) -> tuple[int, int] | None:
    """The ``(month, day)`` opening a lead sentence without a year ("On October 24, Putin
    delivered ...", "19 декабря президент ..."), if it opens so."""
    if not sentence[:1].isalnum():
        return None
    match = _LEAD_DAY_RE.match(sentence)
    return _matched_day(match) if match else None


# A day named with its weekday, or as today, inside the lead: "заявила в четверг, 7 октября,",
# "во вторник, 21 мая", "said on Friday, March 3", "Сегодня, 4 декабря, президент".
_NAMED_DAY_RE = re.compile(
    rf"(?<![^\W\d_])(?:(?:on|в|во)\s+{_WEEKDAY}|сегодня|today),?\s+"
    rf"(?:(?P<m1>{MONTH_NAME})\.?\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?:the\s+)?(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_NAME}))"
    r"(?![0-9])(?!\s*,?\s*[0-9]{4})",
    re.IGNORECASE,
)

# What every weekday and "today" hold ("Thursday", "today", "четверг", "среду", "сегодня").
_NAMED_DAY_WORDS = (
    "day", "понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен", "сегодня",
)  # fmt: skip


def named_day(sentences: list[str]) -> tuple[int, int] | None:
    """The ``(month, day)`` the lead names with its weekday or as today, without a year
    ("Zakharova said on Thursday, October 7, that ..."): the day it was said."""
    for sentence in sentences:
        folded = sentence.casefold()
        if not any(word in folded for word in _NAMED_DAY_WORDS):
            continue  # most leads name no weekday: spared the pattern
        if match := _NAMED_DAY_RE.search(sentence):
            return _matched_day(match)
    return None


def lead_day_date(sentence: str, stamp: dt.date | None) -> dt.date | None:
    """The event's date from a lead sentence that opens with a day and month but no year
    ("On October 24, Putin delivered a speech ..."), in the year the page's stamp gives.

    Args:
        sentence: The page's first sentence.
        stamp: The page's own date (a post's or a copy's stamp), if any.

    Returns:
        The day in the year that puts it at most :data:`MAX_LEAD_TO_STAMP_DAYS` days before
        the stamp (or on its day); None otherwise.
    """
    found = lead_day(sentence) if stamp is not None else None
    return day_before(found, stamp) if found and stamp else None


def day_before(day: tuple[int, int], stamp: dt.date) -> dt.date | None:
    """A ``(month, day)`` in the year that puts it at most :data:`MAX_LEAD_TO_STAMP_DAYS` days
    before ``stamp`` (or on its day), if there is one: a story is posted within days."""
    month, number = day
    for year in (stamp.year, stamp.year - 1):
        try:
            date = dt.date(year, month, number)
        except ValueError:
            return None
        if dt.timedelta(0) <= stamp - date <= dt.timedelta(MAX_LEAD_TO_STAMP_DAYS):
            return date
    return None
