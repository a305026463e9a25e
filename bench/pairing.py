"""Pairing precision and recall on the paired set, and how passages meet their translations.

    python bench/pairing.py

The corpus is tests/paired/ (five events written in both languages, three decoys on the same
days and places) with every other test and evaluation transcript (more same-day decoys); the
expected pairs are the five events, named ``<event>_en`` / ``<event>_ru``. Three runs:

* as written (one event is linked by its Source pages, the rest by content);
* without any Source link (content alone);
* each event's English version taken away in turn (its Russian one must stay unpaired).

Then every passage of each pair is matched in the other version; a match is right when it is
in the same turn and holds the passage's words in translation (checked by hand once: the
turns line up one to one in this set, so the turn is what is counted).
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.corpus import load_corpus  # noqa: E402
from retrieval.passages import Document  # noqa: E402
from retrieval.tokenizer import Analyzer  # noqa: E402
from retrieval.versions import matching_passage, pair_documents  # noqa: E402

FOLDERS = ("tests/paired", "data", "tests/transcripts", "bench/eval/transcripts")


def expected_pairs(documents: list[Document]) -> set[tuple[str, str]]:
    ids = {d.id for d in documents}
    return {
        (doc_id, doc_id[:-3] + "_ru")
        for doc_id in ids
        if doc_id.endswith("_en") and doc_id[:-3] + "_ru" in ids
    }


def found_pairs(documents: list[Document], analyzer: Analyzer) -> set[tuple[str, str]]:
    versions = pair_documents(documents, analyzer)
    return {(a, b) for a, b in versions.pairs.items() if versions.languages[a] == "en"}


def report(name: str, expected: set[tuple[str, str]], found: set[tuple[str, str]]) -> None:
    right = len(expected & found)
    precision = right / len(found) if found else 1.0
    recall = right / len(expected) if expected else 1.0
    print(f"| {name} | {len(expected)} | {len(found)} | {right} | {precision:.0%} | {recall:.0%} |")


def main() -> int:
    analyzer = Analyzer(names=True)
    documents = [d for folder in FOLDERS for d in load_corpus(ROOT / folder).documents]
    expected = expected_pairs(documents)
    print(f"{len(documents)} documents, {len(expected)} events in both languages\n")
    print("| run | expected pairs | pairs found | right | precision | recall |")
    print("|---|--:|--:|--:|--:|--:|")
    report("as written", expected, found_pairs(documents, analyzer))
    unlinked = [dataclasses.replace(d, source_url=None) for d in documents]
    report("no Source links (content only)", expected, found_pairs(unlinked, analyzer))
    wrong = 0
    for english, russian in sorted(expected):
        rest = [d for d in documents if d.id != english]
        wrong += any(russian in pair for pair in found_pairs(rest, analyzer))
    print(f"| partner taken away ({len(expected)} runs) | 0 | {wrong} | – | – | – |")
    by_id = {d.id: d for d in documents}
    total = right = 0
    for english, russian in sorted(expected):
        for source, target in ((by_id[english], by_id[russian]), (by_id[russian], by_id[english])):
            for passage in source.passages:
                match = matching_passage(analyzer, passage, source.passages, target.passages)
                total += 1
                right += match is not None and match.turn == passage.turn
    print(f"\npassages matched in the same turn of the other version: {right} of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
