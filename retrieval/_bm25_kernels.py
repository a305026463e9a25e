"""Compiled loops behind :mod:`retrieval.bm25` (numba, cached on disk after the first run).

Everything here works on plain numpy arrays so the kernels stay independent of the index class.
Two exact top-k strategies share one weight formula (:func:`_weight`), one heap and one way of
summing a document's score (:func:`_score_in_query_order`), so both return the floats that
scoring every document would:

- :func:`top_k_maxscore` walks postings in document order (MaxScore): quick when one query term
  is rare enough to carry the top k on its own;
- :func:`top_k_blocks` visits blocks of documents best bound first (Block-Max Pruning): quick
  when a term sits in most documents, or the query has a single term.
"""

from __future__ import annotations

import numpy as np
from numba import njit

# Bounds and partial sums are float sums in another order than the final score; this relative
# margin keeps pruning safe against their last-bit differences (scores here are never negative).
_SLACK = 1.0 + 1e-12
#: Dense impacts quantise a term's saturation ``tf / (tf + norm)`` into 1..255 (0 = absent).
IMPACT_LEVELS = 255
# Per-document bounds from quantised impacts are coarser still: a wider (yet tiny) margin.
_DOC_SLACK = 1.0 + 1e-9
_NOWHERE = np.int64(1) << 62


# -- the formula ----------------------------------------------------------------------------------


@njit(cache=True)
def _saturation(tf: float, norm: float, k1p1: float) -> float:
    """``tf (k1 + 1) / (tf + norm)``: the term-frequency part of a BM25 weight."""
    return tf * k1p1 / (tf + norm)


@njit(cache=True)
def _weight(idf: float, tf: float, norm: float, k1p1: float) -> float:
    """One term's BM25 weight in one document (Robertson & Zaragoza, 2009).

    The only copy of the formula in compiled code, evaluated in the order of
    :func:`retrieval.bm25.term_weights` (numpy) and of rank_bm25, so all agree bit for bit.
    """
    return idf * _saturation(tf, norm, k1p1)


@njit(cache=True)
def _score_in_query_order(weights: np.ndarray, order: np.ndarray) -> float:
    """A document's score: its term weights summed over the query's positions, in order.

    The exhaustive path adds the same floats in the same order, so scores agree bit for bit.
    """
    score = 0.0
    for i in range(order.shape[0]):
        score += weights[order[i]]
    return score


# -- building and loading -------------------------------------------------------------------------


@njit(cache=True, nogil=True)  # pure arithmetic: let the serving thread run meanwhile
def postings_offsets(
    term_ids: np.ndarray, doc_lengths: np.ndarray, n_terms: int
) -> tuple[np.ndarray, int]:
    """CSR offsets of the postings of a flat token-id stream, and the largest term frequency.

    Term ``t`` will own ``indptr[t]:indptr[t + 1]``, one posting per document holding it.

    Args:
        term_ids: Term id of every token, documents laid end to end (int32).
        doc_lengths: Number of tokens of each document, in corpus order.
        n_terms: Size of the vocabulary.
    """
    df = np.zeros(n_terms, np.int64)
    tf = np.zeros(n_terms, np.int64)
    max_tf = 0
    # Last document that counted each term: counts a term once per document without a set.
    last = np.full(n_terms, -1, np.int64)
    pos = 0
    for d in range(doc_lengths.shape[0]):
        end = pos + doc_lengths[d]
        for i in range(pos, end):
            t = term_ids[i]
            if last[t] != d:
                last[t] = d
                df[t] += 1
                tf[t] = 0
            tf[t] += 1
            if tf[t] > max_tf:
                max_tf = tf[t]
        pos = end
    indptr = np.zeros(n_terms + 1, np.int64)
    for t in range(n_terms):
        indptr[t + 1] = indptr[t] + df[t]
    return indptr, max_tf


@njit(cache=True, nogil=True)  # pure arithmetic: let the serving thread run meanwhile
def fill_postings(
    term_ids: np.ndarray,
    doc_lengths: np.ndarray,
    indptr: np.ndarray,
    doc_ids: np.ndarray,
    tfs: np.ndarray,
) -> None:
    """Write the postings laid out by :func:`postings_offsets` into ``doc_ids`` and ``tfs``.

    ``tfs`` may be of any unsigned dtype that holds the largest term frequency. Documents are
    visited in order, so every term's postings come out sorted by doc id.
    """
    n_terms = indptr.shape[0] - 1
    cursor = indptr[:n_terms].copy()
    last = np.full(n_terms, -1, np.int64)
    pos = 0
    for d in range(doc_lengths.shape[0]):
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


@njit(cache=True, nogil=True)
def first_occurrence_order(term_ids: np.ndarray, n_terms: int) -> np.ndarray:
    """Renumber terms by first occurrence in the stream (rank_bm25's vocabulary order).

    Returns:
        ``new_id`` per old id (every id in ``0..n_terms-1`` must occur).
    """
    new_id = np.full(n_terms, -1, np.int32)
    seen = 0
    for i in range(term_ids.shape[0]):
        t = term_ids[i]
        if new_id[t] < 0:
            new_id[t] = seen
            seen += 1
    return new_id


@njit(cache=True, nogil=True)
def _postings_are_sound(
    indptr: np.ndarray, doc_ids: np.ndarray, tfs: np.ndarray, doc_lengths: np.ndarray
) -> bool:
    """Doc ids strictly ascending per term and in range, tf >= 1, no term without postings,
    and each document's term frequencies adding up to its length (for loaded files)."""
    n_terms = indptr.shape[0] - 1
    n_docs = doc_lengths.shape[0]
    seen = np.zeros(n_docs, np.int64)
    for t in range(n_terms):
        if indptr[t + 1] <= indptr[t]:
            return False
        prev = -1
        for j in range(indptr[t], indptr[t + 1]):
            d = doc_ids[j]
            if d <= prev or d >= n_docs or tfs[j] == 0:
                return False
            prev = d
            seen[d] += tfs[j]
    return bool(np.all(seen == doc_lengths))


@njit(cache=True)
def _impact(saturation: float, k1p1: float) -> int:
    """Quantised saturation, rounded up so that ``impact * k1p1 / 255`` bounds it (1..255)."""
    q = int(np.ceil(saturation / k1p1 * IMPACT_LEVELS))
    return min(max(q, 1), IMPACT_LEVELS)


@njit(cache=True, nogil=True)  # pure arithmetic: let the serving thread run meanwhile
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
    """Everything derived from the postings in one pass: bounds, dense impacts, a check.

    The maximum of ``tf (k1 + 1) / (tf + norm)`` over a term's postings, times the term's idf,
    bounds what the term adds to any document's score. Terms in many documents also get a
    dense row of quantised impacts (one byte per document, 0 where absent) and its maximum per
    block of ``2**block_shift`` documents, for :func:`top_k_blocks`. With ``check`` (loaded
    files), the structure is verified first (see :func:`_postings_are_sound`).

    Returns:
        ``(ok, max_weights, impacts, block_max)``; when ``ok`` is False the rest is empty.
    """
    n_terms = indptr.shape[0] - 1
    n_docs = doc_lengths.shape[0]
    n_blocks = (n_docs + (1 << block_shift) - 1) >> block_shift
    k1p1 = k1 + 1
    max_weights = np.zeros(n_terms, np.float64)
    impacts = np.zeros((dense_terms.shape[0], n_docs), np.uint8)
    block_max = np.zeros((dense_terms.shape[0], n_blocks), np.uint8)
    if check and not _postings_are_sound(indptr, doc_ids, tfs, doc_lengths):
        return False, max_weights, impacts[:0], block_max[:0]
    for t in range(n_terms):
        best = 0.0
        for j in range(indptr[t], indptr[t + 1]):
            w = _saturation(float(tfs[j]), norms[doc_ids[j]], k1p1)
            if w > best:
                best = w
        max_weights[t] = best
    for row in range(dense_terms.shape[0]):
        t = dense_terms[row]
        for j in range(indptr[t], indptr[t + 1]):
            d = doc_ids[j]
            q = _impact(_saturation(float(tfs[j]), norms[d], k1p1), k1p1)
            impacts[row, d] = q
            b = d >> block_shift
            if q > block_max[row, b]:
                block_max[row, b] = q
    return True, max_weights, impacts, block_max


# -- the top-k heap (worst entry at the root) -----------------------------------------------------


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

    Documents may come in any order: on a tie with the worst held entry, the smaller doc id
    stays, as in the exhaustive ranking.
    """
    if size < scores.shape[0]:
        scores[size] = score
        docs[size] = doc
        _sift_up(scores, docs, size)
        return size + 1
    if score > scores[0] or (score == scores[0] and doc < docs[0]):
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


# -- searching postings ---------------------------------------------------------------------------


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


# -- MaxScore: document at a time -----------------------------------------------------------------


@njit(cache=True)
def _maxscore_lists(
    indptr: np.ndarray,
    doc_ids: np.ndarray,
    terms: np.ndarray,
    total_bounds: np.ndarray,
    first_doc: int,
    last_doc: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Query terms weakest bound first, with their postings cut to ``[first_doc, last_doc]``.

    Returns:
        ``(by_bound, start, end, cum, cur_doc)``: list ``j`` is term ``by_bound[j]``, its
        postings ``[start[j], end[j])``; ``cum[j]`` bounds the score from lists ``0..j``;
        ``cur_doc[j]`` is the list's current document (``_NOWHERE`` once exhausted).
    """
    m = terms.shape[0]
    by_bound = np.argsort(total_bounds)  # weakest first
    start = np.empty(m, np.int64)
    end = np.empty(m, np.int64)
    cum = np.empty(m, np.float64)
    cur_doc = np.empty(m, np.int64)
    acc = 0.0
    for j in range(m):
        t = terms[by_bound[j]]
        start[j] = _seek(doc_ids, indptr[t], indptr[t + 1], first_doc)
        end[j] = _seek(doc_ids, start[j], indptr[t + 1], last_doc + 1)
        acc += total_bounds[by_bound[j]]
        cum[j] = acc
        cur_doc[j] = doc_ids[start[j]] if start[j] < end[j] else _NOWHERE
    return by_bound, start, end, cum, cur_doc


@njit(cache=True)
def _advance(
    doc_ids: np.ndarray, start: np.ndarray, end: np.ndarray, cur_doc: np.ndarray, j: int
) -> None:
    """Move list ``j`` one posting on."""
    p = start[j] + 1
    start[j] = p
    cur_doc[j] = doc_ids[p] if p < end[j] else _NOWHERE


@njit(cache=True)
def _next_candidate(cur_doc: np.ndarray, first_essential: int) -> int:
    """The smallest current document among the essential lists."""
    doc = _NOWHERE
    for j in range(first_essential, cur_doc.shape[0]):
        if cur_doc[j] < doc:
            doc = cur_doc[j]
    return doc


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
    before any scoring.

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
    by_bound, start, end, cum, cur_doc = _maxscore_lists(
        indptr, doc_ids, terms, bounds * counts, first_doc, last_doc
    )
    weights = np.zeros(m, np.float64)
    heap_scores = np.empty(k, np.float64)
    heap_docs = np.empty(k, np.int64)
    size = 0
    threshold = -np.inf
    first_essential = 0
    doc = _next_candidate(cur_doc, 0)
    while doc != _NOWHERE:
        if use_mask and not mask[doc]:
            for j in range(first_essential, m):
                if cur_doc[j] == doc:
                    _advance(doc_ids, start, end, cur_doc, j)
            doc = _next_candidate(cur_doc, first_essential)
            continue
        # Essential lists: the document's weights from the terms it holds.
        partial = 0.0
        for j in range(first_essential, m):
            u = by_bound[j]
            weights[u] = 0.0
            if cur_doc[j] == doc:
                weights[u] = _weight(idfs[u], float(tfs[start[j]]), norms[doc], k1p1)
                partial += counts[u] * weights[u]
                _advance(doc_ids, start, end, cur_doc, j)
        # Non-essential lists, strongest first, until the document provably falls short.
        hopeless = False
        for j in range(first_essential - 1, -1, -1):
            u = by_bound[j]
            weights[u] = 0.0
            if (partial + cum[j]) * _SLACK <= threshold:
                hopeless = True
                break
            p = _seek(doc_ids, start[j], end[j], doc)
            start[j] = p
            if p < end[j] and doc_ids[p] == doc:
                weights[u] = _weight(idfs[u], float(tfs[p]), norms[doc], k1p1)
                partial += counts[u] * weights[u]
                start[j] = p + 1
        if not hopeless:
            score = _score_in_query_order(weights, order)
            size = _offer(heap_scores, heap_docs, size, score, doc)
            if size == k and heap_scores[0] > threshold:
                threshold = heap_scores[0]
                # Terms whose summed bounds cannot reach the k-th score stop proposing.
                while first_essential < m and cum[first_essential] * _SLACK <= threshold:
                    first_essential += 1
        doc = _next_candidate(cur_doc, first_essential)
    return _drain(heap_scores, heap_docs, size)


# -- Block-Max Pruning: blocks of documents, best bound first -------------------------------------


@njit(cache=True)
def _block_bounds(
    indptr: np.ndarray,
    doc_ids: np.ndarray,
    tfs: np.ndarray,
    norms: np.ndarray,
    k1p1: float,
    terms: np.ndarray,
    idfs: np.ndarray,
    counts: np.ndarray,
    rows: np.ndarray,
    block_max: np.ndarray,
    block_shift: int,
    first_block: int,
    last_block: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Per block, a bound on any document's score; per sparse term, where each block starts.

    A dense term (``rows[u] >= 0``) adds its stored block maxima; a sparse one walks its
    postings once for exact block maxima, noting each block's first posting in ``starts[u]``
    (-1 where it has none). Blocks outside ``[first_block, last_block]`` get no bound.
    """
    m = terms.shape[0]
    n_blocks = last_block + 1
    ub = np.zeros(n_blocks, np.float64)
    starts = np.empty((m, n_blocks), np.int32)
    unit = k1p1 / IMPACT_LEVELS
    for u in range(m):
        t = terms[u]
        scale = idfs[u] * counts[u]
        if rows[u] >= 0:
            row = block_max[rows[u]]
            for b in range(first_block, n_blocks):
                ub[b] += scale * (row[b] * unit)
            continue
        starts[u, first_block:] = -1
        block = -1
        best = 0.0
        for j in range(indptr[t], indptr[t + 1]):
            d = doc_ids[j]
            b = d >> block_shift
            if b < first_block:
                continue
            if b > last_block:
                break
            if b != block:
                if block >= 0:
                    ub[block] += scale * best
                block = b
                best = 0.0
                starts[u, b] = j
            w = _saturation(float(tfs[j]), norms[d], k1p1)
            if w > best:
                best = w
        if block >= 0:
            ub[block] += scale * best
    return ub, starts


@njit(cache=True)
def _block_heap_down(heap: np.ndarray, ub: np.ndarray, size: int, i: int) -> None:
    """Restore the max-heap of block ids (highest bound at the root) below position ``i``."""
    while True:
        child = 2 * i + 1
        if child >= size:
            return
        if child + 1 < size and ub[heap[child + 1]] > ub[heap[child]]:
            child += 1
        if ub[heap[child]] <= ub[heap[i]]:
            return
        heap[child], heap[i] = heap[i], heap[child]
        i = child


@njit(cache=True)
def _blocks_by_bound(ub: np.ndarray) -> tuple[np.ndarray, int]:
    """A max-heap of the blocks that hold any query term, keyed by their bound."""
    heap = np.empty(ub.shape[0], np.int64)
    size = 0
    for b in range(ub.shape[0]):
        if ub[b] > 0:
            heap[size] = b
            size += 1
    for i in range(size // 2 - 1, -1, -1):
        _block_heap_down(heap, ub, size, i)
    return heap, size


@njit(cache=True)
def _doc_bounds_in_block(
    doc_ids: np.ndarray,
    tfs: np.ndarray,
    norms: np.ndarray,
    k1p1: float,
    indptr: np.ndarray,
    terms: np.ndarray,
    idfs: np.ndarray,
    counts: np.ndarray,
    rows: np.ndarray,
    impacts: np.ndarray,
    starts: np.ndarray,
    block: int,
    base: int,
    top: int,
    out: np.ndarray,
) -> None:
    """Fill ``out[0:top - base]`` with a bound on each document's score (0: holds no term).

    Sparse terms add their exact weights, dense ones their quantised impacts rounded up.
    """
    out[: top - base] = 0.0
    unit = k1p1 / IMPACT_LEVELS
    for u in range(terms.shape[0]):
        scale = idfs[u] * counts[u]
        if rows[u] >= 0:
            row = impacts[rows[u], base:top]
            for x in range(top - base):
                out[x] += scale * (row[x] * unit)
            continue
        p = starts[u, block]
        if p < 0:
            continue
        end = indptr[terms[u] + 1]
        while p < end and doc_ids[p] < top:
            d = doc_ids[p]
            if d >= base:  # the first block of a band may start before it
                out[d - base] += scale * _saturation(float(tfs[p]), norms[d], k1p1)
            p += 1


@njit(cache=True)
def _doc_weights(
    doc_ids: np.ndarray,
    tfs: np.ndarray,
    norms: np.ndarray,
    k1p1: float,
    indptr: np.ndarray,
    terms: np.ndarray,
    idfs: np.ndarray,
    rows: np.ndarray,
    impacts: np.ndarray,
    starts: np.ndarray,
    block: int,
    doc: int,
    weights: np.ndarray,
) -> None:
    """Each query term's exact weight in ``doc`` (0 where absent), into ``weights``."""
    for u in range(terms.shape[0]):
        weights[u] = 0.0
        t = terms[u]
        end = indptr[t + 1]
        if rows[u] >= 0:
            if impacts[rows[u], doc] == 0:
                continue
            p = _seek(doc_ids, indptr[t], end, doc)
        else:
            p = starts[u, block]
            if p < 0:
                continue
            p = _seek(doc_ids, p, end, doc)
        if p < end and doc_ids[p] == doc:
            weights[u] = _weight(idfs[u], float(tfs[p]), norms[doc], k1p1)


@njit(cache=True)
def top_k_blocks(
    indptr: np.ndarray,
    doc_ids: np.ndarray,
    tfs: np.ndarray,
    norms: np.ndarray,
    k1: float,
    terms: np.ndarray,
    idfs: np.ndarray,
    counts: np.ndarray,
    order: np.ndarray,
    k: int,
    mask: np.ndarray,
    use_mask: bool,
    first_doc: int,
    last_doc: int,
    rows: np.ndarray,
    impacts: np.ndarray,
    block_max: np.ndarray,
    block_shift: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-k by Block-Max Pruning (Mallia, Suel & Tonellotto, SIGIR 2024).

    Documents fall into blocks of ``2**block_shift`` consecutive ids. Each block gets a bound
    (the sum over query terms of their best weight in it) and blocks are visited highest bound
    first, so the k-th best score rises fast; once the next block's bound falls below it, no
    unvisited document can enter. Inside a block, each document's own bound (exact sparse
    weights plus dense impacts) decides whether it is scored exactly. Terms in most documents
    cost one byte per document here, where walking their postings would cost far more.

    Args:
        indptr, doc_ids, tfs, norms, k1, terms, idfs, counts, order, k, mask, use_mask,
            first_doc, last_doc: As for :func:`top_k_maxscore`.
        rows: Per query term, its row in ``impacts``/``block_max``, or -1 (sparse term).
        impacts: Dense quantised impacts (see :func:`scan_postings`).
        block_max: Their per-block maxima.
        block_shift: log2 of the block size.

    Returns:
        ``(docs, scores)``, best first, ties by ascending doc id.
    """
    k1p1 = k1 + 1
    size_of_block = 1 << block_shift
    first_block = first_doc >> block_shift
    ub, starts = _block_bounds(
        indptr, doc_ids, tfs, norms, k1p1, terms, idfs, counts, rows, block_max,
        block_shift, first_block, last_doc >> block_shift,
    )  # fmt: skip
    heap, n_candidates = _blocks_by_bound(ub)
    heap_scores = np.empty(k, np.float64)
    heap_docs = np.empty(k, np.int64)
    size = 0
    doc_bounds = np.empty(size_of_block, np.float64)
    weights = np.zeros(terms.shape[0], np.float64)
    while n_candidates > 0:
        block = heap[0]
        if size == k and ub[block] * _SLACK < heap_scores[0]:
            break  # no unvisited block can hold a document that enters the top k
        n_candidates -= 1
        heap[0] = heap[n_candidates]
        _block_heap_down(heap, ub, n_candidates, 0)
        base = max(block << block_shift, first_doc)
        top = min((block + 1) << block_shift, last_doc + 1)
        _doc_bounds_in_block(
            doc_ids, tfs, norms, k1p1, indptr, terms, idfs, counts, rows, impacts, starts,
            block, base, top, doc_bounds,
        )  # fmt: skip
        for x in range(top - base):
            bound = doc_bounds[x]
            if bound <= 0.0 or (size == k and bound * _DOC_SLACK < heap_scores[0]):
                continue
            doc = base + x
            if use_mask and not mask[doc]:
                continue
            _doc_weights(
                doc_ids, tfs, norms, k1p1, indptr, terms, idfs, rows, impacts, starts,
                block, doc, weights,
            )  # fmt: skip
            score = _score_in_query_order(weights, order)
            size = _offer(heap_scores, heap_docs, size, score, doc)
    return _drain(heap_scores, heap_docs, size)


# -- a few candidate documents --------------------------------------------------------------------


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
    candidates, not the terms' document frequencies. Only candidates holding a query term are
    returned.

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
                weights[u] = _weight(idfs[u], float(tfs[p]), norms[doc], k1p1)
                found = True
                p += 1
            start[u] = p
        if found:
            size = _offer(heap_scores, heap_docs, size, _score_in_query_order(weights, order), doc)
    return _drain(heap_scores, heap_docs, size)
