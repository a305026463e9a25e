"""Seeded synthetic corpora and queries for the engine benchmark.

Passage words follow Zipf's law over a fixed vocabulary (``w0`` is the most frequent word), with
passage lengths spread around a mean like real paragraphs. Two query mixes:

- ``mid``: 2-5 words, mostly mid-frequency ones, as a question does once stop words are gone;
- ``common``: 2-6 words of which ~15% are among the 30 most frequent (the first eight or so sit in
  more than half the passages: "Russia", "said"), 35% mid-frequency, 45% rare and 5% unknown
  (issue 13's workload, where a very common word leaves pruning little to skip).
"""

from __future__ import annotations

import numpy as np

VOCABULARY = 50_000
MEAN_LENGTH = 63


def zipf_probabilities(vocabulary: int, exponent: float = 1.0) -> np.ndarray:
    """Probability of each word rank, ``p(r) ∝ r^-exponent``."""
    weights = 1.0 / np.arange(1, vocabulary + 1, dtype=np.float64) ** exponent
    return weights / weights.sum()


def generate_corpus(
    n_passages: int, *, vocabulary: int = VOCABULARY, mean_length: int = MEAN_LENGTH, seed: int = 0
) -> list[list[str]]:
    """``n_passages`` token lists of Zipf words, lengths gamma-distributed around the mean."""
    rng = np.random.default_rng(seed)
    # Shape 6: most passages within about half to twice the mean, as paragraphs are.
    lengths = np.maximum(1, np.rint(rng.gamma(6.0, mean_length / 6.0, n_passages))).astype(np.int64)
    cdf = np.cumsum(zipf_probabilities(vocabulary))
    ids = np.searchsorted(cdf, rng.random(int(lengths.sum())) * cdf[-1], side="right")
    ids = np.minimum(ids, vocabulary - 1)
    words = [f"w{i}" for i in range(vocabulary)]
    tokens = [words[i] for i in ids.tolist()]
    del ids
    bounds = np.concatenate([[0], np.cumsum(lengths)]).tolist()
    return [tokens[bounds[i] : bounds[i + 1]] for i in range(n_passages)]


def generate_queries(
    n_queries: int, *, vocabulary: int = VOCABULARY, seed: int = 1
) -> list[list[str]]:
    """Queries of 2-5 distinct words: 80% mid-frequency, 10% rare, 10% frequent (log-uniform)."""
    rng = np.random.default_rng(seed)
    bands = [(50, 5_000), (5_000, vocabulary), (5, 50)]
    queries = []
    for _ in range(n_queries):
        size = int(rng.integers(2, 6))
        chosen: list[str] = []
        while len(chosen) < size:
            low, high = bands[int(rng.choice(3, p=[0.8, 0.1, 0.1]))]
            rank = int(np.exp(rng.uniform(np.log(low), np.log(high))))
            word = f"w{min(rank, vocabulary - 1)}"
            if word not in chosen:
                chosen.append(word)
        queries.append(chosen)
    return queries


#: Shares of the ``common`` mix's words: top-30, mid-frequency, rare, unknown (issue 13).
COMMON_MIX = (0.15, 0.35, 0.45, 0.05)


def _log_uniform_rank(rng: np.random.Generator, low: int, high: int) -> int:
    return int(np.exp(rng.uniform(np.log(low), np.log(high))))


def generate_common_queries(
    n_queries: int, *, vocabulary: int = VOCABULARY, seed: int = 2
) -> list[list[str]]:
    """Queries of 2-6 distinct words drawn from the shares in :data:`COMMON_MIX`."""
    rng = np.random.default_rng(seed)
    queries = []
    for _ in range(n_queries):
        size = int(rng.integers(2, 7))
        chosen: list[str] = []
        while len(chosen) < size:
            kind = int(rng.choice(4, p=COMMON_MIX))
            if kind == 0:
                word = f"w{int(rng.integers(0, 30))}"
            elif kind == 1:
                word = f"w{_log_uniform_rank(rng, 30, 5_000)}"
            elif kind == 2:
                word = f"w{min(_log_uniform_rank(rng, 5_000, vocabulary), vocabulary - 1)}"
            else:
                word = f"unseen{int(rng.integers(0, 10**6))}"
            if word not in chosen:
                chosen.append(word)
        queries.append(chosen)
    return queries


#: The query mixes bench/engine.py runs, by name.
QUERY_MIXES = {"mid": generate_queries, "common": generate_common_queries}
