"""Side-by-side benchmark of BM25 engines on one generated corpus, in one run.

Engines: ours (retrieval.bm25.BM25Index), rank_bm25's BM25Okapi, bm25s (numpy and numba
backends) and tantivy. Each engine runs in its own forked process (so memory figures do not
mix), on the same token lists and the same queries, on one thread. Reported per engine: build
time, memory (RSS growth and peak during the build), time to load a saved index, and per-query
latency of a top-10 search (each query timed ``--repeat`` times, its median kept; p50/p99 over
queries). Also checks that our top-10 equals BM25Okapi's on the queries BM25Okapi ran.

Usage:
    python bench/engine.py --passages 100000 [--queries 200] [--engines ours,bm25okapi,...]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from corpus_gen import generate_corpus, generate_queries
from machine import describe
from memory import peak_mb, reset_peak, rss_mb

ALL_ENGINES = ("ours", "bm25okapi", "bm25s", "bm25s-numba", "tantivy")
K = 10
RESULTS_DIR = Path(__file__).parent / "results"
LEGEND = (
    "build peak MB: peak resident growth while building (the token lists, already in memory, "
    "not counted). index MB: our arrays in memory; bm25s and tantivy: their saved files. "
    "load s: open the saved index in the running process. ready s: a fresh interpreter imports, "
    "loads the saved index (warm page cache), compiles/loads kernels and answers one query. "
    "Speed-ups: ratio of median latencies over the queries both engines ran."
)

Tokens = Sequence[Sequence[str]]


@dataclass
class EngineResult:
    """What one engine measured."""

    engine: str
    build_s: float = float("nan")
    build_rss_mb: float = float("nan")  # resident growth, build done, corpus still held
    build_peak_mb: float = float("nan")  # peak resident growth during the build
    index_mb: float = float("nan")  # index size as the engine keeps it (arrays or files)
    load_s: float = float("nan")  # open a saved index in this (warm) process
    ready_s: float = float("nan")  # fresh interpreter: import, load, first query answered
    latencies_ms: list[float] = field(default_factory=list)
    top: list[list[tuple[int, float]]] = field(default_factory=list)  # (doc, score) per query
    note: str = ""
    error: str = ""

    def percentile(self, q: float) -> float:
        return float(np.percentile(self.latencies_ms, q)) if self.latencies_ms else float("nan")


# -- measuring ------------------------------------------------------------------------------------


def _measure_build(result: EngineResult, build: Callable[[], Any]) -> Any:
    """Run ``build`` and record its time, resident growth and peak."""
    reset_peak()
    before = rss_mb()
    start = time.perf_counter()
    built = build()
    result.build_s = time.perf_counter() - start
    result.build_rss_mb = rss_mb() - before
    result.build_peak_mb = peak_mb() - before
    return built


def _time_queries(
    result: EngineResult,
    search: Callable[[list[str]], list[tuple[int, float]]],
    queries: list[list[str]],
    repeat: int,
) -> None:
    """Warm up, then time each query ``repeat`` times and keep its median."""
    for query in queries[:3]:
        search(query)
    for query in queries:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            hits = search(query)
            times.append((time.perf_counter() - start) * 1e3)
        result.latencies_ms.append(float(np.median(times)))
        result.top.append(hits)


def _dir_mb(directory: Path) -> float:
    return sum(f.stat().st_size for f in directory.rglob("*") if f.is_file()) / 2**20


# -- engines --------------------------------------------------------------------------------------


def bench_ours(corpus: Tokens, queries: list[list[str]], repeat: int, work: Path) -> EngineResult:
    from retrieval.bm25 import BM25Index

    result = EngineResult("ours")
    BM25Index([["warm", "up"]]).warm_up()  # load the compiled kernels before timing the build
    index = _measure_build(result, lambda: BM25Index(corpus))
    result.index_mb = index.nbytes / 2**20
    index.warm_up()
    _time_queries(result, lambda q: index.top_k(q, K), queries, repeat)
    directory = work / "ours"
    index.save(directory)
    start = time.perf_counter()
    BM25Index.load(directory)
    result.load_s = time.perf_counter() - start
    result.ready_s = _ready_in_fresh_process(directory, queries[0])
    result.note = f"{index.vocabulary_size} terms, {index._doc_ids.shape[0]} postings"
    return result


_READY_SCRIPT = """
import sys, time
start = time.perf_counter()
from retrieval.bm25 import BM25Index
index = BM25Index.load(sys.argv[1])
index.warm_up()
index.top_k(sys.argv[2:], 10)
print(time.perf_counter() - start)
"""


def _ready_in_fresh_process(directory: Path, query: list[str]) -> float:
    """Seconds from interpreter start to a first answer, loading a saved index (warm page cache)."""
    out = subprocess.run(
        [sys.executable, "-c", _READY_SCRIPT, str(directory), *query],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ,
    )
    return float(out.stdout.strip())


def bench_okapi(corpus: Tokens, queries: list[list[str]], repeat: int, work: Path) -> EngineResult:
    from rank_bm25 import BM25Okapi

    result = EngineResult("bm25okapi")
    okapi = _measure_build(result, lambda: BM25Okapi(corpus))

    def search(query: list[str]) -> list[tuple[int, float]]:
        scores = okapi.get_scores(query)
        best = np.argpartition(-scores, K - 1)[:K] if scores.size > K else np.arange(scores.size)
        order = best[np.lexsort((best, -scores[best]))]
        return [(int(d), float(scores[d])) for d in order[:K]]

    def reference(query: list[str]) -> list[tuple[int, float]]:
        """Exact top-10 among documents holding a query term, ties by doc id (for the check)."""
        scores = okapi.get_scores(query)
        order = np.lexsort((np.arange(scores.size), -scores))
        terms, hits = set(query), []
        for doc in order:
            if not terms.isdisjoint(okapi.doc_freqs[doc]):
                hits.append((int(doc), float(scores[doc])))
                if len(hits) == K:
                    break
        return hits

    _time_queries(result, search, queries, repeat)
    result.top = [reference(q) for q in queries]
    return result


def _bench_bm25s(
    name: str, corpus: Tokens, queries: list[list[str]], repeat: int, work: Path
) -> EngineResult:
    import bm25s

    result = EngineResult(name)
    backend = "numba" if name == "bm25s-numba" else "numpy"
    threads = 1 if backend == "numba" else 0  # 1 = numba's serial kernel; 0 = no process pool

    def build() -> bm25s.BM25:
        retriever = bm25s.BM25(method="robertson", backend=backend)
        retriever.index([list(doc) for doc in corpus], show_progress=False)
        return retriever

    retriever = _measure_build(result, build)

    def search(query: list[str]) -> list[tuple[int, float]]:
        docs, scores = retriever.retrieve(
            [query], k=K, show_progress=False, n_threads=threads, return_as="tuple"
        )
        return [(int(d), float(s)) for d, s in zip(docs[0], scores[0], strict=True)]

    _time_queries(result, search, queries, repeat)
    directory = work / name
    retriever.save(str(directory))
    result.index_mb = _dir_mb(directory)
    start = time.perf_counter()
    bm25s.BM25.load(str(directory), mmap=True)
    result.load_s = time.perf_counter() - start
    result.note = "method=robertson (idf clipped at 0, no epsilon floor); float32 scores"
    return result


def bench_tantivy(
    corpus: Tokens, queries: list[list[str]], repeat: int, work: Path
) -> EngineResult:
    import tantivy

    result = EngineResult("tantivy")
    directory = work / "tantivy"
    directory.mkdir()
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=False, tokenizer_name="whitespace", index_option="freq")
    schema = builder.build()

    def build() -> tantivy.Index:
        index = tantivy.Index(schema, path=str(directory))
        writer = index.writer(heap_size=1_000_000_000, num_threads=1)
        for doc in corpus:
            writer.add_document(tantivy.Document(body=" ".join(doc)))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        return index

    index = _measure_build(result, build)
    searcher = index.searcher()

    def search(query: list[str]) -> list[tuple[int, float]]:
        clauses = [
            (tantivy.Occur.Should, tantivy.Query.term_query(schema, "body", t)) for t in set(query)
        ]
        hits = searcher.search(tantivy.Query.boolean_query(clauses), K).hits
        return [(int(address.doc), float(score)) for score, address in hits]

    _time_queries(result, search, queries, repeat)
    result.index_mb = _dir_mb(directory)
    start = time.perf_counter()
    tantivy.Index.open(str(directory)).searcher()
    result.load_s = time.perf_counter() - start
    result.note = (
        f"{searcher.num_segments} segment(s); Lucene BM25 (k1=1.2, b=0.75, idf log(1+...)); "
        "query built per call"
    )
    return result


ENGINES: dict[str, Callable[[Tokens, list[list[str]], int, Path], EngineResult]] = {
    "ours": bench_ours,
    "bm25okapi": bench_okapi,
    "bm25s": lambda c, q, r, w: _bench_bm25s("bm25s", c, q, r, w),
    "bm25s-numba": lambda c, q, r, w: _bench_bm25s("bm25s-numba", c, q, r, w),
    "tantivy": bench_tantivy,
}


# Set in the parent before forking: children inherit it without pickling a million lists.
_CORPUS: list[list[str]] = []


def _child(name: str, queries: list[list[str]], repeat: int, work: str, out: Any) -> None:
    try:
        out.put(asdict(ENGINES[name](_CORPUS, queries, repeat, Path(work))))
    except Exception as exc:  # report and let the other engines run
        out.put(asdict(EngineResult(name, error=f"{type(exc).__name__}: {exc}")))


def run_engine(name: str, queries: list[list[str]], repeat: int, work: Path) -> EngineResult:
    """Run one engine in a forked child so its memory use is measured on its own."""
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    proc = ctx.Process(target=_child, args=(name, queries, repeat, str(work), out))
    proc.start()
    data = out.get()
    proc.join()
    return EngineResult(**data)


# -- reporting ------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """CPU, cores, RAM and library versions, for the table's caption."""
    return describe(("numpy", "numba", "rank-bm25", "bm25s", "tantivy"))


def _fmt(value: float, digits: int = 2) -> str:
    return "—" if value != value else f"{value:,.{digits}f}"  # NaN -> dash


def markdown_table(results: list[EngineResult], n_passages: int) -> str:
    """README-ready table; speed-ups are ratios of median latencies (see :data:`LEGEND`)."""
    by_name = {r.engine: r for r in results}

    def speedup(base: str, r: EngineResult) -> str:
        """Median latency ratio over the queries both engines ran (BM25Okapi may run fewer)."""
        other = by_name.get(base)
        if other is None or not other.latencies_ms or not r.latencies_ms:
            return "—"
        n = min(len(other.latencies_ms), len(r.latencies_ms))
        ratio = np.median(other.latencies_ms[:n]) / np.median(r.latencies_ms[:n])
        return f"{ratio:,.1f}×"

    lines = [
        f"| engine ({n_passages:,} passages) | build s | build peak MB | index MB | load s | "
        "ready s | query p50 ms | query p99 ms | queries | speed-up vs BM25Okapi (p50) | "
        "speed-up vs bm25s (p50) |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for r in results:
        if r.error:
            lines.append(f"| {r.engine} | failed: {r.error} ||||||||||")
            continue
        cells = [
            r.engine,
            _fmt(r.build_s),
            _fmt(r.build_peak_mb, 0),
            _fmt(r.index_mb, 0),
            _fmt(r.load_s, 3),
            _fmt(r.ready_s),
            _fmt(r.percentile(50), 3),
            _fmt(r.percentile(99), 3),
            str(len(r.latencies_ms)),
            speedup("bm25okapi", r),
            speedup("bm25s", r),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def compare_with_okapi(results: list[EngineResult]) -> str | None:
    """Our top-10 against BM25Okapi's exact top-10 (ties by doc id), on the queries it ran."""
    by_name = {r.engine: r for r in results}
    ours, okapi = by_name.get("ours"), by_name.get("bm25okapi")
    if ours is None or okapi is None or ours.error or okapi.error:
        return None
    n = len(okapi.top)
    same = sum(
        [d for d, _ in a] == [d for d, _ in b] for a, b in zip(ours.top, okapi.top, strict=False)
    )
    diffs = [
        abs(s1 - s2)
        for a, b in zip(ours.top, okapi.top, strict=False)
        for (_, s1), (_, s2) in zip(a, b, strict=False)
    ]
    worst = max(diffs, default=0.0)
    return f"top-10 identical to BM25Okapi on {same}/{n} queries; max score difference {worst:.2e}"


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the engines one after the other, print and save the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--engines", default=",".join(ALL_ENGINES))
    parser.add_argument("--repeat", type=int, default=3, help="timings per query (median kept)")
    parser.add_argument(
        "--okapi-queries",
        type=int,
        default=None,
        help="queries for BM25Okapi (default: all up to 100k passages, else 10)",
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    # One thread everywhere; the engines import numba & co. only in their own (forked) process,
    # after this. OPENBLAS_CORETYPE is left as the machine set it.
    for var in ("NUMBA_NUM_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = sorted(set(engines) - set(ENGINES))
    if unknown:
        parser.error(f"unknown engine(s) {unknown}; choose from {', '.join(ALL_ENGINES)}")
    okapi_queries = args.okapi_queries
    if okapi_queries is None:
        okapi_queries = args.queries if args.passages <= 100_000 else 10

    info = machine()
    print(f"machine: {info}", flush=True)
    start = time.perf_counter()
    _CORPUS[:] = generate_corpus(args.passages, seed=args.seed)
    queries = generate_queries(args.queries, seed=args.seed + 1)
    tokens = sum(map(len, _CORPUS))
    print(
        f"corpus: {args.passages:,} passages, {tokens / args.passages:.1f} tokens/passage, "
        f"{len(queries)} queries of 2-5 terms (generated in {time.perf_counter() - start:.1f} s)",
        flush=True,
    )

    results = []
    with tempfile.TemporaryDirectory(prefix="bench-engine-") as work:
        for name in engines:
            engine_queries = queries[:okapi_queries] if name == "bm25okapi" else queries
            repeat = 1 if name == "bm25okapi" and args.passages > 100_000 else args.repeat
            print(f"running {name} ...", flush=True)
            result = run_engine(name, engine_queries, repeat, Path(work))
            results.append(result)
            if result.error:
                print(f"  {name} failed: {result.error}", flush=True)
            else:
                print(
                    f"  build {result.build_s:.2f} s, p50 {result.percentile(50):.3f} ms, "
                    f"p99 {result.percentile(99):.3f} ms  {result.note}",
                    flush=True,
                )

    print()
    print(
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['ram_gb']} GB RAM; Python "
        f"{info['python']}, numpy {info['numpy']}, numba {info['numba']}, rank-bm25 "
        f"{info['rank-bm25']}, bm25s {info['bm25s']}, tantivy {info['tantivy']}. One thread per "
        f"engine; top-{K}; each query timed {args.repeat}× (median kept), p50/p99 over queries."
    )
    if "bm25okapi" in engines and okapi_queries < len(queries):
        print(f"BM25Okapi ran only the first {okapi_queries} queries (it scores every passage).")
    print()
    table = markdown_table(results, args.passages)
    print(table)
    print()
    print(LEGEND)
    check = compare_with_okapi(results)
    if check:
        print()
        print(check)

    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    out = RESULTS_DIR / f"engine_{args.passages}.json"
    payload = {
        "machine": info,
        "passages": args.passages,
        "queries": len(queries),
        "okapi_queries": okapi_queries,
        "repeat": args.repeat,
        "okapi_check": check,
        "table": table,
        "legend": LEGEND,
        "results": [
            {
                **{k: v for k, v in asdict(r).items() if k not in ("latencies_ms", "top")},
                "p50_ms": r.percentile(50),
                "p99_ms": r.percentile(99),
                "mean_ms": float(np.mean(r.latencies_ms)) if r.latencies_ms else None,
                "latencies_ms": r.latencies_ms,
            }
            for r in results
        ],
    }
    out.write_text(json.dumps(payload, indent=1, allow_nan=True))
    print(f"\nresults written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
