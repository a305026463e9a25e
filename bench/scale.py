"""End-to-end scale benchmark: the whole product path over a generated folder of transcripts.

``bench/engine.py`` measures the bare BM25 engine from token lists; this measures what a user of
the bot waits for, at scale:

1. a seeded synthetic corpus written as transcript files in the Foreign Ministry's page format
   (dates 2004-2025, Lavrov, Zakharova and other speakers, questions and answers, Zipf
   pseudo-words mixed with English function words), every file checked to load;
2. the index build through ``AnswerService.reload()`` (parse in worker processes, analysis,
   engine, passage store, save): time, its split, peak memory, index size on disk;
3. a fresh interpreter serving the saved index: time to the first answer, memory;
4. query latency through ``AnswerService.ask`` (plain, speaker-filtered and date-filtered
   questions) against the engine's ``top_k`` alone;
5. ``AnswerService.reload()`` running in a thread while questions are answered (back to
   back, then paced), as the bot does it (issue 4: p99 <= 100 ms during a reload). While an
   index serves, the service builds the new one in another process; ``--compare-thread``
   also measures the build in the reloading thread itself, as reloads were done before.

Optional: ``--bot`` reloads the real bot (``statements-bot run`` against the fake Bot API) under
a steady stream of questions; ``--trace-stalls`` names what blocked answering during one more
reload (GIL held by a long call, garbage collections).

Usage:
    python bench/scale.py --passages 100000 [--data-dir DIR] [--queries 200] [--seed 0]
        [--compare-thread] [--trace-stalls] [--bot] [--render JSON]

Prints a Markdown table and writes ``bench/results/scale_<N>.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere: the project's packages first
    sys.path.insert(0, str(ROOT))

from machine import bench_bot_module, describe  # noqa: E402
from memory import peak_mb, reset_peak, rss_mb  # noqa: E402

from bot.service import AnswerService, data_key  # noqa: E402
from retrieval.speakers import KNOWN_SPEAKERS  # noqa: E402
from retrieval.tokenizer import Analyzer  # noqa: E402

RESULTS_DIR = Path(__file__).parent / "results"
VOCABULARY = 50_000
#: Share of running words that are English function words (stop words in the index).
FUNCTION_SHARE = 0.4
#: Frequent English function words, most frequent first (all are stop words to the analyzer).
FUNCTION_WORDS = (
    "the of and to in a that is for it with as was on be by this are not or have from at which "
    "an but they has we their will been would there all also its more our can these other were "
    "should such any into about than them those what when who if so no only very because"
).split()
PACED_RATE = 50.0  # questions per second in the paced run
K = 3

# --- the synthetic corpus ------------------------------------------------------------------------

_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_PLACES = (
    "Moscow",
    "Geneva",
    "New York",
    "Vienna",
    "Beijing",
    "Tashkent",
    "Minsk",
    "Ankara",
    "Astana",
    "Rio de Janeiro",
    "Sochi",
    "St Petersburg",
    "Kazan",
    "Baku",
    "Yerevan",
    "Cairo",
    "Delhi",
    "Hanoi",
)
_OUTLETS = ("RT", "TASS", "Kommersant", "Izvestia", "RIA Novosti", "Channel One", "Sputnik")
# Foreign guests at joint news conferences. Invented names; letters (w, j, y, c, h) the
# pseudo-words never use, so a guest's name is never a search term of the corpus.
_GUESTS = (
    ("Ruritania", "Jonas Whitcombe"),
    ("Freedonia", "Yannick Wexley"),
    ("Latveria", "Ewald Jorgstrom"),
    ("Genovia", "Cyril Hawthorne"),
    ("Elbonia", "Judith Wyche"),
    ("Syldavia", "Wojciech Hyland"),
)
# Deputy ministers who sometimes give the interview or the briefing.
_DEPUTIES = ("Sergey Ryabkov", "Alexander Grushko", "Andrey Rudenko", "Mikhail Bogdanov")
_QUESTION_LABELS = ("Question", "Question", "Question", "Question (retranslated from English)")


def build_vocabulary(size: int = VOCABULARY, seed: int = 0) -> list[str]:
    """``size`` pseudo-words, each one distinct index term to the analyzer, shortest first.

    Words are consonant-vowel syllables. A candidate is kept only if the analyzer makes exactly
    one term of it, not a stop word, not a concept, not a known speaker's name, and no other
    kept word stems to the same term, so every rank of the Zipf law is its own term.
    """
    rng = np.random.default_rng(seed)
    analyzer = Analyzer()
    reserved = {alias for speaker in KNOWN_SPEAKERS for alias in speaker.aliases}
    reserved |= {m.lower() for m in _MONTHS}
    syllables = [c + v for c in _CONSONANTS for v in _VOWELS]
    words: list[str] = []
    stems: set[str] = set()
    seen: set[str] = set()
    for n_syllables in (2, 3, 4):
        # All two-syllable words, then random longer ones until the vocabulary is full.
        if n_syllables == 2:
            candidates = [a + b for a in syllables for b in syllables]
            rng.shuffle(candidates)
        else:
            picks = rng.integers(0, len(syllables), size=(4 * size, n_syllables))
            candidates = ["".join(syllables[i] for i in row) for row in picks.tolist()]
        for word in candidates:
            if len(words) >= size:
                return words
            if word in seen or word in reserved:
                continue
            seen.add(word)
            terms = analyzer.terms(word, "en")
            if len(terms) != 1 or terms[0].startswith("#") or terms[0] in stems:
                continue
            stems.add(terms[0])
            words.append(word)
    return words


def _zipf_cdf(n: int, exponent: float = 1.0) -> np.ndarray:
    weights = 1.0 / np.arange(1, n + 1, dtype=np.float64) ** exponent
    cdf = np.cumsum(weights)
    return cdf / cdf[-1]


def _date_line(date: dt.date, rng: np.random.Generator) -> str:
    # The page's glued date-time line: "17 March 202118:27".
    hour, minute = int(rng.integers(8, 23)), int(rng.integers(0, 60))
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}{hour:02d}:{minute:02d}"


def _title_date(date: dt.date) -> str:
    return f"{_MONTHS[date.month - 1]} {date.day}, {date.year}"


@dataclass
class _Plan:
    """One document before its words are drawn: who speaks in which turns."""

    stem: str
    date: dt.date
    title: str
    # (label or None for unlabelled text, role, paragraph count) per turn.
    turns: list[tuple[str | None, str, int]]


def _plan_document(
    serial: int, passages: int, rng: np.random.Generator, vocab: Sequence[str]
) -> _Plan:
    """Title, date and turns of one document with exactly ``passages`` paragraphs."""
    start, end = dt.date(2004, 1, 1).toordinal(), dt.date(2025, 12, 31).toordinal()
    date = dt.date.fromordinal(int(rng.integers(start, end + 1)))
    place = _PLACES[int(rng.integers(len(_PLACES)))]
    topic = f"{vocab[int(rng.integers(200, 5000))]} {vocab[int(rng.integers(200, 5000))]}"
    kind = float(rng.random())
    guest: str | None = None
    if kind < 0.25:
        country, guest = _GUESTS[int(rng.integers(len(_GUESTS)))]
        speaker, slug = "Sergey Lavrov", "lavrov_joint_news_conference"
        title = (
            f"Foreign Minister Sergey Lavrov's remarks and answers to media questions at a joint "
            f"news conference with Foreign Minister of {country} {guest}, {place}, "
            f"{_title_date(date)}"
        )
    elif kind < 0.45:
        outlet = _OUTLETS[int(rng.integers(len(_OUTLETS)))]
        speaker, slug = "Sergey Lavrov", "lavrov_interview"
        title = (
            f"Foreign Minister Sergey Lavrov's interview with {outlet} on {topic}, {place}, "
            f"{_title_date(date)}"
        )
    elif kind < 0.8:
        speaker, slug, place = "Maria Zakharova", "zakharova_briefing", "Moscow"
        title = (
            f"Briefing by Foreign Ministry Spokeswoman Maria Zakharova, {place}, "
            f"{_title_date(date)}"
        )
    else:
        speaker = _DEPUTIES[int(rng.integers(len(_DEPUTIES)))]
        outlet = _OUTLETS[int(rng.integers(len(_OUTLETS)))]
        slug = speaker.split()[-1].lower() + "_interview"
        title = (
            f"Deputy Foreign Minister {speaker}'s interview with {outlet} on {topic}, {place}, "
            f"{_title_date(date)}"
        )
    turns: list[tuple[str | None, str, int]] = []
    left = passages
    opening = min(left, int(rng.integers(2, 6)))
    turns.append((None, "statement", opening))  # unlabelled: the title's speaker
    left -= opening
    if guest is not None and left >= 3:
        turns.append((guest, "statement", 2))  # the guest's own opening remarks
        left -= 2
    while left > 0:
        label = _QUESTION_LABELS[int(rng.integers(len(_QUESTION_LABELS)))]
        turns.append((label, "question", 1))
        left -= 1
        if left == 0:
            break
        answers = min(left, int(rng.integers(1, 5)))
        answerer = guest if guest is not None and rng.random() < 0.3 else speaker
        turns.append((answerer, "answer", answers))
        left -= answers
    stem = f"{date.isoformat()}_{slug}_{serial:07d}"
    return _Plan(stem, date, title, turns)


class _Words:
    """Draws paragraphs of pseudo-words and function words as text, in bulk."""

    def __init__(self, vocab: Sequence[str], rng: np.random.Generator) -> None:
        self.rng = rng
        table = list(FUNCTION_WORDS) + list(vocab)
        self.words = np.array(table, dtype=object)
        self.capitals = np.array([w.capitalize() for w in table], dtype=object)
        self.n_function = len(FUNCTION_WORDS)
        self.function_cdf = _zipf_cdf(len(FUNCTION_WORDS))
        self.vocab_cdf = _zipf_cdf(len(vocab))

    def paragraphs(self, lengths: Sequence[int], questions: Sequence[bool]) -> list[str]:
        """One paragraph of text per length (in words); a question ends with '?'."""
        total = int(sum(lengths))
        rng = self.rng
        function = rng.random(total) < FUNCTION_SHARE
        ids = np.where(
            function,
            np.searchsorted(self.function_cdf, rng.random(total), side="right"),
            self.n_function + np.searchsorted(self.vocab_cdf, rng.random(total), side="right"),
        )
        ids = np.minimum(ids, len(self.words) - 1)
        tokens = self.words[ids]
        # Sentences of about 11 words: an end after roughly every 11th word and at each
        # paragraph's end; the next word starts with a capital.
        ends = rng.random(total) < 1 / 11
        bounds = np.cumsum(lengths)
        ends[bounds - 1] = True
        starts = np.zeros(total, dtype=bool)
        starts[0] = True
        starts[1:] = ends[:-1]
        tokens[starts] = self.capitals[ids[starts]]
        tokens[ends] = tokens[ends] + "."
        for end, question in zip(bounds.tolist(), questions, strict=True):
            if question:
                tokens[end - 1] = tokens[end - 1][:-1] + "?"
        words = tokens.tolist()
        out = []
        begin = 0
        for end in bounds.tolist():
            out.append(" ".join(words[begin:end]))
            begin = end
        return out


def _render(plan: _Plan, words: _Words, rng: np.random.Generator) -> str:
    lengths: list[int] = []
    questions: list[bool] = []
    for _, role, count in plan.turns:
        for _ in range(count):
            question = role == "question"
            lengths.append(int(rng.integers(15, 61) if question else rng.integers(40, 121)))
            questions.append(question)
    texts = iter(words.paragraphs(lengths, questions))
    body: list[str] = []
    for label, _, count in plan.turns:
        for i in range(count):
            text = next(texts)
            body.append(f"{label}: {text}" if label is not None and i == 0 else text)
    head = f"{_date_line(plan.date, rng)}\n\n{plan.title}\n\n\n  • en-GB1 ru-RU1\n\n\n"
    return head + "\n\n".join(body) + "\n\nAdditional materials\n\n\nAdvanced settings\n"


@dataclass
class CorpusInfo:
    """What was generated."""

    files: int = 0
    passages: int = 0
    megabytes: float = 0.0
    seconds: float = 0.0


def write_corpus(
    data_dir: Path, n_passages: int, vocab: Sequence[str], seed: int = 0
) -> CorpusInfo:
    """Write transcripts of ``n_passages`` paragraphs in all (40-60 a file) into ``data_dir``."""
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    words = _Words(vocab, rng)
    data_dir.mkdir(parents=True, exist_ok=True)
    info = CorpusInfo()
    written = 0
    while written < n_passages:
        passages = min(n_passages - written, int(rng.integers(40, 61)))
        plan = _plan_document(info.files, passages, rng, vocab)
        text = _render(plan, words, rng)
        (data_dir / f"{plan.stem}.txt").write_text(text, "utf-8")
        info.files += 1
        info.megabytes += len(text.encode("utf-8")) / 2**20
        written += passages
    info.passages = written
    info.seconds = time.perf_counter() - started
    return info


# --- queries -------------------------------------------------------------------------------------


def make_queries(vocab: Sequence[str], n: int, seed: int = 1) -> dict[str, list[str]]:
    """``n`` each of plain, speaker-filtered and date-filtered questions of 2-5 corpus words.

    Words: 80% mid-frequency ranks (50-5,000), 10% rare (5,000-50,000), 10% frequent (5-50),
    log-uniform within a band, as a question looks once stop words are gone.
    """
    rng = np.random.default_rng(seed)
    bands = [(50, 5_000), (5_000, len(vocab)), (5, 50)]

    def words() -> str:
        size = int(rng.integers(2, 6))
        chosen: list[str] = []
        while len(chosen) < size:
            low, high = bands[int(rng.choice(3, p=[0.8, 0.1, 0.1]))]
            rank = min(int(np.exp(rng.uniform(np.log(low), np.log(high)))), len(vocab) - 1)
            if vocab[rank] not in chosen:
                chosen.append(vocab[rank])
        return " ".join(chosen)

    plain = [words() for _ in range(n)]
    speaker = [f"What did {('Lavrov', 'Zakharova')[i % 2]} say about {words()}?" for i in range(n)]
    dated = [f"{words()} in {int(rng.integers(2004, 2026))}" for _ in range(n)]
    return {"plain": plain, "speaker": speaker, "date": dated}


# --- measuring -----------------------------------------------------------------------------------


def _dir_mb(directory: Path) -> float:
    return sum(f.stat().st_size for f in directory.rglob("*") if f.is_file()) / 2**20


def _stats(values_ms: Sequence[float]) -> dict[str, float]:
    if not values_ms:
        return {"n": 0, "p50_ms": float("nan"), "p99_ms": float("nan"), "max_ms": float("nan")}
    arr = np.asarray(values_ms)
    return {
        "n": len(values_ms),
        "p50_ms": float(np.percentile(arr, 50)),
        "p99_ms": float(np.percentile(arr, 99)),
        "max_ms": float(arr.max()),
    }


def _time_ask(service: AnswerService, question: str) -> tuple[float, bool]:
    start = time.perf_counter()
    result = service.ask(question, k=K)
    return (time.perf_counter() - start) * 1e3, bool(result.hits)


def measure_queries(service: AnswerService, queries: dict[str, list[str]]) -> dict[str, Any]:
    """Latency of each query kind through ``ask``, and of the plain ones through ``top_k``."""
    index = service.index
    for question in queries["plain"][:3] + queries["speaker"][:3] + queries["date"][:3]:
        service.ask(question, k=K)  # warm-up: kernels compiled, masks cached
    out: dict[str, Any] = {}
    for kind, questions in queries.items():
        times, answered = [], 0
        full_collections = gc.get_stats()[2]["collections"]
        for question in questions:
            ms, hit = _time_ask(service, question)
            times.append(ms)
            answered += hit
        out[f"ask_{kind}"] = {
            **_stats(times),
            "answered": answered,
            # A full collection in the middle of a query shows up as its max.
            "gen2_collections": gc.get_stats()[2]["collections"] - full_collections,
        }
    # The engine alone, on the same terms (search asks for k + 1 to know if there is more).
    role_mask = np.asarray(index.store.role_codes) != 1  # as search: journalists' turns hidden
    term_lists = [index.analyzer.terms(q) for q in queries["plain"]]
    for label, mask in (("engine_top_k", None), ("engine_top_k_role_mask", role_mask)):
        times = []
        for terms in term_lists:
            start = time.perf_counter()
            index.engine.top_k(terms, K + 1, mask=mask)
            times.append((time.perf_counter() - start) * 1e3)
        out[label] = _stats(times)
    return out


@dataclass
class _Timeline:
    """Timestamps of the reload's progress callbacks."""

    parse: list[tuple[float, int, int]] = field(default_factory=list)
    index: list[tuple[float, int, int]] = field(default_factory=list)

    def on_parse(self, done: int, total: int) -> None:
        self.parse.append((time.perf_counter(), done, total))

    def on_index(self, done: int, total: int) -> None:
        self.index.append((time.perf_counter(), done, total))

    def split(self, started: float, finished: float) -> dict[str, float]:
        """Seconds per stage of a streamed build, from the callbacks' timestamps.

        Parsing and analysis run together in the workers (file callbacks); then the engine is
        laid out (the first passage callback) and the passage store (the last one).
        """
        if not self.parse or not self.index:
            return {}
        parse_end = self.parse[-1][0]
        engine_end = self.index[0][0]
        store_end = self.index[-1][0]
        files = self.parse[-1][2]
        return {
            "hash_parse_and_analysis_s": parse_end - started,
            "engine_s": engine_end - parse_end,
            "store_s": store_end - engine_end,
            "report_and_save_s": finished - store_end,
            "files_per_s": files / (parse_end - started) if parse_end > started else 0.0,
        }

    def stage_at(self, t: float) -> str:
        """Which stage of the reload was running at time ``t``."""
        if not self.parse or t <= self.parse[-1][0]:
            return "parse"
        if not self.index or t <= self.index[-1][0]:
            return "build"
        return "save"

    def stage_seconds(self, started: float, finished: float) -> dict[str, float]:
        """How long each stage of :meth:`stage_at` lasted."""
        parse_end = self.parse[-1][0] if self.parse else started
        build_end = self.index[-1][0] if self.index else parse_end
        return {
            "parse": parse_end - started,
            "build": build_end - parse_end,
            "save": finished - build_end,
        }


class _Clock:
    """The service's progress callbacks, recording into whichever timeline is current."""

    def __init__(self) -> None:
        self.timeline = _Timeline()

    def on_parse(self, done: int, total: int) -> None:
        self.timeline.on_parse(done, total)

    def on_index(self, done: int, total: int) -> None:
        self.timeline.on_index(done, total)


def _cpu_seconds() -> tuple[float, float]:
    """CPU-seconds (user and system) of this process, and of its finished child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def measure_build(
    data_dir: Path, index_dir: Path, workers: int | None
) -> tuple[dict[str, Any], AnswerService, _Clock]:
    """The first build through the service, as ``statements-bot index`` does it."""
    clock = _Clock()
    timeline = clock.timeline
    service = AnswerService(
        data_dir,
        index_dir=index_dir,
        progress=clock.on_index,
        parse_progress=clock.on_parse,
        workers=workers,
    )
    gc.collect()
    rss_before = rss_mb()
    reset_peak()
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    report = service.reload()
    finished = time.perf_counter()
    builder_cpu, workers_cpu = (b - a for a, b in zip(cpu_before, _cpu_seconds(), strict=True))
    out = {
        "seconds": finished - started,
        "split": timeline.split(started, finished),
        "documents": report.documents,
        "passages": report.passages,
        "speakers": report.speakers,
        "rejected": [f"{r.name}: {r.reason}" for r in report.rejected],
        "rss_before_mb": rss_before,
        "rss_after_mb": rss_mb(),
        "peak_rss_mb": peak_mb(),
        "workers_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        # CPU-seconds against the build's wall time: whether both cores were the build's.
        "builder_cpu_s": builder_cpu,
        "workers_cpu_s": workers_cpu,
        "index_disk_mb": _dir_mb(index_dir),
        "speaker_counts": dict(service.index.speakers()),
    }
    key_start = time.perf_counter()
    data_key(data_dir)
    out["data_key_s"] = time.perf_counter() - key_start  # warm page cache
    return out, service, clock


def measure_ready(data_dir: Path, index_dir: Path, queries_file: Path) -> dict[str, Any]:
    """Start a fresh interpreter on the saved index; it answers one question, then the set."""
    started = time.perf_counter()
    spawned = time.time()  # the child reports the wall-clock time of its first answer
    proc = subprocess.run(
        [sys.executable, __file__, "--_ready", str(data_dir), str(index_dir), str(queries_file)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"ready subprocess failed: {proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    # From spawning the interpreter (psutil's process start time is only good to a second).
    result["first_answer_wall_s"] = result.pop("first_answer_at") - spawned
    result["process_wall_s"] = wall
    return result


def _ready_child(data_dir: Path, index_dir: Path, queries_file: Path) -> None:
    """The fresh interpreter's side of :func:`measure_ready` (prints one JSON line)."""
    started = time.perf_counter()
    service = AnswerService(data_dir, index_dir=index_dir)
    service.start()
    start_s = time.perf_counter() - started
    queries = json.loads(queries_file.read_text("utf-8"))
    result = service.ask(queries["plain"][0], k=K)
    first = time.perf_counter() - started
    out: dict[str, Any] = {
        "loaded_from_disk": service.loaded_from_disk,
        "start_s": start_s,
        "first_answer_s": first,
        "first_answer_at": time.time(),
        "first_answer_hits": len(result.hits),
        "rss_after_first_answer_mb": rss_mb(),
    }
    out["queries"] = measure_queries(service, queries)
    out["rss_after_queries_mb"] = rss_mb()
    print(json.dumps(out))


def _query_cycle(queries: dict[str, list[str]]) -> list[str]:
    mixed = []
    for trio in zip(queries["plain"], queries["speaker"], queries["date"], strict=True):
        mixed.extend(trio)
    return mixed


def measure_reload_while_answering(
    service: AnswerService, clock: _Clock, queries: dict[str, list[str]], paced: bool
) -> dict[str, Any]:
    """Run ``reload()`` in a thread and ask questions in this one until it is done.

    Back to back (``paced=False``) or at ``PACED_RATE`` a second; paced latencies are also
    given from each question's due time, so time spent waiting for the GIL counts.
    """
    cycle = _query_cycle(queries)
    timeline = clock.timeline = _Timeline()
    baseline = []
    for i in range(min(len(cycle), 300)):
        baseline.append(_time_ask(service, cycle[i % len(cycle)])[0])
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["report"] = service.reload()
        except Exception as exc:  # reported, not raised: the measuring thread must go on
            outcome["error"] = repr(exc)

    samples: list[tuple[float, float, float]] = []  # (started, service ms, response ms)
    thread = threading.Thread(target=run, name="reload")
    started = time.perf_counter()
    thread.start()
    i = 0
    while thread.is_alive():
        due = started + i / PACED_RATE if paced else time.perf_counter()
        if paced:
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
        begin = time.perf_counter()
        ms, _ = _time_ask(service, cycle[i % len(cycle)])
        samples.append((begin, ms, (time.perf_counter() - due) * 1e3))
        i += 1
    thread.join()
    finished = time.perf_counter()
    reload_s = outcome["report"].seconds if "report" in outcome else float("nan")
    out: dict[str, Any] = {
        "paced_rate_per_s": PACED_RATE if paced else None,
        "reload_s": reload_s,
        "wall_s": finished - started,
        "error": outcome.get("error"),
        "before": _stats(baseline),
        "during": _stats([ms for _, ms, _ in samples]),
        "split": timeline.split(started, finished),
    }
    if paced:
        out["during_response"] = _stats([resp for _, _, resp in samples])
    out["isolated"] = not timeline.parse  # built in another process: no stages seen here
    seconds = timeline.stage_seconds(started, finished)
    for stage in () if out["isolated"] else ("parse", "build", "save"):
        picked = [s for s in samples if timeline.stage_at(s[0]) == stage]
        out[f"during_{stage}"] = {
            **_stats([ms for _, ms, _ in picked]),
            "stage_s": seconds[stage],
            # Back to back, this is how many questions a second the process could answer.
            "answered_per_s": len(picked) / seconds[stage] if seconds[stage] > 0 else 0.0,
        }
        if paced:
            out[f"during_{stage}_response"] = _stats([resp for _, _, resp in picked])
    worst = sorted(samples, key=lambda s: -s[2])[:10]
    out["worst"] = [
        {
            "at_s": begin - started,
            "stage": "reload" if out["isolated"] else timeline.stage_at(begin),
            "service_ms": ms,
            "response_ms": resp,
        }
        for begin, ms, resp in worst
    ]
    return out


def _renice_children(pid: int, done: set[int]) -> None:
    """Lowest CPU priority for every process the bot started (its index builder, workers)."""
    with contextlib.suppress(psutil.Error):
        for child in psutil.Process(pid).children(recursive=True):
            if child.pid not in done:
                with contextlib.suppress(psutil.Error):
                    child.nice(19)
                    done.add(child.pid)


def measure_bot_reload(
    data_dir: Path,
    index_dir: Path,
    queries: dict[str, list[str]],
    rate: float = PACED_RATE,
    nice_builder: bool = False,
) -> dict[str, Any]:
    """The real bot: questions at ``rate`` a second from distinct users, and a /reload.

    ``statements-bot run`` serves the saved index, with a fake Bot API server on loopback
    (both in their own processes, as ``bench/bot.py`` runs them). After a few seconds the
    admin sends /reload; questions keep coming until a few seconds after its report. Reply
    latency is from posting the update to the server recording the reply; the reload's
    questions are also cut in ten slices of its duration, to show when answers slowed.
    ``nice_builder`` gives the bot's child processes (index builder, parse workers) the
    lowest CPU priority, to see what sharing two cores with the build costs.
    """
    bench_bot = bench_bot_module()
    admin = 1
    os.environ.update(ADMIN_IDS=str(admin), INDEX_DIR=str(index_dir))
    cycle = _query_cycle(queries)
    server = bench_bot.Server()
    try:
        bot = bench_bot.Bot(server, data_dir, rate_limit="0")
        try:
            since = cursor = server.get("/_control/stats")["sent"]
            asked: dict[int, float] = {}  # chat -> when its question was posted
            reload_at = reload_done = None
            reniced: set[int] = set()
            start = time.time()
            i = 0
            settle = 5.0
            while True:
                now = time.time()
                if reload_at is None and now - start >= settle:
                    server.post("/_control/private_text", {"user_id": admin, "text": "/reload"})
                    reload_at = time.time()
                if reload_at is not None and reload_done is None and i % 10 == 0:
                    if nice_builder:
                        _renice_children(bot.proc.pid, reniced)
                    page = server.get(f"/_control/sent?since={cursor}")  # only what is new
                    cursor = page["next"]
                    done = [r["at"] for r in page["sent"] if r["message"]["chat"]["id"] == admin]
                    reload_done = done[0] if done else None
                if reload_done is not None and now - reload_done >= settle:
                    break
                if now - start > 900:
                    raise RuntimeError("the bot's /reload did not report within 15 minutes")
                due = start + i / rate
                if due > now:
                    time.sleep(due - now)
                user = 100_000 + i  # one question per user: the per-user limit never applies
                asked[user] = time.time()
                server.post(
                    "/_control/private_text", {"user_id": user, "text": cycle[i % len(cycle)]}
                )
                i += 1
            server.get(f"/_control/wait?sent={since + len(asked) + 1}&timeout=60", timeout=70)
            sent = server.get(f"/_control/sent?since={since}")["sent"]
        finally:
            bot.stop()
    finally:
        server.stop()
    replied: dict[int, float] = {}
    for record in sent:
        replied.setdefault(int(record["message"]["chat"]["id"]), record["at"])
    assert reload_at is not None and reload_done is not None
    phases: dict[str, list[float]] = {"before": [], "during": [], "after": []}
    for user, at in asked.items():
        phase = "before" if at < reload_at else "during" if at < reload_done else "after"
        if user in replied:
            phases[phase].append((replied[user] - at) * 1e3)
    slices: list[list[float]] = [[] for _ in range(10)]
    span = reload_done - reload_at
    for user, at in asked.items():
        if reload_at <= at < reload_done and user in replied:
            slices[min(9, int((at - reload_at) / span * 10))].append((replied[user] - at) * 1e3)
    return {
        "rate_per_s": rate,
        "nice_builder": nice_builder,
        "questions": len(asked),
        "lost": sum(1 for user in asked if user not in replied),
        "reload_s": span,
        **{phase: _stats(values) for phase, values in phases.items()},
        "during_tenths": [_stats(values) for values in slices],
    }


class _StallTrace:
    """Where the reload thread was when this process stopped answering for a while.

    A watcher thread sleeps 1 ms at a time; when it wakes up late (it waited for the GIL, or
    a collection ran), it records how late and the reload thread's innermost project frames:
    the GIL is handed over right after the long call returns, so they name the culprit. Also
    records every garbage collection of 10 ms or more, and which thread paid for it. The
    watcher competes for the GIL itself, so this runs apart from the timed reloads.
    """

    def __init__(self, threshold_ms: float = 20.0) -> None:
        self.threshold_ms = threshold_ms
        self.stalls: list[dict[str, Any]] = []
        self.collections: list[dict[str, Any]] = []
        self._gc_start = 0.0
        self._stop = threading.Event()

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
            return
        ms = (time.perf_counter() - self._gc_start) * 1e3
        if ms >= 10:
            self.collections.append(
                {
                    "generation": info["generation"],
                    "start": self._gc_start,
                    "ms": ms,
                    "collected": info["collected"],
                    "thread": threading.current_thread().name,
                }
            )

    @staticmethod
    def _where(thread: threading.Thread) -> str:
        frame = sys._current_frames().get(thread.ident or -1)
        sites = []
        while frame is not None and len(sites) < 3:
            name = Path(frame.f_code.co_filename)
            if name.parent in (ROOT / "retrieval", ROOT / "bot"):
                sites.append(f"{Path(name).name}:{frame.f_lineno} {frame.f_code.co_name}")
            frame = frame.f_back
        return " < ".join(sites) or "(outside the project)"

    def run(self, service: AnswerService, clock: _Clock) -> dict[str, Any]:
        """Reload in a thread under the watcher; the stalls grouped by site."""
        timeline = clock.timeline = _Timeline()
        reload = threading.Thread(target=service.reload, name="reload")
        gc.callbacks.append(self._on_gc)
        started = time.perf_counter()
        reload.start()
        try:
            while reload.is_alive():
                before = time.perf_counter()
                time.sleep(0.001)
                late_ms = (time.perf_counter() - before) * 1e3 - 1.0
                if late_ms >= self.threshold_ms:
                    self.stalls.append(
                        {"at": before, "late_ms": late_ms, "where": self._where(reload)}
                    )
            reload.join()
        finally:
            gc.callbacks.remove(self._on_gc)
        for stall in self.stalls:  # stages are known once the reload is over
            stall["stage"] = timeline.stage_at(stall["at"])
            # A collection that filled most of the stall is the cause, wherever the thread was.
            end = stall["at"] + (stall["late_ms"] + 1.0) / 1e3
            for c in self.collections:
                overlap = min(end, c["start"] + c["ms"] / 1e3) - max(stall["at"], c["start"])
                if overlap * 1e3 >= stall["late_ms"] / 2:
                    stall["detail"] = f"in thread {c['thread']}; reload at {stall['where']}"
                    stall["where"] = f"garbage collection, generation {c['generation']}"
            stall["at_s"] = stall.pop("at") - started
        for c in self.collections:
            c["at_s"] = c.pop("start") - started
        sites: dict[str, dict[str, Any]] = {}
        for stall in self.stalls:
            site = sites.setdefault(stall["where"], {"count": 0, "total_ms": 0.0, "max_ms": 0.0})
            site["count"] += 1
            site["total_ms"] += stall["late_ms"]
            site["max_ms"] = max(site["max_ms"], stall["late_ms"])
        return {
            "threshold_ms": self.threshold_ms,
            "seconds": time.perf_counter() - started,
            "split": timeline.split(started, time.perf_counter()),
            "stalls": len(self.stalls),
            "sites": dict(sorted(sites.items(), key=lambda kv: -kv[1]["max_ms"])),
            "worst": sorted(self.stalls, key=lambda s: -s["late_ms"])[:15],
            "collections": sorted(self.collections, key=lambda c: -c["ms"])[:15],
        }


# --- report --------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """The machine and the versions that matter."""
    return describe(("numpy", "numba", "PyStemmer"), missing="-")


def _f(value: Any, digits: int = 2) -> str:
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _build_lines(results: dict[str, Any]) -> list[str]:
    """Machine, corpus, and the build's table (with the fresh-process start)."""
    m = results["machine"]
    corpus, build, ready = results["corpus"], results["build"], results.get("ready", {})
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM; Python {m['python']}, "
        f"numpy {m['numpy']}, numba {m['numba']}, PyStemmer {m['PyStemmer']}; load average "
        f"{results.get('load_at_start', '?')} at the start.",
        "",
        f"Corpus: {corpus['passages']:,} passages in {corpus['files']:,} files "
        f"({corpus['megabytes']:.0f} MB, written in {corpus['seconds']:.1f} s); loaded "
        f"{build['documents']:,} documents, {build['passages']:,} passages, "
        f"{build['speakers']} speakers, {len(build['rejected'])} rejected.",
        "",
        "| build (`AnswerService.reload()`) | value |",
        "|---|--:|",
        f"| total s | {_f(build['seconds'])} |",
    ]
    for key, value in build["split"].items():
        lines.append(f"| · {key.replace('_', ' ')} | {_f(value)} |")
    lines += [
        f"| data_key alone (hash of the files, warm cache) s | {_f(build['data_key_s'])} |",
        f"| peak RSS MB (this process; RSS before {_f(build['rss_before_mb'], 0)}) "
        f"| {_f(build['peak_rss_mb'], 0)} |",
        f"| RSS after MB | {_f(build['rss_after_mb'], 0)} |",
        f"| parse workers' peak RSS MB (largest child) | {_f(build['workers_peak_rss_mb'], 0)} |",
    ]
    if "workers_cpu_s" in build:  # runs saved before these were measured have none
        lines.append(
            f"| CPU s: parse workers / building process (user + system) "
            f"| {_f(build['workers_cpu_s'])} / {_f(build['builder_cpu_s'])} |"
        )
    lines += [
        f"| saved index on disk MB | {_f(build['index_disk_mb'], 0)} |",
    ]
    if ready:
        lines += [
            f"| ready: fresh process to first answer s (inside: start + ask "
            f"{_f(ready['first_answer_s'])}) | {_f(ready['first_answer_wall_s'])} |",
            f"| ready: RSS after first answer MB (after all queries "
            f"{_f(ready['rss_after_queries_mb'], 0)}) "
            f"| {_f(ready['rss_after_first_answer_mb'], 0)} |",
            f"| ready: loaded_from_disk | {ready['loaded_from_disk']} |",
        ]
    return lines


_QUERY_ROWS = (
    ("ask_plain", "`ask` plain"),
    ("ask_speaker", "`ask` speaker filter"),
    ("ask_date", "`ask` date filter"),
    ("engine_top_k", "`engine.top_k` only (plain)"),
    ("engine_top_k_role_mask", "`engine.top_k` + role mask (plain)"),
)


def _query_lines(results: dict[str, Any]) -> list[str]:
    """Latency of each kind of question, on the built index and on the saved one."""
    lines = [
        "",
        f"| query path (k={K}) | built index p50 ms | p99 ms | max ms | saved index (mmap) "
        "p50 ms | p99 ms | max ms | answered |",
        "|---|--:|--:|--:|--:|--:|--:|--:|",
    ]
    built_q = results["queries_built"]
    loaded_q = results.get("ready", {}).get("queries", {})
    for key, label in _QUERY_ROWS:
        a, b = built_q[key], loaded_q.get(key, {})
        lines.append(
            f"| {label} | {_f(a['p50_ms'], 3)} | {_f(a['p99_ms'], 3)} | {_f(a['max_ms'], 1)} | "
            f"{_f(b.get('p50_ms', '-'), 3)} | {_f(b.get('p99_ms', '-'), 3)} | "
            f"{_f(b.get('max_ms', '-'), 1)} | {a.get('answered', '-')} |"
        )
    return lines


def _reload_lines(results: dict[str, Any]) -> list[str]:
    """Questions answered while ``reload()`` runs in a thread, one table per run."""
    lines: list[str] = []
    for key, title in (
        ("reload_back_to_back", "back to back"),
        ("reload_paced", f"paced {PACED_RATE:.0f}/s"),
        ("thread_reload_back_to_back", "back to back"),
        ("thread_reload_paced", f"paced {PACED_RATE:.0f}/s"),
    ):
        run = results.get(key)
        if not run:
            continue
        how = (
            "the service builds in another process"
            if run.get("isolated", False)
            else "built in the reload thread"
        )
        lines += [
            "",
            f"`reload()` in a thread while answering ({title}; {how}): reload "
            f"{_f(run['reload_s'])} s" + (f", error {run['error']}" if run["error"] else ""),
            "",
            "| questions | n | p50 ms | p99 ms | max ms |",
            "|---|--:|--:|--:|--:|",
        ]
        for label, k in _reload_rows(run):
            s = run[k]
            extra = ""
            if "stage_s" in s:
                extra = f" ({_f(s['stage_s'], 1)} s, {_f(s['answered_per_s'], 0)} answered/s)"
            lines.append(
                f"| {label}{extra} | {s['n']} | {_f(s['p50_ms'], 2)} | {_f(s['p99_ms'], 2)} | "
                f"{_f(s['max_ms'], 1)} |"
            )
    return lines


def _reload_rows(run: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [("before the reload", "before"), ("during the reload", "during")]
    if "during_response" in run:
        rows.append(("during, from due time (response)", "during_response"))
    for stage in ("parse", "build", "save"):
        if f"during_{stage}" not in run:
            continue
        rows.append((f"· during {stage}", f"during_{stage}"))
        if f"during_{stage}_response" in run:
            rows.append((f"· during {stage}, response", f"during_{stage}_response"))
    return rows


def _bot_lines(results: dict[str, Any]) -> list[str]:
    """The real bot's reply latency around a /reload."""
    lines: list[str] = []
    for key in ("bot_reload", "bot_reload_rerun", "bot_reload_nice"):
        run = results.get(key)
        if not run:
            continue
        lines += [
            "",
            f"The real bot (`statements-bot run`, fake Bot API on loopback): questions from "
            f"distinct users at {run['rate_per_s']:.0f}/s, /reload from the admin after 5 s; "
            f"reload {_f(run['reload_s'])} s, {run['questions']} questions, {run['lost']} lost"
            + ("; builder processes at nice 19" if run.get("nice_builder") else ""),
            "",
            "| reply latency | n | p50 ms | p99 ms | max ms |",
            "|---|--:|--:|--:|--:|",
        ]
        rows = [(f"asked {phase} the reload", run[phase]) for phase in ("before", "during")]
        rows += [
            (f"· in tenth {i + 1} of the reload", tenth)
            for i, tenth in enumerate(run.get("during_tenths", []))
        ]
        rows.append(("asked after the reload", run["after"]))
        for label, s in rows:
            lines.append(
                f"| {label} | {s['n']} | {_f(s['p50_ms'], 1)} | "
                f"{_f(s['p99_ms'], 1)} | {_f(s['max_ms'], 1)} |"
            )
    return lines


def _stall_lines(results: dict[str, Any]) -> list[str]:
    """What blocked answering during one more reload (``--trace-stalls``)."""
    stalls = results.get("stall_trace")
    if not stalls:
        return []
    lines = [
        "",
        f"Stall trace (one more reload; a watcher thread woke {stalls['threshold_ms']:.0f} ms "
        f"or more late {stalls['stalls']} times). Where the reload thread was:",
        "",
        "| site | count | max ms | total ms |",
        "|---|--:|--:|--:|",
    ]
    if not stalls["sites"]:
        lines.append("| none | 0 | - | - |")
    for site, info in list(stalls["sites"].items())[:10]:
        lines.append(
            f"| `{site}` | {info['count']} | {_f(info['max_ms'], 0)} | {_f(info['total_ms'], 0)} |"
        )
    if stalls["collections"]:
        worst = stalls["collections"][0]
        lines.append(
            f"\nGarbage collections of 10 ms or more: {len(stalls['collections'])}; the "
            f"longest {_f(worst['ms'], 0)} ms (generation {worst['generation']}, in thread "
            f"{worst['thread']})."
        )
    return lines


def markdown(results: dict[str, Any]) -> str:
    """The results as Markdown tables."""
    parts = (_build_lines, _query_lines, _reload_lines, _bot_lines, _stall_lines)
    return "\n".join(line for part in parts for line in part(results))


def _parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200, help="of each kind")
    parser.add_argument("--data-dir", type=Path, help="keep the generated corpus here")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=None, help="parse processes")
    parser.add_argument("--skip-reload", action="store_true", help="no reload-while-answering")
    parser.add_argument(
        "--bot",
        action="store_true",
        help="also /reload the real bot (statements-bot run, fake Bot API) under questions",
    )
    parser.add_argument(
        "--nice-builder",
        action="store_true",
        help="with --bot: once more, the bot's index builder and workers at nice 19",
    )
    parser.add_argument(
        "--compare-thread",
        action="store_true",
        help="also reload with the build in the reloading thread (the pre-builder-process way)",
    )
    parser.add_argument(
        "--render", type=Path, metavar="JSON", help="only print the tables of a saved run"
    )
    parser.add_argument(
        "--trace-stalls",
        action="store_true",
        help="one more reload under a watcher that names what blocks answering",
    )
    return parser.parse_args(argv)


def _generate(args: argparse.Namespace, work: Path, results: dict[str, Any]) -> tuple[Path, Any]:
    """Write the corpus and the queries; returns the data folder and the queries."""
    data_dir = args.data_dir or work / "data"
    vocab = build_vocabulary(VOCABULARY, seed=args.seed)
    if data_dir.exists() and any(data_dir.glob("*.txt")):
        raise SystemExit(f"{data_dir} already holds transcripts; give an empty folder")
    corpus = write_corpus(data_dir, args.passages, vocab, seed=args.seed)
    results["corpus"] = corpus.__dict__
    print(
        f"corpus: {corpus.passages:,} passages in {corpus.files:,} files, "
        f"{corpus.megabytes:.0f} MB, {corpus.seconds:.1f} s",
        flush=True,
    )
    queries = make_queries(vocab, args.queries, seed=args.seed + 1)
    results["query_examples"] = {k: v[:3] for k, v in queries.items()}
    return data_dir, queries


def _build_and_serve(
    args: argparse.Namespace, data_dir: Path, work: Path, queries: Any, results: dict[str, Any]
) -> tuple[AnswerService, _Clock]:
    """The first build, queries on it, and a fresh process serving the saved index."""
    index_dir = work / "index"
    build, service, clock = measure_build(data_dir, index_dir, args.workers)
    results["build"] = build
    print(
        f"build: {build['seconds']:.1f} s {build['split']}, "
        f"peak {build['peak_rss_mb']:.0f} MB, rejected {len(build['rejected'])}",
        flush=True,
    )
    if build["rejected"]:
        print("REJECTED:", *build["rejected"][:20], sep="\n  ", flush=True)
    if build["passages"] != results["corpus"]["passages"]:
        print(f"WARNING: loaded {build['passages']:,} passages", flush=True)
    results["queries_built"] = measure_queries(service, queries)
    print(f"queries (built index): {results['queries_built']}", flush=True)
    queries_file = work / "queries.json"
    queries_file.write_text(json.dumps(queries), "utf-8")
    results["ready"] = measure_ready(data_dir, index_dir, queries_file)
    print(
        f"ready: {results['ready']['first_answer_wall_s']:.2f} s, loaded_from_disk="
        f"{results['ready']['loaded_from_disk']}",
        flush=True,
    )
    return service, clock


def _reloads(
    args: argparse.Namespace,
    service: AnswerService,
    clock: _Clock,
    queries: Any,
    results: dict[str, Any],
) -> None:
    """Reloads while answering: in another process, and (optionally) in the thread itself."""
    if not args.skip_reload:
        for key, paced in (("reload_back_to_back", False), ("reload_paced", True)):
            results[key] = measure_reload_while_answering(service, clock, queries, paced)
            print(f"{key}: {results[key]}", flush=True)
    if args.compare_thread:
        # Built in the calling thread, as every reload was before reloads moved to a builder
        # process (the same streamed build).
        threaded = AnswerService(
            service.data_dir,
            index_dir=service.index_dir,
            progress=clock.on_index,
            parse_progress=clock.on_parse,
            workers=args.workers,
            build_in_process=False,
        )
        threaded.start()
        for key, paced in (("thread_reload_back_to_back", False), ("thread_reload_paced", True)):
            results[key] = measure_reload_while_answering(threaded, clock, queries, paced)
            print(f"{key}: {results[key]}", flush=True)
    if args.trace_stalls:
        results["stall_trace"] = _StallTrace().run(service, clock)
        print(f"stall trace: {json.dumps(results['stall_trace'], indent=1)}", flush=True)


def _save(results: dict[str, Any], passages: int) -> None:
    table = markdown(results)
    print()
    print(table)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    out = RESULTS_DIR / f"scale_{passages}.json"
    out.write_text(json.dumps(results, indent=2, default=str))
    (RESULTS_DIR / f"scale_{passages}.md").write_text(table + "\n")
    print(f"\nwrote {out}")


def main(argv: list[str] | None = None) -> int:
    """Generate, build, serve, query and reload; print and save the results."""
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] == "--_ready":
        _ready_child(Path(argv[1]), Path(argv[2]), Path(argv[3]))
        return 0
    args = _parse_args(argv)
    if args.render:
        print(markdown(json.loads(args.render.read_text("utf-8"))))
        return 0
    os.environ.setdefault("NUMBA_NUM_THREADS", "1")
    results: dict[str, Any] = {
        "machine": machine(),
        "passages_requested": args.passages,
        "load_at_start": [round(x, 2) for x in os.getloadavg()],
    }
    print(f"machine: {results['machine']}; load {results['load_at_start']}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as work_dir:
        work = Path(work_dir)
        data_dir, queries = _generate(args, work, results)
        service, clock = _build_and_serve(args, data_dir, work, queries, results)
        _reloads(args, service, clock, queries, results)
        if args.bot:
            index_dir = service.index_dir
            assert index_dir is not None
            del service  # the bot runs in its own process; free this one's index
            gc.collect()
            results["bot_reload"] = measure_bot_reload(data_dir, index_dir, queries)
            print(f"bot reload: {results['bot_reload']}", flush=True)
            if args.nice_builder:
                results["bot_reload_nice"] = measure_bot_reload(
                    data_dir, index_dir, queries, nice_builder=True
                )
                print(f"bot reload, builder niced: {results['bot_reload_nice']}", flush=True)
        if args.data_dir is None:
            shutil.rmtree(data_dir, ignore_errors=True)
    _save(results, args.passages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
