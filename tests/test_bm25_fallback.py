"""While the compiled kernels are not ready (just installed), numpy gives the same index and
the same answers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from retrieval import _bm25_kernels, _bm25_numpy, _compiled, bm25
from retrieval.bm25 import BLOCK_SHIFT, BM25Index
from tests.test_bm25 import zipf_corpus
from tests.test_bm25_pruning import _common_queries


@pytest.fixture(scope="module")
def corpus() -> list[list[str]]:
    return zipf_corpus(3_000, vocab=2_000, mean_len=30, seed=21)


@pytest.fixture
def not_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if numba were still compiling: every kernel call would be an error."""
    monkeypatch.setattr(_compiled, "ready", lambda: False)
    for name in ("postings_offsets", "fill_postings", "scan_postings", "top_k_maxscore"):
        monkeypatch.setattr(bm25, name, _refuse)


def _refuse(*args: object) -> None:
    raise AssertionError("a compiled kernel ran while the kernels were not ready")


def _arrays(index: BM25Index) -> dict[str, np.ndarray]:
    names = ("_indptr", "_doc_ids", "_tfs", "_doc_lengths", "_idf", "_norms", "_bounds")
    return {n: getattr(index, n) for n in (*names, "_impacts", "_block_max", "_dense_row")}


def test_numpy_build_equals_compiled_build(corpus: list[list[str]], not_ready: None) -> None:
    fallback = BM25Index(corpus)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_compiled, "ready", lambda: True)
        patch.setattr(bm25, "postings_offsets", _bm25_kernels.postings_offsets)
        patch.setattr(bm25, "fill_postings", _bm25_kernels.fill_postings)
        patch.setattr(bm25, "scan_postings", _bm25_kernels.scan_postings)
        compiled = BM25Index(corpus)
    for name, array in _arrays(compiled).items():
        twin = _arrays(fallback)[name]
        assert twin.dtype == array.dtype and np.array_equal(twin, array), name
    assert fallback.average_idf == compiled.average_idf


def test_numpy_answers_equal_compiled_answers(corpus: list[list[str]], not_ready: None) -> None:
    index = BM25Index(corpus)
    rng = np.random.default_rng(2)
    queries = _common_queries(index, 60, seed=3)
    answers = [index.top_k(q, 10, rng.random(index.n_docs) < 0.5) for q in queries]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_compiled, "ready", lambda: True)
        patch.setattr(bm25, "top_k_maxscore", _bm25_kernels.top_k_maxscore)
        rng = np.random.default_rng(2)
        assert answers == [index.top_k(q, 10, rng.random(index.n_docs) < 0.5) for q in queries]


def test_numpy_load_check_refuses_what_the_kernel_refuses(corpus: list[list[str]]) -> None:
    index = BM25Index(corpus)
    args = (index._indptr, index._doc_ids, index._tfs, index._doc_lengths)
    dense = np.flatnonzero(index._dense_row >= 0)
    rest = (index._norms, index.k1, True, dense, BLOCK_SHIFT)
    for edit in ("none", "unsorted", "zero-tf", "length", "out-of-range"):
        indptr, doc_ids, tfs, lengths = (a.copy() for a in args)
        if edit == "unsorted":
            doc_ids[[0, 1]] = doc_ids[[1, 0]]
        elif edit == "zero-tf":
            tfs[5] = 0
        elif edit == "length":
            lengths[3] += 1
        elif edit == "out-of-range":
            doc_ids[-1] = index.n_docs
        compiled = _bm25_kernels.scan_postings(indptr, doc_ids, tfs, lengths, *rest)
        twin = _bm25_numpy.scan_postings(indptr, doc_ids, tfs, lengths, *rest)
        assert twin[0] == compiled[0] == (edit == "none"), edit
        if edit == "none":
            for a, b in zip(twin[1:], compiled[1:], strict=True):
                assert np.array_equal(a, b)


def test_renumbering_twins_agree() -> None:
    stream = np.random.default_rng(4).integers(0, 50, 2_000).astype(np.int32)
    stream[stream == 7] = 8  # an id that never occurs
    expected = _bm25_kernels.first_occurrence_order(stream, 50)
    assert np.array_equal(_bm25_numpy.first_occurrence_order(stream, 50), expected)
    assert expected[7] == -1


def test_kernels_compile_in_a_process_of_their_own() -> None:
    """What a short command leaves behind: `python -m retrieval._compiled` caches them all."""
    done = subprocess.run(
        [sys.executable, "-m", "retrieval._compiled"],
        cwd=Path(__file__).parent.parent,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _compiled.cached_on_disk()
