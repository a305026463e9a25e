"""The retrieval evaluation set (bench/eval) stays valid, and search stays above its floor."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from retrieval.corpus import load_corpus
from retrieval.passages import Document, Passage

ROOT = Path(__file__).resolve().parent.parent
TRANSCRIPTS = ROOT / "bench" / "eval" / "transcripts"
#: hit@3 over the answerable questions, with the search defaults, must not fall below this.
HIT3_FLOOR = 0.8


def _load_runner() -> ModuleType:
    # bench/ is not a package: load the runner from its file instead of touching sys.path.
    spec = importlib.util.spec_from_file_location("bench_eval", ROOT / "bench" / "eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


runner = _load_runner()
QUESTIONS = runner.load_questions()
ANSWERABLE = [q for q in QUESTIONS if not q.expects_none]
UNANSWERABLE = [q for q in QUESTIONS if q.expects_none]


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    docs, rejected = runner.load_documents()
    assert rejected == []
    return {d.id: d for d in docs}


def test_every_transcript_loads_without_rejection() -> None:
    files = sorted(TRANSCRIPTS.glob("*.txt"))
    loaded = load_corpus(TRANSCRIPTS)
    assert [r.name for r in loaded.rejected] == []
    assert sorted(d.id for d in loaded.documents) == [f.stem for f in files]
    assert len(files) >= 8


def test_transcripts_are_marked_synthetic() -> None:
    for path in sorted(TRANSCRIPTS.glob("*.txt")):
        line = f"Source: https://example.invalid/synthetic/{path.stem}"
        assert line in path.read_text(encoding="utf-8"), path.name


def test_transcripts_cover_both_languages_and_speakers(documents: dict[str, Document]) -> None:
    synthetic = [documents[p.stem] for p in TRANSCRIPTS.glob("*.txt")]
    assert {(d.language, d.speaker) for d in synthetic} >= {
        ("en", "Sergey Lavrov"),
        ("en", "Maria Zakharova"),
        ("ru", "Sergey Lavrov"),
        ("ru", "Maria Zakharova"),
    }


def test_set_has_enough_questions_of_each_kind() -> None:
    assert len(ANSWERABLE) >= 80
    assert len(UNANSWERABLE) >= 15
    tags = {t for q in ANSWERABLE for t in q.tags}
    assert {"paraphrase", "alias", "ru", "date", "speaker-filter", "journalist-phrasing"} <= tags
    assert len({q.q for q in QUESTIONS}) == len(QUESTIONS), "duplicate questions"


@pytest.mark.parametrize("question", ANSWERABLE, ids=lambda q: q.q[:60])
def test_expected_answer_exists(question: Any, documents: dict[str, Document]) -> None:
    doc = documents.get(question.doc)
    assert doc is not None, f"unknown doc {question.doc}"
    matches: list[Passage] = [
        p for p in doc.passages if p.speaker == question.speaker and question.contains in p.text
    ]
    assert matches, "no passage of that doc by that speaker contains the expected words"
    # A distinctive answer: one passage, not several the runner could confuse.
    assert len(matches) == 1


def test_runner_counts_ranks_and_empty_results() -> None:
    question = ANSWERABLE[0]

    class _Hits:
        def __init__(self, passages: list[object]) -> None:
            self.hits = [type("H", (), {"passage": p})() for p in passages]

    def fake(doc: str, speaker: str, text: str) -> object:
        return type("P", (), {"doc_id": doc, "speaker": speaker, "text": text})()

    right = fake(question.doc, question.speaker, f"... {question.contains} ...")
    wrong_speaker = fake(question.doc, "Someone Else", question.contains)
    answers = {
        question.q: [wrong_speaker, right],
        UNANSWERABLE[0].q: [wrong_speaker],
        UNANSWERABLE[1].q: [],
    }

    class _Index:
        def search(self, q: str, k: int = 3) -> _Hits:
            return _Hits(answers.get(q, [])[:k])

    report = runner.evaluate(_Index(), [question, UNANSWERABLE[0], UNANSWERABLE[1]])
    assert [o.rank for o in report.outcomes] == [2, None, None]
    assert (report.hit1, report.hit3, report.no_answer) == (0.0, 1.0, 0.5)
    assert report.false_no_answers == 0
    assert [o.question.q for o in report.misses()] == [UNANSWERABLE[0].q]


def test_hit_at_3_floor_with_search_defaults(
    documents: dict[str, Document], record_property: Callable[[str, object], None]
) -> None:
    from retrieval.search import SearchIndex

    report = runner.evaluate(SearchIndex(list(documents.values())), QUESTIONS)
    for name in ("hit1", "hit3", "no_answer", "false_no_answers"):
        record_property(name, getattr(report, name))
    missed = [o.question.q for o in report.misses() if not o.question.expects_none]
    assert report.hit3 >= HIT3_FLOOR, (
        f"hit@3 {report.hit3:.3f} < {HIT3_FLOOR} (hit@1 {report.hit1:.3f}); missed: {missed}"
    )


def _real_pages() -> dict[str, str]:
    # bench/real_pages.tsv: file, url, language, speakers, part, layout (header line first).
    lines = (ROOT / "bench" / "real_pages.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {row.split("\t")[0]: row.split("\t")[4] for row in lines}


def test_real_set_is_listed_and_split_by_page() -> None:
    pages = _real_pages()
    questions = runner.load_questions(runner.REAL_QUESTIONS_FILE)
    assert len(pages) >= 70 and sum(name.startswith("ru_") for name in pages) >= 20
    assert set(pages.values()) == {"dev", "heldout"}
    assert len(questions) >= 220
    assert sum(q.expects_none for q in questions) >= 40
    for q in questions:
        assert q.part in ("dev", "heldout"), q.q
        if not q.expects_none:
            assert pages[f"{q.doc}.txt"] == q.part, q.q
    assert len({q.q for q in questions}) == len(questions), "duplicate questions"


def test_select_part_keeps_unpartitioned_questions_everywhere() -> None:
    plain = runner.Question("a")
    dev = runner.Question("b", part="dev")
    held = runner.Question("c", part="heldout")
    assert runner.select_part([plain, dev, held], "dev") == [plain, dev]
    assert runner.select_part([plain, dev, held], "heldout") == [plain, held]
    assert runner.select_part([plain, dev, held], "all") == [plain, dev, held]
    with pytest.raises(ValueError, match="dev, heldout, all"):
        runner.select_part([plain], "test")
