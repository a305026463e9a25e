"""Compiled loops behind :mod:`retrieval.bm25` (numba, cached on disk after the first run).

Everything here works on plain numpy arrays so the kernels stay independent of the index class.
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True)
def build_postings(
    term_ids: np.ndarray, doc_lengths: np.ndarray, n_terms: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Group a flat token-id stream into CSR postings in O(tokens).

    Args:
        term_ids: Term id of every token, documents laid end to end (int32).
        doc_lengths: Number of tokens of each document (int64), in corpus order.
        n_terms: Size of the vocabulary.

    Returns:
        ``(indptr, doc_ids, tfs)``: term ``t`` owns ``doc_ids[indptr[t]:indptr[t + 1]]``
        (ascending) and the matching term frequencies in ``tfs`` (uint32).
    """
    n_docs = doc_lengths.shape[0]
    df = np.zeros(n_terms, np.int64)
    # Last document that counted each term: counts a term once per document without a set.
    last = np.full(n_terms, -1, np.int64)
    pos = 0
    for d in range(n_docs):
        end = pos + doc_lengths[d]
        for i in range(pos, end):
            t = term_ids[i]
            if last[t] != d:
                last[t] = d
                df[t] += 1
        pos = end

    indptr = np.zeros(n_terms + 1, np.int64)
    for t in range(n_terms):
        indptr[t + 1] = indptr[t] + df[t]
    n_postings = indptr[n_terms]
    doc_ids = np.empty(n_postings, np.int32)
    tfs = np.zeros(n_postings, np.uint32)
    cursor = indptr[:n_terms].copy()
    last[:] = -1
    pos = 0
    # Documents are visited in order, so every term's postings come out sorted by doc id.
    for d in range(n_docs):
        end = pos + doc_lengths[d]
        for i in range(pos, end):
            t = term_ids[i]
            if last[t] != d:
                last[t] = d
                doc_ids[cursor[t]] = d
                tfs[cursor[t]] = 1
                cursor[t] += 1
            else:
                tfs[cursor[t] - 1] += 1
        pos = end
    return indptr, doc_ids, tfs


@njit(cache=True)
def postings_are_valid(
    indptr: np.ndarray, doc_ids: np.ndarray, tfs: np.ndarray, doc_lengths: np.ndarray
) -> bool:
    """Check CSR structure against the document lengths.

    Doc ids must be strictly ascending per term and in range, every term must occur, and each
    document's term frequencies must add up to its length.
    """
    n_terms = indptr.shape[0] - 1
    n_docs = doc_lengths.shape[0]
    seen = np.zeros(n_docs, np.int64)
    for t in range(n_terms):
        start = indptr[t]
        end = indptr[t + 1]
        if end <= start:
            return False  # every vocabulary term occurs somewhere
        prev = -1
        for j in range(start, end):
            d = doc_ids[j]
            if d <= prev or d >= n_docs or tfs[j] == 0:
                return False
            prev = d
            seen[d] += tfs[j]
    for d in range(n_docs):  # noqa: SIM110 -- numba cannot compile all() over a generator
        if seen[d] != doc_lengths[d]:
            return False
    return True
