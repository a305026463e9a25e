"""Compiled loops behind :mod:`retrieval.bm25` (numba, cached on disk after the first run).

Everything here works on plain numpy arrays so the kernels stay independent of the index class.
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True, nogil=True)  # pure arithmetic: let the serving thread run meanwhile
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


@njit(cache=True, nogil=True)  # pure arithmetic: let the serving thread run meanwhile
def scan_postings(
    indptr: np.ndarray,
    doc_ids: np.ndarray,
    tfs: np.ndarray,
    doc_lengths: np.ndarray,
    norms: np.ndarray,
    k1: float,
    check: bool,
) -> tuple[bool, np.ndarray]:
    """One pass over all postings: per-term weight maxima, and (if ``check``) a structure check.

    The maximum of ``tf (k1 + 1) / (tf + norm)`` over a term's postings, times the term's idf,
    bounds what the term adds to any document's score. The check (for loaded files) wants doc
    ids strictly ascending per term and in range, tf >= 1, no term without postings, and each
    document's term frequencies adding up to its length.

    Returns:
        ``(ok, max_weights)``; when ``ok`` is False the maxima are meaningless.
    """
    n_terms = indptr.shape[0] - 1
    n_docs = doc_lengths.shape[0]
    k1p1 = k1 + 1
    max_weights = np.zeros(n_terms, np.float64)
    seen = np.zeros(n_docs if check else 0, np.int64)
    for t in range(n_terms):
        start = indptr[t]
        end = indptr[t + 1]
        if check and end <= start:
            return False, max_weights
        best = 0.0
        prev = -1
        for j in range(start, end):
            d = doc_ids[j]
            if check:
                # Range first: an out-of-range id must not be used to index norms.
                if d <= prev or d >= n_docs or tfs[j] == 0:
                    return False, max_weights
                prev = d
                seen[d] += tfs[j]
            tf = float(tfs[j])
            w = tf * k1p1 / (tf + norms[d])
            if w > best:
                best = w
        max_weights[t] = best
    if check:
        for d in range(n_docs):
            if seen[d] != doc_lengths[d]:
                return False, max_weights
    return True, max_weights


@njit(cache=True)
def _seek(doc_ids: np.ndarray, lo: int, hi: int, target: int) -> int:
    """First position in ``[lo, hi)`` whose doc id is >= ``target`` (galloping, then binary)."""
    if lo >= hi or doc_ids[lo] >= target:
        return lo
    # Invariant: doc_ids[below] < target.
    below = lo
    step = 1
    probe = lo + 1
    while probe < hi and doc_ids[probe] < target:
        below = probe
        step *= 2
        probe = below + step
    if probe > hi:
        probe = hi
    left = below + 1
    right = probe
    while left < right:
        mid = (left + right) >> 1
        if doc_ids[mid] < target:
            left = mid + 1
        else:
            right = mid
    return left


@njit(cache=True)
def _worse(scores: np.ndarray, docs: np.ndarray, i: int, j: int) -> bool:
    """Whether heap entry i ranks below entry j (lower score; on a tie, the larger doc id)."""
    return scores[i] < scores[j] or (scores[i] == scores[j] and docs[i] > docs[j])


@njit(cache=True)
def _sift_down(scores: np.ndarray, docs: np.ndarray, size: int, i: int) -> None:
    """Restore the heap (worst entry at the root) below position ``i``."""
    while True:
        child = 2 * i + 1
        if child >= size:
            return
        if child + 1 < size and _worse(scores, docs, child + 1, child):
            child += 1
        if not _worse(scores, docs, child, i):
            return
        scores[i], scores[child] = scores[child], scores[i]
        docs[i], docs[child] = docs[child], docs[i]
        i = child


@njit(cache=True)
def _sift_up(scores: np.ndarray, docs: np.ndarray, i: int) -> None:
    while i > 0:
        parent = (i - 1) >> 1
        if not _worse(scores, docs, i, parent):
            return
        scores[i], scores[parent] = scores[parent], scores[i]
        docs[i], docs[parent] = docs[parent], docs[i]
        i = parent


@njit(cache=True)
def _offer(scores: np.ndarray, docs: np.ndarray, size: int, score: float, doc: int) -> int:
    """Offer a document to the top-k heap (capacity ``len(scores)``); returns the new size.

    Documents must be offered in ascending id order: then a tie with the worst held entry
    loses, since that entry has the smaller id.
    """
    if size < scores.shape[0]:
        scores[size] = score
        docs[size] = doc
        _sift_up(scores, docs, size)
        return size + 1
    if score > scores[0]:
        scores[0] = score
        docs[0] = doc
        _sift_down(scores, docs, size, 0)
    return size


@njit(cache=True)
def _drain(scores: np.ndarray, docs: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Empty the heap into ``(docs, scores)``, best first (heap sort from the back)."""
    out_docs = np.empty(size, np.int64)
    out_scores = np.empty(size, np.float64)
    for i in range(size - 1, -1, -1):
        out_scores[i] = scores[0]
        out_docs[i] = docs[0]
        scores[0] = scores[i]
        docs[0] = docs[i]
        _sift_down(scores, docs, i, 0)
    return out_docs, out_scores


# Bounds and partial sums are float sums in another order than the final score; this relative
# margin keeps pruning safe against their last-bit differences (scores here are never negative).
_SLACK = 1.0 + 1e-12


@njit(cache=True)
def top_k_maxscore(
    indptr: np.ndarray,
    doc_ids: np.ndarray,
    tfs: np.ndarray,
    norms: np.ndarray,
    k1: float,
    terms: np.ndarray,
    idfs: np.ndarray,
    bounds: np.ndarray,
    counts: np.ndarray,
    order: np.ndarray,
    k: int,
    mask: np.ndarray,
    use_mask: bool,
    first_doc: int,
    last_doc: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-k by document-at-a-time MaxScore (Turtle & Flood, 1995).

    Terms are ranked by their score bound. Once the k-th best score exceeds the summed bounds of
    the weakest terms, those become "non-essential": only documents holding an essential term
    are visited, and non-essential postings are merely probed (galloping search), stopping as
    soon as the document provably cannot beat the k-th score. Masked-out documents are skipped
    before any scoring. The final score of a document sums term weights in query order, exactly
    as the exhaustive path does, so both paths agree bit for bit.

    Args:
        indptr, doc_ids, tfs: CSR postings.
        norms: Per-document ``k1 * (1 - b + b * dl / avgdl)``.
        k1: BM25 k1.
        terms: Distinct query term ids.
        idfs: Their idfs (all >= 0).
        bounds: Their bounds ``idf * max weight``, one occurrence each.
        counts: How many times each occurs in the query.
        order: For each query position, the index (into ``terms``) of its term.
        k: Number of results (>= 1).
        mask: Bool per document; only read when ``use_mask``.
        use_mask: Whether to filter by ``mask``.
        first_doc: No document before this one qualifies (e.g. the mask's first True).
        last_doc: Nor any after this one.

    Returns:
        ``(docs, scores)``, best first, ties by ascending doc id.
    """
    m = terms.shape[0]
    k1p1 = k1 + 1
    total_bounds = bounds * counts
    by_bound = np.argsort(total_bounds)  # weakest first
    start = np.empty(m, np.int64)
    end = np.empty(m, np.int64)
    cum = np.empty(m, np.float64)
    acc = 0.0
    for j in range(m):
        t = terms[by_bound[j]]
        # Only postings inside [first_doc, last_doc] can qualify (the mask's extent).
        start[j] = _seek(doc_ids, indptr[t], indptr[t + 1], first_doc)
        end[j] = _seek(doc_ids, start[j], indptr[t + 1], last_doc + 1)
        acc += total_bounds[by_bound[j]]
        cum[j] = acc  # bound on the score from terms 0..j
    weights = np.zeros(m, np.float64)
    big = np.int64(1) << 62
    cur_doc = np.empty(m, np.int64)
    for j in range(m):
        cur_doc[j] = doc_ids[start[j]] if start[j] < end[j] else big

    heap_scores = np.empty(k, np.float64)
    heap_docs = np.empty(k, np.int64)
    size = 0
    threshold = -np.inf
    first_essential = 0
    doc = big
    for j in range(m):
        if cur_doc[j] < doc:
            doc = cur_doc[j]
    while doc != big:
        next_doc = big
        if use_mask and not mask[doc]:
            for j in range(first_essential, m):
                if cur_doc[j] == doc:
                    p = start[j] + 1
                    start[j] = p
                    cur_doc[j] = doc_ids[p] if p < end[j] else big
                if cur_doc[j] < next_doc:
                    next_doc = cur_doc[j]
            doc = next_doc
            continue
        partial = 0.0
        for j in range(first_essential, m):
            u = by_bound[j]
            if cur_doc[j] == doc:
                p = start[j]
                tf = float(tfs[p])
                w = idfs[u] * (tf * k1p1 / (tf + norms[doc]))
                weights[u] = w
                partial += counts[u] * w
                p += 1
                start[j] = p
                cur_doc[j] = doc_ids[p] if p < end[j] else big
            else:
                weights[u] = 0.0
            if cur_doc[j] < next_doc:
                next_doc = cur_doc[j]
        hopeless = False
        for j in range(first_essential - 1, -1, -1):
            u = by_bound[j]
            weights[u] = 0.0
            if (partial + cum[j]) * _SLACK <= threshold:
                hopeless = True
                break
            p = _seek(doc_ids, start[j], end[j], doc)
            if p < end[j] and doc_ids[p] == doc:
                tf = float(tfs[p])
                w = idfs[u] * (tf * k1p1 / (tf + norms[doc]))
                weights[u] = w
                partial += counts[u] * w
                p += 1
            start[j] = p
        if not hopeless:
            score = 0.0
            for i in range(order.shape[0]):
                score += weights[order[i]]
            size = _offer(heap_scores, heap_docs, size, score, doc)
            if size == k and heap_scores[0] > threshold:
                threshold = heap_scores[0]
                old = first_essential
                while first_essential < m and cum[first_essential] * _SLACK <= threshold:
                    first_essential += 1
                if first_essential != old:
                    # Terms that just became non-essential no longer propose candidates.
                    next_doc = big
                    for j in range(first_essential, m):
                        if cur_doc[j] < next_doc:
                            next_doc = cur_doc[j]
        doc = next_doc

    return _drain(heap_scores, heap_docs, size)


@njit(cache=True)
def top_k_candidates(
    indptr: np.ndarray,
    doc_ids: np.ndarray,
    tfs: np.ndarray,
    norms: np.ndarray,
    k1: float,
    terms: np.ndarray,
    idfs: np.ndarray,
    order: np.ndarray,
    k: int,
    candidates: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-k among a few given documents, found by probing each term's postings.

    For a sparse filter this beats walking posting lists: the cost follows the number of
    candidates, not the terms' document frequencies. Scores are summed in query order, as
    everywhere else, and only candidates holding a query term are returned.

    Args:
        indptr, doc_ids, tfs, norms, k1, terms, idfs, order, k: As for :func:`top_k_maxscore`.
        candidates: Ascending ids of the documents that may be returned.

    Returns:
        ``(docs, scores)``, best first, ties by ascending doc id.
    """
    m = terms.shape[0]
    k1p1 = k1 + 1
    start = np.empty(m, np.int64)
    end = np.empty(m, np.int64)
    for u in range(m):
        start[u] = indptr[terms[u]]
        end[u] = indptr[terms[u] + 1]
    weights = np.zeros(m, np.float64)
    heap_scores = np.empty(k, np.float64)
    heap_docs = np.empty(k, np.int64)
    size = 0
    for i in range(candidates.shape[0]):
        doc = candidates[i]
        found = False
        for u in range(m):
            p = _seek(doc_ids, start[u], end[u], doc)
            weights[u] = 0.0
            if p < end[u] and doc_ids[p] == doc:
                tf = float(tfs[p])
                weights[u] = idfs[u] * (tf * k1p1 / (tf + norms[doc]))
                found = True
                p += 1
            start[u] = p
        if found:
            score = 0.0
            for q in range(order.shape[0]):
                score += weights[order[q]]
            size = _offer(heap_scores, heap_docs, size, score, doc)
    return _drain(heap_scores, heap_docs, size)
