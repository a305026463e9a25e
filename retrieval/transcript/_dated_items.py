"""Pages that list several dated items: an embassy's archive of speeches and interviews.

Each item opens with a line holding only its date ("17.02.2020"), then its title ("Foreign
Minister Sergey Lavrov's remarks at ...") and its text. Every item is its own story: its speaker
comes from its own title and its date is its own, so one item's speaker never runs on over the
next item's text.
"""

from __future__ import annotations

import itertools
import re

# A line holding only a date as dd.mm.yyyy, perhaps with a time: "17.02.2020", "10.03.2018 14:48".
_DATE_LINE_RE = re.compile(r"^\s*[0-3]?\d\.[01]\d\.(?:19|20)\d\d(?:\s+[0-2]?\d:[0-5]\d)?\s*$")
#: A page is a list of items when at least this many lines hold only a date.
_MIN_ITEMS = 2


def dated_items(lines: list[str]) -> list[list[str]] | None:
    """The page's lines cut into its dated items, or None when it lists fewer than two.

    Whatever stands before the first date line is an item of its own (a story above a list of
    related ones), left out when it is only the site's header (no text to parse).

    Args:
        lines: The page's lines (:func:`._page.prepare`).
    """
    starts = [i for i, line in enumerate(lines) if _DATE_LINE_RE.match(line)]
    if len(starts) < _MIN_ITEMS:
        return None
    bounds = [0, *starts, len(lines)]
    return [lines[a:b] for a, b in itertools.pairwise(bounds) if b > a]
