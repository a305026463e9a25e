"""The answer service: one place that owns the corpus, the index and their reloads.

Both the Telegram bot and the command line talk to this class, so ``statements-bot ask`` prints
what the bot would say. It holds no Telegram types.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import hashlib
import json
import logging
import multiprocessing
import multiprocessing.process
import os
import shutil
import stat
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import numpy as np

import retrieval.passages
from retrieval.corpus import (
    MAX_FILE_BYTES,
    CorpusError,
    LoadedCorpus,
    Rejected,
    check_data_dir,
    load_corpus,
)
from retrieval.indexing import build_from_folder
from retrieval.passages import Document, Language, Passage
from retrieval.query import ParsedQuery
from retrieval.search import (
    DocumentSummary,
    SavedIndexError,
    SearchIndex,
    SearchResult,
    replace_directory,
)
from retrieval.trend import Trend, TrendCounter
from retrieval.verify import Verification, verify_quote
from retrieval.versions import matching_passage

logger = logging.getLogger(__name__)

#: How many recent query latencies /stats keeps for its percentiles.
LATENCY_WINDOW = 2000
#: Trend charts kept (about 30 KB each as PNG).
CHART_CACHE_SIZE = 32


@dataclass(frozen=True, slots=True)
class ReloadReport:
    """What a (re)load changed: counts, what was skipped and why, and how long it took."""

    documents: int
    passages: int
    speakers: int
    documents_added: tuple[str, ...]
    documents_removed: tuple[str, ...]
    passages_added: int
    passages_removed: int
    rejected: tuple[Rejected, ...]
    kept_previous: tuple[str, ...]
    seconds: float
    #: Ids of the passages the previous index did not hold (empty on a first load, when
    #: nothing is new to anyone): what watches are run against.
    added_passage_ids: tuple[str, ...] = ()


@dataclass(slots=True)
class ServiceStats:
    """Counters for /stats."""

    queries: int = 0
    answered: int = 0
    latencies_ms: deque[float] = field(default_factory=lambda: deque(maxlen=LATENCY_WINDOW))
    last_reload: float | None = None
    last_report: ReloadReport | None = None

    def percentile(self, q: float) -> float | None:
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


#: Called after every successful reload with its report (see AnswerService.add_reload_listener).
ReloadListener = Callable[[ReloadReport], None]


@dataclass(frozen=True, slots=True)
class CorpusChange:
    """The passages new to the corpus in one change, over one snapshot of the index.

    Everything is asked of the same snapshot, so a reload that swaps meanwhile cannot mix
    rows of two indexes.

    Attributes:
        index: The serving index when the change was taken.
        within: Row mask of the new passages.
        documents: Every document id the index holds.
    """

    index: SearchIndex
    within: np.ndarray
    documents: frozenset[str]

    @property
    def passages(self) -> int:
        return int(self.within.sum())

    def search(self, query: str | ParsedQuery, k: int) -> SearchResult:
        """The new passages that answer ``query``, by the same rules as a question."""
        return self.index.search(query, k=k, within=self.within)

    def first_passages_by_document(self, query: ParsedQuery) -> list[Passage]:
        """For each document with new passages passing the query's filters (a speaker, a
        language...), the first of them, in corpus order."""
        firsts: dict[str, Passage] = {}
        for row in self.index.filtered_rows(query, self.within):
            passage = self.index.passages[int(row)]
            firsts.setdefault(passage.doc_id, passage)
        return list(firsts.values())


class ReloadInProgress(RuntimeError):
    """Another reload is already running."""


class ReloadFailed(RuntimeError):
    """The index could not be rebuilt; the index that served before keeps serving."""


#: Per-file content digests known from the last save: name -> [size, mtime_ns, inode, digest].
Digests = dict[str, list[int | str]]


def data_key(data_dir: Path, *, salt: str = "", digests: Digests | None = None) -> str:
    """A hash of every transcript file in the folder (names and bytes) and of the code that
    turns them into an index, so a saved index is used only for exactly what it was built from.

    It reads only what the loader would read: regular files (or links to regular files inside
    the folder) up to the loader's size limit. Anything else (a FIFO, a device, a link leading
    out, an oversized file) counts by its name, kind and size, and is never opened.

    ``digests`` (updated in place) lets a file whose size, mtime and inode are unchanged skip
    being read again: hashing a million passages' files costs a second at every start.
    """
    digest = hashlib.blake2b(digest_size=16)
    digest.update(salt.encode())
    code = Path(retrieval.passages.__file__).parent
    for source in sorted(code.rglob("*.py")):  # the transcript parser is a package of its own
        digest.update(source.relative_to(code).as_posix().encode())
        digest.update(source.read_bytes())
    try:
        root = data_dir.resolve(strict=True)
        # Directory entries know whether they are links without a system call, and names
        # sort as the paths of one folder do: a million passages' files list in a fraction
        # of the time paths took.
        with os.scandir(data_dir) as listing:
            entries = sorted(
                (e for e in listing if e.name.lower().endswith(".txt")), key=lambda e: e.name
            )
    except OSError as exc:
        raise CorpusError(f"cannot read data folder {data_dir}: {exc.strerror or exc}") from None
    for entry in entries:
        digest.update(b"\x00" + entry.name.encode("utf-8", "surrogateescape") + b"\x00")
        digest.update(_file_fingerprint(entry, root, digests))
    return digest.hexdigest()


def _file_fingerprint(entry: os.DirEntry[str], root: Path, digests: Digests | None = None) -> bytes:
    path = Path(entry.path)
    try:
        if entry.is_symlink() and not path.resolve().is_relative_to(root):
            return b"link-out:" + os.fsencode(os.readlink(path))
        info = entry.stat()
        if not stat.S_ISREG(info.st_mode):
            return f"special:{stat.S_IFMT(info.st_mode)}".encode()
        if info.st_size > MAX_FILE_BYTES:
            return f"oversize:{info.st_size}:{info.st_mtime_ns}".encode()
        seen = [info.st_size, info.st_mtime_ns, info.st_ino]
        known = digests.get(entry.name) if digests is not None else None
        if known is not None and known[:3] == seen:
            return bytes.fromhex(str(known[3]))
        content = hashlib.blake2b(digest_size=16)
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                content.update(chunk)
        if digests is not None:
            digests[entry.name] = [*seen, content.hexdigest()]
        return content.digest()
    except (OSError, RuntimeError) as exc:  # unreadable now: the key must still change with it
        return f"unreadable:{getattr(exc, 'errno', None)}".encode()


@dataclass(frozen=True, slots=True)
class BuildPlan:
    """What one build reads and where it is saved; picklable, so a builder process can take it.

    Attributes:
        data_dir: The transcripts folder.
        save_to: Where the new index will be saved (None: it stays in memory).
        previous_dir: The saved index being replaced: its file digests spare re-reading
            unchanged files.
        workers: Processes that parse (and analyse) a large folder.
        factory: Builds a :class:`SearchIndex` from documents; None streams the folder
            through :func:`~retrieval.indexing.build_from_folder` instead, which gives the
            index ``SearchIndex(documents)`` gives in less memory.
    """

    data_dir: Path
    save_to: Path | None
    previous_dir: Path | None
    workers: int
    factory: Callable[..., SearchIndex] | None = None


@dataclass(frozen=True, slots=True)
class Built:
    """A new index, what it was built from (``key``, ``digests``) and what changed."""

    index: SearchIndex
    key: str
    digests: Digests
    report: ReloadReport

    def save(self, directory: Path) -> None:
        """Save the index with its file report and digests (a restart then loads it)."""
        self.index.save(directory, self.key)
        _write_rejected(directory, self.report.rejected)
        _write_digests(directory, self.digests)


def build_index(
    plan: BuildPlan,
    old: SearchIndex | None,
    *,
    progress: Callable[[int, int], None] | None = None,
    parse_progress: Callable[[int, int], None] | None = None,
) -> Built:
    """The one reload pipeline: hash the files, load them, keep what broke, build, report.

    Every build runs exactly this and then :meth:`Built.save`, whether in the serving process
    (the first build) or in a builder process (a reload while an index serves).

    Args:
        plan: What to read, and whether the result will be saved (then its key is computed).
        old: The index serving until now, if any: a document that loaded before but is now
            rejected keeps its previous version, and the report counts what changed.
        progress: Called with (done, total) passages while the index builds.
        parse_progress: Called with (done, total) files while transcripts are parsed.

    Returns:
        The new index with its key ("" if it will not be saved) and report (whose
        ``seconds`` is left to the caller, who knows when the reload began).

    Raises:
        retrieval.corpus.CorpusError: The data folder is missing or unreadable.
    """
    digests = _read_digests(plan.previous_dir) if plan.previous_dir is not None else {}
    hashing: concurrent.futures.Future[str] | None = None
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="data-key") as pool:
        if plan.save_to is not None:
            # The files are hashed (in C, mostly outside the GIL) while the parse workers
            # start and run, instead of before them: a second less at a million passages.
            hashing = pool.submit(data_key, plan.data_dir, digests=digests)
        if plan.factory is None:
            index, rejected, kept = build_from_folder(
                plan.data_dir,
                previous=old,
                workers=plan.workers,
                parse_progress=parse_progress,
                progress=progress,
            )
        else:
            loaded = load_corpus(plan.data_dir, workers=plan.workers, progress=parse_progress)
            documents, kept = _merge_with_previous(loaded, old)
            index = plan.factory(documents, progress=progress)
            rejected = loaded.rejected
        key = hashing.result() if hashing is not None else ""
    return Built(index, key, digests, _report(old, index, rejected, kept, 0.0))


class AnswerService:
    """Answers questions over the transcripts in one data folder.

    Args:
        data_dir: The folder of ``*.txt`` transcripts.
        index_dir: Where the built index is saved and looked for (None: never saved, and
            every build runs in this process).
        index_factory: Builds a :class:`SearchIndex` from parsed documents, for tests and
            benchmarks that swap parameters; it must be picklable, since reloads run it in a
            builder process. None (the default): the streamed build, which gives the same
            index as ``SearchIndex`` in less memory (:mod:`retrieval.indexing`).
        progress: Called with (done, total) passages while an index builds in this process.
        parse_progress: Called with (done, total) files while transcripts are parsed here.
        workers: Processes that parse a large folder (default: one per core).
        build_in_process: Build reloads in a separate process while an index serves (the
            default, as the bot runs); False builds them in the calling thread.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        index_dir: Path | None = None,
        index_factory: Callable[..., SearchIndex] | None = None,
        progress: Callable[[int, int], None] | None = None,
        parse_progress: Callable[[int, int], None] | None = None,
        workers: int | None = None,
        build_in_process: bool = True,
    ) -> None:
        self.data_dir = Path(data_dir)
        self._parse_progress = parse_progress
        self._workers = workers if workers is not None else (os.cpu_count() or 1)
        self.index_dir = Path(index_dir) if index_dir else None
        self._factory = index_factory
        self._progress = progress
        self._build_in_process = build_in_process
        self._reload_lock = threading.Lock()
        self.stats = ServiceStats()
        self._index: SearchIndex | None = None
        self.rejected: tuple[Rejected, ...] = ()
        self.loaded_from_disk = False
        self._builder: multiprocessing.process.BaseProcess | None = None
        self._trends: TrendCounter | None = None
        self._charts: dict[tuple[Trend, Language], bytes] = {}
        self._charts_lock = threading.Lock()
        self._listeners: list[ReloadListener] = []

    # --- what changed -------------------------------------------------------------------------

    def add_reload_listener(self, listener: ReloadListener) -> None:
        """Call ``listener(report)`` after every successful :meth:`reload`, whoever started it
        (``/reload``, an upload, an import, a feed round, ``start()`` building afresh).

        It runs in the thread that reloaded, after the new index serves: it should be quick
        and thread-safe (hand the report to an event loop or a queue). An exception it raises
        is logged and never undoes the reload.
        """
        self._listeners.append(listener)

    def remove_reload_listener(self, listener: ReloadListener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def corpus_change(
        self, added_passage_ids: Iterable[str] = (), known_documents: Iterable[str] = ()
    ) -> CorpusChange:
        """The serving index's new passages: those named (a report's ``added_passage_ids``)
        and every passage of a document not in ``known_documents``."""
        index = self.index  # one snapshot for the whole change
        documents = frozenset(index.document_ids())
        unknown = documents - set(known_documents)
        within = index.scope(added_passage_ids, unknown)
        return CorpusChange(index, within, documents)

    # --- the serving index --------------------------------------------------------------------

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self.start()
        assert self._index is not None  # start() either set it or raised
        return self._index

    @property
    def loaded(self) -> bool:
        return self._index is not None

    def start(self) -> ReloadReport:
        """Serve the saved index when it matches the data folder; otherwise build (and save)."""
        if self.index_dir is not None and self._index is None:
            started = time.perf_counter()
            digests = _read_digests(self.index_dir)
            with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="data-key") as pool:
                # The files are hashed while the saved index is read (its postings are
                # checked by compiled code that leaves the GIL); the key then decides
                # whether that index may serve.
                hashing = pool.submit(data_key, self.data_dir, digests=digests)
                try:
                    index: SearchIndex | None = SearchIndex.load(self.index_dir, None, prepare=True)
                    rejected = _read_rejected(self.index_dir)
                except SavedIndexError as exc:
                    index, why = None, str(exc)
                key = hashing.result()
            if index is not None and index.saved_key != key:
                index, why = None, "the saved index was built from other data or settings"
            if index is None:
                logger.info("building the index: %s", why)
            else:
                self._index, self.rejected, self.loaded_from_disk = index, rejected, True
                report = _report(None, index, rejected, (), time.perf_counter() - started)
                self.stats.last_reload, self.stats.last_report = time.time(), report
                logger.info("loaded the saved index from %s", self.index_dir)
                return report
        return self.reload()

    @staticmethod
    def _prepare_in_background(index: SearchIndex) -> None:
        # What only questions need (the bilingual lexicon) is analysed as soon as an index
        # serves, whichever way it was made: the first question would otherwise wait for it.
        threading.Thread(target=index.prepare, name="prepare-index", daemon=True).start()

    def reload(self) -> ReloadReport:
        """Re-read the data folder, build a new index beside the serving one, then swap.

        A document that loaded before but is now rejected keeps its previous version, so a
        reload never serves less than before; a file removed from the folder is removed.

        Raises:
            ReloadInProgress: A reload is already running.
            ReloadFailed: The builder process failed; nothing is swapped.
            retrieval.corpus.CorpusError: The data folder is missing; nothing is swapped.
        """
        if not self._reload_lock.acquire(blocking=False):
            raise ReloadInProgress("a reload is already running")
        try:
            started = time.perf_counter()
            # Before anything is made beside it: the default index folder lives inside the
            # data folder, and making room for a build must never recreate a vanished one.
            check_data_dir(self.data_dir)
            if self._in_builder():
                new, report = self._build_in_builder()
            else:
                new, report = self._build_here()
            report = dataclasses.replace(report, seconds=time.perf_counter() - started)
            self._index = new  # one reference assignment: readers see old or new, never a mix
            self._prepare_in_background(new)
            self.rejected = report.rejected
            self.loaded_from_disk = False
            self.stats.last_reload = time.time()
            self.stats.last_report = report
            for item in report.rejected:
                logger.warning("skipped %s: %s", item.name, item.reason)
            logger.info(
                "index ready: %d documents, %d passages in %.2fs",
                report.documents,
                report.passages,
                report.seconds,
            )
        finally:
            self._reload_lock.release()
        self._notify(report)
        return report

    def _notify(self, report: ReloadReport) -> None:
        for listener in list(self._listeners):
            try:
                listener(report)
            except Exception:  # a listener's bug must not turn a good reload into a failure
                logger.exception("reload listener %r failed", listener)

    def _in_builder(self) -> bool:
        # While an index serves, build in another process: parsing and analysis are pure
        # Python and would hold the GIL the serving thread needs (p99 > 700 ms at 100k
        # passages when built in a thread). The first build serves no one: do it here. The
        # new index comes back through its saved copy, so this needs an index folder.
        return self._build_in_process and self._index is not None and self.index_dir is not None

    def _plan(self, save_to: Path | None, previous_dir: Path | None) -> BuildPlan:
        return BuildPlan(self.data_dir, save_to, previous_dir, self._workers, self._factory)

    def _build_here(self) -> tuple[SearchIndex, ReloadReport]:
        plan = self._plan(self.index_dir, self.index_dir)
        built = build_index(
            plan, self._index, progress=self._progress, parse_progress=self._parse_progress
        )
        if self.index_dir is not None:
            try:
                built.save(self.index_dir)
            except (OSError, ValueError) as exc:
                # A read-only disk costs start-up time later, not answers now.
                logger.warning("could not save the index to %s: %s", self.index_dir, exc)
        return built.index, built.report

    def _build_in_builder(self) -> tuple[SearchIndex, ReloadReport]:
        assert self.index_dir is not None
        self.index_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(
            tempfile.mkdtemp(prefix=f".{self.index_dir.name}-build-", dir=self.index_dir.parent)
        )
        try:
            built = staging / "index"
            previous = self.index_dir if (self.index_dir / "index.json").exists() else None
            key, report = self._run_builder(self._plan(built, previous))
            new = SearchIndex.load(built, key)
            replace_directory(built, self.index_dir)  # a rename: the new index's maps stay valid
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return new, report

    def _run_builder(self, plan: BuildPlan) -> tuple[str, ReloadReport]:
        context = multiprocessing.get_context("spawn")
        receive, send = context.Pipe(duplex=False)
        builder = context.Process(target=_builder_main, args=(send, plan), name="index-builder")
        self._builder = builder
        builder.start()
        send.close()
        try:
            outcome = receive.recv()
        except EOFError:
            outcome = ("error", f"the index builder died (exit code {builder.exitcode})")
        finally:
            builder.join()
            self._builder = None
        if outcome[0] == "corpus":
            raise CorpusError(outcome[1])
        if outcome[0] != "ok":
            raise ReloadFailed(outcome[1])
        return outcome[1], outcome[2]

    def close(self) -> None:
        """Stop a build that is still running (the bot is shutting down)."""
        builder = self._builder
        if builder is not None and builder.is_alive():
            builder.terminate()

    # --- questions ----------------------------------------------------------------------------

    def ask(self, question: str, k: int = 3, offset: int = 0) -> SearchResult:
        """Search the serving index and count the query for /stats."""
        index = self.index  # one snapshot for the whole answer, even if a reload swaps meanwhile
        started = time.perf_counter()
        result = index.search(question, k=k, offset=offset)
        self.stats.latencies_ms.append((time.perf_counter() - started) * 1000)
        self.stats.queries += 1
        if result.hits:
            self.stats.answered += 1
        return result

    def verify(self, quote: str) -> Verification:
        """Check a quote against the serving index: exact, close (with differences) or not found."""
        return verify_quote(self.index, quote)

    def trend(self, query: str) -> Trend:
        """Mentions of one to three comma-separated terms per period, cached per query and index.

        Uses the index's analyzer: call it from the thread that answers questions.
        """
        index = self.index
        counter = self._trends
        if counter is None or counter.index is not index:  # a reload swapped the index
            counter = self._trends = TrendCounter(index)
        return counter.count(query)

    def trend_png(self, trend: Trend, language: Language = "en") -> bytes:
        """The chart of a trend as PNG, cached (a chart depends only on its counts and the
        language of its labels).

        Safe to call from a worker thread, so drawing does not hold up answering.

        Raises:
            ValueError: The trend has nothing to chart (``trend.reason`` is set).
        """
        if trend.reason is not None or not trend.periods:
            raise ValueError(f"nothing to chart: {trend.reason}")
        with self._charts_lock:
            png = self._charts.get((trend, language))
        if png is None:
            from bot.charts import render_trend_png  # matplotlib loads only when a chart is made

            png = render_trend_png(trend, language)
            with self._charts_lock:
                if len(self._charts) >= CHART_CACHE_SIZE:
                    self._charts.pop(next(iter(self._charts)))
                self._charts[(trend, language)] = png
        return png

    def passage(self, passage_id: str) -> Passage | None:
        return self.index.passage(passage_id)

    def other_version_language(self, passage: Passage) -> Language | None:
        """The language of the other-language version of a passage's document, if held."""
        return self.index.versions.other_language(passage.doc_id)

    def other_version(self, passage_id: str) -> Passage | None:
        """The passage of the event's other-language transcript that matches this one
        (:func:`retrieval.versions.matching_passage`); None when no other version is held.

        Uses the index's analyzer: call it from the thread that answers questions.
        """
        index = self.index  # one snapshot: the pair and both documents from the same index
        passage = index.passage(passage_id)
        other_id = index.versions.other(passage.doc_id) if passage is not None else None
        if passage is None or other_id is None:
            return None
        mine, theirs = index.document(passage.doc_id), index.document(other_id)
        if mine is None or theirs is None:
            return None
        return matching_passage(index.analyzer, passage, mine.passages, theirs.passages)

    def turn(self, passage_id: str) -> tuple[Passage, ...]:
        return self.index.turn(passage_id)

    def context(self, passage_id: str, radius: int = 1) -> tuple[Passage, ...]:
        return self.index.context(passage_id, radius)

    def speaker_in_document(self, passage_id: str) -> tuple[Passage, ...]:
        """All that a passage's speaker said in its document."""
        return self.index.speaker_in_document(passage_id)

    def documents_newest_first(self) -> list[DocumentSummary]:
        return sorted(
            self.index.document_summaries(),
            key=lambda d: (d.date.toordinal() if d.date else 0, d.id),
            reverse=True,
        )

    def document_count(self) -> int:
        """How many documents the serving index holds."""
        return self.index.document_count

    def speakers(self) -> list[tuple[str, int]]:
        """Speakers with their passage counts, most quoted first."""
        return self.index.speakers()

    def corpus_size(self) -> tuple[int, int, int]:
        """(documents, passages, speakers) in the serving index."""
        index = self.index
        return index.document_count, len(index.passages), len(index.speaker_names)


def _merge_with_previous(
    loaded: LoadedCorpus, old: SearchIndex | None
) -> tuple[tuple[Document, ...], tuple[str, ...]]:
    """The documents to index: those loaded now, plus the previous version of each file that
    loaded before but is rejected now; and the ids of those kept."""
    if old is None:
        return loaded.documents, ()
    fresh = {doc.id for doc in loaded.documents}
    rejected_ids = {Path(r.name).stem for r in loaded.rejected}
    kept = tuple(
        doc for doc_id in sorted(rejected_ids - fresh) if (doc := old.document(doc_id)) is not None
    )
    documents = tuple(
        sorted(
            loaded.documents + kept,
            key=lambda d: (d.date.toordinal() if d.date else 0, d.id),
        )
    )
    return documents, tuple(doc.id for doc in kept)


def _report(
    old: SearchIndex | None,
    new: SearchIndex,
    rejected: tuple[Rejected, ...],
    kept: tuple[str, ...],
    seconds: float,
) -> ReloadReport:
    old_docs = {d.id for d in old.document_summaries()} if old else set()
    new_docs = {d.id for d in new.document_summaries()}
    added_ids: tuple[str, ...] = ()
    if old is None:  # everything is new: no need to build a million-id set
        added, removed = len(new.passages), 0
    else:
        old_ids, new_ids = old.passage_ids(), new.passage_ids()
        added_ids = tuple(sorted(new_ids - old_ids))
        added, removed = len(added_ids), len(old_ids - new_ids)
    return ReloadReport(
        documents=new.document_count,
        passages=len(new.passages),
        speakers=len(new.speaker_names),
        documents_added=tuple(sorted(new_docs - old_docs)),
        documents_removed=tuple(sorted(old_docs - new_docs)),
        passages_added=added,
        passages_removed=removed,
        rejected=rejected,
        kept_previous=kept,
        seconds=seconds,
        added_passage_ids=added_ids,
    )


def _builder_main(conn: Connection, plan: BuildPlan) -> None:
    """In a builder process: run the pipeline, then send back the key and the report."""
    # Background work: on a busy machine the process that answers questions goes first
    # (the parse workers it starts inherit this).
    with contextlib.suppress(OSError):
        os.nice(10)
    try:
        old = None
        if plan.previous_dir is not None:
            with contextlib.suppress(SavedIndexError):
                old = SearchIndex.load(plan.previous_dir, None)
        assert plan.save_to is not None  # the index comes back through its saved copy
        built = build_index(plan, old)
        built.save(plan.save_to)
        conn.send(("ok", built.key, built.report))
    except CorpusError as exc:
        conn.send(("corpus", str(exc)))
    except Exception as exc:
        logger.exception("index build failed")
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _read_digests(index_dir: Path) -> Digests:
    try:
        payload = json.loads((index_dir / "files.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(payload, dict):
        return {}
    return {
        str(name): entry
        for name, entry in payload.items()
        if isinstance(entry, list) and len(entry) == 4
    }


def _write_digests(index_dir: Path, digests: Digests) -> None:
    (index_dir / "files.json").write_text(json.dumps(digests), "utf-8")


def _write_rejected(index_dir: Path, rejected: tuple[Rejected, ...]) -> None:
    payload = [{"name": r.name, "reason": r.reason} for r in rejected]
    # ASCII JSON: a file name that is not valid UTF-8 survives as an escape, not an error.
    (index_dir / "rejected.json").write_text(json.dumps(payload), "utf-8")


def _read_rejected(index_dir: Path) -> tuple[Rejected, ...]:
    try:
        payload = json.loads((index_dir / "rejected.json").read_text("utf-8"))
        return tuple(Rejected(str(r["name"]), str(r["reason"])) for r in payload)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SavedIndexError(f"the saved index's file report is unreadable: {exc}") from exc
