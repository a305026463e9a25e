"""Measure the page extractor (retrieval/html_page.py) on the test pages, and on real pages.

For each page: paragraphs kept, bold speaker labels in the page vs labels in the transcript,
page-chrome strings that leaked into the text, the title chosen (and trafilatura's own title
beside it), and extraction time (median of --runs). Real pages saved by hand into the
git-ignored ``bench/real/`` (``*.html``) are measured too, when there are any.

    python bench/extract.py [--runs 5]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

import trafilatura

from retrieval.html_page import decode_html, extract_page

ROOT = Path(__file__).resolve().parent.parent

PAGES = sorted((ROOT / "tests" / "pages").glob("*.html")) + sorted(
    (ROOT / "bench" / "real").glob("*.html")
)
#: Text of menus, sidebars, share buttons, footers and comments on the test pages.
CHROME = (
    "Share", "Поделиться", "Latest news", "Последние новости", "Consular", "Quick links",
    "says:", "Leave a Reply", "Recent Posts", "Back to the list", "Print version",
    "Additional materials", "Дополнительные материалы", "All rights reserved",
)  # fmt: skip
# A bold run at a paragraph's start that is (or is followed by) a label: "<b>Name:</b>",
# "<strong>Question</strong>:", "<b>Name</b> –".
_SOURCE_LABEL_RE = re.compile(
    r"<p[^>]*>\s*<(?:b|strong)>([^<]{1,80}?)\s*(?::\s*</(?:b|strong)>|</(?:b|strong)>\s*(?::|[–—]))",
    re.IGNORECASE,
)
_LABEL_RE = re.compile(r"^[^\n:]{1,80}:(?:\s|$)")


def measure(path: Path, runs: int) -> dict[str, object]:
    raw = path.read_bytes()
    charset = "windows-1251" if b"windows-1251" in raw[:2048] else None
    html = decode_html(raw, charset)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        page = extract_page(html)
        times.append((time.perf_counter() - started) * 1000)
    text = "\n".join(page.paragraphs)
    plain = trafilatura.bare_extraction(html, with_metadata=True)
    return {
        "page": path.name,
        "paragraphs": len(page.paragraphs),
        "labels in page": len(_SOURCE_LABEL_RE.findall(html)),
        "labels kept": sum(1 for p in page.paragraphs if _LABEL_RE.match(p)),
        "chrome leaked": sum(1 for c in CHROME if c in text),
        "title": page.title[:48],
        "trafilatura title": (plain.title or "")[:48] if plain else "",
        "ms": round(statistics.median(times), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per page (median)")
    args = parser.parse_args()
    rows = [measure(path, args.runs) for path in PAGES]
    columns = list(rows[0])
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for row in rows:
        print("| " + " | ".join(str(row[c]) for c in columns) + " |")


if __name__ == "__main__":
    main()
