"""Parsing a large folder in worker processes gives exactly what one process gives."""

from __future__ import annotations

from pathlib import Path

from retrieval import corpus
from tests.conftest import EVAL_TRANSCRIPTS


def test_parallel_parse_equals_sequential(tmp_path: Path) -> None:
    sources = sorted(EVAL_TRANSCRIPTS.glob("*.txt"))
    copies = corpus.PARALLEL_MIN_FILES // len(sources) + 1
    for i in range(copies):
        for source in sources:
            text = source.read_text("utf-8")
            # One sentence of the body marked per copy: a different transcript, not a duplicate.
            cut = text.index(". ", len(text) // 3)
            text = f"{text[:cut]} (copy {i}){text[cut:]}"
            (tmp_path / f"{source.stem}_{i:02d}.txt").write_text(text, "utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01")
    seen: list[tuple[int, int]] = []
    parallel = corpus.load_corpus(tmp_path, workers=2, progress=lambda d, t: seen.append((d, t)))
    sequential = corpus.load_corpus(tmp_path, workers=1)
    assert parallel == sequential
    assert len(parallel.documents) == copies * len(sources)
    assert [r.name for r in parallel.rejected] == ["broken.txt"]
    assert seen[-1] == (len(seen), len(seen)) and len(seen) == copies * len(sources) + 1
