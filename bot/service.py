"""The answer service: one place that owns the corpus, the index and their reloads.

Both the Telegram bot and the command line talk to this class, so ``statements-bot ask`` prints
what the bot would say. It holds no Telegram types.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.corpus import LoadedCorpus, Rejected, load_corpus

from retrieval.passages import Document, Passage
from retrieval.search import SearchIndex, SearchResult

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


class AnswerService:
    """Answers questions over the transcripts in one data folder.

    Args:
        data_dir: The folder of ``*.txt`` transcripts.
        index_factory: Builds a :class:`SearchIndex` from documents (tests and benchmarks swap
            parameters here).
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        index_factory: Callable[[tuple[Document, ...]], SearchIndex] = SearchIndex,
    ) -> None:
        self.data_dir = Path(data_dir)
        self._factory = index_factory
        self._reload_lock = threading.Lock()
        self.stats = ServiceStats()
        self._index: SearchIndex | None = None
        self.rejected: tuple[Rejected, ...] = ()

    # --- the serving index --------------------------------------------------------------------

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self.reload()
        assert self._index is not None  # reload() either set it or raised
        return self._index

    @property
    def loaded(self) -> bool:
        return self._index is not None

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
            loaded = load_corpus(self.data_dir)
            old = self._index
            documents, kept = self._merge_with_previous(loaded, old)
            new = self._factory(documents)
            self._index = new  # one reference assignment: readers see old or new, never a mix
            self.rejected = loaded.rejected
            report = self._report(old, new, loaded, kept, time.perf_counter() - started)
            self.stats.last_reload = time.time()
            self.stats.last_report = report
            for item in loaded.rejected:
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

    @staticmethod
    def _merge_with_previous(
        loaded: LoadedCorpus, old: SearchIndex | None
    ) -> tuple[tuple[Document, ...], tuple[str, ...]]:
        if old is None:
            return loaded.documents, ()
        fresh = {doc.id for doc in loaded.documents}
        rejected_ids = {Path(r.name).stem for r in loaded.rejected}
        kept = tuple(doc for doc in old.documents if doc.id in rejected_ids and doc.id not in fresh)
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
        loaded: LoadedCorpus,
        kept: tuple[str, ...],
        seconds: float,
    ) -> ReloadReport:
        old_docs = {d.id for d in old.documents} if old else set()
        new_docs = {d.id for d in new.documents}
        old_ids = set(old.by_id) if old else set()
        new_ids = set(new.by_id)
        return ReloadReport(
            documents=len(new.documents),
            passages=len(new.passages),
            speakers=len(new.speaker_names),
            documents_added=tuple(sorted(new_docs - old_docs)),
            documents_removed=tuple(sorted(old_docs - new_docs)),
            passages_added=len(new_ids - old_ids),
            passages_removed=len(old_ids - new_ids),
            rejected=loaded.rejected,
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

    def documents_newest_first(self) -> list[Document]:
        return sorted(
            self.index.documents,
            key=lambda d: (d.date.toordinal() if d.date else 0, d.id),
            reverse=True,
        )
