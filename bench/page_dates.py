"""The document date the parser finds on each real page, against the page's own date.

Usage::

    python bench/page_dates.py             # counts per set: none / right / wrong / unjudged
    python bench/page_dates.py --list      # one line per page: found, judged, verdict
    python bench/page_dates.py --save F    # write the found dates to F (to diff after a change)

A page's judged date comes from its set's list (``bench/real_pages*.tsv``): the column
"event date (judged; ...)" when the list has one (set H: "-" means the page states none);
otherwise a date in the page's address (``/2019/04/03/``, ``20050222``, ``_281221``) is
taken as a hint, and a found date that disagrees with it is listed for a reader to judge.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

from retrieval.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
#: (label, pages folder, page list) of the real sets this repository can read.
SETS = (
    ("A", ROOT / "bench" / "real" / "pages", ROOT / "bench" / "real_pages.tsv"),
    ("B", ROOT / "bench" / "real" / "pages_b", ROOT / "bench" / "real_pages_b.tsv"),
    ("C", ROOT / "bench" / "real" / "pages_c", ROOT / "bench" / "real_pages_c.tsv"),
    ("F", ROOT / "bench" / "real" / "pages_f", ROOT / "bench" / "real_pages_f.tsv"),
    ("H", ROOT / "bench" / "real" / "pages_h", ROOT / "bench" / "real_pages_h.tsv"),
)
_URL_DATE_RES = (
    re.compile(r"/(?P<y>(?:19|20)[0-9]{2})/(?P<m>[0-9]{2})/(?P<d>[0-9]{2})(?:/|$)"),
    re.compile(r"/(?P<y>(?:19|20)[0-9]{2})(?P<m>[0-9]{2})(?P<d>[0-9]{2})(?:/|$)"),
    re.compile(r"/(?P<y>(?:19|20)[0-9]{2})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})"),
)


def _url_date(url: str) -> dt.date | None:
    for pattern in _URL_DATE_RES:
        if match := pattern.search(url):
            try:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                continue
    return None


def _judged(page_list: Path) -> dict[str, tuple[str, dt.date | None]]:
    """Page stem -> (how judged: "list", "url" or "", the date or None)."""
    judged: dict[str, tuple[str, dt.date | None]] = {}
    with page_list.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        stem = Path(row["file"]).stem
        column = next((k for k in row if k and k.startswith("event date")), None)
        if column and row[column]:
            value = row[column].strip()
            judged[stem] = ("list", None if value == "-" else dt.date.fromisoformat(value))
        elif url_date := _url_date(row.get("url") or ""):
            judged[stem] = ("url", url_date)
        else:
            judged[stem] = ("", None)
    return judged


def found_dates(folder: Path) -> dict[str, dt.date | None]:
    """The date the parser gives each page of ``folder`` (by file stem)."""
    return {d.id: d.date for d in load_corpus(folder).documents}


def verdict(found: dt.date | None, how: str, judged: dt.date | None) -> str:
    """none / right / wrong against a judged date; unjudged against an address's hint."""
    if how == "list":
        if found is None:
            return "right-none" if judged is None else "none"
        return "right" if found == judged else "wrong"
    if found is None:
        return "none"
    if how == "url" and judged is not None:
        # An address gives the publication day: the event is that day or up to a week before.
        return "right" if dt.timedelta(0) <= judged - found <= dt.timedelta(days=7) else "check"
    return "unjudged"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="one line per page")
    parser.add_argument("--save", type=Path, help="write 'set<TAB>page<TAB>date' lines here")
    args = parser.parse_args(argv)
    saved: list[str] = []
    for label, folder, page_list in SETS:
        if not folder.is_dir():
            print(f"{label}: {folder} is missing", file=sys.stderr)
            continue
        judged = _judged(page_list)
        found = found_dates(folder)
        counts: Counter[str] = Counter()
        for stem in sorted(found):
            how, date = judged.get(stem, ("", None))
            outcome = verdict(found[stem], how, date)
            counts[outcome] += 1
            saved.append(f"{label}\t{stem}\t{found[stem]}")
            if args.list:
                print(f"{label}\t{outcome}\t{stem}\tfound={found[stem]}\t{how or '-'}={date}")
        summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(f"{label}: {len(found)} pages: {summary}")
    if args.save:
        args.save.write_text("\n".join(saved) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
