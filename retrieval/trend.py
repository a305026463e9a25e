"""Trends: how often a subject was talked about, per month or per year.

A passage *mentions* a query when its own words (not its document's title, not the question it
answers) hold every idea of the query, in the search's query language: words (stemmed, so
"sanctions" counts "sanctioned"), concepts ("ICC" counts "International Criminal Court"),
``"exact phrases"``, and the filters (``speaker:``, dates, ``lang:``, ``-word``). As in search,
journalists' questions count only when asked for (``speaker:question``).

Counts are per calendar month, or per year when the passages span more than three years, and
are normalised per 1,000 passages of the same period that pass the same filters, so a month with
many briefings does not look like a surge. Two or three comma-separated queries give one series
each; filters written in any of them apply to all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from retrieval.passages import Passage
from retrieval.query import ParsedQuery, QuerySyntaxError
from retrieval.search import SearchIndex, _phrase_regex
from retrieval.store import LANGUAGES, ROLES
from retrieval.text import MONTH_NAMES
from retrieval.tokenizer import normalize_for_match

__all__ = [
    "MAX_TERMS",
    "Mention",
    "Trend",
    "TrendCounter",
    "TrendReason",
    "TrendSeries",
    "split_terms",
]

#: Series on one chart: more lines than this no longer read on a phone.
MAX_TERMS = 3
#: Above this many months, the chart counts per year (the issue: "over 3 years").
MAX_MONTHS = 36
#: Speakers named per series in the caption.
TOP_SPEAKERS = 3
#: Trends kept per index (query text -> result).
CACHE_SIZE = 64


class TrendReason:
    """Why a trend has nothing to chart (``Trend.reason``)."""

    BAD_QUERY = "bad_query"  # a filter we cannot honour, or too many terms (see Trend.error)
    NO_TERMS = "no_terms"  # a term has no words to count once stop words are gone
    NO_DATES = "no_dates"  # no dated passage passes the filters
    NO_MATCH = "no_match"  # nothing mentions any of the terms


@dataclass(frozen=True, slots=True)
class Mention:
    """One passage that mentions a term: where and when."""

    passage_id: str
    date: dt.date
    doc_id: str
    title: str
    speaker: str
    source_url: str | None

    @classmethod
    def of(cls, passage: Passage) -> Mention:
        assert passage.date is not None  # only dated passages are mentions on a chart
        return cls(
            passage.id,
            passage.date,
            passage.doc_id,
            passage.title,
            passage.speaker,
            passage.source_url,
        )


@dataclass(frozen=True, slots=True)
class TrendSeries:
    """One term's counts.

    Attributes:
        label: The term, as its words were understood (filters taken out).
        counts: Passages mentioning it, per period of :attr:`Trend.periods`.
        total: Passages mentioning it, dated or not.
        undated: Of those, passages whose date is unknown (not on the chart).
        first: The earliest dated mention.
        last: The latest dated mention.
        speakers: Who mentioned it most: ``(speaker, passages)``, most first.
    """

    label: str
    counts: tuple[int, ...]
    total: int
    undated: int
    first: Mention | None
    last: Mention | None
    speakers: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Trend:
    """Counts per period for one to three terms.

    Attributes:
        query: The query as given.
        granularity: ``month`` or ``year``.
        periods: First day of every period, oldest first, with no gaps.
        passages: Passages per period that pass the filters (the normalisation's base).
        series: One per term.
        speakers: Speakers the filters restrict to (empty: everyone).
        date_from: The filters' earliest date, if any.
        date_to: The filters' latest date, if any.
        reason: Why there is nothing to chart (see :class:`TrendReason`), else None.
        error: For ``bad_query``, what was wrong.
    """

    query: str
    granularity: str = "month"
    periods: tuple[dt.date, ...] = ()
    passages: tuple[int, ...] = ()
    series: tuple[TrendSeries, ...] = ()
    speakers: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    reason: str | None = None
    error: str | None = None

    def per_thousand(self, series: TrendSeries) -> tuple[float, ...]:
        """A series' counts per 1,000 passages of each period (0 where a period has none)."""
        return tuple(
            1000.0 * count / base if base else 0.0
            for count, base in zip(series.counts, self.passages, strict=True)
        )

    def period_label(self, period: dt.date) -> str:
        """``2021`` for a year, ``2021-03`` for a month."""
        return str(period.year) if self.granularity == "year" else f"{period:%Y-%m}"


def split_terms(query: str) -> list[str]:
    """Split a query at commas that are not inside quotation marks; drop empty parts."""
    parts: list[str] = []
    current: list[str] = []
    closing: str | None = None
    pairs = {'"': '"', "«": "»", "“": "”", "„": "“”"}
    for ch in query:
        if closing is None and ch in pairs:
            closing = pairs[ch]
        elif closing is not None and ch in closing:
            closing = None
        elif ch == "," and closing is None:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _combine(parsed: list[ParsedQuery]) -> ParsedQuery:
    """One set of filters for all terms: what any term's filters ask, all together."""
    speakers = tuple(dict.fromkeys(s for p in parsed for s in p.speakers))
    starts = [p.date_from for p in parsed if p.date_from]
    ends = [p.date_to for p in parsed if p.date_to]
    languages = {p.language for p in parsed if p.language}
    if len(languages) > 1:
        raise QuerySyntaxError("one language per chart: lang:en or lang:ru, not both")
    return dataclasses.replace(
        parsed[0],
        text="",
        phrases=(),
        speakers=speakers,
        questions=any(p.questions for p in parsed),
        date_from=max(starts) if starts else None,
        date_to=min(ends) if ends else None,
        excluded=tuple(dict.fromkeys(w for p in parsed for w in p.excluded)),
        language=languages.pop() if languages else None,
    )


class TrendCounter:
    """Counts mentions over one index, keeping what it learns about it (titles, questions).

    Make one per index: a reload's new index needs a new counter.

    Args:
        index: The index to count in.
    """

    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        store = index.store
        self._docs = store.doc_codes()
        self._replies = store.reply_codes
        self._speakers = store.speaker_codes
        self._dates = index.passage_dates
        # Month number (year * 12 + month - 1) of every passage; -1 when undated.
        doc_months = np.array(
            [
                (int(meta["date"][:4]) * 12 + int(meta["date"][5:7]) - 1) if meta["date"] else -1
                for meta in (store.document_meta(d) for d in range(store.document_count))
            ],
            dtype=np.int64,
        )
        self._months = doc_months[self._docs] if len(store) else np.zeros(0, np.int64)
        # Terms of each document's title and of each question, analysed once per index.
        self._title_terms: dict[int, Counter[str]] = {}
        self._question_terms: dict[int, Counter[str]] = {}
        self._turns: tuple[np.ndarray, np.ndarray] | None = None
        self._cache: dict[str, Trend] = {}

    def count(self, query: str) -> Trend:
        """Count the mentions of one to three comma-separated terms, per period.

        Never raises on user input: a query we cannot count comes back with a ``reason``.

        Args:
            query: e.g. ``sanctions``, ``ICC, Rome Statute``, ``NATO speaker:zakharova``.

        Returns:
            The counts behind the chart, with the first and last mention and the top speakers.
        """
        cached = self._cache.get(query)
        if cached is None:
            cached = self._count(query)
            if len(self._cache) >= CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[query] = cached
        return cached

    # --- counting ---------------------------------------------------------------------------

    def _count(self, query: str) -> Trend:
        terms = split_terms(query)
        if not terms:
            return Trend(query, reason=TrendReason.NO_TERMS)
        if len(terms) > MAX_TERMS:
            error = f"at most {MAX_TERMS} terms on one chart, separated by commas"
            return Trend(query, reason=TrendReason.BAD_QUERY, error=error)
        try:
            parsed = [self.index.parse(term) for term in terms]
            filters = _combine(parsed)
        except QuerySyntaxError as exc:
            return Trend(query, reason=TrendReason.BAD_QUERY, error=str(exc))
        base = Trend(
            query,
            speakers=filters.speakers,
            date_from=filters.date_from,
            date_to=filters.date_to,
        )
        groups = [self.index.term_groups(p) for p in parsed]
        if any(not g for g in groups):
            return dataclasses.replace(base, reason=TrendReason.NO_TERMS)
        mask = self.index.filter_mask(filters)
        # The base of the rates: what the filters allow, whatever the words.
        allowed = self.index.filter_mask(dataclasses.replace(filters, excluded=()))
        dated = allowed & (self._months >= 0)
        if not dated.any():
            return dataclasses.replace(base, reason=TrendReason.NO_DATES)
        months = self._months[dated]
        first_month, last_month = int(months.min()), int(months.max())
        yearly = last_month - first_month + 1 > MAX_MONTHS
        n_periods = _period(np.array([last_month]), yearly, first_month)[0] + 1
        passages = np.bincount(_period(months, yearly, first_month), minlength=n_periods)
        series = []
        for part, part_groups in zip(parsed, groups, strict=True):
            rows = self._mentions(part, part_groups, mask)
            series.append(self._series(part, rows, yearly, first_month, n_periods))
        periods = tuple(
            dt.date(first_month // 12 + k, 1, 1)
            if yearly
            else dt.date((first_month + k) // 12, (first_month + k) % 12 + 1, 1)
            for k in range(n_periods)
        )
        trend = dataclasses.replace(
            base,
            granularity="year" if yearly else "month",
            periods=periods,
            passages=tuple(int(c) for c in passages),
            series=tuple(series),
        )
        if not any(sum(s.counts) for s in series):
            return dataclasses.replace(trend, reason=TrendReason.NO_MATCH)
        return trend

    def _series(
        self,
        part: ParsedQuery,
        rows: np.ndarray,
        yearly: bool,
        first_month: int,
        n_periods: int,
    ) -> TrendSeries:
        on_chart = rows[self._months[rows] >= 0]
        periods = _period(self._months[on_chart], yearly, first_month)
        counts = np.bincount(periods, minlength=n_periods)
        first = last = None
        if on_chart.size:
            ordinals = self._dates[on_chart]
            # Rows follow reading order within a day: the first row of the first day, the last
            # row of the last day.
            first_row = int(on_chart[np.flatnonzero(ordinals == ordinals.min())[0]])
            last_row = int(on_chart[np.flatnonzero(ordinals == ordinals.max())[-1]])
            first = Mention.of(self.index.passages[first_row])
            last = Mention.of(self.index.passages[last_row])
        names = self.index.speaker_names
        by_speaker = np.bincount(self._speakers[rows], minlength=len(names))
        top = sorted(
            ((names[s], int(c)) for s, c in enumerate(by_speaker) if c),
            key=lambda sc: (-sc[1], sc[0]),
        )[:TOP_SPEAKERS]
        return TrendSeries(
            label=part.text or " ".join(part.phrases),
            counts=tuple(int(c) for c in counts),
            total=int(rows.size),
            undated=int(rows.size - on_chart.size),
            first=first,
            last=last,
            speakers=tuple(top),
        )

    def _mentions(
        self,
        part: ParsedQuery,
        groups: tuple[tuple[str | None, tuple[str, ...]], ...],
        mask: np.ndarray,
    ) -> np.ndarray:
        """Rows whose own words hold every idea of ``part`` (and its phrases), within ``mask``."""
        rows: np.ndarray = self._indexed(groups)
        rows = rows[mask[rows]]
        if not rows.size:
            return rows
        terms = {t for concept, words in groups for t in ((concept,) if concept else ()) + words}
        own = {term: self._own_count(term, rows) > 0 for term in terms}
        keep = np.ones(rows.size, dtype=bool)
        for concept, words in groups:
            holds = own[concept].copy() if concept else np.zeros(rows.size, dtype=bool)
            if words:
                holds |= np.logical_and.reduce([own[w] for w in words])
            keep &= holds
        rows = rows[keep]
        if part.phrases and rows.size:
            regexes = [_phrase_regex(p) for p in part.phrases]
            texts = (normalize_for_match(self.index.store.text(int(r))) for r in rows)
            rows = rows[[all(r.search(t) for r in regexes) for t in texts]]
        return rows

    def _indexed(self, groups: Iterable[tuple[str | None, tuple[str, ...]]]) -> np.ndarray:
        """Rows whose indexed terms (own words, question, title, date) hold every idea."""
        engine = self.index.engine
        rows: np.ndarray | None = None
        for concept, words in groups:
            found: np.ndarray | None = None
            for word in words:
                docs = engine.postings(word)[0]
                found = docs if found is None else np.intersect1d(found, docs, assume_unique=True)
            if concept is not None:
                docs = engine.postings(concept)[0]
                found = docs if found is None else np.union1d(found, docs)
            if found is None:
                continue
            rows = found if rows is None else np.intersect1d(rows, found, assume_unique=True)
        return np.zeros(0, np.int32) if rows is None else np.asarray(rows)

    def _own_count(self, term: str, rows: np.ndarray) -> np.ndarray:
        """How often ``term`` occurs in each row's own words.

        A passage is indexed with its own words, then the question it answers, its document's
        title, and its date's year and month (see SearchIndex). So the term's frequency in the
        postings, less its count in the title and the date words, is its count in the words
        of a passage that answers nothing, such as the question itself; for an answer, less
        that count over its question's passages too. No passage text is read.
        """
        n = len(self._docs)
        docs, tfs = self.index.engine.postings(term)
        counts = np.zeros(n, np.int64)
        counts[docs] = tfs
        # Titles of the rows' documents only: a question sits in its answer's document.
        needed = np.unique(self._docs[rows])
        per_doc = np.zeros(self.index.store.document_count, np.int64)
        per_doc[needed] = [self._title(d).get(term, 0) for d in needed.tolist()]
        counts -= per_doc[self._docs]
        if term.isdigit():
            counts -= (self._months >= 0) & (self._months // 12 == int(term))
        elif term in MONTH_NAMES:
            counts -= (self._months >= 0) & (self._months % 12 + 1 == MONTH_NAMES.index(term))
        own: np.ndarray = counts[rows]
        if not getattr(self.index, "question_in_all", True):
            # Only a turn's first passage carries its question: read the answers' words.
            return self._read_own(term, rows, own)
        replies = self._replies[rows]
        answers = np.flatnonzero(replies >= 0)
        if answers.size:
            codes = replies[answers]
            start, end = self._question_turns()
            first, last = start[codes], end[codes]
            known = first >= 0
            sums = np.concatenate([[0], np.cumsum(counts)])
            asked = np.zeros(codes.size, np.int64)
            asked[known] = sums[last[known]] - sums[first[known]]
            if not known.all():  # a question whose passages were not found: read its words
                asked[~known] = _lookup(codes[~known], lambda r: self._question(r).get(term, 0))
            own[answers] -= asked
        return own

    def _question_turns(self) -> tuple[np.ndarray, np.ndarray]:
        """Per question number (see PassageStore.reply_codes): the rows ``[start, end)`` of
        the question turn it quotes, found as the last question turn before its first answer
        in the same document; -1 where there is none."""
        if self._turns is None:
            store = self.index.store
            n = len(store)
            replies, docs, turns = self._replies, self._docs, store.turn_codes
            size = int(replies.max()) + 1 if n else 0
            start = np.full(max(size, 0), -1, np.int64)
            end = np.full(max(size, 0), -1, np.int64)
            answered = np.flatnonzero(replies >= 0)
            if answered.size:
                codes, at = np.unique(replies[answered], return_index=True)
                first = answered[at]
                is_question = store.role_codes == ROLES.index("question")
                last_question = np.maximum.accumulate(np.where(is_question, np.arange(n), -1))
                question = np.where(first > 0, last_question[np.maximum(first - 1, 0)], -1)
                same_doc = docs[np.maximum(question, 0)] == docs[first]
                ok = (question >= 0) & same_doc
                opens = np.ones(n, dtype=bool)
                opens[1:] = (docs[1:] != docs[:-1]) | (turns[1:] != turns[:-1])
                turn_of = np.cumsum(opens) - 1
                starts = np.flatnonzero(opens)
                ends = np.append(starts[1:], n)
                turn = turn_of[question[ok]]
                start[codes[ok]], end[codes[ok]] = starts[turn], ends[turn]
            self._turns = (start, end)
        return self._turns

    def _read_own(self, term: str, rows: np.ndarray, fallback: np.ndarray) -> np.ndarray:
        store, analyzer = self.index.store, self.index.analyzer
        out = fallback.copy()
        for k, row in enumerate(rows.tolist()):
            if self._replies[row] >= 0:
                language = LANGUAGES[int(store.language_codes[row])]
                out[k] = analyzer.terms(store.text(row), language).count(term)
        return out

    def _title(self, doc: int) -> Counter[str]:
        terms = self._title_terms.get(doc)
        if terms is None:
            meta = self.index.store.document_meta(doc)
            terms = Counter(self.index.analyzer.terms(meta["title"], meta["language"]))
            self._title_terms[doc] = terms
        return terms

    def _question(self, reply: int) -> Counter[str]:
        terms = self._question_terms.get(reply)
        if terms is None:
            terms = Counter(self.index.analyzer.terms(self.index.store.reply(reply)))
            self._question_terms[reply] = terms
        return terms


def _lookup(keys: np.ndarray, value: Callable[[int], int]) -> np.ndarray:
    """``value(key)`` for every key, computed once per distinct key."""
    if not keys.size:
        return np.zeros(0, np.int64)
    distinct, inverse = np.unique(keys, return_inverse=True)
    return np.array([value(k) for k in distinct.tolist()], dtype=np.int64)[inverse]


def _period(months: np.ndarray, yearly: bool, first_month: int) -> np.ndarray:
    """Period number of each month number (``year * 12 + month - 1``), 0 for the first."""
    return (months // 12 - first_month // 12) if yearly else (months - first_month)


def _holds(own: set[str], concept: str | None, words: tuple[str, ...]) -> bool:
    """Whether a passage's own terms hold one idea: its concept, or all of its words."""
    return (concept is not None and concept in own) or (bool(words) and own.issuperset(words))
