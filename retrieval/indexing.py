"""Build a :class:`~retrieval.search.SearchIndex` from a folder, streaming.

Each transcript goes parse → analyse → pack inside a worker process, and only its packed form
(numpy columns, one UTF-8 blob of texts, term ids) travels back and stays in memory: no million
Passage objects or token lists at once, and the analysis is spread over every core with the
parsing. Each worker numbers terms in its own :class:`Vocabulary` and sends a term's text only
with the first document that uses it; the parent maps each worker's ids to global ones as they
arrive (a few new terms a document, not every term of it), then lays out the passage store and
the postings in the final
document order (date, then id), exactly as :class:`~retrieval.search.SearchIndex` would build
them from the documents :func:`~retrieval.corpus.load_corpus` gives: the same rows, ids,
columns, terms, scores and paired versions.

The two steps that need the whole corpus are done from what the packed documents carry: the
speaker renames of :func:`~retrieval.corpus.unify_speakers` depend only on the set of speaker
names (the few renamed documents get their passage ids anew from their spooled texts), and
version pairing needs each document's metadata, its pairing keys (counted from its spooled
terms, for the few documents that another could be paired with) and its turns' speakers (read
from the laid-out store).
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import mmap
import tempfile
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import chain, islice
from pathlib import Path
from typing import Any

import numpy as np

from retrieval import _bm25_numpy, _compiled
from retrieval._bm25_kernels import first_occurrence_order
from retrieval.bm25 import BM25Index, postings_of
from retrieval.corpus import Rejected, load_packed, on_diplomacy, speaker_renames
from retrieval.passages import Document, Language, passage_ids
from retrieval.search import DEFAULT_B, DEFAULT_K1, SearchIndex, term_parts
from retrieval.store import LANGUAGES, ROLES, PassageStore, document_record
from retrieval.tokenizer import Analyzer
from retrieval.versions import Versions, document_keys, is_key, pair_versions

__all__ = ["PackedDocument", "Packer", "Vocabulary", "build_from_folder", "pack_document"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PackedDocument:
    """One parsed and analysed transcript, as compact as the index needs it.

    Per-passage columns are numpy arrays in passage order; texts are one UTF-8 blob.
    """

    id: str
    date: Any  # dt.date | None; named like Document's for the loader's sorting
    record: dict[str, Any]  # the passage store's document record
    content_key: bytes  # digest of the (speaker, text) pairs: a duplicate file has the same
    passage_ids: bytes  # 12 ASCII characters per passage
    speakers: tuple[str, ...]  # names used in this document
    speaker_of: np.ndarray  # per passage, index into ``speakers``
    roles: np.ndarray  # int8 codes of store.ROLES
    languages: np.ndarray  # int8 codes of store.LANGUAGES
    turns: np.ndarray
    paragraphs: np.ndarray
    texts: bytes  # UTF-8, end to end
    text_lengths: np.ndarray  # bytes per passage
    replies: tuple[str, ...]  # distinct questions answered in this document
    reply_of: np.ndarray  # per passage, index into ``replies`` or -1
    source: str  # the Vocabulary its term ids are from
    first_new: int  # the id of the first term this document is the first to use
    new_terms: tuple[str, ...]  # those terms, in id order
    term_ids: np.ndarray  # every token's id, passages end to end
    token_counts: np.ndarray  # tokens per passage
    own_counts: np.ndarray  # per passage, how many of its tokens its own words give (the first)

    @property
    def n_passages(self) -> int:
        return int(self.roles.shape[0])

    # What version pairing reads (retrieval.versions.Pairable), from the record.
    @property
    def language(self) -> Language:
        language: Language = self.record["language"]
        return language

    @property
    def place(self) -> str | None:
        place: str | None = self.record["place"]
        return place

    @property
    def source_url(self) -> str | None:
        url: str | None = self.record["source_url"]
        return url


def _content_key(document: Document) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    for passage in document.passages:
        digest.update(passage.speaker.encode("utf-8", "surrogatepass") + b"\x1f")
        digest.update(passage.text.encode("utf-8", "surrogatepass") + b"\x1e")
    return digest.digest()


class Vocabulary:
    """Term ids handed out to the documents one packer packs, in the order it packs them.

    Attributes:
        source: Names this vocabulary (unique to it) in the documents it numbered.
        ids: Term -> id, from 0 in order of first use.
    """

    def __init__(self) -> None:
        self.source = uuid.uuid4().hex
        # A dict that hands out the next id to an unseen term, in C (see BM25Index).
        self.ids: defaultdict[str, int] = defaultdict()
        self.ids.default_factory = self.ids.__len__


def pack_document(
    document: Document,
    analyzer: Analyzer,
    question_in_all: bool = True,
    vocabulary: Vocabulary | None = None,
) -> PackedDocument:
    """A document's passages as columns, and their index terms as ids of ``vocabulary``
    (a new one if not given); the terms it adds to it travel with the document."""
    vocabulary = vocabulary or Vocabulary()
    passages = document.passages
    speakers = tuple(dict.fromkeys(p.speaker for p in passages))
    speaker_code = {name: i for i, name in enumerate(speakers)}
    replies = tuple(dict.fromkeys(p.in_reply_to for p in passages if p.in_reply_to))
    reply_code = {text: i for i, text in enumerate(replies)}
    encoded = [p.text.encode("utf-8") for p in passages]
    parts = term_parts(document, analyzer, question_in_all)
    first_new = len(vocabulary.ids)
    ids = _term_ids(parts, vocabulary)
    new_terms = tuple(islice(reversed(vocabulary.ids), len(vocabulary.ids) - first_new))[::-1]
    return PackedDocument(
        id=document.id,
        date=document.date,
        record=document_record(document),
        content_key=_content_key(document),
        passage_ids=b"".join(p.id.encode("ascii") for p in passages),
        speakers=speakers,
        speaker_of=np.array([speaker_code[p.speaker] for p in passages], np.int32),
        roles=np.array([ROLES.index(p.role) for p in passages], np.int8),
        languages=np.array([LANGUAGES.index(p.language) for p in passages], np.int8),
        turns=np.array([p.turn for p in passages], np.int32),
        paragraphs=np.array([p.paragraph for p in passages], np.int32),
        texts=b"".join(encoded),
        text_lengths=np.array([len(e) for e in encoded], np.int64),
        replies=replies,
        reply_of=np.array(
            [reply_code[p.in_reply_to] if p.in_reply_to else -1 for p in passages], np.int32
        ),
        source=vocabulary.source,
        first_new=first_new,
        new_terms=new_terms,
        term_ids=ids,
        token_counts=np.array(
            [len(own) + sum(map(len, context)) for own, context in parts], np.int64
        ),
        own_counts=np.array([len(own) for own, _ in parts], np.int32),
    )


def _term_ids(
    parts: list[tuple[list[str], tuple[list[str], ...]]], vocabulary: Vocabulary
) -> np.ndarray:
    """The ids of every passage's terms, end to end: the passages' own terms are looked up
    in one pass, and a context list (the same object for every passage it follows) once."""
    get = vocabulary.ids.__getitem__
    own = np.array(list(map(get, chain.from_iterable(terms for terms, _ in parts))), np.int32)
    shared: dict[int, np.ndarray] = {}
    pieces = []
    start = 0
    for terms, context in parts:
        pieces.append(own[start : start + len(terms)])
        start += len(terms)
        for listed in context:
            ids = shared.get(id(listed))
            if ids is None:
                ids = shared[id(listed)] = np.array(list(map(get, listed)), np.int32)
            pieces.append(ids)
    return np.concatenate(pieces) if pieces else own


class Packer:
    """``pack_document`` with its own analyzer, made on first use (once per worker process).

    Args:
        question_in_all: See :class:`~retrieval.search.SearchIndex`.
    """

    def __init__(self, question_in_all: bool = True) -> None:
        self.question_in_all = question_in_all
        self._analyzer: Analyzer | None = None
        self.vocabulary = Vocabulary()

    def __getstate__(self) -> dict[str, Any]:
        # The analyzer is made where used; each process numbers its terms itself.
        return {"question_in_all": self.question_in_all}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.question_in_all = state["question_in_all"]
        self._analyzer = None
        self.vocabulary = Vocabulary()

    def __call__(self, document: Document) -> PackedDocument:
        if self._analyzer is None:
            self._analyzer = Analyzer(names=True)  # the terms SearchIndex indexes
        return pack_document(document, self._analyzer, self.question_in_all, self.vocabulary)


class _Spool:
    """Where packed documents go as they arrive: their bulk to disk, the rest stays.

    Terms get global ids (handed out in arrival order, renumbered once all are in) as
    :meth:`receive` meets them, and each document's texts and token ids are appended to two
    temporary files, read back in index order at the end. So the build holds the final
    arrays, never a second copy of them.
    """

    def __init__(self) -> None:
        self.ids: defaultdict[str, int] = defaultdict()
        self.ids.default_factory = self.ids.__len__
        # Per vocabulary (a worker's): its ids -> global ids (a buffer, and how much is used).
        self._maps: dict[str, tuple[np.ndarray, int]] = {}
        # Closed (and so deleted) by __exit__: the spool is a context manager itself.
        self._texts = tempfile.TemporaryFile(prefix="statements-bot-texts-")  # noqa: SIM115
        self._tokens = tempfile.TemporaryFile(prefix="statements-bot-tokens-")  # noqa: SIM115
        # Per document id: (text offset, text bytes, token offset, tokens), in the files.
        self._where: dict[str, tuple[int, int, int, int]] = {}

    def __enter__(self) -> _Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._texts.close()
        self._tokens.close()

    def receive(self, packed: PackedDocument) -> PackedDocument:
        """Learn the terms a packed document adds to its vocabulary. Every document a
        vocabulary numbered must be received, in the order it was packed (a duplicate that
        will not be indexed too: later ones use its terms)."""
        mapped, used = self._maps.get(packed.source, (_NO_TOKENS, 0))
        if packed.first_new != used:
            raise RuntimeError(f"document {packed.id!r} arrived before one packed earlier")
        new = np.fromiter(
            map(self.ids.__getitem__, packed.new_terms), np.int32, len(packed.new_terms)
        )
        if used + new.shape[0] > mapped.shape[0]:
            mapped = np.concatenate([mapped[:used], np.empty(used + 2 * new.shape[0], np.int32)])
        mapped[used : used + new.shape[0]] = new
        self._maps[packed.source] = (mapped, used + new.shape[0])
        return replace(packed, new_terms=())

    def take(self, packed: PackedDocument) -> PackedDocument:
        """Spool a received document's texts and tokens; what is left of it (without them)."""
        tokens = self._maps[packed.source][0][packed.term_ids]
        self._where[packed.id] = (
            self._texts.tell(),
            len(packed.texts),
            self._tokens.tell() // 4,
            tokens.shape[0],
        )
        self._texts.write(packed.texts)
        self._tokens.write(tokens.tobytes())
        return replace(packed, texts=b"", new_terms=(), term_ids=_NO_TOKENS)

    def tokens_of(self, doc_id: str) -> np.ndarray:
        """A spooled document's token ids (as :attr:`ids` numbers them), end to end."""
        out = np.empty(self._where[doc_id][3], np.int32)
        self.read_tokens([doc_id], out)
        return out

    def texts_of(self, packed: PackedDocument) -> list[str]:
        """A spooled document's passage texts."""
        blob = np.empty(int(packed.text_lengths.sum()), np.uint8)
        self.read_texts([packed.id], blob)
        ends = np.cumsum(packed.text_lengths).tolist()
        data = blob.tobytes()
        return [data[a:b].decode("utf-8") for a, b in zip([0, *ends[:-1]], ends, strict=True)]

    def read_texts(self, doc_ids: Sequence[str], out: np.ndarray) -> None:
        """The documents' texts, end to end, into ``out``."""
        self._read(self._texts, doc_ids, out, 0, 1)

    def mapped_texts(self, doc_ids: Sequence[str]) -> np.ndarray:
        """The documents' texts, end to end, as a read-only array over a temporary file.

        The texts are the build's largest array (a third of a saved million-passage index):
        in a file mapped into memory they take the build's memory only where they are read
        (at a million passages the build ends at 840 MB instead of 1,154, and its peak is the
        engine's postings, 1,078). The file is unlinked from the start; the mapping keeps it
        until the array is dropped.
        """
        with tempfile.TemporaryFile(prefix="statements-bot-blob-") as blob:
            for doc_id in doc_ids:  # a document at a time: only one is ever in memory
                text = np.empty(self._where[doc_id][1], np.uint8)
                self.read_texts([doc_id], text)
                blob.write(text.data)
            size = blob.tell()
            if not size:  # a file of no bytes cannot be mapped
                return np.zeros(0, np.uint8)
            blob.flush()
            # The mapping holds its own handle on the file: closing ``blob`` keeps it.
            return np.frombuffer(mmap.mmap(blob.fileno(), size, access=mmap.ACCESS_READ), np.uint8)

    def read_tokens(self, doc_ids: Sequence[str], out: np.ndarray) -> None:
        """The documents' token ids, end to end, into ``out`` (int32)."""
        self._read(self._tokens, doc_ids, out, 2, 4)

    def _read(
        self,
        file: io.BufferedRandom,
        doc_ids: Sequence[str],
        out: np.ndarray,
        field: int,
        itemsize: int,
    ) -> None:
        file.flush()
        view = out.data.cast("B")
        pos = 0
        for doc_id in doc_ids:
            where = self._where[doc_id]
            size = where[field + 1] * itemsize
            file.seek(where[field] * itemsize)
            if file.readinto(view[pos : pos + size]) != size:
                raise OSError("the build's temporary file was cut short")
            pos += size


_NO_TOKENS = np.zeros(0, np.int32)


def _columns(
    documents: Sequence[PackedDocument],
) -> tuple[dict[str, np.ndarray], list[dict[str, Any]], list[str]]:
    """The passage store's columns (all but the text blob), document records and speakers,
    in the documents' order (as ``PassageStore.from_documents`` makes them)."""
    n = sum(d.n_passages for d in documents)
    speakers = sorted({name for d in documents for name in d.speakers})
    speaker_code = {name: i for i, name in enumerate(speakers)}
    replies: dict[str, int] = {}
    columns: dict[str, np.ndarray] = {
        "doc": np.empty(n, np.int32),
        "speaker": np.empty(n, np.int32),
        "role": np.empty(n, np.int8),
        "language": np.empty(n, np.int8),
        "turn": np.empty(n, np.int32),
        "paragraph": np.empty(n, np.int32),
        "reply": np.empty(n, np.int32),
        "ids": np.empty(n, "S16"),
    }
    text_lengths = np.empty(n, np.int64)
    row = 0
    for i, d in enumerate(documents):
        rows = slice(row, row + d.n_passages)
        columns["doc"][rows] = i
        columns["speaker"][rows] = np.array([speaker_code[s] for s in d.speakers])[d.speaker_of]
        columns["role"][rows] = d.roles
        columns["language"][rows] = d.languages
        columns["turn"][rows] = d.turns
        columns["paragraph"][rows] = d.paragraphs
        codes = np.array([replies.setdefault(r, len(replies)) for r in d.replies] + [-1])
        columns["reply"][rows] = codes[d.reply_of]  # -1 picks the appended -1
        columns["ids"][rows] = np.frombuffer(d.passage_ids, "S12")
        text_lengths[rows] = d.text_lengths
        row += d.n_passages
    columns["text_offsets"] = np.zeros(n + 1, np.int64)
    np.cumsum(text_lengths, out=columns["text_offsets"][1:])
    encoded = [r.encode("utf-8") for r in replies]
    columns["reply_offsets"] = np.zeros(len(encoded) + 1, np.int64)
    np.cumsum([len(e) for e in encoded], out=columns["reply_offsets"][1:])
    columns["reply_blob"] = np.frombuffer(b"".join(encoded), np.uint8).copy()
    return columns, [d.record for d in documents], speakers


#: Tokens renumbered at a time (a whole-stream ``np.take`` would copy the stream).
_RENUMBER_CHUNK = 1 << 22


def _engine(
    doc_ids: Sequence[str], counts: np.ndarray, spool: _Spool, k1: float, b: float
) -> BM25Index:
    """The BM25 engine over the documents' spooled tokens (``counts`` per passage)."""
    stream = np.empty(int(counts.sum()), np.int32)
    spool.read_tokens(doc_ids, stream)
    # Ids were handed out in arrival order (and to documents a reload kept from before);
    # BM25Okapi numbers terms by first occurrence in document order, and sums its average idf
    # in that order, so renumber, leaving out terms that no document kept uses.
    renumber = first_occurrence_order if _compiled.ready() else _bm25_numpy.first_occurrence_order
    new_id = renumber(stream, len(spool.ids))
    _renumber_in_place(stream, new_id)
    terms = [""] * int(new_id.max(initial=-1) + 1)
    for term, old in spool.ids.items():
        if new_id[old] >= 0:
            terms[new_id[old]] = term
    postings = postings_of(stream, counts, len(terms))
    del stream  # before the postings' derived arrays are made
    return BM25Index.from_postings(terms, postings, counts, k1=k1, b=b)


def _renumber_in_place(stream: np.ndarray, new_id: np.ndarray) -> None:
    """Give every token of ``stream`` its new id, a slice at a time (a whole-stream fancy
    index would make a second stream). A function of its own so that no view of the stream
    outlives it: a loop variable left over in the caller kept the whole stream (370 MB at
    a million passages) alive through the engine's build after ``del stream``."""
    for start in range(0, stream.shape[0], _RENUMBER_CHUNK):
        chunk = stream[start : start + _RENUMBER_CHUNK]
        chunk[:] = new_id[chunk]


class _SpooledKeys:
    """A document's pairing keys (:func:`~retrieval.versions.document_keys`), counted from
    its spooled terms: the first ``own_counts`` tokens of each passage are its own words'."""

    def __init__(self, spool: _Spool, analyzer: Analyzer) -> None:
        self._spool = spool
        self._analyzer = analyzer
        self._terms: list[str] | None = None
        self._keyed = np.zeros(0, bool)  # per term id: whether the term gives a key

    def __call__(self, document: PackedDocument) -> Counter[str]:
        if self._terms is None:  # only once a document is asked about
            self._terms = list(self._spool.ids)
            self._keyed = np.fromiter(map(is_key, self._terms), bool, len(self._terms))
        tokens = self._spool.tokens_of(document.id)
        counts = document.token_counts
        position = np.arange(tokens.shape[0]) - np.repeat(np.cumsum(counts) - counts, counts)
        own = position < np.repeat(document.own_counts, counts)
        ids, times = np.unique(tokens[own & self._keyed[tokens]], return_counts=True)
        terms = self._terms
        own_terms = dict(zip([terms[i] for i in ids.tolist()], times.tolist(), strict=True))
        title: str = document.record["title"]
        return document_keys(self._analyzer, title, document.language, own_terms)


def _versions(documents: Sequence[PackedDocument], spool: _Spool) -> Versions:
    """The documents paired as :func:`~retrieval.versions.pair_documents` pairs them.

    Keys are counted only for the documents that pairing asks about (those sharing a date
    with a document in the other language).
    """
    analyzer = Analyzer(names=True)
    keys = _SpooledKeys(spool, analyzer)
    return pair_versions(documents, analyzer, keys=keys, speakers=_turn_speakers)


def _turn_speakers(document: PackedDocument) -> list[str]:
    """:func:`~retrieval.versions.turn_speakers` of a packed document."""
    # The first passage of each turn, in turn order.
    _, first = np.unique(document.turns, return_index=True)
    return [document.speakers[i] for i in document.speaker_of[first].tolist()]


def _unify(documents: list[PackedDocument], spool: _Spool) -> list[PackedDocument]:
    """:func:`~retrieval.corpus.unify_speakers` on spooled documents."""
    renames = speaker_renames(
        (name for d in documents for name in d.speakers),
        written={n for d in documents if d.record["language"] == "en" for n in d.speakers},
        diplomats={n for d in documents if on_diplomacy(d.record["title"]) for n in d.speakers},
    )
    if not renames:
        return documents
    return [
        _renamed(d, renames, spool) if not renames.keys().isdisjoint(d.speakers) else d
        for d in documents
    ]


def _renamed(document: PackedDocument, renames: dict[str, str], spool: _Spool) -> PackedDocument:
    names = [renames.get(name, name) for name in document.speakers]
    speakers = tuple(dict.fromkeys(names))
    code = np.array([speakers.index(name) for name in names], np.int32)
    speaker_of = code[document.speaker_of]
    ids = passage_ids(
        document.record["title"],
        document.date,
        zip([speakers[i] for i in speaker_of.tolist()], spool.texts_of(document), strict=True),
    )
    return replace(
        document,
        speakers=speakers,
        speaker_of=speaker_of,
        passage_ids="".join(ids).encode("ascii"),
    )


def _release_freed_memory() -> None:
    """Give the memory of the packed documents just freed back to the system, before the
    engine's large arrays are made: C's allocator keeps freed small blocks for reuse, and
    the build's peak would count them (about 60 MB at a million passages). Where the C
    library has no ``malloc_trim`` (not glibc), nothing is done."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


def _build(
    documents: list[PackedDocument],
    spool: _Spool,
    *,
    k1: float = DEFAULT_K1,
    b: float = DEFAULT_B,
    progress: Progress | None = None,
) -> SearchIndex:
    """The search index over spooled documents, in the order given.

    Takes ``documents`` over and empties it once its columns are made, so that the packed
    documents, the token stream and the texts never take memory at the same time.
    """
    total = sum(d.n_passages for d in documents)
    doc_ids = [d.id for d in documents]
    counts = np.concatenate([d.token_counts for d in documents] or [np.zeros(0, np.int64)])
    versions = _versions(documents, spool)
    columns, records, speakers = _columns(documents)
    documents.clear()
    _release_freed_memory()
    engine = _engine(doc_ids, counts, spool, k1, b)
    del counts
    spool.ids.clear()  # the engine has its terms
    if progress is not None:
        progress(total // 2, total)
    columns["text_blob"] = spool.mapped_texts(doc_ids)
    store = PassageStore(columns, records, speakers)
    if progress is not None:
        progress(total, total)
    return SearchIndex._from_parts(store, engine, None, versions)


def build_from_folder(
    data_dir: Path,
    *,
    previous: SearchIndex | None = None,
    workers: int = 1,
    parse_progress: Progress | None = None,
    progress: Progress | None = None,
) -> tuple[SearchIndex, tuple[Rejected, ...], tuple[str, ...]]:
    """Parse, analyse and index a data folder, streaming (see the module's docstring).

    The index equals ``SearchIndex(documents)`` over :func:`~retrieval.corpus.load_corpus`'s
    documents (with those kept from ``previous`` added, as a reload adds them).

    Args:
        data_dir: The transcripts folder.
        previous: The index serving now: a document whose file is now rejected keeps the
            version it had there, so a reload never serves less than before.
        workers: Parse-and-analyse processes.
        parse_progress: Called with (files done, files in all).
        progress: Called with (passages done, passages in all) while the index is laid out.

    Returns:
        The index, the rejected files, and the ids of documents kept from ``previous``.

    Raises:
        retrieval.corpus.CorpusError: The folder is missing or unreadable.
    """
    packer = Packer()
    with _Spool() as spool:
        packed, rejected = load_packed(
            data_dir,
            packer,
            workers=workers,
            progress=parse_progress,
            received=spool.receive,
            accept=spool.take,
        )
        # As load_corpus does it: over the files loaded now, before any kept version joins.
        packed = _unify(packed, spool)
        kept: list[PackedDocument] = []
        if previous is not None:
            fresh = {d.id for d in packed}
            for doc_id in sorted({Path(r.name).stem for r in rejected} - fresh):
                document = previous.document(doc_id)
                if document is not None:
                    kept.append(spool.take(spool.receive(packer(document))))
        if kept:
            packed.extend(kept)
            packed.sort(key=lambda d: (d.date.toordinal() if d.date else 0, d.id))
        index = _build(packed, spool, progress=progress)
    return index, rejected, tuple(d.id for d in kept)
