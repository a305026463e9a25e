"""Side-by-side benchmark of BM25 engines on one generated corpus, in one run.

Engines: ours (retrieval.bm25.BM25Index), rank_bm25's BM25Okapi, rank-bm25-rs (a Rust drop-in
for BM25Okapi with the same scores), bm25s (numpy and numba backends) and tantivy. Each engine
runs in its own forked process (so memory figures do not mix), on the same token lists and the
same queries, on one thread, ``--runs`` times (medians reported). Two query mixes (see
``corpus_gen.py``): ``mid`` (mostly mid-frequency words) and ``common`` (issue 13's: very common
words too). Reported per engine: build time, memory (peak during the build), index size, time to
a first answer from a fresh interpreter, and per-query latency of a top-10 search (each query
timed ``--repeat`` times, its median kept; p50/p99 over queries). Also checks that our top-10
(and rank-bm25-rs's) equals BM25Okapi's on the queries BM25Okapi ran.

Usage:
    python bench/engine.py --passages 100000 [--queries 200] [--runs 3] [--engines ours,...]
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
from corpus_gen import QUERY_MIXES, generate_corpus
from machine import describe
from memory import peak_mb, reset_peak, rss_mb

ALL_ENGINES = ("ours", "bm25okapi", "rank-bm25-rs", "bm25s", "bm25s-numba", "tantivy")
#: Engines that score every passage: at 1M passages BM25Okapi takes about a second a query.
EXHAUSTIVE = ("bm25okapi",)
K = 10
RESULTS_DIR = Path(__file__).parent / "results"
LEGEND = (
    "build peak MB: peak resident growth while building (the token lists, already in memory, "
    "not counted). index MB: our arrays in memory; bm25s and tantivy: their saved files. "
    "ready s: a fresh interpreter imports, loads the saved index (warm page cache), "
    "loads the compiled kernels and answers one query. Speed-ups: ratio of median latencies "
    "over the queries both engines ran (mid mix)."
)

Tokens = Sequence[Sequence[str]]
Queries = dict[str, list[list[str]]]  # mix name -> queries
Hits = list[tuple[int, float]]


@dataclass
class EngineResult:
    """What one engine measured in one run."""

    engine: str
    build_s: float = float("nan")
    build_peak_mb: float = float("nan")  # peak resident growth during the build
    index_mb: float = float("nan")  # index size as the engine keeps it (arrays or files)
    load_s: float = float("nan")  # open a saved index in this (warm) process
    ready_s: float = float("nan")  # fresh interpreter: import, load, first query answered
    latencies_ms: dict[str, list[float]] = field(default_factory=dict)  # per mix
    top: dict[str, list[Hits]] = field(default_factory=dict)  # per mix, per query
    note: str = ""
    error: str = ""

    def percentile(self, mix: str, q: float) -> float:
        values = self.latencies_ms.get(mix)
        return float(np.percentile(values, q)) if values else float("nan")


# -- measuring ------------------------------------------------------------------------------------


def _measure_build(result: EngineResult, build: Callable[[], Any]) -> Any:
    """Run ``build`` and record its time and peak resident growth."""
    reset_peak()
    before = rss_mb()
    start = time.perf_counter()
    built = build()
    result.build_s = time.perf_counter() - start
    result.build_peak_mb = peak_mb() - before
    return built


def _time_queries(
    result: EngineResult, search: Callable[[list[str]], Hits], queries: Queries, repeat: int
) -> None:
    """Per mix: warm up, then time each query ``repeat`` times and keep its median."""
    for mix, batch in queries.items():
        for query in batch[:3]:
            search(query)
        latencies, tops = [], []
        for query in batch:
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                hits = search(query)
                times.append((time.perf_counter() - start) * 1e3)
            latencies.append(float(np.median(times)))
            tops.append(hits)
        result.latencies_ms[mix] = latencies
        result.top[mix] = tops


def _dir_mb(directory: Path) -> float:
    return sum(f.stat().st_size for f in directory.rglob("*") if f.is_file()) / 2**20


def _top_of_scores(scores: np.ndarray) -> Hits:
    """Top-10 of a dense score array, ties by doc id (for engines that score every passage)."""
    if scores.size > K:
        # Everything scoring at least the 10th best, so that ties at the cut keep the lowest ids.
        kth = np.partition(scores, scores.size - K)[scores.size - K]
        best = np.flatnonzero(scores >= kth) if kth > 0 else np.flatnonzero(scores > 0)
        if kth <= 0:  # fewer than 10 passages hold a query term: the lowest zero ids fill up
            best = np.concatenate([best, np.flatnonzero(scores == 0)[:K]])
    else:
        best = np.arange(scores.size)
    order = best[np.lexsort((best, -scores[best]))]
    return [(int(d), float(scores[d])) for d in order[:K]]


# -- engines --------------------------------------------------------------------------------------


def bench_ours(corpus: Tokens, queries: Queries, repeat: int, work: Path) -> EngineResult:
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
    result.ready_s = _ready_in_fresh_process(directory, next(iter(queries.values()))[0])
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


def bench_okapi(corpus: Tokens, queries: Queries, repeat: int, work: Path) -> EngineResult:
    from rank_bm25 import BM25Okapi

    result = EngineResult("bm25okapi")
    okapi = _measure_build(result, lambda: BM25Okapi(corpus))

    def reference(query: list[str]) -> Hits:
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

    _time_queries(result, lambda q: _top_of_scores(okapi.get_scores(q)), queries, repeat)
    result.top = {mix: [reference(q) for q in batch] for mix, batch in queries.items()}
    return result


def bench_okapi_rs(corpus: Tokens, queries: Queries, repeat: int, work: Path) -> EngineResult:
    from rank_bm25_rs import BM25Okapi

    result = EngineResult("rank-bm25-rs")
    okapi = _measure_build(result, lambda: BM25Okapi(corpus))
    _time_queries(result, lambda q: _top_of_scores(okapi.get_scores(q)), queries, repeat)
    result.note = "BM25Okapi's scores from Rust; scores every passage, top-10 by numpy"
    return result


def _bench_bm25s(
    name: str, corpus: Tokens, queries: Queries, repeat: int, work: Path
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

    def search(query: list[str]) -> Hits:
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


def bench_tantivy(corpus: Tokens, queries: Queries, repeat: int, work: Path) -> EngineResult:
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

    def search(query: list[str]) -> Hits:
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


ENGINES: dict[str, Callable[[Tokens, Queries, int, Path], EngineResult]] = {
    "ours": bench_ours,
    "bm25okapi": bench_okapi,
    "rank-bm25-rs": bench_okapi_rs,
    "bm25s": lambda c, q, r, w: _bench_bm25s("bm25s", c, q, r, w),
    "bm25s-numba": lambda c, q, r, w: _bench_bm25s("bm25s-numba", c, q, r, w),
    "tantivy": bench_tantivy,
}


# Set in the parent before forking: children inherit it without pickling a million lists.
_CORPUS: list[list[str]] = []


def _child(name: str, queries: Queries, repeat: int, work: str, out: Any) -> None:
    try:
        out.put(asdict(ENGINES[name](_CORPUS, queries, repeat, Path(work))))
    except Exception as exc:  # report and let the other engines run
        out.put(asdict(EngineResult(name, error=f"{type(exc).__name__}: {exc}")))


def run_engine(name: str, queries: Queries, repeat: int, work: Path) -> EngineResult:
    """Run one engine in a forked child so its memory use is measured on its own."""
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    proc = ctx.Process(target=_child, args=(name, queries, repeat, str(work), out))
    proc.start()
    data = out.get()
    proc.join()
    return EngineResult(**data)


# -- summarising runs -----------------------------------------------------------------------------


@dataclass
class Summary:
    """One engine over several runs: the median of each figure, and every run's p50/p99."""

    engine: str
    runs: list[EngineResult]

    @property
    def ok(self) -> list[EngineResult]:
        return [r for r in self.runs if not r.error]

    def median(self, figure: Callable[[EngineResult], float]) -> float:
        values = [figure(r) for r in self.ok]
        values = [v for v in values if v == v]
        return float(np.median(values)) if values else float("nan")

    def p(self, mix: str, q: float) -> float:
        return self.median(lambda r: r.percentile(mix, q))

    def each(self, mix: str, q: float) -> list[float]:
        return [r.percentile(mix, q) for r in self.ok]

    def latency_median(self, mix: str, n: int) -> float:
        """Median over runs of the median latency of the first ``n`` queries of a mix."""
        return self.median(lambda r: float(np.median(r.latencies_ms[mix][:n])))


# -- reporting ------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """CPU, cores, RAM and library versions, for the table's caption."""
    return describe(("numpy", "numba", "rank-bm25", "rank-bm25-rs", "bm25s", "tantivy"))


def _fmt(value: float, digits: int = 2) -> str:
    return "—" if value != value else f"{value:,.{digits}f}"  # NaN -> dash


def _speedup(summaries: dict[str, Summary], base: str, s: Summary, mix: str) -> str:
    """Median latency ratio over the queries both engines ran (BM25Okapi may run fewer)."""
    other = summaries.get(base)
    if other is None or not other.ok or not s.ok:
        return "—"
    n = min(len(other.ok[0].latencies_ms[mix]), len(s.ok[0].latencies_ms[mix]))
    return f"{other.latency_median(mix, n) / s.latency_median(mix, n):,.1f}×"


def markdown_table(summaries: dict[str, Summary], mixes: Sequence[str], n_passages: int) -> str:
    """README-ready table of medians over runs (see :data:`LEGEND`)."""
    head = [f"engine ({n_passages:,} passages)", "build s", "build peak MB", "index MB", "ready s"]
    for mix in mixes:
        head += [f"{mix} p50 ms", f"{mix} p99 ms"]
    head += ["vs BM25Okapi", "vs bm25s"]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "--:|" * (len(head) - 1)]
    for s in summaries.values():
        if not s.ok:
            lines.append(f"| {s.engine} | failed: {s.runs[0].error} |" + " |" * (len(head) - 2))
            continue
        cells = [
            s.engine,
            _fmt(s.median(lambda r: r.build_s)),
            _fmt(s.median(lambda r: r.build_peak_mb), 0),
            _fmt(s.median(lambda r: r.index_mb), 0),
            _fmt(s.median(lambda r: r.ready_s)),
        ]
        for mix in mixes:
            cells += [_fmt(s.p(mix, 50), 3), _fmt(s.p(mix, 99), 3)]
        mix = mixes[0]
        cells += [_speedup(summaries, "bm25okapi", s, mix), _speedup(summaries, "bm25s", s, mix)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def per_run_lines(summaries: dict[str, Summary], mixes: Sequence[str]) -> list[str]:
    """Every run's p50/p99, so the spread behind each median shows."""
    lines = []
    for s in summaries.values():
        parts = [
            f"{mix} p50 " + " / ".join(_fmt(v, 3) for v in s.each(mix, 50)) + ", p99 "
            f"{' / '.join(_fmt(v, 2) for v in s.each(mix, 99))}"
            for mix in mixes
        ]
        lines.append(f"- {s.engine}: " + "; ".join(parts))
    return lines


def compare_with_okapi(summaries: dict[str, Summary], engine: str) -> str | None:
    """An engine's top-10 against BM25Okapi's exact top-10 (ties by doc id), every mix and run."""
    ours, okapi = summaries.get(engine), summaries.get("bm25okapi")
    if ours is None or okapi is None or not ours.ok or not okapi.ok:
        return None
    reference = okapi.ok[0].top
    same = total = 0
    worst = 0.0
    for run in ours.ok:
        for mix, tops in reference.items():
            for a, b in zip(run.top[mix], tops, strict=False):
                total += 1
                # Past the documents holding a query term, engines that score every passage
                # fill up with zero scores: compare what the reference ranks.
                same += [d for d, _ in a[: len(b)]] == [d for d, _ in b]
                worst = max([worst, *(abs(x - y) for (_, x), (_, y) in zip(a, b, strict=False))])
    return (
        f"{engine}: top-10 identical to BM25Okapi on {same}/{total} queries (all mixes and runs); "
        f"max score difference {worst:.2e}"
    )


# -- running --------------------------------------------------------------------------------------


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200, help="per query mix")
    parser.add_argument("--engines", default=",".join(ALL_ENGINES))
    parser.add_argument("--mixes", default=",".join(QUERY_MIXES))
    parser.add_argument("--runs", type=int, default=1, help="runs per engine (medians reported)")
    parser.add_argument("--repeat", type=int, default=3, help="timings per query (median kept)")
    parser.add_argument(
        "--okapi-queries",
        type=int,
        default=None,
        help="queries per mix for BM25Okapi (default: all up to 100k passages, else 10)",
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    args.engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    args.mixes = [m.strip() for m in args.mixes.split(",") if m.strip()]
    unknown = sorted(set(args.engines) - set(ENGINES)) + sorted(set(args.mixes) - set(QUERY_MIXES))
    if unknown:
        parser.error(
            f"unknown engine(s) or mix(es) {unknown}; engines: {', '.join(ALL_ENGINES)}; "
            f"mixes: {', '.join(QUERY_MIXES)}"
        )
    if args.okapi_queries is None:
        args.okapi_queries = args.queries if args.passages <= 100_000 else 10
    return args


def _prepare(args: argparse.Namespace) -> Queries:
    """Generate the corpus (into :data:`_CORPUS`, for the forked children) and the queries."""
    start = time.perf_counter()
    _CORPUS[:] = generate_corpus(args.passages, seed=args.seed)
    queries = {
        mix: QUERY_MIXES[mix](args.queries, seed=args.seed + 1 + i)
        for i, mix in enumerate(args.mixes)
    }
    tokens = sum(map(len, _CORPUS))
    print(
        f"corpus: {args.passages:,} passages, {tokens / args.passages:.1f} tokens/passage; "
        f"{args.queries} queries per mix ({', '.join(args.mixes)}); generated in "
        f"{time.perf_counter() - start:.1f} s",
        flush=True,
    )
    return queries


def _run_all(args: argparse.Namespace, queries: Queries) -> dict[str, Summary]:
    """Every engine, ``args.runs`` times, one after the other."""
    summaries = {name: Summary(name, []) for name in args.engines}
    with tempfile.TemporaryDirectory(prefix="bench-engine-") as work:
        for run in range(args.runs):
            for name in args.engines:
                engine_queries = queries
                repeat = args.repeat
                if name in EXHAUSTIVE:
                    engine_queries = {m: q[: args.okapi_queries] for m, q in queries.items()}
                    repeat = 1 if args.passages > 100_000 else args.repeat
                print(f"run {run + 1}: {name} ...", flush=True)
                result = run_engine(name, engine_queries, repeat, Path(work) / f"{run}")
                summaries[name].runs.append(result)
                if result.error:
                    print(f"  {name} failed: {result.error}", flush=True)
                    continue
                figures = ", ".join(
                    f"{mix} p50 {result.percentile(mix, 50):.3f} p99 "
                    f"{result.percentile(mix, 99):.3f} ms"
                    for mix in args.mixes
                )
                print(f"  build {result.build_s:.2f} s; {figures}  {result.note}", flush=True)
    return summaries


def _report(args: argparse.Namespace, info: dict[str, Any], summaries: dict[str, Summary]) -> str:
    """Print the caption, the table, per-run figures and the checks; returns the table."""
    print()
    print(
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['ram_gb']} GB RAM; Python "
        f"{info['python']}, numpy {info['numpy']}, numba {info['numba']}, rank-bm25 "
        f"{info['rank-bm25']}, rank-bm25-rs {info['rank-bm25-rs']}, bm25s {info['bm25s']}, "
        f"tantivy {info['tantivy']}. One thread per engine; top-{K}; each query timed "
        f"{args.repeat}× (median kept), p50/p99 over queries; medians of {args.runs} run(s)."
    )
    if any(e in args.engines for e in EXHAUSTIVE) and args.okapi_queries < args.queries:
        print(f"BM25Okapi ran only the first {args.okapi_queries} queries of each mix.")
    print()
    table = markdown_table(summaries, args.mixes, args.passages)
    print(table)
    print()
    print("\n".join(per_run_lines(summaries, args.mixes)))
    print()
    print(LEGEND)
    for engine in ("ours", "rank-bm25-rs"):
        check = compare_with_okapi(summaries, engine)
        if check:
            print(check)
    return table


def _save(
    args: argparse.Namespace, info: dict[str, Any], summaries: dict[str, Summary], table: str
) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    out = RESULTS_DIR / f"engine_{args.passages}.json"
    payload = {
        "machine": info,
        "load_at_start": os.getloadavg(),
        "args": {k: v for k, v in vars(args).items()},
        "okapi_checks": [compare_with_okapi(summaries, e) for e in ("ours", "rank-bm25-rs")],
        "table": table,
        "legend": LEGEND,
        "results": {
            name: [
                {
                    **{k: v for k, v in asdict(r).items() if k != "top"},
                    **{f"{m}_p50_ms": r.percentile(m, 50) for m in args.mixes},
                    **{f"{m}_p99_ms": r.percentile(m, 99) for m in args.mixes},
                }
                for r in s.runs
            ]
            for name, s in summaries.items()
        },
    }
    out.write_text(json.dumps(payload, indent=1, allow_nan=True))
    return out


def main(argv: list[str] | None = None) -> int:
    """Run every engine on one corpus and both query mixes; print and save the results."""
    args = _parse_args(argv)
    # One thread everywhere; the engines import numba & co. only in their own (forked) process,
    # after this. OPENBLAS_CORETYPE is left as the machine set it.
    threads = ("NUMBA_NUM_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
    for var in (*threads, "RAYON_NUM_THREADS"):  # rayon: rank-bm25-rs's thread pool
        os.environ[var] = "1"
    info = machine()
    print(f"machine: {info}; load {os.getloadavg()}", flush=True)
    queries = _prepare(args)
    summaries = _run_all(args, queries)
    table = _report(args, info, summaries)
    print(f"\nresults written to {_save(args, info, summaries, table)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
