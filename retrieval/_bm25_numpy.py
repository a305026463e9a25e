"""Numpy twins of the build and load kernels of :mod:`retrieval._bm25_kernels`.

Used only while the compiled kernels are not ready (right after installation, numba takes
about ten seconds to compile them): same inputs, same outputs, bit for bit (a test checks), in
the same floating-point operations, only slower on large corpora.
"""

from __future__ import annotations

import numpy as np

from retrieval._bm25_kernels import IMPACT_LEVELS


def postings(
    term_ids: np.ndarray, doc_lengths: np.ndarray, n_terms: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`retrieval.bm25.postings_of`'s compiled kernels in one: ``(indptr, doc_ids, tfs)``,
    tfs in the narrowest unsigned dtype that holds them."""
    n_docs = max(doc_lengths.shape[0], 1)
    docs = np.repeat(np.arange(doc_lengths.shape[0], dtype=np.int64), doc_lengths)
    pairs, counts = np.unique(term_ids.astype(np.int64) * n_docs + docs, return_counts=True)
    terms = pairs // n_docs
    indptr = np.zeros(n_terms + 1, np.int64)
    np.cumsum(np.bincount(terms, minlength=n_terms), out=indptr[1:])
    largest = int(counts.max(initial=0))
    dtype = next(t for t in (np.uint8, np.uint16, np.uint32) if largest <= np.iinfo(t).max)
    return indptr, (pairs % n_docs).astype(np.int32), counts.astype(dtype)


def first_occurrence_order(term_ids: np.ndarray, n_terms: int) -> np.ndarray:
    """New id per old id, numbering terms by first occurrence (-1 for an absent one)."""
    present, first = np.unique(term_ids, return_index=True)
    new_id = np.full(n_terms, -1, np.int32)
    new_id[present[np.argsort(first)]] = np.arange(present.shape[0], dtype=np.int32)
    return new_id


def _postings_are_sound(
    indptr: np.ndarray, doc_ids: np.ndarray, tfs: np.ndarray, doc_lengths: np.ndarray
) -> bool:
    n_docs = doc_lengths.shape[0]
    if np.any(np.diff(indptr) <= 0):
        return False
    if doc_ids.size == 0:
        return not np.any(doc_lengths)
    if int(doc_ids.min()) < 0 or int(doc_ids.max()) >= n_docs or int(tfs.min()) == 0:
        return False
    within = np.ones(doc_ids.shape[0] - 1, bool)
    within[indptr[1:-1] - 1] = False  # a new term may start anywhere
    if np.any(np.diff(doc_ids.astype(np.int64))[within] <= 0):
        return False
    per_doc = np.bincount(doc_ids, weights=tfs.astype(np.float64), minlength=n_docs)
    return bool(np.array_equal(per_doc, doc_lengths.astype(np.float64)))


def scan_postings(
    indptr: np.ndarray,
    doc_ids: np.ndarray,
    tfs: np.ndarray,
    doc_lengths: np.ndarray,
    norms: np.ndarray,
    k1: float,
    check: bool,
    dense_terms: np.ndarray,
    block_shift: int,
) -> tuple[bool, np.ndarray, np.ndarray, np.ndarray]:
    """See :func:`retrieval._bm25_kernels.scan_postings`."""
    n_terms = indptr.shape[0] - 1
    n_docs = doc_lengths.shape[0]
    n_blocks = (n_docs + (1 << block_shift) - 1) >> block_shift
    k1p1 = k1 + 1
    impacts = np.zeros((dense_terms.shape[0], n_docs), np.uint8)
    block_max = np.zeros((dense_terms.shape[0], n_blocks), np.uint8)
    if check and not _postings_are_sound(indptr, doc_ids, tfs, doc_lengths):
        return False, np.zeros(n_terms), impacts[:0], block_max[:0]
    tf = tfs.astype(np.float64)
    saturation = tf * k1p1 / (tf + norms[doc_ids])
    max_weights = np.zeros(n_terms, np.float64)
    held = np.diff(indptr) > 0
    if saturation.size:
        max_weights[held] = np.maximum.reduceat(saturation, indptr[:-1][held])
    levels = np.clip(np.ceil(saturation / k1p1 * IMPACT_LEVELS), 1, IMPACT_LEVELS).astype(np.uint8)
    for row, t in enumerate(dense_terms.tolist()):
        span = slice(int(indptr[t]), int(indptr[t + 1]))
        docs, q = doc_ids[span], levels[span]
        impacts[row, docs] = q
        blocks = docs >> block_shift
        starts = np.flatnonzero(np.r_[True, blocks[1:] != blocks[:-1]])
        block_max[row, blocks[starts]] = np.maximum.reduceat(q, starts)
    return True, max_weights, impacts, block_max
