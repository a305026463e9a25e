"""BM25Index's pruning structures: block bounds, dense impacts, and the kernel chosen per query.

Each kernel must return exactly what scoring every document returns (and so what BM25Okapi
ranks), above all for queries with terms in more than half the passages, where pruning has the
least room: their floored idf (``epsilon * average_idf``) weighs as much as a mid-frequency term.
"""

from __future__ import annotations

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from retrieval import _bm25_kernels, bm25
from retrieval.bm25 import BLOCK_SHIFT, BM25Index
from tests.test_bm25 import okapi_scores, reference_top, zipf_corpus


@pytest.fixture(scope="module")
def corpus() -> list[list[str]]:
    # Short passages over a small vocabulary: a dozen terms sit in more than half of them.
    return zipf_corpus(6_000, vocab=3_000, mean_len=40, seed=11)


@pytest.fixture(scope="module")
def index(corpus: list[list[str]]) -> BM25Index:
    return BM25Index(corpus)


def _common_terms(index: BM25Index) -> list[str]:
    terms = [t for t in index._vocabulary if index.doc_freq(t) * 2 > index.n_docs]
    assert len(terms) >= 5, "the corpus must have several terms in over half the passages"
    return terms


def _common_queries(index: BM25Index, n: int, seed: int) -> list[list[str]]:
    """Queries led by terms in over half the passages, alone or with mid and rare terms."""
    rng = np.random.default_rng(seed)
    common = _common_terms(index)
    by_df = sorted(index._vocabulary, key=index.doc_freq, reverse=True)
    queries = []
    for _ in range(n):
        query = [common[int(i)] for i in rng.integers(0, len(common), int(rng.integers(1, 5)))]
        for _ in range(int(rng.integers(0, 4))):
            rank = int(np.exp(rng.uniform(np.log(len(common)), np.log(len(by_df))))) - 1
            query.insert(int(rng.integers(0, len(query) + 1)), by_df[rank])
        if rng.random() < 0.1:
            query.append("never-seen")
        queries.append(query)
    return queries


def _mask(rng: np.random.Generator, n: int) -> np.ndarray | None:
    kind = int(rng.integers(5))
    if kind == 0:
        return None
    if kind == 1:  # a speaker or a language: a scattered share of the passages
        return rng.random(n) < rng.choice([0.05, 0.3, 0.8])
    if kind == 2:  # a date span: a band whose ends fall inside blocks
        start = int(rng.integers(n - 200))
        mask = np.zeros(n, dtype=bool)
        mask[start : start + int(rng.integers(100, n // 2))] = True
        return mask
    if kind == 3:  # a band with holes (a speaker within a date span)
        start = int(rng.integers(n // 2))
        mask = np.zeros(n, dtype=bool)
        mask[start : start + n // 3] = rng.random(n // 3) < 0.5
        return mask
    return np.ones(n, dtype=bool)


def _count_calls(monkeypatch: pytest.MonkeyPatch, names: tuple[str, ...]) -> dict[str, int]:
    calls = dict.fromkeys(names, 0)
    for name in names:
        kernel = getattr(bm25, name)

        def counted(*args, _kernel=kernel, _name=name):
            calls[_name] += 1
            return _kernel(*args)

        monkeypatch.setattr(bm25, name, counted)
    return calls


def test_queries_with_very_common_terms_equal_exhaustive(
    index: BM25Index, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_calls(monkeypatch, ("top_k_blocks", "top_k_maxscore", "top_k_candidates"))
    rng = np.random.default_rng(3)
    for query in _common_queries(index, 800, seed=4):
        k = int(rng.choice([1, 2, 10, 10, 37]))
        mask = _mask(rng, index.n_docs)
        assert index.top_k(query, k, mask) == index.top_k_exhaustive(query, k, mask), (query, k)
    # Both kernels took their share: blocks the short queries, MaxScore the longer ones.
    assert calls["top_k_blocks"] > 250 and calls["top_k_maxscore"] > 250, calls


def test_very_common_terms_rank_as_okapi(
    corpus: list[list[str]], index: BM25Index, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Against BM25Okapi itself: top-10 ids in order, and the scores to the last bit."""
    calls = _count_calls(monkeypatch, ("top_k_blocks",))
    okapi = BM25Okapi(corpus)
    doc_sets = [set(doc) for doc in corpus]
    for query in _common_queries(index, 60, seed=9):
        expected = okapi_scores(okapi, query)
        top = index.top_k(query, 10)
        assert [d for d, _ in top] == reference_top(expected, doc_sets, query, 10), query
        assert [s for _, s in top] == [float(expected[d]) for d, _ in top], query
    assert calls["top_k_blocks"] >= 20


def test_single_terms_of_every_frequency_equal_exhaustive(
    index: BM25Index, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_calls(monkeypatch, ("top_k_blocks",))
    by_df = sorted(index._vocabulary, key=index.doc_freq, reverse=True)
    rng = np.random.default_rng(5)
    for term in by_df[:40] + by_df[40::97]:
        mask = _mask(rng, index.n_docs)
        for k in (1, 10, 200):
            assert index.top_k([term], k, mask) == index.top_k_exhaustive([term], k, mask), term
    assert calls["top_k_blocks"] > 100


def test_ties_across_blocks_keep_the_smaller_doc_id() -> None:
    """Identical passages in every block: blocks are visited out of order, ranks stay by id."""
    rng = np.random.default_rng(1)
    templates = [["a", "b"], ["a", "c", "c"], ["a"], ["b", "a", "d"]]
    corpus = [templates[int(i)] for i in rng.integers(0, len(templates), 3_000)]
    index = BM25Index(corpus)
    for query in (["a"], ["a", "b"], ["a", "c"], ["a", "a", "d"], ["b", "a"]):
        for k in (1, 5, 64, 65, 700):
            for mask in (None, rng.random(index.n_docs) < 0.5):
                assert index.top_k(query, k, mask) == index.top_k_exhaustive(query, k, mask)


def test_term_of_idf_zero_is_still_ranked() -> None:
    """A term in exactly half the passages has idf 0: its passages still fill the top k."""
    corpus = [["half", "x"] if i % 2 else ["y"] for i in range(256)]
    index = BM25Index(corpus)
    assert index.idf("half") == 0.0
    assert index.top_k(["half"], 5) == [(1, 0.0), (3, 0.0), (5, 0.0), (7, 0.0), (9, 0.0)]
    assert index.top_k(["half", "y"], 300) == index.top_k_exhaustive(["half", "y"], 300)


def test_dense_impacts_bound_every_weight(index: BM25Index) -> None:
    """Each stored impact, and each block's maximum, is at least the weight it stands for."""
    unit = (index.k1 + 1) / _bm25_kernels.IMPACT_LEVELS
    dense = np.flatnonzero(index._dense_row >= 0)
    assert dense.size > 10
    for t in dense:
        row = index._dense_row[t]
        docs = index._doc_ids[index._indptr[t] : index._indptr[t + 1]]
        tfs = index._tfs[index._indptr[t] : index._indptr[t + 1]].astype(np.float64)
        saturation = tfs * (index.k1 + 1) / (tfs + index._norms[docs])
        impacts = index._impacts[row]
        assert np.all(impacts[docs] * unit >= saturation)
        # Absent means 0, present means at least 1.
        assert np.count_nonzero(impacts) == docs.size
        blocks = np.maximum.reduceat(impacts, np.arange(0, index.n_docs, 1 << BLOCK_SHIFT))
        assert np.array_equal(index._block_max[row], blocks)


def test_dense_rows_are_rebuilt_on_load(index: BM25Index, tmp_path) -> None:
    index.save(tmp_path / "engine")
    loaded = BM25Index.load(tmp_path / "engine")
    assert np.array_equal(loaded._impacts, index._impacts)
    assert np.array_equal(loaded._block_max, index._block_max)
    query = _common_queries(index, 1, seed=1)[0]
    assert loaded.top_k(query, 10) == index.top_k(query, 10)
