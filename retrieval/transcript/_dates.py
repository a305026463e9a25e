"""Dates on a page: the event date in a title, and the page's own date lines."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from retrieval.text import MONTHS

_MONTH = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")(?![^\W\d_])"
#: A month's name or abbreviation, English or Russian, in any case form.
MONTH_NAME = _MONTH
_DAY = r"(?<![0-9])(?P<d>[0-9]{1,2})"
_RANGE = r"(?:\s*[-–—]\s*[0-9]{1,2})?"
_DATE_FORMS = (
    # 17 March 2021, 16-17 марта 2021 года, 17th of March 2021, 28 December, 2009, 04 juin / 2018
    rf"{_DAY}{_RANGE}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?(?:\s?,)?\s*(?:/\s*)?"
    r"(?P<y>[0-9]{4})",
    # March 17, 2021; March 16-17, 2021; December, 23, 2016; March 23 , 2021 (EIR's type);
    # "Published July 27,2023" (no space after the comma)
    rf"(?<![^\W\d_])(?P<m>{_MONTH})\.?,?\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?{_RANGE}"
    r"(?:\s?,\s*|\s+)(?P<y>[0-9]{4})",
    # 17.03.2021, 30-03-2017
    r"(?<![0-9.])(?P<d>[0-9]{1,2})(?P<sep>[.-])(?P<m>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4})",
    # 2021-03-17, 2014-3-13 (a site's stamp without the zeros: "Published: 2014-3-13 23:38:03")
    r"(?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})(?![0-9])",
    # 2022/03/16 (a site's stamp; the year first leaves no doubt which is the month)
    r"(?<![0-9/])(?P<y>[0-9]{4})/(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})(?![0-9/])",
)
_TITLE_DATE_RES = tuple(re.compile(form + "(?![0-9])", re.IGNORECASE) for form in _DATE_FORMS)
# Every date form has a year of four digits: text without one is spared the patterns.
_YEAR_RE = re.compile("[0-9]{4}")
# 12/17/2015 or 17/12/2015: which is the month is told by a number over 12, or by the weekday
# the page gives ("Submitted on Thu, 12/17/2015"); otherwise the date is left unknown.
_SLASH_FORM = r"(?<![0-9/])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<y>[0-9]{4})"
#: A time of day: "18:27", "03:31:05".
TIME = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
# A clock's zone: "GMT", "UTC+3", "JST", "(UTC +04:00)", "(по МСК)", "мск".
_ZONE = (
    r"\(?(?:по\s+)?(?:GMT|UTC|MSK|МСК|JST|CET|CEST|EST|EDT|BST|IST|PST|PDT)"
    r"(?:\s*[+-]\s*[0-9]{1,2}(?::?[0-9]{2})?)?\)?(?![^\W\d_])"
)
# A time with the words around it on a date line: "в 18:55", "at 10:20", "11:24 GMT",
# "3:16 PM".
_CLOCK = rf"(?:(?:в|at)\s+)?{TIME}(?:\s*[AaPp]\.?[Mm]\.?(?![^\W\d_]))?(?:\s*{_ZONE})?"
WEEKDAYS = {
    **dict.fromkeys(("monday", "mon", "понедельник", "пн", "lundi"), 0),
    **dict.fromkeys(("tuesday", "tue", "tues", "вторник", "вт", "mardi"), 1),
    **dict.fromkeys(("wednesday", "wed", "среда", "ср", "mercredi"), 2),
    **dict.fromkeys(("thursday", "thu", "thurs", "четверг", "чт", "jeudi"), 3),
    **dict.fromkeys(("friday", "fri", "пятница", "пт", "vendredi"), 4),
    **dict.fromkeys(("saturday", "sat", "суббота", "сб", "samedi"), 5),
    **dict.fromkeys(("sunday", "sun", "воскресенье", "вс", "dimanche"), 6),
}
# What may stand before the date on a date line: a stamp ("Submitted on", "Date:"), then a
# weekday or a city with a comma ("Thu,", "Moscow,"), or a section name glued to the day
# ("Политика20 декабря 2018").
_STAMP = (
    r"(?:(?:submitted|posted|published|updated|created|date(?:\s+(?:created|published))?|"
    r"дата(?:\s+(?:создания|публикации))?|опубликовано|обновлено|создано)"
    # ("Published - July 21, 2014": a dash for the colon.)
    r"(?:\s+on)?(?::|\s+[-–—])?\s+)?"
)
# (A lead may end in a dash: Johnson's Russia List's "(cc – February 4, 2014)".)
# (Or an icon's name before it: "event_note January 9, 2022".)
# (An agency and a weekday: "AFP, Friday 30 Aug 2013", "Reuters, Monday, 5 May 2014".)
_WEEKDAY_NAMES = "|".join(sorted((day for day in WEEKDAYS if len(day) > 3), key=len, reverse=True))
_LEAD = (
    rf"^{_STAMP}(?P<lead>[^\W\d]+(?:\s+[^\W\d_]+)?(?:,\s*(?:{_WEEKDAY_NAMES}))?(?:,|\s+[–—])?\s+"
    rf"|[^\W\d_]{{3,}}(?=[0-9]))?"
)
# What may follow: "года"/"г.", a time (after a comma, dash or "Time:"), and a place of
# capitalised words ("June 2, 2022, The Kremlin, Moscow").
# (A Russian settlement's abbreviated kind may come first, glued or not: "с.Старая Теризморга",
# «пос. Барвиха».)
_PLACE_WORD = r"(?:(?:(?:с|д|г|п|пос|дер|ст)\.\s?)?[A-ZА-ЯЁ][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?)"
_PLACE_NOUNS = r"of|the|on|de|na|область|края|край|район|region|oblast|province|district"
_PLACE = rf"(?P<place>(?-i:{_PLACE_WORD}(?:(?:\s+|,\s*)(?:{_PLACE_WORD}|{_PLACE_NOUNS}))*))"
_TAIL = (
    rf"\s*(?:года|г\.)?\s*(?:[,|/–—-]?\s*(?:time:?\s*)?{_CLOCK})?"
    rf"(?:\s*[,–—-]\s*{_PLACE}|\s*[,–—-]?\s*{_CLOCK})?\s*"
)
# A time before the date: "11:24 GMT25 February 2020", "12:00, 20 декабря 2012", a blog's
# "10:21 am on November 5, 2014".
_CLOCK_FIRST = rf"{_CLOCK}(?:\s*[ap]\.?m\.?)?(?:\s*,|\s+on)?\s*"
# An ISO timestamp: "2026-01-20T13:35+0300".
_ISO_FORM = (
    rf"(?<![0-9])(?P<y>[0-9]{{4}})-(?P<m>[0-9]{{2}})-(?P<d>[0-9]{{2}})T{TIME}"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?"
)
_DATE_LINE_RES = tuple(
    # (A stop may end it: «Опубликовано 20 декабря 2018.».)
    re.compile(rf"{_LEAD}(?:{_CLOCK_FIRST})?{form}{_TAIL}\.?$", re.IGNORECASE)
    for form in (*_DATE_FORMS, _ISO_FORM, _SLASH_FORM)
)
# A page flattened onto one line: the title glued after the time.
_DATE_LINE_GLUED_RES = tuple(
    re.compile(rf"^{form}\s*(?:года|г\.)?\s*{TIME}\s*(?P<rest>\S.*)$", re.IGNORECASE)
    for form in _DATE_FORMS
)
# A date stamped before the text on one line: " date 2019-05-21 The minister ...".
_DATE_LINE_GLUED_RES += tuple(
    re.compile(rf"^(?:date|дата):?\s+{form}\s+(?P<rest>\S.*)$", re.IGNORECASE)
    for form in _DATE_FORMS
)
# A date glued to a magazine's fields: "December 12, 2014 Topic: Foreign Policy Region: ...".
_DATE_LINE_GLUED_RES += tuple(
    re.compile(
        rf"^{form}\s+(?P<rest>(?:topic|tags|category|section|рубрика|теги|тема):.*)$",
        re.IGNORECASE,
    )
    for form in _DATE_FORMS
)
# "Moscow, December, 23, 2016": a city before the date makes it the event's place and date.
_CITY_LEAD_RE = re.compile(r"^[A-ZА-ЯЁ][^\W\d_]+(?:\s+[A-ZА-ЯЁ][^\W\d_]+)?,\s*$")


class DateLine(NamedTuple):
    """A page line that gives a date.

    Attributes:
        date: The date.
        rest: Text glued after the time on a flattened page (the title and more), else "".
        event: The line names a place too ("June 2, 2022, The Kremlin, Moscow"): an event's
            date line rather than the page's publication stamp.
        place: The place named after the date, if any.
    """

    date: dt.date
    rest: str
    event: bool
    place: str | None


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


def _slash_date(match: re.Match[str], line: str) -> dt.date | None:
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    readings = []
    for month, day in ((a, b), (b, a)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    readings = list(dict.fromkeys(readings))
    if len(readings) > 1:
        words = re.findall(r"[^\W\d_]+", line[: match.start()].casefold())
        weekdays = {WEEKDAYS[w] for w in words if w in WEEKDAYS}
        readings = [r for r in readings if r.weekday() in weekdays]
    return readings[0] if len(readings) == 1 and 1900 <= year <= 2100 else None


def title_date(title: str) -> tuple[dt.date, int] | None:
    """The event date in a title and where it starts; the last date given wins."""
    best: tuple[dt.date, int, int] | None = None
    if not _YEAR_RE.search(title):
        return None
    for pattern in _TITLE_DATE_RES:
        for match in pattern.finditer(title):
            date = _to_date(match)
            if date and (best is None or match.end() > best[2]):
                best = (date, match.start(), match.end())
    return (best[0], best[1]) if best else None


def only_date(text: str) -> tuple[dt.date, int, int] | None:
    """The one full date written in ``text`` and where it starts and ends; None when the text
    has none or more than one (overlapping readings of the same date count once)."""
    if not _YEAR_RE.search(text):
        return None
    spans = {
        (m.start(), m.end()): date
        for pattern in _TITLE_DATE_RES
        for m in pattern.finditer(text)
        if (date := _to_date(m))
    }
    if not spans:
        return None
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    dates = set(spans.values())
    return (dates.pop(), start, end) if len(dates) == 1 else None


def first_date_end(text: str) -> int | None:
    """Where the first date in ``text`` ends (to cut a title glued to the body), if any."""
    if not _YEAR_RE.search(text):
        return None
    ends = [m.end() for pattern in _TITLE_DATE_RES for m in pattern.finditer(text) if _to_date(m)]
    return min(ends) if ends else None


# Words before a date that make it a bound of a span, not the day of an event: "Director
# ... from 10 August 2015", "since March 1, 2022", «с 10 августа 2015 года».
_SPAN_BOUND_RE = re.compile(
    r"(?<![^\W\d_])(?:from|since|until|till|through|с|со|до|по)\s+(?:the\s+)?$", re.IGNORECASE
)


# Words before a date that make it the end of a term, no event's: "the treaty ... expires in
# less than three months on Feb. 4, 2026", «срок действия договора истекает 5 февраля».
_EXPIRES_RE = re.compile(
    r"(?<![^\W\d_])(?:expires?|expiring|expiry|runs\s+out|deadline|истека\w*|истеч\w*)"
    r"(?:\s+[^\s.]+){0,8}\s+$",
    re.IGNORECASE,
)


# Words before a date that make it a founding's, no event's: a site's blurb "Founded by members
# of the diplomatic corps on June 19th, 2013", «основан в 1998 году».
_FOUNDED_RE = re.compile(
    r"(?<![^\W\d_])(?:founded|established|incorporated|основан\w*|создан\w*|учрежд[её]н\w*)"
    r"(?:\s+[^\s.]+){0,8}\s+$",
    re.IGNORECASE,
)


def first_date(text: str, *, bounds: bool = True) -> dt.date | None:
    """The first full date (day, month and year) written in ``text``, if any.

    Args:
        text: The text.
        bounds: Whether a date that bounds a span ("since 10 August 2015") or a founding's
            ("founded on June 19th, 2013") counts.
    """
    if not _YEAR_RE.search(text):
        return None
    found = [
        (m.start(), date)
        for pattern in _TITLE_DATE_RES
        for m in pattern.finditer(text)
        if (date := _to_date(m))
        and (
            bounds
            or not (
                _SPAN_BOUND_RE.search(text, max(0, m.start() - 12), m.start())
                or _FOUNDED_RE.search(text, max(0, m.start() - 80), m.start())
                or _EXPIRES_RE.search(text, max(0, m.start() - 80), m.start())
            )
        )
    ]
    return min(found)[1] if found else None


# Brackets, bullets and dashes around a date line: "( – June 7, 2018)", "- 4-12-2024, 13:50",
# "( – June 20, 2019 –"; a heading's or a field's mark before it ("# 08 July 2022 10:23",
# "| Updated: August 04, 2022").
_WRAPPING_RE = re.compile(r"^[(\[•·*#|]?\s*[–—-]?\s*(?=[^\W_])|(?<=[^\W_])\s*[)\]–—|-]$")


# A site's or outlet's name in square brackets after a date line's date: "7 октября 2025,
# 12:57 [ «Аргументы Недели» ]" (a short name, no sentence in it).
_BRACKETED_SOURCE_RE = re.compile(r"\s*\[[^\[\].!?]{1,40}\]$")


# A newspaper issue's number before its date: "N°163, ", "№ 45. ", "No. 12, ".
_ISSUE_NUMBER_RE = re.compile(r"^(?:N°|№|No\.)\s*[0-9]{1,5}\s*[,.]\s+(?=\w)")


# An item's number after a date line's time: ", UNIQUE ID: 170424_9", "| ID 4512".
_ITEM_ID_RE = re.compile(r"\s*[,|]\s*(?:unique\s+)?id:?\s*[\w-]+$", re.IGNORECASE)
# A site's rubric after the stamp's clock: "21 сентября 2014, 19:57 США", "12 March 2019, 10:15
# World news".
_RUBRIC_AFTER_CLOCK_RE = re.compile(r"(?<=[0-9]:[0-9]{2})\s+[A-ZА-ЯЁ][\w-]*(?:\s+[\w-]+)?$")
# A blog post's tags after its date: "4 May 2010 | membership, nato, rogozin, use georgians"
# (words and commas only: a sentence after the bar is the story's first, not a tag).
_TAGS_AFTER_RE = re.compile(r"\s+\|\s+[^\W\d_][\w' -]{0,40}(?:,\s*[^\W\d_][\w' -]{0,40})*$")


# A line that is only a day, a month's name and a two-digit year ("19 Jan 05").
_SHORT_YEAR_LINE_RE = re.compile(
    rf"^\s*(?P<d>[0-9]{{1,2}})\s+(?P<m>{_MONTH})\.?\s+(?P<y>[0-9]{{2}})\s*$", re.IGNORECASE
)
_SHORT_YEAR_LINE_CHARS = 24
#: A two-digit year above this is of the 1900s ("19 Jan 98"), else of the 2000s.
_LAST_SHORT_YEAR_OF_2000S = 40


def _short_year_date(found: re.Match[str]) -> DateLine | None:
    year = int(found.group("y"))
    year += 2000 if year <= _LAST_SHORT_YEAR_OF_2000S else 1900
    month = MONTHS.get(found.group("m").casefold().rstrip("."))
    try:
        return (
            DateLine(dt.date(year, month, int(found.group("d"))), "", False, None)
            if month
            else None
        )
    except ValueError:
        return None


def date_line(line: str) -> DateLine | None:
    """If ``line`` is a date line (a date and little else), its date; else None."""
    if len(line) <= _SHORT_YEAR_LINE_CHARS and (short := _SHORT_YEAR_LINE_RE.match(line)):
        # "19 Jan 05": a monitoring digest's date line, its year in two digits.
        return _short_year_date(short)
    # Every other form has a four-digit year: most lines are spared the patterns (and a long
    # line without a digit the search for a year, as looking for each digit is faster).
    if not any(digit in line for digit in "0123456789") or not _YEAR_RE.search(line):
        return None
    if line.startswith("(") and (glued := _SOURCE_DATE_PREFIX_RE.match(line)):
        # "(Interfax – August 28, 2014) Question: ...": a digest's source and date in
        # parentheses, the text glued after them.
        found = _date_line(glued.group("inner"))
        if found and not found.rest:
            return DateLine(found.date, glued.group("rest"), found.event, found.place)
    if source := _SOURCE_BEFORE_STAMP_RE.match(line):
        # "Source:Global Times Published: 2014-3-13 23:38:03": the outlet, then its stamp.
        return _alone(date_line(line[source.end() :]))
    # "Корреспондент.net,  2 июня 2005, 13:20": a site named by its domain, then its stamp (the
    # day it published, not where anything was said).
    if (site := _SITE_BEFORE_DATE_RE.match(line)) and (
        found := _alone(_date_line(line[site.end() :]))
    ):
        return DateLine(found.date, "", False, None)
    if (outlet := _OUTLET_BEFORE_DATE_RE.match(line)) and (
        found := _alone(_date_line(line[outlet.end() :]))
    ):
        # "- The Washington Times - Thursday, February 1, 2007": a paper's name, then its day.
        return DateLine(found.date, "", False, None)
    if (credit := _DIGEST_CREDIT_RE.match(line)) and (found_date := _digest_credit_date(credit)):
        # "kremlin.ru - 4.26.12 - JRL 2012-79": a digest's credit, its source's day.
        return DateLine(found_date, "", False, None)
    if number := _ISSUE_NUMBER_RE.match(line):
        # "N°163, 09 сентября 2004 |": a newspaper's issue and its date.
        return _alone(date_line(line[number.end() :]))
    bare = _WRAPPING_RE.sub("", line)
    if bare != line and (found := _alone(_date_line(bare))):
        return found
    if line.endswith(")") and (named := _NAMED_DATE_RE.match(line)):
        # "Пленарное заседание (25.06.2024)": an event's name, its date in parentheses.
        return _alone(_date_line(named.group("inner")))
    # "18:1030 декабря 200918:10": a site's time glued to the date on either side.
    spaced = _spaced_clocks(line) if len(line) <= _MAX_GLUED_CLOCK_LINE else line
    if spaced != line and (found := _alone(_date_line(spaced))):
        return found
    # A date line with a site's addition after it: "Москва, 24/04/2017 - 14:59, UNIQUE ID:
    # 170424_9" (the EU's site), "7 октября 2025, 12:57 [ «Аргументы Недели» ]".
    for addition in (_ITEM_ID_RE, _BRACKETED_SOURCE_RE, _TAGS_AFTER_RE, _RUBRIC_AFTER_CLOCK_RE):
        if (after := addition.search(line)) and (
            found := _alone(_date_line(line[: after.start()]))
        ):
            return found
    return _date_line(line) or _dated_lead(line)


# Johnson's Russia List's credit under an item's title: the source, its day as month.day.year
# in two digits, the list's issue ("kremlin.ru - 4.26.12 - JRL 2012-79").
_DIGEST_CREDIT_RE = re.compile(
    r"^\S[^-]{0,60}?\s+-\s+(?P<m>[0-9]{1,2})\.(?P<d>[0-9]{1,2})\.(?P<y>[0-9]{2})\s+-\s+JRL\s+"
    r"(?P<year>(?:19|20)[0-9]{2})-[0-9]{1,4}\s*$"
)


def _digest_credit_date(credit: re.Match[str]) -> dt.date | None:
    """The day a digest's credit gives, when its two-digit year is the issue's year."""
    year = int(credit.group("year"))
    if year % 100 != int(credit.group("y")):
        return None
    try:
        return dt.date(year, int(credit.group("m")), int(credit.group("d")))
    except ValueError:
        return None


def tagged_date_line(line: str) -> bool:
    """Whether a line is a blog post's date with its tags after a bar ("4 May 2010 |
    membership, nato, rogozin"): the post's footer, its story ends above it."""
    tags = _TAGS_AFTER_RE.search(line)
    return tags is not None and _alone(_date_line(line[: tags.start()])) is not None


def _alone(found: DateLine | None) -> DateLine | None:
    """A date line that is nothing but its date (no text glued after it), else None."""
    return found if found and not found.rest else None


# An event's name of a few words and its date in parentheses: "Пленарное заседание (25.06.2024)".
_NAMED_DATE_RE = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*\((?P<inner>[^()]{6,30})\)$")
# A time glued before a day or after a year: "18:1030 декабря 200918:10".
_CLOCK_THEN_DIGIT_RE = re.compile(r"(?<![0-9:])([0-9]{1,2}:[0-9]{2})(?=[0-9])")
_YEAR_THEN_CLOCK_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?=[0-9]{1,2}:[0-9]{2}(?![0-9]))")
_MAX_GLUED_CLOCK_LINE = 40


def _spaced_clocks(line: str) -> str:
    """``line`` with a space between a time and a number glued to it."""
    return _YEAR_THEN_CLOCK_RE.sub(r"\1 ", _CLOCK_THEN_DIGIT_RE.sub(r"\1 ", line))


# A newspaper's or an agency's name before its date line, set off by a dash, a comma or a bar:
# "- The Washington Times - Thursday, February 1, 2007", "The Moscow Times, May 4, 2010".
_OUTLET_BEFORE_DATE_RE = re.compile(
    r"^[-–—\s]*(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}"
    r"(?:Times|Post|News|Journal|Herald|Guardian|Telegraph|Tribune|Review|Daily|Gazette|Press|"
    r"Independent|Observer|Express|Standard|Chronicle|Monitor|Weekly|Magazine|Today|Reuters|"
    r"TASS|Interfax|Novosti|Sputnik|Pravda|Izvestia|Kommersant|Vedomosti)"
    r"\s*[-–—,|]\s+"
)
# An outlet's name before its stamp on one line: "Source:Global Times Published: ...".
_SOURCE_BEFORE_STAMP_RE = re.compile(
    r"^(?:source|источник)\s*:\s*[^:\d]{2,40}?\s+(?=(?:published|posted|updated|date|"
    r"опубликовано|обновлено|дата)\b)",
    re.IGNORECASE,
)
# A site's name with its domain before a date line: "Корреспондент.net, ", "Lenta.ru | ".
_SITE_BEFORE_DATE_RE = re.compile(
    r"^[^\W\d_][\w-]*(?:\.[\w-]+)*\.(?:net|ru|com|ua|by|kz|org|info|su|rf|рф)\s*[,|]\s+",
    re.IGNORECASE,
)
# A parenthesis of a source and a date opening a line with text after it.
_SOURCE_DATE_PREFIX_RE = re.compile(r"^\((?P<inner>[^()]{6,60})\)\s+(?P<rest>\S.*)$", re.DOTALL)
# A dash after a dateline's date, before the story's first sentence.
_DATELINE_DASH_RE = re.compile(r"\s*[–—-]\s+(?=[A-ZА-ЯЁ\"«“])")


def _dated_lead(line: str) -> DateLine | None:
    """A story's first sentence after its date and a dash: "Sunday, February 11, 2024 -
    Barely a day after ...", "MOSCOW, May 4, 2023 - ..." (a weekday or a city before the date)."""
    end = first_date_end(line)
    if end is None or end > 40:
        return None
    dash = _DATELINE_DASH_RE.match(line, end)
    head = _date_line(line[:end])
    if dash is None or head is None or head.rest:
        return None
    return DateLine(head.date, line[dash.end() :], head.event, head.place)


def _date_line(line: str) -> DateLine | None:
    for index, pattern in enumerate(_DATE_LINE_RES if len(line) <= 120 else ()):
        match = pattern.match(line)
        if not match:
            continue
        slash = index == len(_DATE_LINE_RES) - 1
        date = _slash_date(match, line) if slash else _to_date(match)
        if date:
            lead = match.group("lead") or ""
            city = _CITY_LEAD_RE.match(lead) and lead.strip(" ,").casefold() not in WEEKDAYS
            event = bool(match.group("place")) or bool(city)
            return DateLine(date, "", event, match.group("place"))
    for pattern in _DATE_LINE_GLUED_RES:
        match = pattern.match(line)
        if match and (date := _to_date(match)):
            return DateLine(date, match.group("rest"), False, None)
    return None
