"""Quote check: where a quote is in the transcripts, and how its words differ from what was said.

:func:`verify_quote` finds the passages closest to a quote in the same index the bot searches
(BM25 over the quote's words, passages holding every word of a stretch of the quote, and an exact
check of each stretch's word sequence), aligns the quote with each candidate word by word
(:mod:`retrieval._align_kernel`), and keeps the best. The verdict is about words only:

* **exact**: every word of the quote is in the passage, in the same order, with nothing left out
  except where the quote marks a cut with an ellipsis (``…`` or ``...``);
* **close**: most words are there, and the ones that differ are listed with their character
  positions in the passage and in the quote (replaced, added, left out, or moved);
* **not found**: nothing in the transcripts is close enough to call it the same words.

Words are compared folded: case, punctuation, quotation marks, dashes, accents and stress marks,
Latin letters typed for their Cyrillic look-alikes, and ``ё``/``е`` do not count as differences.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from retrieval._align_kernel import OP_ADD, OP_MATCH, OP_REPLACE, OP_SKIP, align_words
from retrieval.names import without_names
from retrieval.passages import Passage
from retrieval.search import SearchIndex
from retrieval.tokenizer import normalize_for_match, word_spans

__all__ = [
    "MAX_QUOTE_WORDS",
    "MIN_QUOTE_WORDS",
    "Difference",
    "Verdict",
    "Verification",
    "quoted_claim",
    "verify_quote",
]

#: A quote needs this many words to be checked: fewer match too much to mean anything.
MIN_QUOTE_WORDS = 3
#: Longest quote checked at once (a passage holds 40-120 words; a longer quote spans several).
MAX_QUOTE_WORDS = 200
#: A message that starts with a quotation of at least this many words is checked as a quote;
#: a shorter one is a search for an exact phrase (``"Rome Statute" speaker:lavrov``).
MIN_CLAIM_WORDS = 5

#: Alignment scores. A replaced word (-1) is cheaper than a word added plus a cut (-1 - 3), so
#: one different word reads as a replacement; a cut of 20 words (-3 - 1.9) costs less than
#: losing the four matched words after it (-4 - 8), so a quote glued from two pieces aligns with
#: both. Chosen on the tests' distortions (tests/test_verify.py).
MATCH_SCORE = 2.0
REPLACE_SCORE = -1.0
ADD_SCORE = -1.0
GAP_OPEN_SCORE = -3.0
GAP_EXTEND_SCORE = -0.1
#: Share of the quote's words that must be found for "close": a word in its place counts 1,
#: a word moved nearby 1/2 (a reordered clause is close; a shuffled sentence is not).
MIN_FOUND_SHARE = 0.6
MOVED_WEIGHT = 0.5
#: The longest run of words matching as they are must hold this share of the quote, and at
#: least MIN_RUN words: scattered common words ("the", "of", "that") are not a quote.
MIN_RUN_SHARE = 0.3
MIN_RUN = 3
#: Candidate passages: BM25 over all the quote's words, and among the passages holding every
#: word of one stretch of the quote. Each is aligned (microseconds a passage, compiled).
BM25_CANDIDATES = 30
#: Passages holding every word of a stretch that are read for the stretch's exact words, best
#: BM25 first (common words occur in thousands of passages; the right one ranks high).
PHRASE_SCAN = 2000
PHRASE_HITS = 10
#: How far past the aligned part a moved word is looked for (words).
MOVE_REACH = 3
#: Other passages with the same exact words listed beside the best one.
MAX_ALSO = 5
#: A quote may run across consecutive passages of one turn (a paragraph ends mid-quote): the
#: best few single-passage alignments are tried again with their neighbours, up to this many
#: passages in all.
WINDOW_TRIES = 3
MAX_WINDOW = 3
#: How the texts of consecutive passages are joined for a quote that runs across them.
PASSAGE_JOIN = "\n\n"

# An ellipsis in a quote, with optional brackets: "…", "...", "[…]", "(...)", "<…>".
_ELLIPSIS_RE = re.compile(r"[\[(<]?\s*(?:…|\.{3,})\s*[\])>]?")
# Opening quotation marks and the marks that may close each.
_CLOSERS = {
    "«": "»",
    "“": "”“",
    "„": "“”",
    '"': '"',
    "‘": "’‘",
    "‚": "‘’",
    "'": "'",
    "»": "«",  # Danish/German style
    "”": "”",  # Swedish/Finnish style
}
# Query filters ("speaker:lavrov", "from:2021-01-01", "lang:ru") after a quoted phrase mean a
# search, not a quote check.
_FILTER_RE = re.compile(r"(?<!\S)-?\w+:\S")


class Verdict:
    """How a quote compares with the transcripts (``Verification.verdict``)."""

    EXACT = "exact"
    CLOSE = "close"
    NOT_FOUND = "not_found"


class Reason:
    """Why a quote was not checked or not found (``Verification.reason``)."""

    TOO_SHORT = "too_short"  # fewer than MIN_QUOTE_WORDS words
    TOO_LONG = "too_long"  # more than MAX_QUOTE_WORDS words
    NO_TERMS = "no_terms"  # only stop words: nothing to look the quote up by
    NO_MATCH = "no_match"  # no passage is close enough


@dataclass(frozen=True, slots=True)
class Difference:
    """One run of words that differs between the quote and the passage.

    Attributes:
        kind: ``replaced`` (the quote has other words here), ``added`` (words in the quote
            that the passage does not have here), ``omitted`` (passage words the quote leaves
            out without marking the cut) or ``moved`` (a word both have, in another order).
        quote: The quote's words, or None for ``omitted``.
        quote_span: Their ``(start, end)`` character positions in :attr:`Verification.quote`.
        passage: The passage's words, or None for ``added``.
        passage_span: Their ``(start, end)`` character positions in :attr:`Verification.text`.
        words: How many words differ (the larger side of a replacement).
    """

    kind: str
    quote: str | None
    quote_span: tuple[int, int] | None
    passage: str | None
    passage_span: tuple[int, int] | None
    words: int


@dataclass(frozen=True, slots=True)
class Verification:
    """The verdict on one quote.

    Attributes:
        quote: The quote as checked (outer quotation marks and spaces removed); quote positions
            refer to this text.
        verdict: ``exact``, ``close`` or ``not_found`` (see :class:`Verdict`).
        passage: The passage the quote was found in, the first one when it runs across
            several (None when not found).
        passages: Every passage the quote runs across, in order (usually just ``passage``).
        text: The text positions refer to: the passage's text, or the texts of consecutive
            passages of one turn joined by a blank line when the quote runs across them.
        span: The part of :attr:`text` the quote covers, as ``(start, end)`` characters.
        differences: What differs, in passage order (empty for ``exact``).
        quote_words: Words in the quote.
        matched_words: Quote words found as they are, in order.
        cuts: Passage words left out where the quote marks a cut with an ellipsis.
        cut_spans: Where those words are in :attr:`text`, one ``(start, end)`` per cut.
        also: Other passages holding the same words exactly (the same quote said again),
            oldest first.
        reason: Why nothing was found, or why the quote was not checked (see :class:`Reason`).
    """

    quote: str
    verdict: str
    passage: Passage | None = None
    passages: tuple[Passage, ...] = ()
    text: str = ""
    span: tuple[int, int] | None = None
    differences: tuple[Difference, ...] = ()
    quote_words: int = 0
    matched_words: int = 0
    cuts: int = 0
    cut_spans: tuple[tuple[int, int], ...] = ()
    also: tuple[Passage, ...] = field(default=())
    reason: str | None = None

    @property
    def differing_words(self) -> int:
        """Words that differ, over all differences."""
        return sum(d.words for d in self.differences)


@dataclass(frozen=True, slots=True)
class _Quote:
    text: str
    spans: tuple[tuple[int, int], ...]
    keys: tuple[str, ...]
    free_gap: tuple[bool, ...]  # an ellipsis right before the word
    segments: tuple[tuple[int, int], ...]  # word ranges between ellipses


@dataclass(slots=True)
class _Alignment:
    rows: tuple[int, ...]
    passages: tuple[Passage, ...]
    text: str
    score: float
    verdict: str
    span: tuple[int, int]
    differences: tuple[Difference, ...]
    matched: int
    cuts: int
    cut_spans: tuple[tuple[int, int], ...] = ()

    @property
    def passage(self) -> Passage:
        return self.passages[0]


@lru_cache(maxsize=100_000)
def _word_key(word: str) -> str:
    """A word folded for comparison: case, quotes, marks, look-alikes, ``ё``; no apostrophes."""
    return normalize_for_match(word).replace("'", "")


def _strip_quote_marks(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] in _CLOSERS and text[-1] in _CLOSERS[text[0]]:
        text = text[1:-1].strip()
    return text


def _read_quote(raw: str) -> _Quote:
    text = _strip_quote_marks(raw)
    spans = word_spans(text)
    ellipses = [m.start() for m in _ELLIPSIS_RE.finditer(text)]
    free_gap = []
    segments: list[tuple[int, int]] = []
    start = 0
    next_ellipsis = 0
    for i, (word_start, _) in enumerate(spans):
        marked = False
        while next_ellipsis < len(ellipses) and ellipses[next_ellipsis] < word_start:
            marked = True
            next_ellipsis += 1
        if marked and i > 0:
            segments.append((start, i))
            start = i
        free_gap.append(marked and i > 0)
    if spans:
        segments.append((start, len(spans)))
    keys = tuple(_word_key(text[begin:end]) for begin, end in spans)
    return _Quote(text, tuple(spans), keys, tuple(free_gap), tuple(segments))


def quoted_claim(text: str, min_words: int = MIN_CLAIM_WORDS) -> str | None:
    """The quotation a message starts with, when it reads as a quote to check.

    A private message such as ``«We will never accept this», Lavrov said`` is a quote check;
    ``"Rome Statute" speaker:lavrov`` is a search (a short phrase, or filters after it).

    Args:
        text: The message.
        min_words: Fewest words the quotation needs.

    Returns:
        The words inside the quotation marks, or None when the message is not a quote check.
    """
    text = text.strip()
    if not text or text[0] not in _CLOSERS:
        return None
    closers = _CLOSERS[text[0]]
    depth = 0
    end = len(text)
    for i in range(1, len(text)):
        ch = text[i]
        if ch == text[0] and text[0] not in closers:  # a nested «…» inside «…»
            depth += 1
        elif ch in closers:
            if depth == 0:
                end = i
                break
            depth -= 1
    inner, rest = text[1:end].strip(), text[end + 1 :]
    if _FILTER_RE.search(rest) or len(word_spans(inner)) < min_words:
        return None
    return inner


def verify_quote(index: SearchIndex, quote: str) -> Verification:
    """Check a quote against the transcripts.

    Never raises on user input: an unusable quote comes back as ``not_found`` with a reason.

    Args:
        index: The search index to look in.
        quote: The quote as reported (quotation marks, ellipses and any punctuation allowed).

    Returns:
        The verdict with the passage, the part of it the quote covers and the differences.
    """
    q = _read_quote(quote)
    words = len(q.keys)
    if words < MIN_QUOTE_WORDS:
        return Verification(q.text, Verdict.NOT_FOUND, quote_words=words, reason=Reason.TOO_SHORT)
    if words > MAX_QUOTE_WORDS:
        return Verification(q.text, Verdict.NOT_FOUND, quote_words=words, reason=Reason.TOO_LONG)
    terms = list(dict.fromkeys(without_names(index.analyzer.terms(q.text))))
    if not terms:
        return Verification(q.text, Verdict.NOT_FOUND, quote_words=words, reason=Reason.NO_TERMS)
    rows = _candidates(index, q, terms)
    alignments = [_align(q, (row,), (index.passages[row],)) for row in rows]
    if not alignments:
        return Verification(q.text, Verdict.NOT_FOUND, quote_words=words, reason=Reason.NO_MATCH)
    alignments.sort(key=_order)
    if alignments[0].verdict != Verdict.EXACT:
        alignments += _across_passages(index, q, alignments[:WINDOW_TRIES])
        alignments.sort(key=_order)
    best = alignments[0]
    if best.verdict == Verdict.NOT_FOUND:
        return Verification(q.text, Verdict.NOT_FOUND, quote_words=words, reason=Reason.NO_MATCH)
    also: tuple[Passage, ...] = ()
    if best.verdict == Verdict.EXACT:
        also = tuple(
            a.passage
            for a in alignments[1:]
            if a.verdict == Verdict.EXACT and len(a.rows) == 1 and a.rows != best.rows
        )[:MAX_ALSO]
    return Verification(
        quote=q.text,
        verdict=best.verdict,
        passage=best.passage,
        passages=best.passages,
        text=best.text,
        span=best.span,
        differences=best.differences,
        quote_words=words,
        matched_words=best.matched,
        cuts=best.cuts,
        cut_spans=best.cut_spans,
        also=also,
    )


_RANK = {Verdict.EXACT: 0, Verdict.CLOSE: 1, Verdict.NOT_FOUND: 2}


def _order(a: _Alignment) -> tuple[int, float, int, int, int]:
    # Best verdict, then best alignment, then fewest passages; among equals the first time
    # it was said.
    date = a.passage.date.toordinal() if a.passage.date else 10**7
    return _RANK[a.verdict], -a.score, len(a.rows), date, a.rows[0]


def _across_passages(index: SearchIndex, q: _Quote, best: list[_Alignment]) -> list[_Alignment]:
    """The best single-passage alignments again, with the passages around them in the turn."""
    out: list[_Alignment] = []
    tried: set[tuple[int, ...]] = set()
    for alignment in best:
        row = alignment.rows[0]
        turn = index.store.rows_of_turn(row)
        for before in range(MAX_WINDOW):
            for after in range(MAX_WINDOW - before):
                window = tuple(
                    range(max(turn.start, row - before), min(turn.stop, row + after + 1))
                )
                if len(window) < 2 or window in tried:
                    continue
                tried.add(window)
                out.append(_align(q, window, tuple(index.passages[r] for r in window)))
    return out


# --- candidates ---------------------------------------------------------------------------------


def _segment_regex(q: _Quote, start: int, end: int) -> re.Pattern[str]:
    words = [normalize_for_match(q.text[s:e]) for s, e in q.spans[start:end]]
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)")


def _all_of(index: SearchIndex, terms: list[str]) -> np.ndarray | None:
    """Rows holding every one of ``terms`` (None: some term occurs nowhere)."""
    rows: np.ndarray | None = None
    for term in sorted(terms, key=index.engine.doc_freq):
        docs = index.engine.postings(term)[0]
        rows = docs if rows is None else np.intersect1d(rows, docs, assume_unique=True)
        if not rows.size:
            return None
    return rows


def _candidates(index: SearchIndex, q: _Quote, terms: list[str]) -> list[int]:
    """Rows worth aligning: BM25's best for the whole quote, and passages with a whole stretch."""
    best = index.engine.top_k(terms, BM25_CANDIDATES)
    found: dict[int, None] = dict.fromkeys(row for row, _ in best)
    n = len(index.passages)
    for start, end in q.segments:
        stretch = q.text[q.spans[start][0] : q.spans[end - 1][1]]
        stretch_terms = list(dict.fromkeys(without_names(index.analyzer.terms(stretch))))
        if not stretch_terms:
            continue
        rows = _all_of(index, stretch_terms)
        if rows is None:
            continue
        mask = np.zeros(n, dtype=bool)
        mask[rows] = True
        ranked = index.engine.top_k(stretch_terms, min(PHRASE_SCAN, int(rows.size)), mask=mask)
        found.update(dict.fromkeys(row for row, _ in ranked[:BM25_CANDIDATES]))
        if end - start < 2:
            continue
        regex = _segment_regex(q, start, end)
        hits = 0
        for row, _ in ranked[BM25_CANDIDATES:]:
            if regex.search(normalize_for_match(index.store.text(row))):
                found[row] = None
                hits += 1
                if hits >= PHRASE_HITS:
                    break
    return list(found)


# --- alignment ----------------------------------------------------------------------------------


def _align(q: _Quote, rows: tuple[int, ...], passages: tuple[Passage, ...]) -> _Alignment:
    text = PASSAGE_JOIN.join(p.text for p in passages)
    spans = word_spans(text) or [(0, 0)]
    keys = [_word_key(text[s:e]) for s, e in spans]
    ids: dict[str, int] = {}
    quote_ids = np.array([ids.setdefault(k, len(ids)) for k in q.keys], dtype=np.int32)
    passage_ids = np.array([ids.get(k, -1) for k in keys], dtype=np.int32)
    score, _, ops, qi, pj = align_words(
        quote_ids,
        np.array(q.free_gap, dtype=np.bool_),
        passage_ids,
        MATCH_SCORE,
        REPLACE_SCORE,
        ADD_SCORE,
        GAP_OPEN_SCORE,
        GAP_EXTEND_SCORE,
    )
    ops_list = list(zip(ops.tolist(), qi.tolist(), pj.tolist(), strict=True))
    return _judge(q, rows, passages, text, spans, keys, ops_list, float(score))


def _judge(
    q: _Quote,
    rows: tuple[int, ...],
    passages: tuple[Passage, ...],
    text: str,
    spans: list[tuple[int, int]],
    keys: list[str],
    ops: list[tuple[int, int, int]],
    score: float,
) -> _Alignment:
    """Turn an alignment into a verdict and differences, with moved words paired up."""
    cuts = _cut_words(q, ops)
    touched = [j for _, _, j in ops if j >= 0]
    matched = sum(1 for op, _, _ in ops if op == OP_MATCH)
    if not touched or not matched:
        return _Alignment(rows, passages, text, score, Verdict.NOT_FOUND, (0, 0), (), 0, 0)
    first, last = min(touched), max(touched)
    # A moved word: a quote word left unmatched whose twin is a passage word left unmatched,
    # in or just beside the aligned part ("this we will never accept" / "we will never accept
    # this").
    aligned = {j for op, _, j in ops if op == OP_MATCH}
    lone_passage = [
        j
        for j in range(max(0, first - MOVE_REACH), min(len(keys), last + MOVE_REACH + 1))
        if j not in aligned and j not in cuts
    ]
    moved: dict[int, int] = {}  # quote word -> passage word
    for op, i, _ in ops:
        if op not in (OP_REPLACE, OP_ADD):
            continue
        twin = next(
            (j for j in lone_passage if j not in moved.values() and keys[j] == q.keys[i]), None
        )
        if twin is not None:
            moved[i] = twin
    # The part of the passage the quote covers: a moved word's own place counts, and the
    # passage word a moved word was set against (at an edge: "... live from outside" against
    # "... live. Our Western") does not.
    kept = [j for op, i, j in ops if j >= 0 and not (op == OP_REPLACE and i in moved)]
    kept += moved.values()
    first, last = min(kept), max(kept)
    found_share = (matched + MOVED_WEIGHT * len(moved)) / len(q.keys)
    min_run = min(len(q.keys), max(MIN_RUN, math.ceil(MIN_RUN_SHARE * len(q.keys))))
    if found_share < MIN_FOUND_SHARE or _longest_run(ops) < min_run:
        return _Alignment(rows, passages, text, score, Verdict.NOT_FOUND, (0, 0), (), matched, 0)
    events = _events(ops, cuts, moved, first, last)
    differences = tuple(_merge(q, text, spans, events))
    verdict = Verdict.CLOSE if differences else Verdict.EXACT
    span = (spans[first][0], spans[last][1])
    cut_spans = tuple((spans[a][0], spans[b][1]) for a, b in _runs(sorted(cuts)))
    return _Alignment(
        rows, passages, text, score, verdict, span, differences, matched, len(cuts), cut_spans
    )


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs of sorted word indices, as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and i == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _cut_words(q: _Quote, ops: list[tuple[int, int, int]]) -> set[int]:
    """Passage words skipped where the quote marks a cut with an ellipsis."""
    cuts: set[int] = set()
    next_quote_word = -1
    for op, i, j in reversed(ops):
        if i >= 0:
            next_quote_word = i
        elif op == OP_SKIP and next_quote_word >= 0 and q.free_gap[next_quote_word]:
            cuts.add(j)
    return cuts


def _longest_run(ops: list[tuple[int, int, int]]) -> int:
    best = run = 0
    for op, _, _ in ops:
        run = run + 1 if op == OP_MATCH else 0
        best = max(best, run)
    return best


# One word of the alignment: its kind ("same" or a difference's kind), the quote word and the
# passage word it concerns (-1: none).
_Event = tuple[str, int, int]


def _events(
    ops: list[tuple[int, int, int]], cuts: set[int], moved: dict[int, int], first: int, last: int
) -> list[_Event]:
    """Per-word events in text order; runs of one kind are merged into differences later."""
    twins = set(moved.values())
    covered = {j for _, _, j in ops if first <= j <= last}
    before = [("omitted", -1, j) for j in range(first, min(covered)) if j not in twins]
    after = [("omitted", -1, j) for j in range(max(covered) + 1, last + 1) if j not in twins]
    events: list[_Event] = []
    for op, i, j in ops:
        if j >= 0 and not first <= j <= last:
            if i in moved:
                events.append(("moved", i, moved[i]))
            elif i >= 0:
                events.append(("added", i, -1))
            continue
        if i in moved:
            events.append(("moved", i, moved[i]))
            if op == OP_REPLACE and j not in twins:
                events.append(("omitted", -1, j))
        elif op == OP_MATCH:
            events.append(("same", i, j))
        elif op == OP_REPLACE:
            events.append(("added", i, -1) if j in twins else ("replaced", i, j))
        elif op == OP_ADD:
            events.append(("added", i, -1))
        elif j in cuts:
            events.append(("same", -1, j))  # left out where the quote says so
        elif j not in twins:
            events.append(("omitted", -1, j))
    return before + events + after


def _merge(
    q: _Quote, text: str, spans: list[tuple[int, int]], events: list[_Event]
) -> list[Difference]:
    """Runs of neighbouring differences of one kind become one :class:`Difference`."""
    out: list[Difference] = []
    k = 0
    while k < len(events):
        kind = events[k][0]
        end = k + 1
        if kind == "same":
            k = end
            continue
        if kind != "moved":
            while end < len(events) and events[end][0] == kind:
                end += 1
        quote_words = [i for _, i, _ in events[k:end] if i >= 0]
        passage_words = [j for _, _, j in events[k:end] if j >= 0]
        quote_span = (
            (q.spans[quote_words[0]][0], q.spans[quote_words[-1]][1]) if quote_words else None
        )
        passage_span = (
            (spans[passage_words[0]][0], spans[passage_words[-1]][1]) if passage_words else None
        )
        out.append(
            Difference(
                kind=kind,
                quote=q.text[quote_span[0] : quote_span[1]] if quote_span else None,
                quote_span=quote_span,
                passage=text[passage_span[0] : passage_span[1]] if passage_span else None,
                passage_span=passage_span,
                words=max(len(quote_words), len(passage_words)),
            )
        )
        k = end
    return out
