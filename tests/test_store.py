"""Columnar passage store: the same passages back, by row and by id, after save and load."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.corpus import load_corpus
from retrieval.store import PassageStore, StoreFormatError
from tests.conftest import EVAL_TRANSCRIPTS, SAMPLE_DIR


@pytest.fixture(scope="module")
def documents():
    docs = list(load_corpus(SAMPLE_DIR).documents) + list(load_corpus(EVAL_TRANSCRIPTS).documents)
    return docs


def test_round_trip_by_row_and_id(documents, tmp_path: Path) -> None:
    store = PassageStore.from_documents(documents)
    originals = [p for d in documents for p in d.passages]
    assert list(store) == originals
    store.save(tmp_path / "s")
    for mmap in (True, False):
        loaded = PassageStore.load(tmp_path / "s", mmap=mmap)
        assert len(loaded) == len(originals)
        assert list(loaded) == originals
        for row, passage in enumerate(originals):
            assert loaded.find(passage.id) == row
    assert store.find("000000000000") is None
    assert store.find("not-an-id") is None


def test_turns_documents_and_dates(documents) -> None:
    store = PassageStore.from_documents(documents)
    for row in range(0, len(store), 7):
        turn_rows = store.rows_of_turn(row)
        assert row in turn_rows
        first = store[row]
        assert all(
            store[i].turn == first.turn and store[i].doc_id == first.doc_id for i in turn_rows
        )
        # Nothing of the same turn lies outside the range.
        if turn_rows.start > 0:
            before = store[turn_rows.start - 1]
            assert (before.doc_id, before.turn) != (first.doc_id, first.turn)
    for d, document in enumerate(documents):
        assert store.document(d) == document
    dates = store.document_dates()
    for row in range(len(store)):
        date = store[row].date
        assert dates[row] == (date.toordinal() if date else 0)


def test_empty_store(tmp_path: Path) -> None:
    store = PassageStore.from_documents([])
    assert len(store) == 0 and list(store) == []
    store.save(tmp_path / "e")
    assert len(PassageStore.load(tmp_path / "e")) == 0


@pytest.mark.parametrize("damage", ["missing", "truncated", "foreign", "count"])
def test_damaged_store_is_refused(documents, tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "s"
    PassageStore.from_documents(documents).save(folder)
    if damage == "missing":
        (folder / "speaker.npy").unlink()
    elif damage == "truncated":
        blob = np.load(folder / "text_blob.npy")
        np.save(folder / "text_blob.npy", blob[:-10])
    elif damage == "foreign":
        (folder / "passages.json").write_text('{"format": "something else"}')
    else:
        np.save(folder / "role.npy", np.zeros(3, np.int8))
    with pytest.raises(StoreFormatError):
        PassageStore.load(folder)
