"""Exact BM25Okapi over CSR postings: a query touches only its own terms' postings.

Scores equal ``rank_bm25.BM25Okapi`` (0.2.2) for the same token lists and parameters: the same idf
with its ``epsilon * average_idf`` floor for terms in more than half the documents, the same term
weight, and repeated query tokens counted each time. The index keeps, per term, the ids of the
documents holding it (ascending int32) and the term frequencies; weights are computed from those in
float64, so nothing is rounded on the way.

:meth:`BM25Index.top_k` runs a compiled kernel that skips documents which provably cannot reach
the top k — MaxScore for most queries, Block-Max Pruning for a single term or a short query with a
term in over half the documents — yet returns exactly what scoring every matching document would
(:meth:`BM25Index.top_k_exhaustive`), down to the last bit of each score. Until the kernels are
compiled (right after installation), numpy twins build the same index and queries are scored
exhaustively.
"""

from __future__ import annotations

import json
import math
import os
import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import chain, islice
from pathlib import Path
from typing import Any

import numpy as np

from retrieval import _bm25_numpy, _compiled
from retrieval._bm25_kernels import (
    fill_postings,
    postings_offsets,
    scan_postings,
    top_k_blocks,
    top_k_candidates,
    top_k_maxscore,
)

__all__ = ["BM25Index", "IndexFormatError", "compile_kernels_for_next_time", "postings_of"]

#: Written into every saved index; :meth:`BM25Index.load` refuses anything else.
FORMAT_NAME = "statements-bot/bm25-okapi"
FORMAT_VERSION = 1

_MANIFEST = "manifest.json"
_VOCABULARY = "vocabulary.json"
_NPY_MAGIC = b"\x93NUMPY"
_ARRAYS = ("indptr", "doc_ids", "tfs", "doc_lengths")
# Tokens are mapped to ids in chunks of this many documents, so progress can be reported.
_BUILD_CHUNK = 50_000
_EXTENT_CHUNK = 1 << 15
# Relative cost of probing one (document, term) pair versus stepping over one posting.
_PROBE_COST = 16
#: Block-Max Pruning groups 2**6 = 64 consecutive documents: at 1M passages, 32 made the p50
#: 30% slower (more blocks to rank) and 128 the p99 of queries with common terms 2x slower.
BLOCK_SHIFT = 6
#: Terms in at least 1/8 of the documents keep one byte per document (their quantised impact),
#: so blocks weigh them without walking their postings: 40 MB at 1M Zipf passages.
DENSE_SHARE = 8


#: Above this many tokens (postings, when loading), compiling the kernels (~10 s, once per
#: installation) costs less than their numpy twins: a build or load waits for them.
COMPILE_PAYS = 20_000_000


def compile_kernels_for_next_time() -> None:
    """If the compiled kernels are not cached yet, compile them in a process that outlives this
    one, so the next short command (``statements-bot ask``) finds them ready."""
    _compiled.compile_detached()


class IndexFormatError(ValueError):
    """A saved index is missing, truncated, corrupted, foreign or inconsistent."""


def okapi_idf(n_docs: int, doc_freq: np.ndarray) -> np.ndarray:
    """Raw Okapi idf, ``log(N - df + 0.5) - log(df + 0.5)``, before any floor.

    The Robertson/Sparck Jones weight without relevance information (Robertson & Zaragoza, "The
    Probabilistic Relevance Framework: BM25 and Beyond", 2009), written as rank_bm25 writes it:
    a difference of logs, not the log of a ratio.
    """
    df = doc_freq.astype(np.float64)
    return np.log(n_docs - df + 0.5) - np.log(df + 0.5)


def floored_idf(raw_idf: np.ndarray, epsilon: float) -> tuple[np.ndarray, float]:
    """rank_bm25's floor: negative idfs become ``epsilon * average_idf``.

    The average is over the whole vocabulary and taken *before* flooring. rank_bm25 attributes
    its variants to Trotman, Jia & Crane, "Improvements to BM25 and Language Models Examined"
    (2014); this floor is its own way of keeping Okapi idfs positive.

    Returns:
        The floored idf array and the average idf.
    """
    if raw_idf.size == 0:
        return raw_idf.copy(), 0.0
    # Summed one by one in vocabulary order, as rank_bm25 does (np.sum's pairwise sum differs in
    # the last bits); term ids follow first occurrence, which is rank_bm25's dict order.
    average = float(np.cumsum(raw_idf)[-1]) / raw_idf.size
    return np.where(raw_idf < 0, epsilon * average, raw_idf), average


def length_norms(doc_lengths: np.ndarray, avgdl: float, k1: float, b: float) -> np.ndarray:
    """Per-document ``k1 * (1 - b + b * dl / avgdl)``, the length part of the BM25 denominator.

    Robertson & Zaragoza (2009). Evaluated in rank_bm25's operation order so that the term
    weights come out bit for bit the same.
    """
    if avgdl <= 0:  # only empty documents: they hold no postings, the value is never used
        return np.full(doc_lengths.shape[0], k1 * (1 - b), dtype=np.float64)
    return k1 * (1 - b + b * doc_lengths / avgdl)


def term_weights(idf: float, tfs: np.ndarray, norms: np.ndarray, k1: float) -> np.ndarray:
    """BM25 weight of one term in the given documents: ``idf * tf (k1 + 1) / (tf + norm)``.

    Robertson & Zaragoza (2009); ``norms`` come from :func:`length_norms`.
    """
    tf = tfs.astype(np.float64)
    return idf * (tf * (k1 + 1) / (tf + norms))


def _crc32(array: np.ndarray) -> int:
    """CRC-32 of an array's bytes (catches flipped bits in a saved file)."""
    if array.size == 0:
        return 0
    return zlib.crc32(memoryview(np.ascontiguousarray(array)).cast("B"))


def _freeze(array: np.ndarray) -> np.ndarray:
    """Mark an array read-only, so views handed out cannot change the index."""
    array.flags.writeable = False
    return array


class BM25Index:
    """An exact BM25Okapi index over pre-tokenised documents.

    Args:
        corpus_tokens: One token list per document (passage). Empty documents are allowed and
            count towards the average length, as in rank_bm25.
        k1: Term-frequency saturation.
        b: Length normalisation (0 = none, 1 = full).
        epsilon: Terms in more than half the documents get ``epsilon * average_idf`` as idf.
        progress: Called as ``progress(done, total)`` with document counts while building.

    Attributes:
        n_docs: Number of documents.
        avgdl: Average document length in tokens (0.0 for an empty corpus).
        average_idf: Mean raw idf over the vocabulary, before the floor.
        k1: As given.
        b: As given.
        epsilon: As given.

    Where BM25Okapi divides 0 by 0 (``k1 == 0``, or ``b == 1`` with empty documents) and yields
    NaN for documents lacking a term, this index adds 0.
    """

    n_docs: int
    avgdl: float
    average_idf: float
    k1: float
    b: float
    epsilon: float

    def __init__(
        self,
        corpus_tokens: Sequence[Sequence[str]],
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        _check_params(k1, b, epsilon)
        n_docs = len(corpus_tokens)
        doc_lengths = np.fromiter(map(len, corpus_tokens), dtype=np.int64, count=n_docs)
        term_ids = np.empty(int(doc_lengths.sum()), dtype=np.int32)
        # A dict that hands out the next id to an unseen token, entirely in C: map() over it
        # turns a token stream into ids without a Python-level loop. Ids follow first occurrence.
        vocabulary: defaultdict[str, int] = defaultdict()
        vocabulary.default_factory = vocabulary.__len__
        lookup = vocabulary.__getitem__
        docs = iter(corpus_tokens)
        done = pos = 0
        while done < n_docs:
            chunk = list(islice(docs, _BUILD_CHUNK))
            if not chunk:
                raise ValueError(f"corpus_tokens yielded {done} documents but has length {n_docs}")
            if any(isinstance(doc, str) for doc in chunk):
                raise TypeError("corpus_tokens must hold token lists, not strings")
            count = int(doc_lengths[done : done + len(chunk)].sum())
            term_ids[pos : pos + count] = np.fromiter(
                map(lookup, chain.from_iterable(chunk)), dtype=np.int32, count=count
            )
            done += len(chunk)
            pos += count
            if progress is not None:
                progress(done, n_docs)
        indptr, doc_ids, tfs = postings_of(term_ids, doc_lengths, len(vocabulary))
        del term_ids  # the token stream is the largest thing here: gone before the rest
        self._setup(
            terms=list(vocabulary),
            indptr=indptr,
            doc_ids=doc_ids,
            tfs=tfs,
            doc_lengths=doc_lengths.astype(np.int32),
            k1=k1,
            b=b,
            epsilon=epsilon,
        )

    @classmethod
    def from_postings(
        cls,
        terms: list[str],
        postings: tuple[np.ndarray, np.ndarray, np.ndarray],
        doc_lengths: np.ndarray,
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
    ) -> BM25Index:
        """An index from postings made by :func:`postings_of` (a streaming build's output).

        Args:
            terms: The vocabulary; ids must follow first occurrence in the corpus, as the
                constructor numbers them (BM25Okapi sums its average idf in that order).
            postings: ``(indptr, doc_ids, tfs)`` from :func:`postings_of`.
            doc_lengths: Tokens per document, in order.
            k1, b, epsilon: As for the constructor.
        """
        _check_params(k1, b, epsilon)
        indptr, doc_ids, tfs = postings
        index = cls.__new__(cls)
        index._setup(
            terms=terms,
            indptr=indptr,
            doc_ids=doc_ids,
            tfs=tfs,
            doc_lengths=doc_lengths.astype(np.int32),
            k1=k1,
            b=b,
            epsilon=epsilon,
        )
        return index

    def _setup(
        self,
        *,
        terms: list[str],
        indptr: np.ndarray,
        doc_ids: np.ndarray,
        tfs: np.ndarray,
        doc_lengths: np.ndarray,
        k1: float,
        b: float,
        epsilon: float,
        check: bool = False,
    ) -> None:
        """Derive everything else (idf, norms, bounds) from the stored arrays.

        With ``check`` (arrays read from files), also verify the postings' structure.
        """
        self.k1, self.b, self.epsilon = float(k1), float(b), float(epsilon)
        self._terms = terms
        self._vocabulary = {term: i for i, term in enumerate(terms)}
        self._indptr = _freeze(indptr)
        self._doc_ids = _freeze(doc_ids)
        self._tfs = _freeze(tfs)
        self._doc_lengths = _freeze(doc_lengths)
        self.n_docs = int(doc_lengths.shape[0])
        total = int(doc_lengths.sum(dtype=np.int64))
        self.avgdl = total / self.n_docs if self.n_docs else 0.0
        raw_idf = okapi_idf(self.n_docs, np.diff(indptr))
        idf, self.average_idf = floored_idf(raw_idf, self.epsilon)
        self._idf = _freeze(idf)
        self._norms = _freeze(length_norms(doc_lengths, self.avgdl, self.k1, self.b))
        doc_freqs = np.diff(indptr)
        dense_terms = np.flatnonzero(doc_freqs * DENSE_SHARE >= max(self.n_docs, 1))
        compiled = _compiled.ready() or (doc_ids.shape[0] > COMPILE_PAYS and _compiled.wait())
        scan = scan_postings if compiled else _bm25_numpy.scan_postings
        ok, max_weights, impacts, block_max = scan(
            indptr, doc_ids, tfs, doc_lengths, self._norms, self.k1, check, dense_terms, BLOCK_SHIFT
        )
        if not ok:
            raise IndexFormatError("postings are inconsistent with each other or the lengths")
        # Bound on each term's contribution to one document; rounding is monotonic, so no
        # computed weight exceeds it.
        self._bounds = _freeze(idf * max_weights)
        self._dense_row = np.full(len(terms), -1, dtype=np.int64)
        self._dense_row[dense_terms] = np.arange(dense_terms.shape[0])
        self._impacts = _freeze(impacts)
        self._block_max = _freeze(block_max)
        self._no_mask = _freeze(np.ones(1, dtype=bool))

    # -- term statistics -----------------------------------------------------------------------

    @property
    def vocabulary_size(self) -> int:
        """Number of distinct terms."""
        return len(self._terms)

    @property
    def vocabulary(self) -> Sequence[str]:
        """The distinct terms, in id order (first occurrence in the corpus)."""
        return self._terms

    @property
    def nbytes(self) -> int:
        """Bytes held by the index's arrays (postings, per-document and per-term data).

        Memory-mapped arrays count in full although only touched pages become resident; the
        vocabulary's Python objects are not included.
        """
        arrays = (self._indptr, self._doc_ids, self._tfs, self._doc_lengths, self._idf)
        derived = (self._norms, self._bounds, self._dense_row, self._impacts, self._block_max)
        return sum(a.nbytes for a in (*arrays, *derived))

    def idf(self, term: str) -> float:
        """The term's idf as BM25Okapi uses it (floored), or 0.0 for an unknown term."""
        t = self._vocabulary.get(term)
        return 0.0 if t is None else float(self._idf[t])

    def doc_freq(self, term: str) -> int:
        """Number of documents containing the term (0 if unknown)."""
        t = self._vocabulary.get(term)
        return 0 if t is None else int(self._indptr[t + 1] - self._indptr[t])

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """The term's postings as read-only arrays.

        Returns:
            ``(doc_ids, tfs)``: ascending int32 document ids and their term frequencies
            (unsigned ints); both empty for an unknown term.
        """
        t = self._vocabulary.get(term)
        if t is None:
            return np.empty(0, np.int32), np.empty(0, self._tfs.dtype)
        start, end = self._indptr[t], self._indptr[t + 1]
        return self._doc_ids[start:end], self._tfs[start:end]

    def doc_length(self, doc: int) -> int:
        """Number of tokens in document ``doc``."""
        if not 0 <= doc < self.n_docs:
            raise IndexError(f"doc {doc} out of range: the index has {self.n_docs} documents")
        return int(self._doc_lengths[doc])

    # -- scoring -------------------------------------------------------------------------------

    def _query_terms(self, query_tokens: Sequence[str]) -> tuple[list[int], list[int]]:
        """Known query terms: unique term ids, and for each query position its unique index."""
        if isinstance(query_tokens, str):
            raise TypeError("query_tokens must be a token list, not a string")
        unique: dict[int, int] = {}
        order: list[int] = []
        for token in query_tokens:
            t = self._vocabulary.get(token)
            if t is not None:  # unknown tokens add nothing, as in BM25Okapi
                order.append(unique.setdefault(t, len(unique)))
        return list(unique), order

    def _term_postings(self, t: int) -> tuple[np.ndarray, np.ndarray]:
        """Doc ids and float64 weights of term id ``t``."""
        start, end = self._indptr[t], self._indptr[t + 1]
        docs = self._doc_ids[start:end]
        return docs, term_weights(
            float(self._idf[t]), self._tfs[start:end], self._norms[docs], self.k1
        )

    def _dense_scores(self, terms: list[int], order: list[int]) -> np.ndarray:
        """Scores of all documents, summed in query order (so repeated runs agree bit for bit)."""
        scores = np.zeros(self.n_docs, dtype=np.float64)
        postings = [self._term_postings(t) for t in terms]
        for i in order:
            docs, weights = postings[i]
            scores[docs] += weights  # doc ids are unique within one term's postings
        return scores

    def get_scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        """BM25Okapi score of every document for the query.

        Args:
            query_tokens: Query tokens; repeats count each time, unknown tokens add 0.

        Returns:
            float64 array of length ``n_docs``, equal to ``BM25Okapi.get_scores``.
        """
        terms, order = self._query_terms(query_tokens)
        return self._dense_scores(terms, order)

    def top_k(
        self, query_tokens: Sequence[str], k: int, mask: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The ``k`` best documents containing at least one query term.

        Args:
            query_tokens: Query tokens; repeats count each time, unknown tokens add 0.
            k: How many results at most.
            mask: Optional bool array of length ``n_docs``; documents where it is False are
                never returned. It is applied before ranking, so ``k`` results come back
                whenever ``k`` documents qualify.

        Returns:
            ``(doc, score)`` pairs, best first; equal scores in ascending doc order. Scores are
            the same floats :meth:`get_scores` gives.
        """
        _check_k(k)
        if not _compiled.ready():  # just installed: numpy answers while the kernels compile
            return self.top_k_exhaustive(query_tokens, k, mask)
        mask = self._check_mask(mask)
        terms, order = self._query_terms(query_tokens)
        if k == 0 or not terms:
            return []
        term_ids = np.array(terms, dtype=np.int64)
        lowest_idf = self._idf[term_ids].min()
        if lowest_idf < 0:
            # Only in tiny corpora (every idf floored below 0): bounds would not hold there.
            return self.top_k_exhaustive(query_tokens, k, mask)
        order_arr = np.array(order, dtype=np.int64)
        dfs = self._indptr[term_ids + 1] - self._indptr[term_ids]
        first, last = 0, self.n_docs - 1
        if mask is not None:
            extent = _true_extent(mask)
            if extent is None:
                return []
            first, last = extent
            band = mask[first : last + 1]
            # Walking postings costs about one step per posting in the band; probing the
            # allowed documents one by one costs a galloping search per document and term.
            walk = float(dfs.sum()) * band.shape[0] / self.n_docs
            if int(np.count_nonzero(band)) * len(terms) * _PROBE_COST < walk:
                return self._probed(term_ids, order_arr, k, np.flatnonzero(band) + first)
        # Blocks skip documents whose bound is 0, so a term of idf 0 (in exactly half the
        # documents, or floored with epsilon 0) must go to MaxScore, which still ranks them.
        blocks = lowest_idf > 0 and _blocks_pay_off(dfs, self.n_docs)
        kernel = self._by_blocks if blocks else self._pruned
        return kernel(term_ids, order_arr, k, mask, first, last)

    def _pruned(
        self,
        term_ids: np.ndarray,
        order: np.ndarray,
        k: int,
        mask: np.ndarray | None,
        first: int,
        last: int,
    ) -> list[tuple[int, float]]:
        """Top-k by the MaxScore kernel over postings of documents ``first..last``."""
        docs, scores = top_k_maxscore(
            self._indptr,
            self._doc_ids,
            self._tfs,
            self._norms,
            self.k1,
            term_ids,
            self._idf[term_ids],
            self._bounds[term_ids],
            np.bincount(order, minlength=term_ids.shape[0]).astype(np.float64),
            order,
            k,
            self._no_mask if mask is None else mask,
            mask is not None,
            first,
            last,
        )
        return list(zip(docs.tolist(), scores.tolist(), strict=True))

    def _by_blocks(
        self,
        term_ids: np.ndarray,
        order: np.ndarray,
        k: int,
        mask: np.ndarray | None,
        first: int,
        last: int,
    ) -> list[tuple[int, float]]:
        """Top-k by the Block-Max Pruning kernel over documents ``first..last``."""
        docs, scores = top_k_blocks(
            self._indptr,
            self._doc_ids,
            self._tfs,
            self._norms,
            self.k1,
            term_ids,
            self._idf[term_ids],
            np.bincount(order, minlength=term_ids.shape[0]).astype(np.float64),
            order,
            k,
            self._no_mask if mask is None else mask,
            mask is not None,
            first,
            last,
            self._dense_row[term_ids],
            self._impacts,
            self._block_max,
            BLOCK_SHIFT,
        )
        return list(zip(docs.tolist(), scores.tolist(), strict=True))

    def _probed(
        self, term_ids: np.ndarray, order: np.ndarray, k: int, candidates: np.ndarray
    ) -> list[tuple[int, float]]:
        """Top-k among a few ascending candidate documents, probing each term's postings."""
        docs, scores = top_k_candidates(
            self._indptr,
            self._doc_ids,
            self._tfs,
            self._norms,
            self.k1,
            term_ids,
            self._idf[term_ids],
            order,
            k,
            candidates,
        )
        return list(zip(docs.tolist(), scores.tolist(), strict=True))

    def warm_up(self) -> None:
        """Load (or compile) the search kernels now, so the first real query is not slow.

        Compiled code is cached on disk, so this is quick after the first run on a machine.
        """
        if not _compiled.wait() or not self._terms:
            return
        term_ids = np.array([int(np.argmax(self._idf))], dtype=np.int64)
        order = np.zeros(1, dtype=np.int64)
        everything = self._check_mask(np.ones(self.n_docs, dtype=bool))
        assert everything is not None
        last = self.n_docs - 1
        for kernel in (self._pruned, self._by_blocks):
            kernel(term_ids, order, 1, None, 0, last)
            kernel(term_ids, order, 1, everything, 0, last)
        self._probed(term_ids, order, 1, np.flatnonzero(everything[:1]))

    def top_k_exhaustive(
        self, query_tokens: Sequence[str], k: int, mask: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """:meth:`top_k` computed by scoring every matching document with numpy.

        The reference for the pruned :meth:`top_k`: same arguments, same results.
        """
        _check_k(k)
        mask = self._check_mask(mask)
        terms, order = self._query_terms(query_tokens)
        if k == 0 or not terms:
            return []
        scores = self._dense_scores(terms, order)
        candidates = np.unique(
            np.concatenate([self._doc_ids[self._indptr[t] : self._indptr[t + 1]] for t in terms])
        )
        if mask is not None:
            candidates = candidates[mask[candidates]]
        return _best(candidates, scores[candidates], k)

    def _check_mask(self, mask: np.ndarray | None) -> np.ndarray | None:
        if mask is None:
            return None
        mask = np.asarray(mask)
        if mask.dtype != np.bool_ or mask.shape != (self.n_docs,):
            raise ValueError(
                f"mask must be a bool array of shape ({self.n_docs},), "
                f"got {mask.dtype} array of shape {mask.shape}"
            )
        # Always a read-only C-contiguous view: numba compiles a kernel once per argument type,
        # and a writable mask after a read-only one would stop a query for seconds to compile.
        return _freeze(np.ascontiguousarray(mask).view())

    # -- persistence ---------------------------------------------------------------------------

    def save(self, directory: Path) -> None:
        """Write the index as ``.npy`` arrays plus JSON (manifest and vocabulary); no pickle.

        The manifest is written last, so an interrupted save is never mistaken for an index.
        """
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        (directory / _MANIFEST).unlink(missing_ok=True)
        arrays = self._stored_arrays()
        entries: dict[str, Any] = {}
        for name, array in arrays.items():
            np.save(directory / f"{name}.npy", array, allow_pickle=False)
            entries[name] = {
                "dtype": array.dtype.str,
                "shape": list(array.shape),
                "crc32": _crc32(array),
            }
        vocabulary_bytes = json.dumps(self._terms, ensure_ascii=False).encode("utf-8")
        (directory / _VOCABULARY).write_bytes(vocabulary_bytes)
        manifest = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "params": {"k1": self.k1, "b": self.b, "epsilon": self.epsilon},
            "n_docs": self.n_docs,
            "n_terms": len(self._terms),
            "n_postings": int(self._doc_ids.shape[0]),
            "vocabulary_crc32": zlib.crc32(vocabulary_bytes),
            "arrays": entries,
        }
        tmp = directory / f"{_MANIFEST}.tmp"
        tmp.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        os.replace(tmp, directory / _MANIFEST)

    def _stored_arrays(self) -> dict[str, np.ndarray]:
        return {
            "indptr": self._indptr,
            "doc_ids": self._doc_ids,
            "tfs": self._tfs,
            "doc_lengths": self._doc_lengths,
        }

    @classmethod
    def load(cls, directory: Path, *, mmap: bool = True) -> BM25Index:
        """Load an index written by :meth:`save`.

        Args:
            directory: The folder given to :meth:`save`.
            mmap: Memory-map the arrays (read-only) instead of reading them into memory.

        Raises:
            IndexFormatError: The folder holds no index, or one that is truncated, corrupted,
                of another format or version, or internally inconsistent.
        """
        directory = Path(directory)
        manifest = _read_manifest(directory / _MANIFEST)
        try:
            vocabulary_bytes = (directory / _VOCABULARY).read_bytes()
        except OSError as exc:
            raise IndexFormatError(f"{directory / _VOCABULARY}: cannot read ({exc})") from exc
        if zlib.crc32(vocabulary_bytes) != manifest["vocabulary_crc32"]:
            raise IndexFormatError(f"{directory / _VOCABULARY}: checksum mismatch")
        try:
            terms = json.loads(vocabulary_bytes.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise IndexFormatError(f"{directory / _VOCABULARY}: not valid JSON ({exc})") from exc
        if (
            not isinstance(terms, list)
            or len(terms) != manifest["n_terms"]
            or not all(isinstance(term, str) for term in terms)
            or len(set(terms)) != len(terms)
        ):
            raise IndexFormatError(f"{directory / _VOCABULARY}: not a list of distinct terms")

        arrays = {
            name: _read_array(directory / f"{name}.npy", manifest["arrays"][name], mmap)
            for name in _ARRAYS
        }
        _check_shapes(arrays, manifest)
        indptr, doc_ids, tfs, doc_lengths = (arrays[name] for name in _ARRAYS)
        # Offsets must rise strictly (every term has postings) before anything reads through them.
        if indptr[0] != 0 or indptr[-1] != doc_ids.shape[0] or np.any(np.diff(indptr) <= 0):
            raise IndexFormatError(f"{directory}: postings offsets do not match the postings")
        params = manifest["params"]
        index = cls.__new__(cls)
        try:
            index._setup(
                terms=terms,
                indptr=indptr,
                doc_ids=doc_ids,
                tfs=tfs,
                doc_lengths=doc_lengths,
                k1=params["k1"],
                b=params["b"],
                epsilon=params["epsilon"],
                check=True,
            )
        except IndexFormatError as exc:
            raise IndexFormatError(f"{directory}: {exc}") from None
        return index


# -- helpers -------------------------------------------------------------------------------------


def postings_of(
    term_ids: np.ndarray, doc_lengths: np.ndarray, n_terms: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR postings of a token stream: ``(indptr, doc_ids, tfs)``.

    Args:
        term_ids: int32 id of every token, documents laid end to end.
        doc_lengths: Tokens per document, in order.
        n_terms: Size of the vocabulary.

    Returns:
        Term ``t`` owns ``doc_ids[indptr[t]:indptr[t + 1]]`` (ascending int32) and the matching
        term frequencies in ``tfs`` (the narrowest unsigned dtype that holds them).
    """
    n_docs = doc_lengths.shape[0]
    if n_docs >= np.iinfo(np.int32).max:
        raise ValueError(f"{n_docs} documents: doc ids are int32, so at most 2**31 - 2")
    if term_ids.shape[0] != int(doc_lengths.sum()):
        raise ValueError("term_ids must hold exactly sum(doc_lengths) tokens")
    doc_lengths = doc_lengths.astype(np.int64, copy=False)
    if _compiled.ready() or (term_ids.shape[0] > COMPILE_PAYS and _compiled.wait()):
        indptr, max_tf = postings_offsets(term_ids, doc_lengths, n_terms)
        doc_ids = np.empty(int(indptr[-1]), np.int32)
        tfs = np.empty(int(indptr[-1]), _smallest_uint(max_tf))
        fill_postings(term_ids, doc_lengths, indptr, doc_ids, tfs)
        return indptr, doc_ids, tfs
    return _bm25_numpy.postings(term_ids, doc_lengths, n_terms)


def _check_params(k1: float, b: float, epsilon: float) -> None:
    if not (math.isfinite(k1) and k1 >= 0):
        raise ValueError(f"k1 must be a finite number >= 0, got {k1!r}")
    if not (math.isfinite(b) and 0 <= b <= 1):
        raise ValueError(f"b must be between 0 and 1, got {b!r}")
    if not math.isfinite(epsilon):
        raise ValueError(f"epsilon must be a finite number, got {epsilon!r}")


def _check_k(k: int) -> None:
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k!r}")


def _smallest_uint(max_value: int) -> type[np.unsignedinteger[Any]]:
    """The narrowest unsigned dtype holding ``max_value`` (term frequencies are small)."""
    for dtype in (np.uint8, np.uint16, np.uint32):
        if max_value <= np.iinfo(dtype).max:
            return dtype
    raise ValueError(f"term frequency {max_value} does not fit in 32 bits")


#: Block-Max Pruning takes a query with a term in over half the documents only up to this many
#: distinct terms: with more, MaxScore's finer per-document bounds won (bench/engine.py).
BLOCKS_MAX_TERMS = 3


def _blocks_pay_off(doc_freqs: np.ndarray, n_docs: int) -> bool:
    """Whether Block-Max Pruning beats MaxScore for a query with these document frequencies.

    MaxScore walks the postings of every term it cannot rule out, in document order: slow for
    a single term (nothing to rule it out against) and for a short query with a term in more
    than half the documents (its floored idf keeps it in play while the k-th score is still
    low). Measured at 1M passages on both query mixes of bench/engine.py: such queries took
    6-14 ms by MaxScore, 0.2-2.7 ms by blocks; queries of four or more terms, most of them
    mid-frequency, went the other way (block bounds sum every term's best, too loose there).
    """
    if doc_freqs.shape[0] == 1:
        return True
    return doc_freqs.shape[0] <= BLOCKS_MAX_TERMS and int(doc_freqs.max()) * 2 > n_docs


def _true_extent(mask: np.ndarray) -> tuple[int, int] | None:
    """First and last True of a bool array, or None if it has none.

    A date range or one transcript's passages is a narrow band, and postings outside it need not
    be walked at all. ``argmax`` stops at the first True; for the last one, chunks are tested
    from the end (a reversed ``argmax`` over the whole array would copy it).
    """
    first = int(np.argmax(mask))
    if not mask[first]:
        return None
    end = mask.shape[0]
    while True:
        start = max(first, end - _EXTENT_CHUNK)
        chunk = mask[start:end]
        if chunk.any():
            return first, end - 1 - int(np.argmax(chunk[::-1]))
        end = start


def _best(docs: np.ndarray, scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """Top ``k`` of ``docs`` by score descending, ties by doc ascending."""
    if docs.shape[0] > k:
        # Keep everything scoring at least the k-th best, so ties at the boundary survive.
        kth = np.partition(scores, docs.shape[0] - k)[docs.shape[0] - k]
        keep = scores >= kth
        docs, scores = docs[keep], scores[keep]
    order = np.lexsort((docs, -scores))[:k]
    return [(int(docs[i]), float(scores[i])) for i in order]


def _read_manifest(path: Path) -> dict[str, Any]:
    """Parse and validate the manifest's shape, format and version."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise IndexFormatError(f"{path}: cannot read ({exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IndexFormatError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise IndexFormatError(f"{path}: not a {FORMAT_NAME} index")
    if manifest.get("version") != FORMAT_VERSION:
        raise IndexFormatError(
            f"{path}: format version {manifest.get('version')!r}, this code reads {FORMAT_VERSION}"
        )
    try:
        params = manifest["params"]
        _check_params(float(params["k1"]), float(params["b"]), float(params["epsilon"]))
        for key in ("n_docs", "n_terms", "n_postings", "vocabulary_crc32"):
            if not isinstance(manifest[key], int) or manifest[key] < 0:
                raise ValueError(f"{key} must be a non-negative integer")
        for name in _ARRAYS:
            entry = manifest["arrays"][name]
            np.dtype(entry["dtype"])
            if not isinstance(entry["crc32"], int) or not isinstance(entry["shape"], list):
                raise ValueError(f"bad entry for array {name}")
    except KeyError as exc:
        raise IndexFormatError(f"{path}: malformed manifest (no {exc})") from exc
    except (TypeError, ValueError) as exc:
        raise IndexFormatError(f"{path}: malformed manifest ({exc})") from exc
    return manifest


def _read_array(path: Path, entry: dict[str, Any], mmap: bool) -> np.ndarray:
    """Load one ``.npy`` file and check dtype, shape and checksum against the manifest."""
    try:
        with path.open("rb") as f:
            magic = f.read(len(_NPY_MAGIC))
        # Checked first: np.load would open a zip (.npz) here and leave it open.
        if magic != _NPY_MAGIC:
            raise IndexFormatError(f"{path}: not a .npy file")
        array = np.load(path, mmap_mode="r" if mmap else None, allow_pickle=False)
    except (OSError, ValueError, EOFError) as exc:
        if isinstance(exc, IndexFormatError):
            raise
        raise IndexFormatError(f"{path}: cannot load ({exc})") from exc
    if array.dtype != np.dtype(entry["dtype"]) or list(array.shape) != entry["shape"]:
        raise IndexFormatError(
            f"{path}: expected {entry['dtype']} {entry['shape']}, found {array.dtype.str} "
            f"{list(array.shape)}"
        )
    if _crc32(array) != entry["crc32"]:
        raise IndexFormatError(f"{path}: checksum mismatch")
    return array


def _check_shapes(arrays: dict[str, np.ndarray], manifest: dict[str, Any]) -> None:
    """Array kinds and sizes must agree with each other and with the manifest."""
    expected = {
        "indptr": (np.int64, manifest["n_terms"] + 1),
        "doc_ids": (np.int32, manifest["n_postings"]),
        "tfs": (None, manifest["n_postings"]),
        "doc_lengths": (np.int32, manifest["n_docs"]),
    }
    for name, (dtype, size) in expected.items():
        array = arrays[name]
        if array.ndim != 1 or array.shape[0] != size:
            raise IndexFormatError(f"{name}.npy: expected {size} entries, found {array.shape}")
        if dtype is not None and array.dtype != dtype:
            raise IndexFormatError(f"{name}.npy: expected {np.dtype(dtype)}, found {array.dtype}")
    if arrays["tfs"].dtype not in (np.uint8, np.uint16, np.uint32):
        raise IndexFormatError(f"tfs.npy: unexpected dtype {arrays['tfs'].dtype}")
