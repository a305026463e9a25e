"""Paired versions: the Russian and English transcripts of one event, and their matching passages.

The ministry publishes most transcripts in both languages, as two unrelated pages. Two
documents in different languages are paired when the index is built if

* their ``Source:`` links are the same page but for the language part of the path
  (``/en/`` and ``/ru/``, ``/eng/`` and ``/rus/``) or of the host (``en.kremlin.ru``); or
* they have the same date, places that do not disagree, and enough of the same *keys*: the
  names, places, organisations and numbers in their titles and texts, which cross languages as
  index terms do (concepts and name terms, :mod:`retrieval.names`), weighted by how rare each
  is among the candidates. Two events on one day in one place share the date, the place and the
  speaker, but not what was said about whom, nor the numbers.

Each document is paired at most once, best pairs first. :func:`matching_passage` then finds,
for a passage of one version, the passage of the other that says the same: turns are aligned
by their speakers in order, and within the aligned turn the passage with the most keys in
common (and the nearest relative position) wins.

Pairs are saved with the index as JSON (no pickle), so a reload or a restart keeps them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Protocol, TypeVar
from urllib.parse import urlsplit

from retrieval.aliases import is_concept
from retrieval.events import event_kind
from retrieval.names import NAME_PREFIX
from retrieval.passages import QUESTION_SPEAKER, Document, Language, Passage
from retrieval.places import place_name
from retrieval.tokenizer import Analyzer

__all__ = [
    "PAIR_THRESHOLD",
    "Pairable",
    "Versions",
    "VersionsFormatError",
    "document_keys",
    "is_key",
    "keys_of",
    "matching_passage",
    "pair_documents",
    "pair_versions",
    "turn_speakers",
    "url_key",
]

#: Score two same-day documents need to be paired: their weighted share of keys, times
#: (1 + the share of turns whose speakers line up) / 2. Measured on tests/paired/ with the
#: other test transcripts (README): one event in two languages scores 0.23-0.45; two events
#: on one day in one place 0.02-0.10.
PAIR_THRESHOLD: Final = 0.16
#: Documents of one language on one date compared with those of the other: a day with more
#: is a bulk import of generated text, not a ministry's day.
MAX_SAME_DAY: Final = 40
#: How much the relative position of a passage in its turn counts beside shared keys.
POSITION_WEIGHT: Final = 0.5
#: Numbers shorter than this are left out of keys: "1" and "2" are in everything.
MIN_NUMBER_DIGITS: Final = 2

_LANGUAGE_PART_RE: Final = re.compile(r"(?<=/)(?:en|ru|eng|rus)(?=/|$)", re.IGNORECASE)
_LANGUAGE_HOST_RE: Final = re.compile(r"^(?:en|ru|eng|rus)\.", re.IGNORECASE)
_VERSIONS_FORMAT: Final = "statements-bot/versions/1"


class Pairable(Protocol):
    """What pairing reads of a document directly (a :class:`Document` has it all)."""

    @property
    def id(self) -> str: ...

    @property
    def language(self) -> Language: ...

    @property
    def date(self) -> dt.date | None: ...

    @property
    def place(self) -> str | None: ...

    @property
    def source_url(self) -> str | None: ...


_D = TypeVar("_D", bound=Pairable)


class VersionsFormatError(ValueError):
    """A saved file of pairs that cannot be read."""


@dataclass(frozen=True, slots=True)
class Versions:
    """Which document is which document's other-language version.

    Attributes:
        pairs: Document id -> the paired document's id (both ways).
        languages: Document id -> its language, for every paired document.
        how: Document id -> ``"url"`` or ``"content"``: which rule paired it.
    """

    pairs: Mapping[str, str] = field(default_factory=dict)
    languages: Mapping[str, Language] = field(default_factory=dict)
    how: Mapping[str, str] = field(default_factory=dict)

    def other(self, doc_id: str) -> str | None:
        """The id of a document's other-language version, if one is held."""
        return self.pairs.get(doc_id)

    def other_language(self, doc_id: str) -> Language | None:
        """The language of a document's other-language version, if one is held."""
        other = self.pairs.get(doc_id)
        return None if other is None else self.languages.get(other)

    def save(self, path: Path) -> None:
        """Write the pairs as JSON."""
        payload = {
            "format": _VERSIONS_FORMAT,
            "pairs": dict(self.pairs),
            "languages": dict(self.languages),
            "how": dict(self.how),
        }
        path.write_text(json.dumps(payload, ensure_ascii=False), "utf-8")

    @classmethod
    def load(cls, path: Path) -> Versions:
        """Read pairs written by :meth:`save`.

        Raises:
            VersionsFormatError: Missing, foreign or damaged.
        """
        try:
            payload = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise VersionsFormatError(f"cannot read {path.name}: {exc}") from exc
        if not isinstance(payload, dict) or payload.get("format") != _VERSIONS_FORMAT:
            raise VersionsFormatError(f"{path.name} holds no pairs of this version")
        try:
            pairs = {str(k): str(v) for k, v in payload["pairs"].items()}
            languages: dict[str, Language] = {}
            for doc, language in payload["languages"].items():
                if language not in ("en", "ru"):
                    raise VersionsFormatError(f"unknown language {language!r}")
                languages[str(doc)] = language
            how = {str(k): str(v) for k, v in payload["how"].items()}
        except (AttributeError, KeyError, TypeError) as exc:
            raise VersionsFormatError(f"{path.name} is damaged: {exc}") from exc
        return cls(pairs, languages, how)


# --- keys ---------------------------------------------------------------------------------------


def _key(term: str) -> str | None:
    """A term as a cross-language key: concepts as they are, names without their script tag,
    numbers of two digits or more; None for ordinary words."""
    if term.startswith(NAME_PREFIX):
        return "~" + term.partition(":")[2]
    if is_concept(term):
        return term
    if term.isdigit() and len(term) >= MIN_NUMBER_DIGITS:
        return term
    return None


def is_key(term: str) -> bool:
    """Whether an index term gives a cross-language key (see :func:`keys_of`)."""
    return _key(term) is not None


def keys_of(analyzer: Analyzer, text: str, language: Language) -> Counter[str]:
    """The cross-language keys of a text: names, places, organisations, numbers.

    Args:
        analyzer: An analyzer that gives name terms (``Analyzer(names=True)``).
        text: Any text.
        language: Its language (breaks ties, as for indexing).
    """
    return Counter(k for t in analyzer.terms(text, language) if (k := _key(t)) is not None)


def url_key(url: str | None) -> str | None:
    """A ``Source:`` link with its language part taken out, for comparing versions."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return None
    host = _LANGUAGE_HOST_RE.sub("", parts.netloc.lower()).removeprefix("www.")
    path = _LANGUAGE_PART_RE.sub("", parts.path).replace("//", "/").rstrip("/")
    return f"{host}{path}?{parts.query}" if parts.query else f"{host}{path}"


# --- pairing ------------------------------------------------------------------------------------


def _places_agree(a: Pairable, b: Pairable) -> bool:
    if not a.place or not b.place:
        return True
    return place_name(a.place, "en").casefold() == place_name(b.place, "en").casefold()


def _weighted_overlap(a: Counter[str], b: Counter[str], weight: Mapping[str, float]) -> float:
    """Weighted Jaccard of two key multisets: shared weight over the weight of either."""
    keys = set(a) | set(b)
    shared = sum(min(a[k], b[k]) * weight.get(k, 1.0) for k in keys)
    total = sum(max(a[k], b[k]) * weight.get(k, 1.0) for k in keys)
    return shared / total if total else 0.0


def document_keys(
    analyzer: Analyzer, title: str, language: Language, text_terms: Mapping[str, int]
) -> Counter[str]:
    """A document's keys for pairing: its title's (twice: it names the event; a passage names
    only what was said), its kind of event, and its passages'.

    Args:
        analyzer: An analyzer that gives name terms (``Analyzer(names=True)``).
        title: The document's title.
        language: The document's language.
        text_terms: How often each index term occurs in the passages' texts (each analysed
            in its own language), as indexing makes them; terms that give no key
            (:func:`is_key`) may be left out.
    """
    keys = keys_of(analyzer, title, language)
    keys += keys_of(analyzer, title, language)
    kind = event_kind(title)
    if kind is not None:
        keys["event:" + kind] += 2
    for term, count in text_terms.items():
        key = _key(term)
        if key is not None:
            keys[key] += count
    return keys


def _document_keys(analyzer: Analyzer, document: Document) -> Counter[str]:
    terms = Counter(
        itertools.chain.from_iterable(analyzer.terms(p.text, p.language) for p in document.passages)
    )
    return document_keys(analyzer, document.title, document.language, terms)


def turn_speakers(passages: Sequence[Passage]) -> list[str]:
    """The speaker of each turn of a document, in turn order (as :func:`pair_versions` takes
    them)."""
    return [turn[0].speaker for turn in _turns(passages)]


def _content_candidates(documents: Sequence[_D]) -> list[tuple[_D, _D]]:
    by_date: dict[object, dict[Language, list[_D]]] = defaultdict(lambda: defaultdict(list))
    for document in documents:
        if document.date is not None:
            by_date[document.date][document.language].append(document)
    pairs = []
    for languages in by_date.values():
        english, russian = languages.get("en", []), languages.get("ru", [])
        if not english or not russian or max(len(english), len(russian)) > MAX_SAME_DAY:
            continue
        pairs += [(e, r) for e in english for r in russian if _places_agree(e, r)]
    return pairs


def pair_documents(documents: Sequence[Document], analyzer: Analyzer) -> Versions:
    """Pair the documents that are one event in two languages (see the module docstring).

    Args:
        documents: Every document of the index.
        analyzer: An analyzer that gives name terms (``Analyzer(names=True)``).

    Returns:
        The pairs, each document in at most one.
    """
    return pair_versions(
        documents,
        analyzer,
        keys=lambda document: _document_keys(analyzer, document),
        speakers=lambda document: turn_speakers(document.passages),
    )


def pair_versions(
    documents: Sequence[_D],
    analyzer: Analyzer,
    *,
    keys: Callable[[_D], Counter[str]],
    speakers: Callable[[_D], Sequence[str]],
) -> Versions:
    """:func:`pair_documents` over what pairing needs of each document, however it is held.

    Args:
        documents: Every document of the index, with its metadata (see :class:`Pairable`).
        analyzer: An analyzer that gives name terms (``Analyzer(names=True)``).
        keys: A document's keys (see :func:`document_keys`); asked only of documents that
            another could be paired with by content.
        speakers: A document's :func:`turn_speakers`; asked only of such documents too.

    Returns:
        The pairs, each document in at most one.
    """
    scored: list[tuple[float, str, _D, _D]] = []
    by_url: dict[str, dict[Language, list[_D]]] = defaultdict(lambda: defaultdict(list))
    for document in documents:
        key = url_key(document.source_url)
        if key is not None:
            by_url[key][document.language].append(document)
    for versions in by_url.values():
        for english in versions.get("en", []):
            for russian in versions.get("ru", []):
                if english.date is None or russian.date is None or english.date == russian.date:
                    scored.append((2.0, "url", english, russian))
    candidates = _content_candidates(documents)
    involved = {d.id: d for pair in candidates for d in pair}
    counted = {doc_id: keys(d) for doc_id, d in involved.items()}
    frequency = Counter(k for document_keys in counted.values() for k in document_keys)
    weight = {k: math.log(1 + len(counted) / n) for k, n in frequency.items()}
    turns = {doc_id: _turn_keys(analyzer, speakers(d)) for doc_id, d in involved.items()}
    for english, russian in candidates:
        overlap = _weighted_overlap(counted[english.id], counted[russian.id], weight)
        score = overlap * (1 + _structure(turns[english.id], turns[russian.id])) / 2
        if score >= PAIR_THRESHOLD:
            scored.append((score, "content", english, russian))
    pairs: dict[str, str] = {}
    languages: dict[str, Language] = {}
    how: dict[str, str] = {}
    for _, rule, english, russian in sorted(scored, key=lambda s: (-s[0], s[2].id, s[3].id)):
        if english.id in pairs or russian.id in pairs:
            continue
        pairs[english.id], pairs[russian.id] = russian.id, english.id
        languages[english.id], languages[russian.id] = english.language, russian.language
        how[english.id] = how[russian.id] = rule
    return Versions(pairs, languages, how)


# --- matching passages --------------------------------------------------------------------------


def _speaker_keys(analyzer: Analyzer, speaker: str) -> frozenset[str]:
    if speaker == QUESTION_SPEAKER:
        return frozenset({"?"})
    return frozenset(k for k in keys_of(analyzer, speaker, "en") if k.startswith("~"))


def _turns(passages: Sequence[Passage]) -> list[list[Passage]]:
    turns: dict[int, list[Passage]] = {}
    for passage in passages:
        turns.setdefault(passage.turn, []).append(passage)
    return [turns[t] for t in sorted(turns)]


def _align_turns(
    mine: Sequence[frozenset[str]], theirs: Sequence[frozenset[str]]
) -> dict[int, list[int]]:
    """Turn i of one version -> turns of the other, by speakers in order (longest common
    subsequence; turns between two matches are spread over the turns between them)."""
    n, m = len(mine), len(theirs)
    same = [[bool(mine[i] & theirs[j]) for j in range(m)] for i in range(n)]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = (
                best[i + 1][j + 1] + 1 if same[i][j] else max(best[i + 1][j], best[i][j + 1])
            )
    matched: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if same[i][j] and best[i][j] == best[i + 1][j + 1] + 1:
            matched.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    out: dict[int, list[int]] = {i: [j] for i, j in matched}
    anchors = [(-1, -1), *matched, (n, m)]
    for (i0, j0), (i1, j1) in itertools.pairwise(anchors):
        between = list(range(j0 + 1, j1))
        for i in range(i0 + 1, i1):
            out[i] = between or [j for j in (j0, j1) if 0 <= j < m]
    return out


def _turn_keys(analyzer: Analyzer, speakers: Sequence[str]) -> list[frozenset[str]]:
    keys_by_speaker = {s: _speaker_keys(analyzer, s) for s in set(speakers)}
    return [keys_by_speaker[s] for s in speakers]


def _structure(mine_keys: Sequence[frozenset[str]], their_keys: Sequence[frozenset[str]]) -> float:
    """Share of turns whose speakers line up one to one between two documents (1: the same
    sequence of speakers, as a translation keeps it), given each turn's speaker keys."""
    if not mine_keys or not their_keys:
        return 0.0
    alignment = _align_turns(mine_keys, their_keys)
    lined_up = sum(
        1 for i, js in alignment.items() if len(js) == 1 and mine_keys[i] & their_keys[js[0]]
    )
    return lined_up / max(len(mine_keys), len(their_keys))


def _position(passage: Passage, turn: Sequence[Passage]) -> float:
    return 0.5 if len(turn) == 1 else turn.index(passage) / (len(turn) - 1)


def matching_passage(
    analyzer: Analyzer, passage: Passage, mine: Sequence[Passage], theirs: Sequence[Passage]
) -> Passage | None:
    """The passage of the other version that says what ``passage`` says.

    Args:
        analyzer: An analyzer that gives name terms.
        passage: A passage of one version.
        mine: Every passage of its document, in order.
        theirs: Every passage of the other version, in order.

    Returns:
        The best match; None only if the other version has no passages.
    """
    if not theirs:
        return None
    my_turns, their_turns = _turns(mine), _turns(theirs)
    speakers = {p.speaker for p in (*mine, *theirs)}
    keys_by_speaker = {s: _speaker_keys(analyzer, s) for s in speakers}
    alignment = _align_turns(
        [keys_by_speaker[t[0].speaker] for t in my_turns],
        [keys_by_speaker[t[0].speaker] for t in their_turns],
    )
    index = next(i for i, turn in enumerate(my_turns) if passage in turn)
    turn_numbers = alignment.get(index) or range(len(their_turns))
    candidates = [(p, turn) for t in turn_numbers for turn in (their_turns[t],) for p in turn]
    wanted = keys_of(analyzer, passage.text, passage.language)
    where = _position(passage, my_turns[index])

    def score(candidate: tuple[Passage, list[Passage]]) -> float:
        other, turn = candidate
        overlap = _weighted_overlap(wanted, keys_of(analyzer, other.text, other.language), {})
        return overlap + POSITION_WEIGHT * (1 - abs(where - _position(other, turn)))

    return max(candidates, key=score)[0]
