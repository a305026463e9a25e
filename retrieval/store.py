"""Columnar passage storage: a million passages without a million Python objects.

Texts live in one UTF-8 blob with offsets; per-passage metadata lives in small numpy columns;
document metadata in a JSON list. A :class:`Passage` is built only when a hit needs it. The store
saves to numpy ``.npy`` files plus JSON (no pickle) and loads memory-mapped.
"""

from __future__ import annotations

import datetime as dt
import json
import mmap
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, overload

import numpy as np

from retrieval.passages import Document, Language, Passage, Role

__all__ = ["PassageStore", "StoreFormatError", "day_code", "document_record", "yearless_day"]

ROLES: tuple[Role, ...] = ("statement", "question", "answer")
LANGUAGES: tuple[Language, ...] = ("en", "ru")
_FORMAT = "statements-bot/passages"
_VERSION = 3
_COLUMNS = (
    "doc",
    "speaker",
    "role",
    "language",
    "turn",
    "paragraph",
    "text_offsets",
    "reply",
    "reply_offsets",
    "ids",
    "text_blob",
    "reply_blob",
    "id_order",
)


class StoreFormatError(ValueError):
    """A saved passage store that is missing, corrupt or from another format."""


def _blob(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    encoded = [t.encode("utf-8") for t in texts]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    if encoded:
        np.cumsum([len(e) for e in encoded], out=offsets[1:])
    blob = np.frombuffer(b"".join(encoded), dtype=np.uint8) if encoded else np.zeros(0, np.uint8)
    return blob, offsets


def document_record(document: Document) -> dict[str, Any]:
    """What the store keeps of a document besides its passages (saved as JSON).

    A page that lists several items (an embassy's archive) gives each item's passages its own
    title, date and place: those are kept as ``parts``, ``[first turn, title, date, place]``
    from each turn on where they change (absent when every passage has the document's).
    """
    record: dict[str, Any] = {
        "id": document.id,
        "title": document.title,
        "date": document.date.isoformat() if document.date else None,
        "place": document.place,
        "language": document.language,
        "speaker": document.speaker,
        "source_url": document.source_url,
    }
    if document.yearless_day:
        record["yearless_day"] = list(document.yearless_day)
    own = (document.title, document.date, document.place)
    if any((p.title, p.date, p.place) != own for p in document.passages):
        parts: list[list[Any]] = []
        for p in document.passages:
            part = [p.turn, p.title, p.date.isoformat() if p.date else None, p.place]
            if not parts or parts[-1][1:] != part[1:]:
                parts.append(part)
        record["parts"] = parts
    return record


def _part(record: dict[str, Any], turn: int) -> tuple[str, str | None, str | None]:
    """The title, date and place of the item a passage's turn belongs to (see
    :func:`document_record`)."""
    title, date, place = record["title"], record["date"], record["place"]
    for first, part_title, part_date, part_place in record.get("parts", ()):
        if first > turn:
            break
        title, date, place = part_title, part_date, part_place
    return title, date, place


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def yearless_day(record: dict[str, Any]) -> tuple[int, int] | None:
    """The ``(month, day)`` a document's record states without a year (see
    :func:`document_record`)."""
    day = record.get("yearless_day")
    return (int(day[0]), int(day[1])) if day else None


def day_code(month: int, day: int) -> int:
    """A month and day as one small number (``month * 32 + day``), as in
    :meth:`PassageStore.yearless_days`."""
    return month * 32 + day


class PassageStore(Sequence[Passage]):
    """All passages of a corpus, in document order, addressable by position or stable id."""

    def __init__(
        self, columns: dict[str, np.ndarray], documents: list[dict[str, Any]], speakers: list[str]
    ) -> None:
        self._c = columns
        self._documents = documents
        self.speakers: tuple[str, ...] = tuple(speakers)
        self._doc_cache: dict[int, Document] = {}
        ids = columns["ids"]
        if "id_order" not in columns:  # sorting a million ids takes a second: saved with the store
            columns["id_order"] = np.argsort(ids, kind="stable").astype(np.int64)
        self._id_order = columns["id_order"]
        self._sorted_ids = ids[self._id_order]
        doc = columns["doc"]
        # Passages of document d are rows starts[d]:starts[d+1] (documents are contiguous).
        self._doc_starts = np.searchsorted(doc, np.arange(len(documents) + 1), side="left")

    # --- building ---------------------------------------------------------------------------

    @classmethod
    def from_documents(cls, documents: Sequence[Document]) -> PassageStore:
        speakers = sorted({p.speaker for d in documents for p in d.passages})
        speaker_code = {s: i for i, s in enumerate(speakers)}
        passages = [p for d in documents for p in d.passages]
        n = len(passages)
        doc_index = np.fromiter(
            (i for i, d in enumerate(documents) for _ in d.passages), dtype=np.int32, count=n
        )
        replies: dict[str, int] = {}
        reply = np.fromiter(
            (
                replies.setdefault(p.in_reply_to, len(replies)) if p.in_reply_to else -1
                for p in passages
            ),
            dtype=np.int32,
            count=n,
        )
        text_blob, text_offsets = _blob([p.text for p in passages])
        reply_blob, reply_offsets = _blob(list(replies))
        columns: dict[str, np.ndarray] = {
            "doc": doc_index,
            "speaker": np.fromiter((speaker_code[p.speaker] for p in passages), np.int32, n),
            "role": np.fromiter((ROLES.index(p.role) for p in passages), np.int8, n),
            "language": np.fromiter((LANGUAGES.index(p.language) for p in passages), np.int8, n),
            "turn": np.fromiter((p.turn for p in passages), np.int32, n),
            "paragraph": np.fromiter((p.paragraph for p in passages), np.int32, n),
            "text_offsets": text_offsets,
            "reply": reply,
            "reply_offsets": reply_offsets,
            "ids": np.array([p.id.encode("ascii") for p in passages], dtype="S16").reshape(n),
            "text_blob": text_blob,
            "reply_blob": reply_blob,
        }
        return cls(columns, [document_record(d) for d in documents], speakers)

    # --- access -----------------------------------------------------------------------------

    def __len__(self) -> int:
        return int(self._c["doc"].shape[0])

    @overload
    def __getitem__(self, index: int) -> Passage: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Passage]: ...
    def __getitem__(self, index: int | slice) -> Passage | Sequence[Passage]:
        if isinstance(index, slice):
            return [self._passage(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._passage(index)

    def __iter__(self) -> Iterator[Passage]:
        for i in range(len(self)):
            yield self._passage(i)

    def _text(self, blob: str, offsets: str, i: int) -> str:
        start, end = self._c[offsets][i], self._c[offsets][i + 1]
        return bytes(self._c[blob][start:end]).decode("utf-8")

    def text(self, i: int) -> str:
        return self._text("text_blob", "text_offsets", i)

    def passage_id(self, i: int) -> str:
        raw: bytes = self._c["ids"][i]
        return raw.decode("ascii")

    def _passage(self, i: int) -> Passage:
        c = self._c
        doc = self._documents[int(c["doc"][i])]
        reply = int(c["reply"][i])
        turn = int(c["turn"][i])
        title, date, place = (
            _part(doc, turn) if "parts" in doc else (doc["title"], doc["date"], doc["place"])
        )
        return Passage(
            id=self.passage_id(i),
            doc_id=doc["id"],
            title=title,
            date=_date(date),
            place=place,
            language=LANGUAGES[int(c["language"][i])],
            speaker=self.speakers[int(c["speaker"][i])],
            role=ROLES[int(c["role"][i])],
            turn=turn,
            paragraph=int(c["paragraph"][i]),
            text=self.text(i),
            in_reply_to=self._text("reply_blob", "reply_offsets", reply) if reply >= 0 else None,
            source_url=doc["source_url"],
            yearless_day=yearless_day(doc),
        )

    def find(self, passage_id: str) -> int | None:
        """Row of a passage by its stable id, or None."""
        key = passage_id.encode("ascii", "replace")
        pos = int(np.searchsorted(self._sorted_ids, key))
        if pos < len(self._sorted_ids) and self._sorted_ids[pos] == key:
            return int(self._id_order[pos])
        return None

    @property
    def ids(self) -> np.ndarray:
        return self._c["ids"]

    @property
    def speaker_codes(self) -> np.ndarray:
        return self._c["speaker"]

    @property
    def role_codes(self) -> np.ndarray:
        return self._c["role"]

    @property
    def language_codes(self) -> np.ndarray:
        return self._c["language"]

    @property
    def turn_codes(self) -> np.ndarray:
        """Per passage, the index of its turn within its document."""
        return self._c["turn"]

    @property
    def reply_codes(self) -> np.ndarray:
        """Per passage, the number of the question it answers (-1: none); see :meth:`reply`."""
        return self._c["reply"]

    def reply(self, code: int) -> str:
        """The text of question number ``code`` (from :attr:`reply_codes`)."""
        return self._text("reply_blob", "reply_offsets", code)

    def doc_codes(self) -> np.ndarray:
        return self._c["doc"]

    def rows_of_turn(self, i: int) -> range:
        """Rows of the turn that row ``i`` belongs to."""
        doc, turn = self._c["doc"][i], self._c["turn"][i]
        lo, hi = int(self._doc_starts[doc]), int(self._doc_starts[doc + 1])
        turns = self._c["turn"][lo:hi]
        start = lo + int(np.searchsorted(turns, turn, side="left"))
        end = lo + int(np.searchsorted(turns, turn, side="right"))
        return range(start, end)

    def rows_of_document(self, d: int) -> range:
        return range(int(self._doc_starts[d]), int(self._doc_starts[d + 1]))

    # --- documents --------------------------------------------------------------------------

    @property
    def document_count(self) -> int:
        return len(self._documents)

    def document_meta(self, d: int) -> dict[str, Any]:
        return self._documents[d]

    def document(self, d: int) -> Document:
        """Document ``d`` with all its passages (built on first use, then kept)."""
        cached = self._doc_cache.get(d)
        if cached is None:
            meta = self._documents[d]
            cached = Document(
                id=meta["id"],
                title=meta["title"],
                date=_date(meta["date"]),
                place=meta["place"],
                language=meta["language"],
                speaker=meta["speaker"],
                source_url=meta["source_url"],
                passages=tuple(self._passage(i) for i in self.rows_of_document(d)),
                yearless_day=yearless_day(meta),
            )
            self._doc_cache[d] = cached
        return cached

    def document_dates(self) -> np.ndarray:
        """Event date of every passage as a proleptic ordinal (0 when unknown)."""
        ordinals = np.array(
            [
                dt.date.fromisoformat(d["date"]).toordinal() if d["date"] else 0
                for d in self._documents
            ],
            dtype=np.int32,
        )
        if not len(self):
            return np.zeros(0, np.int32)
        per_passage: np.ndarray = ordinals[self._c["doc"]]
        for d, record in enumerate(self._documents):
            if "parts" not in record:
                continue
            for i in self.rows_of_document(d):  # an archive page's items: each its own date
                date = _part(record, int(self._c["turn"][i]))[1]
                per_passage[i] = dt.date.fromisoformat(date).toordinal() if date else 0
        return per_passage

    def yearless_days(self) -> np.ndarray:
        """Of every passage, the day its page states without a year as :func:`day_code`
        (0 when the page states a full date, or no day at all)."""
        codes = np.array(
            [day_code(*day) if (day := yearless_day(d)) else 0 for d in self._documents],
            dtype=np.int16,
        )
        if not len(self):
            return np.zeros(0, np.int16)
        per_passage: np.ndarray = codes[self._c["doc"]]
        return per_passage

    # --- persistence ------------------------------------------------------------------------

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        for name in _COLUMNS:
            _save_column(directory / f"{name}.npy", self._c[name])
        meta = {
            "format": _FORMAT,
            "version": _VERSION,
            "passages": len(self),
            "documents": self._documents,
            "speakers": list(self.speakers),
        }
        # ASCII JSON: ids from file names that are not valid UTF-8 stay escapes, not errors.
        (directory / "passages.json").write_text(json.dumps(meta), "utf-8")

    @classmethod
    def load(cls, directory: Path, *, mmap: bool = True) -> PassageStore:
        try:
            meta = json.loads((directory / "passages.json").read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreFormatError(f"passage store unreadable: {exc}") from exc
        if (
            not isinstance(meta, dict)
            or meta.get("format") != _FORMAT
            or meta.get("version") != _VERSION
        ):
            raise StoreFormatError("not a passage store of this version")
        columns: dict[str, np.ndarray] = {}
        for name in _COLUMNS:
            try:
                columns[name] = np.load(
                    directory / f"{name}.npy", mmap_mode="r" if mmap else None, allow_pickle=False
                )
            except (OSError, ValueError) as exc:
                raise StoreFormatError(f"passage store column {name!r} unreadable: {exc}") from exc
        n = int(meta.get("passages", -1))
        per_row = ("doc", "speaker", "role", "language", "turn", "paragraph", "reply", "ids")
        if any(columns[c].shape != (n,) for c in per_row) or columns["text_offsets"].shape != (
            n + 1,
        ):
            raise StoreFormatError("passage store columns disagree on the passage count")
        if columns["id_order"].shape != (n,):
            raise StoreFormatError("passage store id order disagrees on the passage count")
        if n and int(columns["text_offsets"][-1]) != columns["text_blob"].shape[0]:
            raise StoreFormatError("passage store text blob is truncated")
        if int(columns["reply_offsets"][-1]) != columns["reply_blob"].shape[0]:
            raise StoreFormatError("passage store reply blob is truncated")
        docs, speakers = meta.get("documents"), meta.get("speakers")
        if not isinstance(docs, list) or not isinstance(speakers, list):
            raise StoreFormatError("passage store metadata is malformed")
        if n and (
            int(columns["doc"].max()) >= len(docs) or int(columns["speaker"].max()) >= len(speakers)
        ):
            raise StoreFormatError("passage store refers to unknown documents or speakers")
        try:
            return cls(columns, docs, speakers)
        except (IndexError, ValueError, TypeError) as exc:
            raise StoreFormatError(f"passage store is inconsistent: {exc}") from exc


#: Bytes of a mapped column written at a time before its pages are let go.
_SAVE_CHUNK = 1 << 24


def _save_column(path: Path, column: np.ndarray) -> None:
    """Save one column as ``.npy``. A column that is a whole file mapping of its own (the
    texts of a fresh build) is written a slice at a time, each slice's pages let go once
    written: read all at once, they would count in the process's memory as if loaded."""
    mapping = column.base
    if isinstance(mapping, memoryview):  # np.frombuffer's base: the view of the mapping
        mapping = mapping.obj
    if (
        not isinstance(mapping, mmap.mmap)
        or column.nbytes != len(mapping)
        or not hasattr(mmap, "MADV_DONTNEED")
    ):
        np.save(path, np.ascontiguousarray(column), allow_pickle=False)
        return
    with path.open("wb") as out:
        np.lib.format.write_array_header_1_0(out, np.lib.format.header_data_from_array_1_0(column))
        for start in range(0, column.nbytes, _SAVE_CHUNK):
            size = min(_SAVE_CHUNK, column.nbytes - start)
            out.write(column[start : start + size].data)
            mapping.madvise(mmap.MADV_DONTNEED, start, size)
