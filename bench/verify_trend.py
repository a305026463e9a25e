"""Quote check and trend charts at scale: how long ``/verify`` and ``/trend`` take to answer.

Over a generated folder of transcripts (``bench/scale.py``'s: Zipf pseudo-words with English
function words, 2004-2025, questions and answers, 13 speakers), through ``AnswerService`` as the
bot calls it:

* ``verify``: quotes cut from random passages and distorted the ways the media distort them
  (exact stretch, two pieces joined by an ellipsis, two words replaced, two neighbouring words
  swapped, and random words that match nothing), each timed and its verdict checked;
* ``trend``: one and three terms of frequent, mid-frequency and rare words, plain and with a
  speaker or date filter: the counting (``service.trend``, the first query after start paying
  for the per-index caches), the chart (``service.trend_png``) and both together, which is what
  a user waits for; then the same query again (cached).

Usage:
    python bench/verify_trend.py --passages 100000 [--data-dir DIR] [--quotes 40] [--seed 0]

Prints a Markdown table and writes ``bench/results/verify_trend_<N>.json``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere: the project's packages first
    sys.path.insert(0, str(ROOT))

from machine import describe  # noqa: E402
from scale import VOCABULARY, build_vocabulary, write_corpus  # noqa: E402

from bot.service import AnswerService  # noqa: E402
from retrieval.tokenizer import word_spans  # noqa: E402

RESULTS_DIR = Path(__file__).parent / "results"
#: What the issue asks: both answer within a second at 100k passages.
TARGET_MS = 1000.0


def _stats(values_ms: list[float]) -> dict[str, float]:
    ordered = sorted(values_ms)
    return {
        "n": len(ordered),
        "p50": statistics.median(ordered),
        "p99": ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))],
        "max": ordered[-1],
    }


def make_quotes(service: AnswerService, n: int, vocab: list[str], seed: int) -> dict[str, Any]:
    """``n`` quotes of each kind, with the verdict each should get."""
    rng = np.random.default_rng(seed)
    index = service.index
    rows = [
        int(r)
        for r in rng.choice(len(index.passages), size=n * 8, replace=False)
        if index.passages[int(r)].role != "question"
    ]
    kinds: dict[str, list[str]] = {"exact": [], "ellipsis": [], "replaced": [], "swapped": []}
    for row in rows:
        text = index.store.text(row)
        spans = word_spans(text)
        if len(spans) < 36:
            continue
        length = int(rng.integers(14, 26))
        start = int(rng.integers(0, len(spans) - length - 10))
        words = [text[s:e] for s, e in spans[start : start + length + 10]]
        if len(kinds["exact"]) < n:
            kinds["exact"].append(" ".join(words[:length]))
        elif len(kinds["ellipsis"]) < n:
            kinds["ellipsis"].append(" ".join(words[:8]) + " … " + " ".join(words[14 : length + 6]))
        elif len(kinds["replaced"]) < n:
            changed = list(words[:length])
            for k in (3, length - 5):
                changed[k] = vocab[int(rng.integers(20_000, len(vocab)))]
            kinds["replaced"].append(" ".join(changed))
        elif len(kinds["swapped"]) < n:
            changed = list(words[:length])
            k = length // 2
            changed[k], changed[k + 1] = changed[k + 1], changed[k]
            kinds["swapped"].append(" ".join(changed))
    kinds["unknown"] = [
        " ".join(vocab[int(r)] for r in rng.integers(100, len(vocab), size=15)) for _ in range(n)
    ]
    expected = {
        "exact": {"exact"},
        "ellipsis": {"exact"},
        "replaced": {"close"},
        "swapped": {"close", "exact"},  # a swap of two equal words reads as exact
        "unknown": {"not_found"},
    }
    return {"quotes": kinds, "expected": expected}


def measure_verify(service: AnswerService, quotes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    started = time.perf_counter()
    service.verify(quotes["quotes"]["exact"][0])  # loads the compiled alignment (cached on disk)
    out["first_call_ms"] = (time.perf_counter() - started) * 1000
    everything: list[float] = []
    for kind, items in quotes["quotes"].items():
        times, verdicts = [], Counter()
        for quote in items:
            started = time.perf_counter()
            verification = service.verify(quote)
            times.append((time.perf_counter() - started) * 1000)
            verdicts[verification.verdict] += 1
        everything += times
        right = sum(c for v, c in verdicts.items() if v in quotes["expected"][kind])
        out[kind] = {**_stats(times), "verdicts": dict(verdicts), "as_expected": right}
    out["all"] = _stats(everything)
    return out


def trend_queries(vocab: list[str]) -> dict[str, str]:
    """Words by rank: frequent (the top 50 of 50,000), mid-frequency and rare."""
    frequent, mid, rare = vocab[8], vocab[600], vocab[20_000]
    return {
        "frequent word": frequent,
        "mid-frequency word": mid,
        "rare word": rare,
        "three terms": f"{frequent}, {mid}, {rare}",
        "speaker filter": f"{vocab[9]} speaker:zakharova",
        "date filter": f"{vocab[10]} since 2020",
        "two-word term": f"{vocab[11]} {vocab[12]}",
    }


def measure_trend(service: AnswerService, queries: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    # The bot imports matplotlib while it starts (bot/app.py); time that apart.
    started = time.perf_counter()
    importlib.import_module("bot.charts")
    out["_import_ms"] = (time.perf_counter() - started) * 1000
    for name, query in queries.items():
        started = time.perf_counter()
        trend = service.trend(query)
        counted = time.perf_counter()
        png = service.trend_png(trend) if trend.reason is None else b""
        drawn = time.perf_counter()
        again = time.perf_counter()
        if png:  # the same question again: both caches answer
            service.trend_png(service.trend(query))
        cached = time.perf_counter()
        out[name] = {
            "query": query,
            "count_ms": (counted - started) * 1000,
            "chart_ms": (drawn - counted) * 1000,
            "total_ms": (drawn - started) * 1000,
            "cached_ms": (cached - again) * 1000,
            "mentions": [s.total for s in trend.series],
            "periods": len(trend.periods),
            "granularity": trend.granularity,
            "png_kb": round(len(png) / 1024, 1),
            "reason": trend.reason,
        }
    return out


def markdown(results: dict[str, Any]) -> str:
    lines = [
        f"Machine: {results['machine']['cpu']}, {results['machine']['cores']} cores; "
        f"{results['passages']:,} passages in {results['documents']:,} transcripts.",
        "",
        "| `/verify` quote kind | n | p50 ms | p99 ms | max ms | verdict as expected |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    verify = results["verify"]
    for kind in ("exact", "ellipsis", "replaced", "swapped", "unknown"):
        row = verify[kind]
        lines.append(
            f"| {kind} | {row['n']} | {row['p50']:.1f} | {row['p99']:.1f} | {row['max']:.1f} "
            f"| {row['as_expected']}/{row['n']} |"
        )
    row = verify["all"]
    lines.append(
        f"| **all** | {row['n']} | {row['p50']:.1f} | {row['p99']:.1f} | {row['max']:.1f} | |"
    )
    lines.append(f"\nFirst quote after start: {verify['first_call_ms']:.0f} ms.\n")
    lines.append("| `/trend` query | mentions | count ms | chart ms | **total ms** | cached ms |")
    lines.append("|---|--:|--:|--:|--:|--:|")
    for name, row in results["trend"].items():
        if name.startswith("_"):
            continue
        mentions = " / ".join(f"{m:,}" for m in row["mentions"]) or "—"
        lines.append(
            f"| {name} | {mentions} | {row['count_ms']:.0f} | {row['chart_ms']:.0f} "
            f"| **{row['total_ms']:.0f}** | {row['cached_ms']:.1f} |"
        )
    lines.append(
        "\nImporting matplotlib (done while the bot starts): "
        f"{results['trend']['_import_ms']:.0f} ms; the first chart also loads the fonts."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--quotes", type=int, default=40, help="of each kind")
    parser.add_argument("--data-dir", type=Path, help="the corpus folder (kept; reused if full)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    os.environ.setdefault("NUMBA_NUM_THREADS", "1")
    vocab = build_vocabulary(VOCABULARY, seed=args.seed)
    with tempfile.TemporaryDirectory(prefix="bench-verify-") as work:
        data_dir = args.data_dir or Path(work) / "data"
        if not (data_dir.exists() and any(data_dir.glob("*.txt"))):
            info = write_corpus(data_dir, args.passages, vocab, seed=args.seed)
            print(f"corpus: {info.passages:,} passages in {info.files:,} files", flush=True)
        service = AnswerService(data_dir, index_dir=data_dir / ".index")
        started = time.perf_counter()
        report = service.start()
        print(f"index ready in {time.perf_counter() - started:.1f} s", flush=True)
        results: dict[str, Any] = {
            "machine": describe(["numpy", "numba", "matplotlib"]),
            "passages": report.passages,
            "documents": report.documents,
        }
        quotes = make_quotes(service, args.quotes, vocab, args.seed + 1)
        results["verify"] = measure_verify(service, quotes)
        results["trend"] = measure_trend(service, trend_queries(vocab))
    RESULTS_DIR.mkdir(exist_ok=True)
    out = RESULTS_DIR / f"verify_trend_{args.passages}.json"
    out.write_text(json.dumps(results, indent=1), "utf-8")
    print(markdown(results))
    slowest = max(
        results["verify"]["all"]["max"],
        *(r["total_ms"] for name, r in results["trend"].items() if not name.startswith("_")),
    )
    print(f"\nslowest answer: {slowest:.0f} ms (target {TARGET_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
