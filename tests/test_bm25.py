"""BM25Index: parity with rank_bm25.BM25Okapi, filtered top-k, persistence."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from retrieval import bm25
from retrieval.bm25 import BM25Index, IndexFormatError

SAMPLE = (
    Path(__file__).parent.parent / "data" / "2021-03-17_lavrov_ashkenazi_moscow_news_conference.txt"
)
PARAMS = [(1.5, 0.75, 0.25), (1.2, 0.3, 0.5), (0.6, 0.0, 0.1), (2.0, 0.95, 0.25)]


def zipf_corpus(n_docs: int, vocab: int, mean_len: int, seed: int) -> list[list[str]]:
    """Passages of Zipf-distributed words; about 1% are empty."""
    rng = np.random.default_rng(seed)
    ranks = np.arange(1, vocab + 1)
    probs = 1.0 / ranks**1.05
    probs /= probs.sum()
    lengths = rng.poisson(mean_len, n_docs)
    lengths[rng.random(n_docs) < 0.01] = 0
    words = np.array([f"w{i}" for i in range(vocab)], dtype=object)
    tokens = words[rng.choice(vocab, size=int(lengths.sum()), p=probs)].tolist()
    bounds = np.concatenate([[0], np.cumsum(lengths)])
    return [tokens[bounds[i] : bounds[i + 1]] for i in range(n_docs)]


def random_queries(index: BM25Index, n: int, seed: int) -> list[list[str]]:
    """Frequent terms (negative raw idf), mid and rare ones, repeats and unknown tokens."""
    rng = np.random.default_rng(seed)
    by_df = sorted(index._vocabulary, key=index.doc_freq, reverse=True)
    frequent = [t for t in by_df if index.doc_freq(t) > index.n_docs / 2]
    assert frequent, "the corpus must have terms in more than half the documents"
    queries = []
    for i in range(n):
        size = int(rng.integers(1, 6))
        query = [by_df[int(j)] for j in rng.integers(0, min(len(by_df), 3000), size)]
        if i % 4 == 0:
            query.append(frequent[int(rng.integers(len(frequent)))])
        if i % 5 == 0:
            query.append(query[0])  # a repeated term counts twice
        if i % 7 == 0:
            query.insert(1, "never-seen")
        queries.append(query)
    queries.append(["never-seen"])
    queries.append([])
    return queries


def reference_top(
    scores: np.ndarray, doc_sets: Sequence[set[str]], query: list[str], k: int, mask=None
) -> list[int]:
    """Top-k by score desc then index asc, among documents holding a query term."""
    terms = set(query)
    docs = np.array([i for i, s in enumerate(doc_sets) if not terms.isdisjoint(s)], dtype=np.int64)
    if mask is not None and docs.size:
        docs = docs[mask[docs]]
    if docs.size == 0:
        return []
    return docs[np.lexsort((docs, -scores[docs]))][:k].tolist()


def okapi_scores(ref: BM25Okapi, query: list[str]) -> np.ndarray:
    """BM25Okapi scores, with the NaN it yields for 0/0 (b == 1, empty documents) read as 0."""
    with np.errstate(all="ignore"):
        return np.nan_to_num(ref.get_scores(query), nan=0.0)


@pytest.fixture(scope="module")
def sample_corpus() -> list[list[str]]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [line.lower().split() for line in lines if line.strip()]


@pytest.fixture(scope="module")
def zipf() -> list[list[str]]:
    return zipf_corpus(20_000, vocab=8_000, mean_len=30, seed=7)


@pytest.fixture(scope="module")
def zipf_sets(zipf: list[list[str]]) -> list[set[str]]:
    return [set(doc) for doc in zipf]


@pytest.fixture(scope="module")
def zipf_index(zipf: list[list[str]]) -> BM25Index:
    return BM25Index(zipf)


@pytest.fixture(scope="module", params=PARAMS, ids=lambda p: "k1={}-b={}-eps={}".format(*p))
def zipf_pair(request, zipf: list[list[str]]) -> tuple[BM25Index, BM25Okapi]:
    k1, b, eps = request.param
    return BM25Index(zipf, k1=k1, b=b, epsilon=eps), BM25Okapi(zipf, k1=k1, b=b, epsilon=eps)


# -- parity with BM25Okapi -------------------------------------------------------------------------


def test_sample_transcript_scores_match_okapi(sample_corpus: list[list[str]]) -> None:
    index, ref = BM25Index(sample_corpus), BM25Okapi(sample_corpus)
    queries = [
        ["israel", "syria"],
        ["the", "golan", "the"],
        ["lavrov", "ashkenazi", "vaccine", "sputnik"],
        ["unknownword"],
        ["of", "and", "to"],
    ]
    for query in queries:
        ours, theirs = index.get_scores(query), ref.get_scores(query)
        assert ours.dtype == np.float64 and ours.shape == (len(sample_corpus),)
        assert np.max(np.abs(ours - theirs)) <= 1e-9
    assert index.avgdl == pytest.approx(ref.avgdl, abs=0)
    assert index.average_idf == pytest.approx(ref.average_idf, rel=1e-12)


def test_zipf_corpus_has_the_awkward_cases(zipf: list[list[str]], zipf_index: BM25Index) -> None:
    assert sum(1 for doc in zipf if not doc) > 50
    assert any(zipf_index.doc_freq(t) > zipf_index.n_docs / 2 for t in ("w0", "w1"))
    assert zipf_index.idf("w0") == pytest.approx(0.25 * zipf_index.average_idf)


def test_zipf_scores_and_top10_match_okapi(
    zipf_pair: tuple[BM25Index, BM25Okapi], zipf_sets: list[set[str]]
) -> None:
    index, ref = zipf_pair
    for query in random_queries(index, 40, seed=int(index.k1 * 100 + index.b * 10)):
        ours, theirs = index.get_scores(query), okapi_scores(ref, query)
        assert np.max(np.abs(ours - theirs)) <= 1e-9, query
        top = index.top_k(query, 10)
        assert [d for d, _ in top] == reference_top(theirs, zipf_sets, query, 10), query
        assert [s for _, s in top] == pytest.approx([theirs[d] for d, _ in top], abs=1e-9)


def test_term_statistics_match_okapi(zipf_pair: tuple[BM25Index, BM25Okapi]) -> None:
    index, ref = zipf_pair
    assert index.n_docs == ref.corpus_size
    assert index.avgdl == ref.avgdl
    for term in ["w0", "w1", "w5", "w77", "w900", "w4321"]:
        assert index.idf(term) == pytest.approx(ref.idf[term], rel=1e-12)
        docs, tfs = index.postings(term)
        expected = [i for i, freqs in enumerate(ref.doc_freqs) if term in freqs]
        assert docs.dtype == np.int32 and docs.tolist() == expected
        assert tfs.tolist() == [ref.doc_freqs[i][term] for i in expected]
        assert index.doc_freq(term) == len(expected)
    assert [index.doc_length(i) for i in range(0, index.n_docs, 997)] == ref.doc_len[::997]


@settings(max_examples=120, deadline=None)
@given(
    corpus=st.lists(st.lists(st.sampled_from("abcdefg"), max_size=8), min_size=1, max_size=12),
    query=st.lists(st.sampled_from("abcdefgxy"), max_size=6),
    k1=st.floats(0.01, 3.0),
    b=st.floats(0.0, 1.0),
    epsilon=st.floats(0.0, 1.0),
)
def test_small_corpora_match_okapi(
    corpus: list[list[str]], query: list[str], k1: float, b: float, epsilon: float
) -> None:
    assume(any(corpus))  # BM25Okapi divides by a zero vocabulary size here
    index = BM25Index(corpus, k1=k1, b=b, epsilon=epsilon)
    ref = BM25Okapi(corpus, k1=k1, b=b, epsilon=epsilon)
    expected = okapi_scores(ref, query)
    assert np.max(np.abs(index.get_scores(query) - expected)) <= 1e-9
    top = index.top_k(query, 3)
    assert [d for d, _ in top] == reference_top(expected, [set(d) for d in corpus], query, 3)


# -- top-k and masks -------------------------------------------------------------------------------


def test_top_k_results_are_sorted_with_ties_by_index() -> None:
    corpus = [["a", "b"], ["c"], ["a", "b"], ["a"], ["b", "a"], []] + [["c", "d"]] * 6
    index = BM25Index(corpus)
    top = index.top_k(["a", "b"], 10)
    assert [d for d, _ in top] == [0, 2, 4, 3]  # 0, 2 and 4 score the same
    assert top[0][1] == top[1][1] == top[2][1] > top[3][1]
    assert index.top_k(["a", "b"], 2) == top[:2]


def test_mask_applies_before_top_k(zipf_index: BM25Index, zipf_sets: list[set[str]]) -> None:
    rng = np.random.default_rng(3)
    mask = rng.random(zipf_index.n_docs) < 0.02
    query = ["w3", "w40", "w250"]
    top = zipf_index.top_k(query, 10, mask=mask)
    assert len(top) == 10
    assert all(mask[d] for d, _ in top)
    scores = zipf_index.get_scores(query)
    assert [d for d, _ in top] == reference_top(scores, zipf_sets, query, 10, mask)
    # Unfiltered results would mostly be masked out: filtering afterwards would return fewer.
    unfiltered = zipf_index.top_k(query, 10)
    assert sum(mask[d] for d, _ in unfiltered) < 10


def test_mask_with_few_qualifying_docs_returns_only_those(zipf_index: BM25Index) -> None:
    docs, _ = zipf_index.postings("w2000")
    mask = np.zeros(zipf_index.n_docs, dtype=bool)
    mask[docs[:3]] = True
    mask[0:5] = True  # these may not contain the term: they must not appear
    top = zipf_index.top_k(["w2000"], 10, mask=mask)
    assert sorted(d for d, _ in top) == sorted(docs[:3].tolist())
    assert zipf_index.top_k(["w2000"], 10, mask=np.zeros(zipf_index.n_docs, bool)) == []


@pytest.mark.parametrize(
    "mask", [np.ones(5, dtype=bool), np.ones(6, dtype=np.int8), np.ones((6, 1), dtype=bool)]
)
def test_bad_mask_is_rejected(mask: np.ndarray) -> None:
    index = BM25Index([["a"], ["b"], ["a"], [], ["c"], ["a", "c"]])
    with pytest.raises(ValueError, match="mask"):
        index.top_k(["a"], 3, mask=mask)


def test_k_edge_cases() -> None:
    index = BM25Index([["a"], ["b", "a"], ["c"]])
    assert index.top_k(["a"], 0) == []
    assert len(index.top_k(["a"], 100)) == 2
    with pytest.raises(ValueError, match="k must be"):
        index.top_k(["a"], -1)


def test_string_inputs_are_rejected() -> None:
    with pytest.raises(TypeError):
        BM25Index(["a text, not tokens"])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        BM25Index([["a"]]).get_scores("a")


@pytest.mark.parametrize(("k1", "b"), [(-0.1, 0.5), (1.2, 1.5), (float("nan"), 0.5)])
def test_bad_params_are_rejected(k1: float, b: float) -> None:
    with pytest.raises(ValueError):
        BM25Index([["a"]], k1=k1, b=b)


# -- tiny corpora --------------------------------------------------------------------------------


def test_single_document() -> None:
    index, ref = BM25Index([["x", "y", "x"]]), BM25Okapi([["x", "y", "x"]])
    assert index.get_scores(["x", "z"]).tolist() == ref.get_scores(["x", "z"]).tolist()
    assert index.idf("x") < 0  # the floor is epsilon times a negative average here
    assert [d for d, _ in index.top_k(["x"], 5)] == [0]
    assert index.top_k(["z"], 5) == []


def test_all_empty_documents_and_empty_corpus() -> None:
    for corpus in ([[], [], []], []):
        index = BM25Index(corpus)
        assert index.n_docs == len(corpus) and index.avgdl == 0.0
        assert index.get_scores(["a"]).tolist() == [0.0] * len(corpus)
        assert index.top_k(["a"], 3) == []
        assert index.idf("a") == 0.0 and index.doc_freq("a") == 0
        docs, tfs = index.postings("a")
        assert docs.size == 0 and tfs.size == 0


def test_progress_reports_documents() -> None:
    calls: list[tuple[int, int]] = []
    BM25Index(zipf_corpus(120_000, 50, 3, seed=1), progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (120_000, 120_000)
    assert len(calls) >= 2 and [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_postings_are_read_only(zipf_index: BM25Index) -> None:
    docs, tfs = zipf_index.postings("w1")
    with pytest.raises(ValueError):
        docs[0] = 5
    with pytest.raises(ValueError):
        tfs[0] = 5


# -- save / load --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[BM25Index, Path]:
    corpus = zipf_corpus(3_000, vocab=2_000, mean_len=20, seed=11)
    corpus[5] = ["ünïcode", "Слово", "w1"]
    index = BM25Index(corpus, k1=1.1, b=0.6, epsilon=0.3)
    directory = tmp_path_factory.mktemp("index")
    index.save(directory)
    return index, directory


@pytest.mark.parametrize("mmap", [True, False])
def test_save_load_round_trip(saved: tuple[BM25Index, Path], mmap: bool) -> None:
    index, directory = saved
    loaded = BM25Index.load(directory, mmap=mmap)
    assert (loaded.n_docs, loaded.avgdl, loaded.average_idf) == (
        index.n_docs,
        index.avgdl,
        index.average_idf,
    )
    assert (loaded.k1, loaded.b, loaded.epsilon) == (1.1, 0.6, 0.3)
    for term in ["w0", "w10", "Слово", "ünïcode", "missing"]:
        assert loaded.idf(term) == index.idf(term)
        for ours, theirs in zip(loaded.postings(term), index.postings(term), strict=True):
            assert np.array_equal(ours, theirs) and ours.dtype == theirs.dtype
    for query in random_queries(index, 30, seed=2):
        assert np.array_equal(loaded.get_scores(query), index.get_scores(query))
        assert loaded.top_k(query, 10) == index.top_k(query, 10)


def test_save_overwrites_an_existing_index(saved: tuple[BM25Index, Path], tmp_path: Path) -> None:
    _, directory = saved
    shutil.copytree(directory, tmp_path, dirs_exist_ok=True)
    other = BM25Index([["p", "q"], ["q"]])
    other.save(tmp_path)
    assert BM25Index.load(tmp_path).top_k(["p"], 5) == other.top_k(["p"], 5)


@pytest.fixture
def copy(saved: tuple[BM25Index, Path], tmp_path: Path) -> Path:
    _, directory = saved
    shutil.copytree(directory, tmp_path, dirs_exist_ok=True)
    return tmp_path


def _edit_manifest(directory: Path, **changes: object) -> None:
    path = directory / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest.update(changes)
    path.write_text(json.dumps(manifest))


def _flip_last_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda d: (d / "manifest.json").unlink(), id="no-manifest"),
        pytest.param(
            lambda d: (d / "manifest.json").write_bytes(b"\x00\xffnot json"), id="garbage"
        ),
        pytest.param(lambda d: (d / "manifest.json").write_text("[1, 2]"), id="json-list"),
        pytest.param(lambda d: _edit_manifest(d, format="someone-else"), id="foreign-format"),
        pytest.param(lambda d: _edit_manifest(d, version=99), id="future-version"),
        pytest.param(lambda d: _edit_manifest(d, params={"k1": 1.0}), id="missing-param"),
        pytest.param(lambda d: _edit_manifest(d, n_docs=12), id="wrong-n-docs"),
        pytest.param(lambda d: (d / "doc_ids.npy").unlink(), id="missing-array"),
        pytest.param(lambda d: _flip_last_byte(d / "doc_ids.npy"), id="flipped-bit"),
        pytest.param(lambda d: _flip_last_byte(d / "vocabulary.json"), id="flipped-vocab"),
        pytest.param(
            lambda d: (d / "tfs.npy").write_bytes((d / "tfs.npy").read_bytes()[:-7]), id="truncated"
        ),
        pytest.param(lambda d: (d / "indptr.npy").write_bytes(b"PK\x03\x04zip"), id="not-npy"),
        pytest.param(
            lambda d: np.save(d / "doc_ids.npy", np.array([{"a": 1}]), allow_pickle=True),
            id="pickled",
        ),
    ],
)
def test_damaged_index_is_refused(copy: Path, damage) -> None:
    damage(copy)
    with pytest.raises(IndexFormatError) as excinfo:
        BM25Index.load(copy)
    assert str(copy) in str(excinfo.value) or ".npy" in str(excinfo.value)


def test_mixed_up_index_files_are_refused(copy: Path, tmp_path_factory) -> None:
    other = tmp_path_factory.mktemp("other")
    BM25Index([["x", "y"], ["y", "z"]]).save(other)
    shutil.copy(other / "doc_ids.npy", copy / "doc_ids.npy")
    with pytest.raises(IndexFormatError):
        BM25Index.load(copy)


def _swap_first_two(a: np.ndarray) -> None:
    a[[0, 1]] = a[[1, 0]]


def _set(position: int, value: int):
    def edit(a: np.ndarray) -> None:
        a[position] = value

    return edit


@pytest.mark.parametrize(
    ("name", "edit"),
    [
        pytest.param("doc_ids", _swap_first_two, id="unsorted-doc-ids"),
        pytest.param("doc_ids", _set(-1, 3_000), id="doc-id-out-of-range"),
        pytest.param("tfs", _set(0, 0), id="zero-tf"),
        pytest.param("tfs", _set(0, 9), id="tf-disagrees-with-length"),
        pytest.param("doc_lengths", _set(7, 999), id="wrong-length"),
        pytest.param("indptr", _set(1, 10**9), id="offset-past-the-end"),
        pytest.param("indptr", _swap_first_two, id="offsets-not-rising"),
    ],
)
def test_consistent_checksums_do_not_hide_bad_postings(copy: Path, name: str, edit) -> None:
    """Arrays rewritten with matching checksums but a broken structure are still refused."""
    array = np.load(copy / f"{name}.npy")
    edit(array)
    np.save(copy / f"{name}.npy", array)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["arrays"][name]["crc32"] = zlib.crc32(array.tobytes())
    (copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexFormatError, match=r"inconsistent|offsets"):
        BM25Index.load(copy)


def test_a_damaged_index_is_refused_as_a_value_error_naming_the_file(tmp_path: Path) -> None:
    # Callers that handle bad input as ValueError (as SearchIndex.load does) catch it too.
    BM25Index([["a", "b"], ["b"]]).save(tmp_path)
    (tmp_path / "manifest.json").write_text("{not json")
    with pytest.raises(ValueError, match=r"manifest\.json") as info:
        BM25Index.load(tmp_path)
    assert isinstance(info.value, IndexFormatError)


# -- pruned top-k == exhaustive top-k --------------------------------------------------------------


def _mixed_queries(index: BM25Index, n: int, seed: int) -> list[list[str]]:
    """Random queries of 1-6 tokens over all frequency bands, with repeats and unknown tokens."""
    rng = np.random.default_rng(seed)
    vocab = sorted(index._vocabulary, key=index.doc_freq, reverse=True)
    queries = []
    for _ in range(n):
        size = int(rng.integers(1, 7))
        # Log-uniform ranks: frequent, mid and rare terms all turn up.
        ranks = np.exp(rng.uniform(0, np.log(len(vocab)), size)).astype(int) - 1
        query = [vocab[r] for r in ranks]
        if rng.random() < 0.2:
            query.append(query[int(rng.integers(len(query)))])
        if rng.random() < 0.1:
            query.append("never-seen")
        queries.append(query)
    return queries


def _random_mask(rng: np.random.Generator, n: int) -> np.ndarray | None:
    kind = int(rng.integers(4))
    if kind == 0:
        return None
    if kind == 1:
        return rng.random(n) < rng.choice([0.001, 0.01, 0.1, 0.5, 0.9])
    if kind == 2:  # a contiguous range, like one document's passages or a date span
        start = int(rng.integers(n))
        mask = np.zeros(n, dtype=bool)
        mask[start : start + int(rng.integers(1, n // 4))] = True
        return mask
    return np.ones(n, dtype=bool)


def test_pruned_top_k_equals_exhaustive(
    zipf_index: BM25Index, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"top_k_maxscore": 0, "top_k_candidates": 0}
    for name in calls:
        kernel = getattr(bm25, name)

        def counted(*args, _kernel=kernel, _name=name):
            calls[_name] += 1
            return _kernel(*args)

        monkeypatch.setattr(bm25, name, counted)
    rng = np.random.default_rng(2024)
    queries = _mixed_queries(zipf_index, 1200, seed=5)
    masked = 0
    for query in queries:
        k = int(rng.choice([1, 3, 10, 10, 10, 50]))
        mask = _random_mask(rng, zipf_index.n_docs)
        masked += mask is not None
        assert zipf_index.top_k(query, k, mask) == zipf_index.top_k_exhaustive(query, k, mask), (
            query,
            k,
        )
    assert masked > 600
    # Both kernels ran: walking postings, and probing the few documents of sparse masks.
    assert calls["top_k_maxscore"] > 300 and calls["top_k_candidates"] > 30, calls


@pytest.mark.parametrize(("k1", "b"), [(0.9, 0.4), (1.5, 0.0), (2.0, 1.0)])
def test_pruned_top_k_with_massive_ties(k1: float, b: float) -> None:
    """Many identical passages: the cut at k falls inside a run of equal scores."""
    rng = np.random.default_rng(9)
    templates = zipf_corpus(40, vocab=60, mean_len=6, seed=4)
    corpus = [templates[i] for i in rng.integers(0, len(templates), 5_000)]
    index = BM25Index(corpus, k1=k1, b=b)
    for query in _mixed_queries(index, 300, seed=8):
        k = int(rng.integers(1, 40))
        mask = _random_mask(rng, index.n_docs)
        assert index.top_k(query, k, mask) == index.top_k_exhaustive(query, k, mask), query


@settings(max_examples=200, deadline=None)
@given(
    corpus=st.lists(st.lists(st.sampled_from("abcdefghij"), max_size=10), min_size=1, max_size=40),
    query=st.lists(st.sampled_from("abcdefghijz"), max_size=7),
    k=st.integers(1, 12),
    mask_bits=st.lists(st.booleans(), min_size=40, max_size=40) | st.none(),
)
def test_pruned_top_k_equals_exhaustive_on_small_corpora(
    corpus: list[list[str]], query: list[str], k: int, mask_bits: list[bool] | None
) -> None:
    index = BM25Index(corpus)
    mask = None if mask_bits is None else np.array(mask_bits[: len(corpus)], dtype=bool)
    assert index.top_k(query, k, mask) == index.top_k_exhaustive(query, k, mask)


def test_warm_up_runs_on_any_corpus_and_changes_no_answer() -> None:
    for corpus in ([], [[]], [["a"]], [["a", "b"], ["b"], ["c"]]):
        index = BM25Index(corpus)
        index.warm_up()
        mask = np.ones(index.n_docs, dtype=bool)
        for query in (["a"], ["b", "c"], ["z"]):
            assert index.top_k(query, 2) == index.top_k_exhaustive(query, 2)
            assert index.top_k(query, 2, mask) == index.top_k_exhaustive(query, 2, mask)


_FIRST_QUERY_AFTER_WARM_UP = """
import numpy as np
from numba.core.registry import CPUDispatcher
import retrieval._bm25_kernels as kernels
from retrieval.bm25 import BM25Index

def compiled():
    return {
        name: len(f.signatures) for name, f in vars(kernels).items() if isinstance(f, CPUDispatcher)
    }

index = BM25Index([["a", "b"]] * 50 + [["c"]] * 50)
index.warm_up()
warm = compiled()
mask = np.zeros(index.n_docs, dtype=bool)
mask[3] = True
index.top_k(["a", "c"], 3)
index.top_k(["a", "c"], 3, mask=np.ones(index.n_docs, dtype=bool))
index.top_k(["a", "c"], 3, mask=mask)  # one passage allowed: probed, not pruned
print(warm == compiled(), sorted(set(compiled().items()) - set(warm.items())))
"""


def test_warm_up_leaves_nothing_for_the_first_query_to_compile() -> None:
    # A fresh interpreter: in this one, earlier tests have compiled the kernels already.
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_QUERY_AFTER_WARM_UP],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    assert out.stdout.startswith("True"), out.stdout + out.stderr


@pytest.mark.parametrize(
    "true_at",
    [
        [0],
        [69_999],
        [0, 69_999],
        [12, 40_000],
        list(range(32_700, 32_900)),
        list(range(69_990, 70_000)),
    ],
    ids=["first", "last", "both-ends", "two-far-apart", "band-across-chunks", "band-at-end"],
)
def test_masks_confined_to_a_band_or_the_ends(true_at: list[int]) -> None:
    """Only postings within the mask's extent are walked; nothing at its edges is lost."""
    corpus = [["common", f"t{i % 7}"] for i in range(70_000)]
    index = BM25Index(corpus)
    mask = np.zeros(index.n_docs, dtype=bool)
    mask[true_at] = True
    for query in (["common"], ["t3", "common"], ["t0"]):
        top = index.top_k(query, 5, mask)
        assert top == index.top_k_exhaustive(query, 5, mask)
        assert all(mask[d] for d, _ in top)
    assert {d for d, _ in index.top_k(["common"], 500, mask)} == set(true_at)
