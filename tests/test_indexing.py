"""The streaming build gives exactly the index that building from parsed documents gives."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import numpy as np
import pytest

from retrieval import corpus
from retrieval.indexing import Packer, build_from_folder
from retrieval.search import SearchIndex
from tests.conftest import EVAL_TRANSCRIPTS

SAMPLE_DATA = Path(__file__).parent.parent / "data"


def assert_same_index(streamed: SearchIndex, built: SearchIndex) -> None:
    """Every stored column, document record, term, posting and derived array is equal."""
    a, b = streamed.store, built.store
    assert sorted(a._c) == sorted(b._c)
    for name, column in b._c.items():
        assert a._c[name].dtype == column.dtype, name
        assert np.array_equal(a._c[name], column), name
    assert a._documents == b._documents
    assert a.speakers == b.speakers
    x, y = streamed.engine, built.engine
    assert x._terms == y._terms
    for name in ("_indptr", "_doc_ids", "_tfs", "_doc_lengths", "_idf", "_norms", "_bounds"):
        assert getattr(x, name).dtype == getattr(y, name).dtype, name
        assert np.array_equal(getattr(x, name), getattr(y, name)), name
    assert np.array_equal(x._impacts, y._impacts)
    assert x.average_idf == y.average_idf and x.avgdl == y.avgdl


def _copies(folder: Path, n_copies: int) -> int:
    """Distinct variants of the evaluation transcripts (enough for the worker pool)."""
    sources = sorted(EVAL_TRANSCRIPTS.glob("*.txt"))
    for i in range(n_copies):
        for source in sources:
            text = source.read_text("utf-8")
            cut = text.index(". ", len(text) // 3)
            (folder / f"{source.stem}_{i:02d}.txt").write_text(
                f"{text[:cut]} (copy {i}){text[cut:]}", "utf-8"
            )
    return n_copies * len(sources)


@pytest.mark.parametrize("folder", [SAMPLE_DATA, EVAL_TRANSCRIPTS], ids=["sample", "eval"])
def test_streamed_build_equals_building_from_documents(folder: Path) -> None:
    streamed, rejected, kept = build_from_folder(folder)
    loaded = corpus.load_corpus(folder)
    assert_same_index(streamed, SearchIndex(loaded.documents))
    assert rejected == loaded.rejected and kept == ()
    question = "What did Lavrov say about the International Criminal Court?"
    assert streamed.search(question) == SearchIndex(loaded.documents).search(question)


def test_streamed_build_in_worker_processes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    n = _copies(tmp_path, corpus.PARALLEL_MIN_FILES // 8 + 1)
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01")
    shutil.copy(tmp_path / sorted(p.name for p in tmp_path.glob("*_00.txt"))[0], tmp_path / "z.txt")
    files: list[tuple[int, int]] = []
    streamed, rejected, _ = build_from_folder(
        tmp_path, workers=2, parse_progress=lambda d, t: files.append((d, t))
    )
    loaded = corpus.load_corpus(tmp_path, workers=1)
    assert_same_index(streamed, SearchIndex(loaded.documents))
    assert rejected == loaded.rejected
    assert [r.name for r in rejected] == ["broken.txt", "z.txt"]  # binary; a duplicate
    assert len(streamed.store._documents) == n
    assert files[-1] == (n + 2, n + 2)
    assert "worker processes failed" not in caplog.text  # the pool ran, no fallback


def test_a_broken_file_keeps_its_previous_version(tmp_path: Path) -> None:
    for source in sorted(EVAL_TRANSCRIPTS.glob("*.txt"))[:4]:
        shutil.copy(source, tmp_path / source.name)
    before, _, _ = build_from_folder(tmp_path)
    victim = sorted(tmp_path.glob("*.txt"))[1]
    victim.write_bytes(b"\xff\xfe not utf-8")
    after, rejected, kept = build_from_folder(tmp_path, previous=before)
    assert [r.name for r in rejected] == [victim.name]
    assert kept == (victim.stem,)
    assert_same_index(after, before)


def test_packer_travels_without_its_analyzer() -> None:
    packer = Packer(question_in_all=False)
    packer(corpus.load_corpus(SAMPLE_DATA).documents[0])  # makes its analyzer
    copy = pickle.loads(pickle.dumps(packer))
    assert copy.question_in_all is False and copy._analyzer is None
