"""Pages that list several dated items: an embassy's archive of speeches and interviews.

Each item opens with a line holding only its date ("17.02.2020"), then its title ("Foreign
Minister Sergey Lavrov's remarks at ...") and its text; or with its date and title on one line
("07.11.2016 - Reply by Foreign Ministry Spokesperson Maria Zakharova ..."); or with a title
that names the kind of text and ends on its date ("Briefing by Foreign Ministry Deputy
Spokesman Artyom Kozhin, July 26, 2018"). Every item is its
own story: its speaker comes from its own title and its date is its own, so one item's speaker
never runs on over the next item's text.
"""

from __future__ import annotations

import itertools
import re

# A line holding only a date as dd.mm.yyyy, perhaps with a time: "17.02.2020", "10.03.2018 14:48".
_DATE_LINE_RE = re.compile(r"^\s*[0-3]?\d\.[01]\d\.(?:19|20)\d\d(?:\s+[0-2]?\d:[0-5]\d)?\s*$")
# An item's date and its title on one line, set off by a dash: "07.11.2016 - Reply by ...".
_DATED_TITLE_RE = re.compile(
    r"^\s*(?P<date>[0-3]?\d\.[01]\d\.(?:19|20)\d\d)\s+[-–—]\s+(?P<title>\S.*)$"
)
# An item's title that names the kind of text and ends on its date, as the Ministry's own
# titles do: "Briefing by Foreign Ministry Deputy Spokesman Artyom Kozhin, July 26, 2018",
# «Брифинг официального представителя МИД России М.В.Захаровой, Москва, 3 августа 2018 года».
_KIND_TITLE_RE = re.compile(
    r"^\s*(?:Briefing|Comment|Statement|Press release|Interview|Remarks|Speech|Article|Answers?|"
    r"Reply|Foreign Minister|Deputy Foreign Minister|Брифинг|Комментарий|Заявление|Интервью|"
    r"Выступление|Ответы?|Статья|Министр|Заместитель Министра)\b[^\n]{10,240},\s*"
    r"(?:[A-Z][a-z]+ [0-3]?\d, (?:19|20)\d\d|[0-3]?\d [а-яё]+ (?:19|20)\d\d(?: года| г\.)?)\s*$"
)
#: A page is a list of items when at least this many lines start one (a date alone, or a date
#: and a title).
_MIN_ITEMS = 2


def dated_items(lines: list[str]) -> list[list[str]] | None:
    """The page's lines cut into its dated items, or None when it lists fewer than two.

    Whatever stands before the first date line is an item of its own (a story above a list of
    related ones), left out when it is only the site's header (no text to parse).

    Args:
        lines: The page's lines (:func:`._page.prepare`).
    """
    # Only lines that start with a digit can start an item: most lines are spared the patterns.
    starts = [
        i
        for i, line in enumerate(lines)
        if line[:1].isdigit() and (_DATE_LINE_RE.match(line) or _DATED_TITLE_RE.match(line))
    ]
    if len(starts) < _MIN_ITEMS:
        # An embassy's digest of the Ministry's texts, each opening with its own dated title
        # ("Briefing by ... Artyom Kozhin, July 26, 2018") over a paragraph of it.
        starts = [i for i, line in enumerate(lines) if _KIND_TITLE_RE.match(line)]
        if len(starts) < _MIN_ITEMS:
            return None
        first = next(i for i, line in enumerate(lines) if line)
        starts = starts[1:] if starts[0] == first else starts  # (the page's own title)
    bounds = [0, *starts, len(lines)]
    return [_date_apart(lines[a:b]) for a, b in itertools.pairwise(bounds) if b > a]


def _date_apart(item: list[str]) -> list[str]:
    """An item whose first line holds its date and title: the date on a line of its own above
    the title, as items with a date line have it."""
    match = _DATED_TITLE_RE.match(item[0])
    if match is None:
        return item
    return [match.group("date"), "", match.group("title"), *item[1:]]
