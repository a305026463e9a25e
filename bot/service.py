"""The answer service: one place that owns the corpus, the index and their reloads.

Both the Telegram bot and the command line talk to this class, so ``statements-bot ask`` prints
what the bot would say. It holds no Telegram types.
"""

from __future__ import annotations

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
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import retrieval.passages
from retrieval.corpus import MAX_FILE_BYTES, CorpusError, LoadedCorpus, Rejected, load_corpus
from retrieval.indexing import build_from_folder
from retrieval.passages import Document, Passage
from retrieval.search import DocumentSummary, SavedIndexError, SearchIndex, SearchResult

logger = logging.getLogger(__name__)

#: How many recent query latencies /stats keeps for its percentiles.
LATENCY_WINDOW = 2000


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
    for source in sorted(Path(retrieval.passages.__file__).parent.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    try:
        root = data_dir.resolve(strict=True)
        names = sorted(p for p in data_dir.iterdir() if p.name.lower().endswith(".txt"))
    except OSError as exc:
        raise CorpusError(f"cannot read data folder {data_dir}: {exc.strerror or exc}") from None
    for path in names:
        digest.update(b"\x00" + path.name.encode("utf-8", "surrogateescape") + b"\x00")
        digest.update(_file_fingerprint(path, root, digests))
    return digest.hexdigest()


def _file_fingerprint(path: Path, root: Path, digests: Digests | None = None) -> bytes:
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            return b"link-out:" + os.fsencode(os.readlink(path))
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return f"special:{stat.S_IFMT(info.st_mode)}".encode()
        if info.st_size > MAX_FILE_BYTES:
            return f"oversize:{info.st_size}:{info.st_mtime_ns}".encode()
        seen = [info.st_size, info.st_mtime_ns, info.st_ino]
        known = digests.get(path.name) if digests is not None else None
        if known is not None and known[:3] == seen:
            return bytes.fromhex(str(known[3]))
        content = hashlib.blake2b(digest_size=16)
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                content.update(chunk)
        if digests is not None:
            digests[path.name] = [*seen, content.hexdigest()]
        return content.digest()
    except (OSError, RuntimeError) as exc:  # unreadable now: the key must still change with it
        return f"unreadable:{getattr(exc, 'errno', None)}".encode()


class AnswerService:
    """Answers questions over the transcripts in one data folder.

    Args:
        data_dir: The folder of ``*.txt`` transcripts.
        index_dir: Where the built index is saved and looked for (None: never saved).
        index_factory: Builds a :class:`SearchIndex` from documents (tests and benchmarks swap
            parameters here).
        progress: Called with (done, total) passages while an index builds.
        parse_progress: Called with (done, total) files while transcripts are parsed.
        workers: Processes that parse a large folder (default: one per core).
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        index_dir: Path | None = None,
        index_factory: Callable[..., SearchIndex] = SearchIndex,
        progress: Callable[[int, int], None] | None = None,
        parse_progress: Callable[[int, int], None] | None = None,
        workers: int | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self._parse_progress = parse_progress
        self._workers = workers if workers is not None else (os.cpu_count() or 1)
        self.index_dir = Path(index_dir) if index_dir else None
        self._factory = index_factory
        self._progress = progress
        self._reload_lock = threading.Lock()
        self.stats = ServiceStats()
        self._index: SearchIndex | None = None
        self.rejected: tuple[Rejected, ...] = ()
        self.loaded_from_disk = False
        self._builder: multiprocessing.process.BaseProcess | None = None

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
            key = data_key(self.data_dir, digests=_read_digests(self.index_dir))
            try:
                index = SearchIndex.load(self.index_dir, key)
                rejected = _read_rejected(self.index_dir)
            except SavedIndexError as exc:
                logger.info("building the index: %s", exc)
            else:
                self._index, self.rejected, self.loaded_from_disk = index, rejected, True
                report = self._report(None, index, rejected, (), time.perf_counter() - started)
                self.stats.last_reload, self.stats.last_report = time.time(), report
                logger.info("loaded the saved index from %s", self.index_dir)
                return report
        return self.reload()

    def reload(self) -> ReloadReport:
        """Re-read the data folder, build a new index beside the serving one, then swap.

        A document that loaded before but is now rejected keeps its previous version, so a
        reload never serves less than before; a file removed from the folder is removed.

        Raises:
            ReloadInProgress: A reload is already running.
            retrieval.corpus.CorpusError: The data folder is missing; nothing is swapped.
        """
        if not self._reload_lock.acquire(blocking=False):
            raise ReloadInProgress("a reload is already running")
        try:
            started = time.perf_counter()
            if self._isolated():
                new, report = self._reload_in_builder(started)
            else:
                new, report = self._reload_here(started)
            self._index = new  # one reference assignment: readers see old or new, never a mix
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
            return report
        finally:
            self._reload_lock.release()

    def _isolated(self) -> bool:
        # While an index serves, build in another process: parsing and analysis are pure
        # Python and would hold the GIL the serving thread needs (p99 > 700 ms at 100k
        # passages when built in a thread). The first build serves no one: do it here.
        return (
            self._index is not None
            and self.index_dir is not None
            and (self._factory is SearchIndex)
        )

    def _reload_here(self, started: float) -> tuple[SearchIndex, ReloadReport]:
        digests: Digests = _read_digests(self.index_dir) if self.index_dir is not None else {}
        key = data_key(self.data_dir, digests=digests) if self.index_dir is not None else ""
        old = self._index
        if self._factory is SearchIndex:  # streamed: parse and analysis in the workers
            new, rejected, kept = build_from_folder(
                self.data_dir,
                previous=old,
                workers=self._workers,
                parse_progress=self._parse_progress,
                progress=self._progress,
            )
        else:
            loaded = load_corpus(
                self.data_dir, workers=self._workers, progress=self._parse_progress
            )
            documents, kept = self._merge_with_previous(loaded, old)
            new, rejected = self._factory(documents, progress=self._progress), loaded.rejected
        report = self._report(old, new, rejected, kept, time.perf_counter() - started)
        if self.index_dir is not None:
            self._save(new, key, rejected, digests)
        return new, report

    def _reload_in_builder(self, started: float) -> tuple[SearchIndex, ReloadReport]:
        assert self.index_dir is not None
        self.index_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(
            tempfile.mkdtemp(prefix=f".{self.index_dir.name}-build-", dir=self.index_dir.parent)
        )
        try:
            built = staging / "index"
            previous = self.index_dir if (self.index_dir / "index.json").exists() else None
            key, report = self._run_builder(built, previous)
            new = SearchIndex.load(built, key)
            _install(built, self.index_dir)  # a rename: the new index's maps stay valid
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return new, dataclasses.replace(report, seconds=time.perf_counter() - started)

    def _run_builder(self, out_dir: Path, previous: Path | None) -> tuple[str, ReloadReport]:
        context = multiprocessing.get_context("spawn")
        receive, send = context.Pipe(duplex=False)
        builder = context.Process(
            target=_build_index,
            args=(send, self.data_dir, out_dir, previous, self._workers),
            name="index-builder",
        )
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

    def _save(
        self, index: SearchIndex, key: str, rejected: tuple[Rejected, ...], digests: Digests
    ) -> None:
        assert self.index_dir is not None
        try:
            index.save(self.index_dir, key)
            _write_rejected(self.index_dir, rejected)
            _write_digests(self.index_dir, digests)
        except (
            OSError,
            ValueError,
        ) as exc:  # a read-only disk costs start-up time later, not answers now
            logger.warning("could not save the index to %s: %s", self.index_dir, exc)

    @staticmethod
    def _merge_with_previous(
        loaded: LoadedCorpus, old: SearchIndex | None
    ) -> tuple[tuple[Document, ...], tuple[str, ...]]:
        if old is None:
            return loaded.documents, ()
        fresh = {doc.id for doc in loaded.documents}
        rejected_ids = {Path(r.name).stem for r in loaded.rejected}
        kept = tuple(
            doc
            for doc_id in sorted(rejected_ids - fresh)
            if (doc := old.document(doc_id)) is not None
        )
        documents = tuple(
            sorted(
                loaded.documents + kept,
                key=lambda d: (d.date.toordinal() if d.date else 0, d.id),
            )
        )
        return documents, tuple(doc.id for doc in kept)

    @staticmethod
    def _report(
        old: SearchIndex | None,
        new: SearchIndex,
        rejected: tuple[Rejected, ...],
        kept: tuple[str, ...],
        seconds: float,
    ) -> ReloadReport:
        old_docs = {d.id for d in old.document_summaries()} if old else set()
        new_docs = {d.id for d in new.document_summaries()}
        if old is None:  # everything is new: no need to build a million-id set
            added, removed = len(new.passages), 0
        else:
            old_ids, new_ids = old.passage_ids(), new.passage_ids()
            added, removed = len(new_ids - old_ids), len(old_ids - new_ids)
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
        )

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

    def passage(self, passage_id: str) -> Passage | None:
        return self.index.passage(passage_id)

    def turn(self, passage_id: str) -> tuple[Passage, ...]:
        return self.index.turn(passage_id)

    def context(self, passage_id: str, radius: int = 1) -> tuple[Passage, ...]:
        return self.index.context(passage_id, radius)

    def documents_newest_first(self) -> list[DocumentSummary]:
        return sorted(
            self.index.document_summaries(),
            key=lambda d: (d.date.toordinal() if d.date else 0, d.id),
            reverse=True,
        )


def _install(built: Path, target: Path) -> None:
    """Put a freshly built index directory where the saved index lives."""
    old = target.with_name(f".{target.name}-old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(built, target)
    shutil.rmtree(old, ignore_errors=True)


def _build_index(
    conn: Connection, data_dir: Path, out_dir: Path, previous: Path | None, workers: int
) -> None:
    """In a separate process: load, build and save an index, then send back its report."""
    # Background work: on a busy machine the process that answers questions goes first
    # (the parse workers it starts inherit this).
    with contextlib.suppress(OSError):
        os.nice(10)
    try:
        digests = _read_digests(previous) if previous is not None else {}
        key = data_key(data_dir, digests=digests)
        old = None
        if previous is not None:
            with contextlib.suppress(SavedIndexError):
                old = SearchIndex.load(previous, None)
        index, rejected, kept = build_from_folder(data_dir, previous=old, workers=workers)
        index.save(out_dir, key)
        _write_rejected(out_dir, rejected)
        _write_digests(out_dir, digests)
        report = AnswerService._report(old, index, rejected, kept, 0.0)
        conn.send(("ok", key, report))
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
