"""Search: a question in, ranked and attributed passages out.

The index holds, per passage, the tokens of its own words, of the question it answers and of its
document's title and date, so a question phrased like the journalist's, or naming the event, finds
the answer; what a hit shows is only the passage itself. Filters (speaker, role, dates, phrases,
exclusions) become one boolean mask that the engine applies *before* top-k.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from retrieval.bm25 import BM25Index
from retrieval.passages import QUESTION_SPEAKER, Document, Passage
from retrieval.query import ParsedQuery, QuerySyntaxError, parse_query
from retrieval.speakers import KNOWN_SPEAKERS
from retrieval.tokenizer import Analyzer, Token, normalize_for_match

__all__ = ["Hit", "NoAnswer", "SearchIndex", "SearchResult"]

#: Tuned on bench/eval (see README): indexed passages carry question and title, so a lower b.
DEFAULT_K1 = 1.2
DEFAULT_B = 0.5
#: Share of the question's weight (IDF) the best passage must cover to count as an answer.
MIN_COVERAGE = 0.45
#: Further hits must cover at least this share, and score at least REL_SCORE of the best.
MIN_COVERAGE_OTHERS = 0.3
REL_SCORE = 0.25
#: A title-only match is weaker evidence than the words actually said.
TITLE_MATCH_WEIGHT = 0.5

_ROLES = ("statement", "question", "answer")
_MONTH_NAMES = (
    "",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


class NoAnswer:
    """Why a search returned nothing (``SearchResult.reason``)."""

    NO_TERMS = "no_terms"  # nothing to search for once filters and stop words are gone
    NO_MATCH = "no_match"  # no passage contains any of the words
    WEAK = "weak"  # the best passage covers too little of the question
    FILTERED = "filtered"  # words match, but not within the speaker/date/phrase filters
    BAD_QUERY = "bad_query"  # a filter we cannot honour (see SearchResult.error)


@dataclass(frozen=True, slots=True)
class Hit:
    """One answer: the passage, its BM25 score and where the question's words are in its text."""

    passage: Passage
    score: float
    highlights: tuple[tuple[int, int], ...]
    coverage: float


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Ranked hits for one question, and what the question was understood to ask."""

    query: ParsedQuery
    terms: tuple[str, ...]
    hits: tuple[Hit, ...]
    offset: int = 0
    has_more: bool = False
    reason: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class _QueryTerms:
    terms: tuple[str, ...]
    # Groups of terms that stand for one idea: a concept term and the words it spans.
    groups: tuple[tuple[str | None, tuple[str, ...]], ...]


def _merge_spans(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def _phrase_regex(phrase: str) -> re.Pattern[str]:
    words = normalize_for_match(phrase).split()
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)")


class SearchIndex:
    """An immutable, searchable snapshot of a set of documents.

    Args:
        documents: Parsed transcripts.
        k1: BM25 term-frequency saturation.
        b: BM25 length normalisation.
        question_in_all: Index an answer's question with every passage of the answer (True)
            or only with the turn's first passage (False).
        analyzer: Shared analyzer (one is made if not given).
        progress: Called with (done, total) while the engine builds.
    """

    def __init__(
        self,
        documents: Sequence[Document],
        *,
        k1: float = DEFAULT_K1,
        b: float = DEFAULT_B,
        question_in_all: bool = True,
        analyzer: Analyzer | None = None,
        progress: Callable[[int, int], None] | None = None,
        engine: BM25Index | None = None,
    ) -> None:
        self.analyzer = analyzer or Analyzer()
        self.documents: tuple[Document, ...] = tuple(documents)
        self.passages: tuple[Passage, ...] = tuple(
            p for doc in self.documents for p in doc.passages
        )
        self.by_id: dict[str, int] = {p.id: i for i, p in enumerate(self.passages)}
        self.k1, self.b, self.question_in_all = k1, b, question_in_all

        names = sorted({p.speaker for p in self.passages})
        self.speaker_names: tuple[str, ...] = tuple(names)
        code = {name: i for i, name in enumerate(names)}
        n = len(self.passages)
        self._speaker = np.fromiter((code[p.speaker] for p in self.passages), np.int32, n)
        self._role = np.fromiter((_ROLES.index(p.role) for p in self.passages), np.int8, n)
        self._date = np.fromiter(
            (p.date.toordinal() if p.date else 0 for p in self.passages), np.int32, n
        )
        self._not_question = self._role != _ROLES.index("question")
        self._turns: dict[tuple[str, int], list[int]] = {}
        for i, p in enumerate(self.passages):
            self._turns.setdefault((p.doc_id, p.turn), []).append(i)
        self.speaker_aliases = self._speaker_aliases(names)
        self.engine = engine or BM25Index(
            [self._index_terms(p) for p in self.passages], k1=k1, b=b, progress=progress
        )
        self._max_idf = math.log(n + 0.5) - math.log(0.5) if n else 1.0

    # --- building -------------------------------------------------------------------------

    def _index_terms(self, passage: Passage) -> list[str]:
        analyze = self.analyzer.terms
        terms = analyze(passage.text, passage.language)
        if passage.in_reply_to and (self.question_in_all or passage.paragraph == 0):
            terms += analyze(passage.in_reply_to, passage.language)
        terms += _cached_title_terms(self.analyzer, passage.title, passage.language)
        if passage.date:
            terms += [str(passage.date.year), _MONTH_NAMES[passage.date.month]]
        return terms

    @staticmethod
    def _speaker_aliases(names: Sequence[str]) -> dict[str, str]:
        aliases: dict[str, str] = {}
        present = set(names)
        for known in KNOWN_SPEAKERS:
            # A known name with nothing said in this corpus is just a word ("Putin's visit").
            if known.name not in present:
                continue
            for alias in known.aliases:
                aliases[alias.lower()] = known.name
            aliases[known.name.lower()] = known.name
        surnames: dict[str, set[str]] = {}
        for name in names:
            if name == QUESTION_SPEAKER:
                continue
            aliases.setdefault(name.lower(), name)
            parts = name.split()
            if len(parts) > 1:
                surnames.setdefault(parts[-1].lower(), set()).add(name)
        for surname, owners in surnames.items():
            if len(owners) == 1 and surname not in aliases:
                aliases[surname] = next(iter(owners))
        return aliases

    # --- lookups ----------------------------------------------------------------------------

    def passage(self, passage_id: str) -> Passage | None:
        index = self.by_id.get(passage_id)
        return None if index is None else self.passages[index]

    def turn(self, passage_id: str) -> tuple[Passage, ...]:
        """All passages of the turn a passage belongs to, in order."""
        p = self.passage(passage_id)
        if p is None:
            return ()
        return tuple(self.passages[i] for i in self._turns[(p.doc_id, p.turn)])

    def context(self, passage_id: str, radius: int = 1) -> tuple[Passage, ...]:
        """The passage with up to ``radius`` neighbours each side in its document."""
        index = self.by_id.get(passage_id)
        if index is None:
            return ()
        doc = self.passages[index].doc_id
        lo, hi = max(0, index - radius), min(len(self.passages), index + radius + 1)
        return tuple(p for p in self.passages[lo:hi] if p.doc_id == doc)

    def speakers(self) -> list[tuple[str, int]]:
        """Speakers with their passage counts, most quoted first."""
        counts = np.bincount(self._speaker, minlength=len(self.speaker_names))
        pairs = [(self.speaker_names[i], int(c)) for i, c in enumerate(counts)]
        return sorted(pairs, key=lambda pc: (-pc[1], pc[0]))

    # --- searching --------------------------------------------------------------------------

    def parse(self, question: str) -> ParsedQuery:
        return parse_query(question, self.speaker_aliases)

    def _query_terms(self, parsed: ParsedQuery) -> _QueryTerms:
        tokens = self.analyzer.tokens(parsed.text)
        concepts = [t for t in tokens if t.term.startswith("#")]
        words = [t for t in tokens if not t.term.startswith("#")]
        groups: list[tuple[str | None, tuple[str, ...]]] = []
        grouped: set[int] = set()
        for concept in concepts:
            inside = tuple(
                dict.fromkeys(
                    w.term for w in words if w.start >= concept.start and w.end <= concept.end
                )
            )
            grouped.update(
                id(w) for w in words if w.start >= concept.start and w.end <= concept.end
            )
            groups.append((concept.term, inside))
        for word in words:
            if id(word) not in grouped:
                groups.append((None, (word.term,)))
        # One group per idea even if the user repeats a word.
        unique: dict[tuple[str | None, tuple[str, ...]], None] = dict.fromkeys(groups)
        terms = tuple(dict.fromkeys(t.term for t in tokens))
        return _QueryTerms(terms, tuple(unique))

    def _weight(self, term: str) -> float:
        # Unknown words weigh as much as the rarest word: asking about something the corpus
        # never mentions must lower coverage, not vanish from it.
        if self.engine.doc_freq(term) == 0:
            return self._max_idf
        return max(self.engine.idf(term), 1e-3)

    def _mask(self, parsed: ParsedQuery) -> np.ndarray | None:
        if parsed.speakers:
            # A named speaker is wanted in every role: an interviewer's turns are all questions.
            codes = [
                self.speaker_names.index(s) for s in parsed.speakers if s in self.speaker_names
            ]
            mask = np.isin(self._speaker, np.array(codes, dtype=np.int32))
            if parsed.questions:
                mask &= self._role == _ROLES.index("question")
        elif parsed.questions:
            mask = self._role == _ROLES.index("question")
        else:
            mask = self._not_question
        if parsed.date_from:
            mask = mask & (self._date >= parsed.date_from.toordinal())
        if parsed.date_to:
            mask = mask & (self._date <= parsed.date_to.toordinal()) & (self._date > 0)
        for word in parsed.excluded:
            for term in self.analyzer.word_terms(word):
                docs, _ = self.engine.postings(term)
                if docs.size:
                    mask = mask.copy() if mask is self._not_question else mask
                    mask[docs] = False
        for phrase in parsed.phrases:
            mask = mask & self._phrase_mask(phrase)
        return mask

    def _phrase_mask(self, phrase: str) -> np.ndarray:
        out = np.zeros(len(self.passages), dtype=bool)
        regex = _phrase_regex(phrase)
        if not regex.pattern.strip():
            return ~out
        terms = list(dict.fromkeys(self.analyzer.terms(phrase)))
        if terms:
            candidates: np.ndarray | None = None
            for term in terms:
                docs, _ = self.engine.postings(term)
                candidates = docs if candidates is None else np.intersect1d(candidates, docs)
            candidate_list: Iterable[int] = candidates.tolist() if candidates is not None else []
        else:
            candidate_list = range(len(self.passages))
        for i in candidate_list:
            if regex.search(normalize_for_match(self.passages[i].text)):
                out[i] = True
        return out

    def _coverage(self, passage: Passage, qt: _QueryTerms) -> tuple[float, set[str]]:
        said = set(self.analyzer.terms(passage.text, passage.language))
        if passage.in_reply_to:
            said.update(self.analyzer.terms(passage.in_reply_to, passage.language))
        title = set(_cached_title_terms(self.analyzer, passage.title, passage.language))

        def credit(term: str) -> float:
            if term in said:
                return 1.0
            return TITLE_MATCH_WEIGHT if term in title else 0.0

        total = covered = 0.0
        for concept, words in qt.groups:
            word_weight = sum(self._weight(w) for w in words)
            if concept is not None:
                weight = max(self._weight(concept), word_weight)
                if credit(concept):
                    covered += weight * credit(concept)
                    total += weight
                    continue
                words_covered = sum(self._weight(w) * credit(w) for w in words)
                covered += weight * (words_covered / word_weight if word_weight else 0.0)
                total += weight
            else:
                total += word_weight
                covered += sum(self._weight(w) * credit(w) for w in words)
        return (covered / total if total else 0.0), said

    def _highlights(
        self, passage: Passage, qt: _QueryTerms, parsed: ParsedQuery
    ) -> tuple[tuple[int, int], ...]:
        wanted = set(qt.terms)
        tokens: list[Token] = self.analyzer.tokens(passage.text, passage.language)
        spans = [(t.start, t.end) for t in tokens if t.term in wanted]
        if parsed.phrases:
            folded = normalize_for_match(passage.text)
            if len(folded) == len(passage.text):  # spans line up only if folding kept lengths
                for phrase in parsed.phrases:
                    spans.extend(m.span() for m in _phrase_regex(phrase).finditer(folded))
        return _merge_spans(spans)

    def search(self, question: str | ParsedQuery, k: int = 3, offset: int = 0) -> SearchResult:
        """Answer a question with up to ``k`` hits, skipping the first ``offset``.

        Never raises on user input: a filter we cannot honour comes back as
        ``reason == NoAnswer.BAD_QUERY`` with ``error`` saying why.
        """
        try:
            parsed = question if isinstance(question, ParsedQuery) else self.parse(question)
        except QuerySyntaxError as exc:
            empty = ParsedQuery(raw=str(question), text="")
            return SearchResult(empty, (), (), offset, False, NoAnswer.BAD_QUERY, str(exc))
        qt = self._query_terms(parsed)
        if not qt.terms:
            return SearchResult(parsed, (), (), offset, False, NoAnswer.NO_TERMS)
        if not any(self.engine.doc_freq(t) for t in qt.terms):
            return SearchResult(parsed, qt.terms, (), offset, False, NoAnswer.NO_MATCH)
        mask = self._mask(parsed)
        want = offset + k + 1
        ranked = self.engine.top_k(list(qt.terms), want, mask=mask)
        if not ranked:
            return SearchResult(parsed, qt.terms, (), offset, False, NoAnswer.FILTERED)

        best_score = ranked[0][1]
        best_coverage, _ = self._coverage(self.passages[ranked[0][0]], qt)
        if best_coverage < MIN_COVERAGE:
            return SearchResult(parsed, qt.terms, (), offset, False, NoAnswer.WEAK)

        kept: list[Hit] = []
        for doc, score in ranked:
            passage = self.passages[doc]
            coverage, _ = self._coverage(passage, qt)
            if kept and (coverage < MIN_COVERAGE_OTHERS or score < REL_SCORE * best_score):
                break
            kept.append(Hit(passage, float(score), self._highlights(passage, qt, parsed), coverage))
        page = tuple(kept[offset : offset + k])
        has_more = len(kept) > offset + k
        reason = None if page else NoAnswer.NO_MATCH
        return SearchResult(parsed, qt.terms, page, offset, has_more, reason)


@lru_cache(maxsize=4096)
def _cached_title_terms(analyzer: Analyzer, title: str, language: str) -> tuple[str, ...]:
    # Every passage of a document shares its title: analyse it once.
    return tuple(analyzer.terms(title, language))  # type: ignore[arg-type]
