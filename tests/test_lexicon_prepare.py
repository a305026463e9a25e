"""The bilingual lexicon is analysed once, whoever asks first: a background warm-up started
as an index loads, or the first question (which then waits for it rather than redoing it)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

from retrieval.bilingual_lexicon import Line, Translations
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from retrieval.tokenizer import Analyzer
from tests.conftest import SAMPLE_DIR


class _SlowLines:
    """A lexicon of two lines that counts how often it is read, slowly."""

    def __init__(self) -> None:
        self.reads = 0

    def __iter__(self) -> Iterator[Line]:
        self.reads += 1
        time.sleep(0.05)  # long enough for a second caller to arrive meanwhile
        yield ((("visit",),), (("визит",),))
        yield ((("talks",),), (("переговоры",),))

    def __len__(self) -> int:
        return 2


def test_concurrent_callers_build_the_table_once() -> None:
    lines = _SlowLines()
    translations = Translations(Analyzer(), lines)  # type: ignore[arg-type]
    threads = [threading.Thread(target=translations.prepare) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert lines.reads == 1
    assert translations.of(["visit"])  # and it is the table questions use


def test_a_loaded_index_prepared_in_the_background_answers_across_languages(
    tmp_path: Path,
) -> None:
    built = SearchIndex(load_corpus(SAMPLE_DIR).documents)
    built.save(tmp_path / "index", "k")
    loaded = SearchIndex.load(tmp_path / "index", "k", prepare=True)
    question = "Что Лавров сказал о МУС?"
    assert [h.passage.id for h in loaded.search(question).hits] == [
        h.passage.id for h in built.search(question).hits
    ]
