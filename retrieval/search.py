"""Search: a question in, ranked and attributed passages out.

The index holds, per passage, the tokens of its own words, of the question it answers and of its
document's title and date, so a question phrased like the journalist's, or naming the event, finds
the answer; what a hit shows is only the passage itself. Filters (speaker, role, dates, phrases,
exclusions) become one boolean mask that the engine applies *before* top-k.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from retrieval.bm25 import BM25Index, IndexFormatError
from retrieval.passages import QUESTION_SPEAKER, Document, Language, Passage
from retrieval.query import ParsedQuery, QuerySyntaxError, parse_query
from retrieval.speakers import KNOWN_SPEAKERS
from retrieval.store import LANGUAGES, PassageStore, StoreFormatError
from retrieval.tokenizer import Analyzer, Token, normalize_for_match

__all__ = ["DocumentSummary", "Hit", "NoAnswer", "SavedIndexError", "SearchIndex", "SearchResult"]

_SAVED_FORMAT = "statements-bot/search-index/1"


class SavedIndexError(ValueError):
    """A saved index that cannot be trusted: missing, stale, foreign or damaged."""


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What /sources shows of a document."""

    id: str
    title: str
    date: dt.date | None
    place: str | None
    source_url: str | None
    passages: int


#: Tuned on bench/eval (see README): indexed passages carry question and title, so a lower b.
DEFAULT_K1 = 1.2
DEFAULT_B = 0.5
#: Share of the question's weight (IDF) the best passage must cover to count as an answer.
MIN_COVERAGE = 0.45
#: Further hits must cover at least this share, and score at least REL_SCORE of the best.
MIN_COVERAGE_OTHERS = 0.3
REL_SCORE = 0.25
#: Passages whose analysed words (for highlights and coverage) are kept in memory.
TOKEN_CACHE_SIZE = 4096
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
    ) -> None:
        self.analyzer = analyzer or Analyzer()
        self.question_in_all = question_in_all
        store = PassageStore.from_documents(documents)
        total = len(store)
        corpus: list[list[str]] = []
        for document in documents:
            corpus.extend(document_terms(document, self.analyzer, question_in_all))
            if progress is not None:
                progress(len(corpus), total)
        engine = BM25Index(corpus, k1=k1, b=b)
        del corpus
        if progress is not None:
            progress(total, total)
        self._setup(store, engine)

    @classmethod
    def _from_parts(
        cls, store: PassageStore, engine: BM25Index, analyzer: Analyzer | None
    ) -> SearchIndex:
        index = cls.__new__(cls)
        index.analyzer = analyzer or Analyzer()
        index._setup(store, engine)
        return index

    def _setup(self, store: PassageStore, engine: BM25Index) -> None:
        self.store = store
        self.passages: Sequence[Passage] = store
        self.engine = engine
        self.k1, self.b = engine.k1, engine.b
        self.speaker_names: tuple[str, ...] = store.speakers
        self._speaker = store.speaker_codes
        self._role = store.role_codes
        self._date = store.document_dates()
        self._mask_cache: dict[tuple[tuple[str, ...], bool], np.ndarray] = {}
        self.speaker_aliases = self._speaker_aliases(self.speaker_names)
        self._token_cache: dict[str, list[Token]] = {}
        n = len(store)
        self._max_idf = math.log(n + 0.5) - math.log(0.5) if n else 1.0

    # --- persistence ------------------------------------------------------------------------

    def save(self, directory: Path, key: str) -> None:
        """Write the index beside nothing else: ``directory`` is replaced atomically.

        ``key`` identifies what was indexed (data files, parameters); :meth:`load` checks it.
        """
        directory = Path(directory)
        directory.parent.mkdir(parents=True, exist_ok=True)
        temp = Path(tempfile.mkdtemp(prefix=f".{directory.name}-", dir=directory.parent))
        try:
            self.store.save(temp / "passages")
            self.engine.save(temp / "engine")
            manifest = {"format": _SAVED_FORMAT, "key": key, "passages": len(self.store)}
            (temp / "index.json").write_text(json.dumps(manifest), "utf-8")
            old = directory.with_name(f".{directory.name}-old-{os.getpid()}")
            if directory.exists():
                os.replace(directory, old)
            os.replace(temp, directory)
            shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(temp, ignore_errors=True)

    @classmethod
    def load(
        cls,
        directory: Path,
        key: str | None,
        *,
        analyzer: Analyzer | None = None,
        mmap: bool = True,
    ) -> SearchIndex:
        """Load a saved index, if it was built from exactly what ``key`` names (None: any).

        Raises:
            SavedIndexError: Missing, foreign, stale or corrupt: rebuild instead.
        """
        directory = Path(directory)
        try:
            manifest = json.loads((directory / "index.json").read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise SavedIndexError(f"no usable saved index in {directory}: {exc}") from exc
        if not isinstance(manifest, dict) or manifest.get("format") != _SAVED_FORMAT:
            raise SavedIndexError(f"{directory} holds no index of this version")
        if key is not None and manifest.get("key") != key:
            raise SavedIndexError("the saved index was built from other data or settings")
        try:
            store = PassageStore.load(directory / "passages", mmap=mmap)
            engine = BM25Index.load(directory / "engine", mmap=mmap)
        except (StoreFormatError, IndexFormatError, OSError) as exc:
            raise SavedIndexError(f"the saved index is damaged: {exc}") from exc
        if engine.n_docs != len(store) or manifest.get("passages") != len(store):
            raise SavedIndexError("the saved index's parts disagree on the passage count")
        return cls._from_parts(store, engine, analyzer)

    # --- building -------------------------------------------------------------------------

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
        row = self.store.find(passage_id)
        return None if row is None else self.store[row]

    def turn(self, passage_id: str) -> tuple[Passage, ...]:
        """All passages of the turn a passage belongs to, in order."""
        row = self.store.find(passage_id)
        if row is None:
            return ()
        return tuple(self.store[i] for i in self.store.rows_of_turn(row))

    def context(self, passage_id: str, radius: int = 1) -> tuple[Passage, ...]:
        """The passage with up to ``radius`` neighbours each side in its document."""
        row = self.store.find(passage_id)
        if row is None:
            return ()
        rows = self.store.rows_of_document(int(self.store.doc_codes()[row]))
        lo, hi = max(rows.start, row - radius), min(rows.stop, row + radius + 1)
        return tuple(self.store[i] for i in range(lo, hi))

    def speakers(self) -> list[tuple[str, int]]:
        """Speakers with their passage counts, most quoted first."""
        counts = np.bincount(self._speaker, minlength=len(self.speaker_names))
        pairs = [(self.speaker_names[i], int(c)) for i, c in enumerate(counts)]
        return sorted(pairs, key=lambda pc: (-pc[1], pc[0]))

    @property
    def document_count(self) -> int:
        return self.store.document_count

    def document_summaries(self) -> list[DocumentSummary]:
        """Every document's metadata and passage count, without building its passages."""
        out = []
        for d in range(self.store.document_count):
            meta = self.store.document_meta(d)
            rows = self.store.rows_of_document(d)
            out.append(
                DocumentSummary(
                    id=meta["id"],
                    title=meta["title"],
                    date=dt.date.fromisoformat(meta["date"]) if meta["date"] else None,
                    place=meta["place"],
                    source_url=meta["source_url"],
                    passages=len(rows),
                )
            )
        return out

    def document(self, doc_id: str) -> Document | None:
        """A whole document with its passages, by id."""
        for d in range(self.store.document_count):
            if self.store.document_meta(d)["id"] == doc_id:
                return self.store.document(d)
        return None

    def passage_ids(self) -> set[str]:
        return {i.decode("ascii") for i in self.store.ids.tolist()}

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

    def _base_mask(self, speakers: tuple[str, ...], questions: bool) -> np.ndarray:
        """Who and which role, cached: a million-passage scan costs milliseconds; a lookup none.

        The arrays returned are read-only, so a filter built on one never changes the cache.
        """
        key = (speakers, questions)
        mask = self._mask_cache.get(key)
        if mask is not None:
            return mask
        if speakers:
            # A named speaker is wanted in every role: an interviewer's turns are all questions.
            codes = [self.speaker_names.index(s) for s in speakers if s in self.speaker_names]
            mask = np.isin(self._speaker, np.array(codes, dtype=np.int32))
            if questions:
                mask &= self._role == _ROLES.index("question")
        elif questions:
            mask = self._role == _ROLES.index("question")
        else:
            mask = self._role != _ROLES.index("question")
        mask.flags.writeable = False
        if len(self._mask_cache) >= 64:
            self._mask_cache.pop(next(iter(self._mask_cache)))
        self._mask_cache[key] = mask
        return mask

    def _mask(self, parsed: ParsedQuery) -> np.ndarray:
        mask = self._base_mask(parsed.speakers, parsed.questions)
        if parsed.language:
            mask = mask & (self.store.language_codes == LANGUAGES.index(parsed.language))
        if parsed.date_from:
            mask = mask & (self._date >= parsed.date_from.toordinal())
        if parsed.date_to:
            mask = mask & (self._date <= parsed.date_to.toordinal()) & (self._date > 0)
        for word in parsed.excluded:
            for term in self.analyzer.word_terms(word):
                docs, _ = self.engine.postings(term)
                if docs.size:
                    mask = mask if mask.flags.writeable else mask.copy()
                    mask[docs] = False
        return mask

    def _phrase_candidates(self, phrase: str) -> np.ndarray | None:
        """Passages holding every indexed word of the phrase (None: the phrase has none)."""
        terms = list(dict.fromkeys(self.analyzer.terms(phrase)))
        if not terms:
            return None
        candidates = self.engine.postings(terms[0])[0]
        for term in terms[1:]:
            candidates = np.intersect1d(candidates, self.engine.postings(term)[0])
        return candidates

    def _has_phrases(self, row: int, regexes: list[re.Pattern[str]]) -> bool:
        folded = normalize_for_match(self.store.text(row))
        return all(regex.search(folded) for regex in regexes)

    def _ranked_with_phrases(
        self, terms: list[str], want: int, mask: np.ndarray, phrases: tuple[str, ...]
    ) -> list[tuple[int, float]]:
        """Exact top-``want`` among passages that hold every phrase.

        Checking a phrase means reading the passage, so rather than check every candidate
        (a common word has hundreds of thousands), rank the candidates by score and check
        them best first, widening until ``want`` pass or the candidates run out.
        """
        regexes = [_phrase_regex(p) for p in phrases]
        mask = mask.copy()
        for phrase in phrases:
            candidates = self._phrase_candidates(phrase)
            if candidates is not None:
                allowed = np.zeros(len(mask), dtype=bool)
                allowed[candidates] = True
                mask &= allowed
        passed: list[tuple[int, float]] = []
        fetch = max(want * 4, 32)
        while True:
            ranked = self.engine.top_k(terms, fetch, mask=mask)
            for row, score in ranked:
                if self._has_phrases(row, regexes):
                    passed.append((row, score))
                mask[row] = False  # checked: never fetched again
            if len(passed) >= want or len(ranked) < fetch:
                return sorted(passed, key=lambda rs: (-rs[1], rs[0]))[:want]
            fetch *= 4

    def _contains(self, row: int, term: str) -> bool:
        docs, _ = self.engine.postings(term)
        # The row in the postings' own dtype: a Python int would make numpy convert the
        # whole int32 array on every call (0.5 ms a call at a million passages).
        pos = int(np.searchsorted(docs, docs.dtype.type(row)))
        return pos < len(docs) and int(docs[pos]) == row

    def _coverage(self, row: int, passage: Passage, qt: _QueryTerms) -> float:
        """Share of the question's weight that the passage's own words (or its question) carry.

        Membership comes from the postings; only a term that the title or date could also
        have supplied needs a look at the words actually said.
        """
        background = set(_cached_title_terms(self.analyzer, passage.title, passage.language))
        if passage.date:
            background.update((str(passage.date.year), _MONTH_NAMES[passage.date.month]))
        said: set[str] | None = None

        def credit(term: str) -> float:
            nonlocal said
            if not self._contains(row, term):
                return 0.0
            if term not in background:
                return 1.0
            if said is None:
                tokens = self._passage_tokens(passage.id, passage.text, passage.language)
                said = {t.term for t in tokens}
                if passage.in_reply_to:
                    said.update(
                        _cached_question_terms(self.analyzer, passage.in_reply_to, passage.language)
                    )
            return 1.0 if term in said else TITLE_MATCH_WEIGHT

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
        return covered / total if total else 0.0

    def _passage_tokens(self, passage_id: str, text: str, language: Language) -> list[Token]:
        # Popular passages come up again and again in a burst; their analysis does not change.
        tokens = self._token_cache.get(passage_id)
        if tokens is None:
            tokens = self.analyzer.tokens(text, language)
            if len(self._token_cache) >= TOKEN_CACHE_SIZE:
                self._token_cache.pop(next(iter(self._token_cache)))
            self._token_cache[passage_id] = tokens
        return tokens

    def _highlights(
        self, passage: Passage, qt: _QueryTerms, parsed: ParsedQuery
    ) -> tuple[tuple[int, int], ...]:
        wanted = set(qt.terms)
        tokens = self._passage_tokens(passage.id, passage.text, passage.language)
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
        # Past the last passage there is nothing to page to; clamping keeps top-k small.
        k = max(1, min(k, len(self.passages) or 1))
        offset = max(0, min(offset, len(self.passages)))
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
        if parsed.phrases:
            ranked = self._ranked_with_phrases(list(qt.terms), want, mask, parsed.phrases)
        else:
            ranked = self.engine.top_k(list(qt.terms), want, mask=mask)
        if not ranked:
            return SearchResult(parsed, qt.terms, (), offset, False, NoAnswer.FILTERED)

        best_score = ranked[0][1]
        kept: list[tuple[int, float, float]] = []
        for row, score in ranked:
            coverage = self._coverage(row, self.passages[row], qt)
            if not kept and coverage < MIN_COVERAGE:
                return SearchResult(parsed, qt.terms, (), offset, False, NoAnswer.WEAK)
            if kept and (coverage < MIN_COVERAGE_OTHERS or score < REL_SCORE * best_score):
                break
            kept.append((row, float(score), coverage))
        # Highlights only for the page shown: they need the passage's words analysed.
        page = tuple(
            Hit(passage, score, self._highlights(passage, qt, parsed), coverage)
            for row, score, coverage in kept[offset : offset + k]
            for passage in (self.passages[row],)
        )
        has_more = len(kept) > offset + k
        reason = None if page else NoAnswer.NO_MATCH
        return SearchResult(parsed, qt.terms, page, offset, has_more, reason)


def document_terms(
    document: Document, analyzer: Analyzer, question_in_all: bool = True
) -> list[list[str]]:
    """Index terms of each passage of a document: its words, the question it answers (with
    every passage of the answer, or only its first when ``question_in_all`` is False), the
    document's title and the date's year and month.

    The title and each question are analysed once per document.
    """
    analysed: dict[tuple[str, Language], list[str]] = {}  # titles and questions

    def once(text: str, language: Language) -> list[str]:
        key = (text, language)
        if key not in analysed:
            analysed[key] = analyzer.terms(text, language)
        return analysed[key]

    out = []
    for passage in document.passages:
        language = passage.language
        terms = analyzer.terms(passage.text, language)
        reply = passage.in_reply_to
        if reply and (question_in_all or passage.paragraph == 0):
            terms += once(reply, language)
        terms += once(passage.title, language)
        if passage.date:
            terms += [str(passage.date.year), _MONTH_NAMES[passage.date.month]]
        out.append(terms)
    return out


@lru_cache(maxsize=256)
def _cached_question_terms(analyzer: Analyzer, question: str, language: str) -> tuple[str, ...]:
    # Every passage of an answer carries its question: analyse it once per turn.
    return tuple(analyzer.terms(question, language))  # type: ignore[arg-type]


@lru_cache(maxsize=4096)
def _cached_title_terms(analyzer: Analyzer, title: str, language: str) -> tuple[str, ...]:
    # Every passage of a document shares its title: analyse it once.
    return tuple(analyzer.terms(title, language))  # type: ignore[arg-type]
