"""Compiled word alignment behind :mod:`retrieval.verify` (numba, cached on disk).

A *fitting* alignment: every word of the quote is accounted for (matched, replaced or added),
while the passage may start and end anywhere (a quote is usually a piece of a passage). Words the
quote leaves out of the passage cost a gap: an opening plus a little per word (Gotoh's affine
gaps, "An improved algorithm for matching biological sequences", J. Mol. Biol. 162, 1982), so
one long cut costs less than many scattered ones. Where the quote marks a cut with an ellipsis,
leaving passage words out there costs nothing.
"""

from __future__ import annotations

import numpy as np
from numba import njit

#: Operation codes returned by :func:`align_words`.
OP_MATCH, OP_REPLACE, OP_ADD, OP_SKIP = 0, 1, 2, 3

_NEG = -1.0e18
_FROM_M, _FROM_X, _FROM_Y = 0, 1, 2


@njit(cache=True, nogil=True)  # pure arithmetic: let the serving thread run meanwhile
def align_words(
    quote: np.ndarray,
    free_gap: np.ndarray,
    passage: np.ndarray,
    match: float,
    replace: float,
    add: float,
    gap_open: float,
    gap_extend: float,
) -> tuple[float, int, np.ndarray, np.ndarray, np.ndarray]:
    """Best alignment of the quote's words inside the passage's words.

    Args:
        quote: Word ids of the quote (int32, length m >= 1).
        free_gap: Per quote word, True when an ellipsis stands right before it: passage words
            skipped there cost nothing (bool, length m).
        passage: Word ids of the passage (int32, length n >= 1); a word id equal to a quote
            word's id is the same word.
        match: Score of a quote word aligned to the same passage word (> 0).
        replace: Score of a quote word aligned to a different passage word (< 0).
        add: Score of a quote word with no passage word (< 0).
        gap_open: Score of starting to skip passage words inside the quote (< 0).
        gap_extend: Score of each further skipped passage word (<= 0).

    Returns:
        ``(score, count, ops, quote_index, passage_index)``: the first ``count`` entries of
        the arrays, in text order, are the operations (``OP_*``) with the quote word and the
        passage word each concerns (-1 where none).
    """
    m = quote.shape[0]
    n = passage.shape[0]
    # H: best score of any state; Y: best score ending in a skipped passage word.
    h = np.empty((m + 1, n + 1), np.float64)
    y = np.full((m + 1, n + 1), _NEG, np.float64)
    came = np.zeros((m + 1, n + 1), np.int8)  # which state gave H
    extended = np.zeros((m + 1, n + 1), np.bool_)  # Y came from Y (not from H)
    for j in range(n + 1):
        h[0, j] = 0.0  # the quote may start anywhere in the passage
    for i in range(1, m + 1):
        h[i, 0] = h[i - 1, 0] + add
        came[i, 0] = _FROM_X
        word = quote[i - 1]
        # Skipping passage words after i quote words: free at an ellipsis, never after the
        # last word (the passage may simply go on).
        inside = i < m
        free = inside and free_gap[i]
        for j in range(1, n + 1):
            diagonal = h[i - 1, j - 1] + (match if passage[j - 1] == word else replace)
            up = h[i - 1, j] + add
            best = diagonal
            state = _FROM_M
            if up > best:
                best = up
                state = _FROM_X
            if inside:
                opened = h[i, j - 1] + (0.0 if free else gap_open)
                more = y[i, j - 1] + (0.0 if free else gap_extend)
                if more >= opened:
                    y[i, j] = more
                    extended[i, j] = True
                else:
                    y[i, j] = opened
                if y[i, j] > best:
                    best = y[i, j]
                    state = _FROM_Y
            h[i, j] = best
            came[i, j] = state
    end = 0
    score = h[m, 0]
    for j in range(1, n + 1):
        # On a tie the later end: a last quote word facing a passage word reads as replaced,
        # not as added (the first quote word already prefers that, as diagonals win ties).
        if h[m, j] >= score:
            score = h[m, j]
            end = j
    ops = np.empty(m + n, np.int8)
    qi = np.empty(m + n, np.int32)
    pj = np.empty(m + n, np.int32)
    count = 0
    i = m
    j = end
    state = came[i, j]
    while i > 0:
        if state == _FROM_M:
            ops[count] = OP_MATCH if passage[j - 1] == quote[i - 1] else OP_REPLACE
            qi[count] = i - 1
            pj[count] = j - 1
            i -= 1
            j -= 1
            state = came[i, j]
        elif state == _FROM_X:
            ops[count] = OP_ADD
            qi[count] = i - 1
            pj[count] = -1
            i -= 1
            state = came[i, j]
        else:
            ops[count] = OP_SKIP
            qi[count] = -1
            pj[count] = j - 1
            from_y = extended[i, j]
            j -= 1
            state = _FROM_Y if from_y else came[i, j]
        count += 1
    return score, count, ops[:count][::-1].copy(), qi[:count][::-1].copy(), pj[:count][::-1].copy()
