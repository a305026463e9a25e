"""Retrieval evaluation: hit@1, hit@3 and the no-answer rule on a hand-written question set.

The set is ``bench/eval/questions.jsonl`` over the synthetic transcripts in
``bench/eval/transcripts/`` plus the real sample in ``data/``. An answerable question counts as a
hit at rank r when a result up to rank r comes from the expected document, is said by the expected
speaker and contains the expected words; an ``"expect": "none"`` question is right when the
search returns nothing.

Usage::

    python bench/eval.py                 # search defaults
    python bench/eval.py --k1 1.2 --b 0.5 --show-misses
    python bench/eval.py --grid          # k1 x b table, then the no-answer thresholds
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import retrieval.search as search_module
from retrieval.corpus import load_corpus
from retrieval.passages import Document
from retrieval.search import SearchIndex

ROOT = Path(__file__).resolve().parent.parent
TRANSCRIPTS_DIR = ROOT / "bench" / "eval" / "transcripts"
DATA_DIR = ROOT / "data"
QUESTIONS_FILE = ROOT / "bench" / "eval" / "questions.jsonl"

GRID_K1 = (0.9, 1.2, 1.5, 1.8)
GRID_B = (0.3, 0.5, 0.75, 0.9)
#: Thresholds of retrieval.search swept by --grid, with the values tried for each.
GRID_THRESHOLDS: dict[str, tuple[float, ...]] = {
    "MIN_COVERAGE": (0.35, 0.4, 0.45, 0.5, 0.55, 0.6),
    "MIN_COVERAGE_OTHERS": (0.2, 0.3, 0.4),
    "REL_SCORE": (0.15, 0.25, 0.35),
    "TITLE_MATCH_WEIGHT": (0.25, 0.5, 1.0),
}


@dataclass(frozen=True, slots=True)
class Question:
    """One line of questions.jsonl.

    Attributes:
        q: The question as a user would type it.
        doc: Expected document id (file stem); ``None`` for a no-answer question.
        speaker: Expected canonical speaker.
        contains: Exact words the answering passage must contain.
        tags: What the question exercises (``paraphrase``, ``alias``, ``ru`` ...).
    """

    q: str
    doc: str | None = None
    speaker: str | None = None
    contains: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def expects_none(self) -> bool:
        return self.doc is None


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one question fared: rank of the first correct hit (1-based) or None."""

    question: Question
    rank: int | None
    returned: int
    top: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """Figures over the whole set.

    Attributes:
        answerable: Number of answerable questions.
        unanswerable: Number of ``expect: none`` questions.
        hit1: Share of answerable questions whose first result is right.
        hit3: Share whose right passage is among the first three results.
        no_answer: Share of ``expect: none`` questions that got no results.
        false_no_answers: Number of answerable questions that got no results.
        outcomes: Per-question outcomes, in file order.
    """

    answerable: int
    unanswerable: int
    hit1: float
    hit3: float
    no_answer: float
    false_no_answers: int
    outcomes: tuple[Outcome, ...] = field(repr=False, default=())

    def misses(self) -> list[Outcome]:
        """Answerable questions without a hit in the top 3, and answered no-answer questions."""
        return [
            o
            for o in self.outcomes
            if (o.question.expects_none and o.returned)
            or (not o.question.expects_none and not o.rank)
        ]


def load_questions(path: Path = QUESTIONS_FILE) -> list[Question]:
    """Read questions.jsonl, checking each line has the fields its kind needs.

    Raises:
        ValueError: A line is not JSON or misses a field; the message names the line.
    """
    questions: list[Question] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path.name}:{number}: not JSON ({exc})") from exc
        if row.get("expect") == "none":
            questions.append(Question(q=row["q"], tags=tuple(row.get("tags", ()))))
            continue
        missing = [key for key in ("q", "doc", "speaker", "contains") if not row.get(key)]
        if missing:
            raise ValueError(f"{path.name}:{number}: missing {', '.join(missing)}")
        questions.append(
            Question(
                row["q"], row["doc"], row["speaker"], row["contains"], tuple(row.get("tags", ()))
            )
        )
    return questions


def load_documents(
    folders: Sequence[Path] = (TRANSCRIPTS_DIR, DATA_DIR),
) -> tuple[list[Document], list[tuple[str, str]]]:
    """Load and merge the documents of several folders.

    Returns:
        The documents, and ``(file name, reason)`` for every file the loader rejected.
    """
    documents: list[Document] = []
    rejected: list[tuple[str, str]] = []
    for folder in folders:
        loaded = load_corpus(folder)
        documents.extend(loaded.documents)
        rejected.extend((item.name, item.reason) for item in loaded.rejected)
    return documents, rejected


def _is_answer(question: Question, passage: object) -> bool:
    return (
        getattr(passage, "doc_id", None) == question.doc
        and getattr(passage, "speaker", None) == question.speaker
        and (question.contains or "") in getattr(passage, "text", "")
    )


def evaluate(index: SearchIndex, questions: Sequence[Question], k: int = 3) -> Report:
    """Run every question through ``index.search(q, k)`` and score the results."""
    outcomes: list[Outcome] = []
    for question in questions:
        hits = index.search(question.q, k=k).hits
        rank = None
        if not question.expects_none:
            rank = next(
                (i for i, hit in enumerate(hits, start=1) if _is_answer(question, hit.passage)),
                None,
            )
        top = tuple(
            f"{h.passage.doc_id} | {h.passage.speaker} | {h.passage.text[:90]}" for h in hits
        )
        outcomes.append(Outcome(question, rank, len(hits), top))
    answerable = [o for o in outcomes if not o.question.expects_none]
    unanswerable = [o for o in outcomes if o.question.expects_none]
    n, m = len(answerable), len(unanswerable)
    return Report(
        answerable=n,
        unanswerable=m,
        hit1=sum(o.rank == 1 for o in answerable) / n if n else 0.0,
        hit3=sum(o.rank is not None and o.rank <= 3 for o in answerable) / n if n else 0.0,
        no_answer=sum(o.returned == 0 for o in unanswerable) / m if m else 0.0,
        false_no_answers=sum(o.returned == 0 for o in answerable),
        outcomes=tuple(outcomes),
    )


@contextlib.contextmanager
def thresholds(values: Mapping[str, float]) -> Iterator[None]:
    """Temporarily set module constants of retrieval.search (those it defines), then restore."""
    saved = {name: getattr(search_module, name) for name in values if hasattr(search_module, name)}
    try:
        for name in saved:
            setattr(search_module, name, values[name])
        yield
    finally:
        for name, value in saved.items():
            setattr(search_module, name, value)


def _line(label: str, report: Report) -> str:
    return (
        f"{label:<22} hit@1 {report.hit1:6.1%}  hit@3 {report.hit3:6.1%}  "
        f"no-answer {report.no_answer:6.1%}  false no-answers {report.false_no_answers:3d}"
    )


def _print_misses(report: Report) -> None:
    misses = report.misses()
    print(f"\nmisses ({len(misses)}):")
    for o in misses:
        q = o.question
        if q.expects_none:
            print(f"- [expected none, got {o.returned}] {q.q}")
        else:
            why = "nothing returned" if not o.returned else "not in top 3"
            print(
                f"- [{why}; {','.join(q.tags)}] {q.q}\n"
                f"    want {q.doc} | {q.speaker} | {q.contains}"
            )
        for line in o.top:
            print(f"    got  {line}")


def _grid(documents: Sequence[Document], questions: Sequence[Question]) -> None:
    print("k1 x b at the search module's thresholds (hit@1 / hit@3 / no-answer):\n")
    print("k1 \\ b " + "".join(f"{b:>22}" for b in GRID_B))
    cells: dict[tuple[float, float], Report] = {}
    for k1 in GRID_K1:
        row = []
        for b in GRID_B:
            report = evaluate(SearchIndex(documents, k1=k1, b=b), questions)
            cells[(k1, b)] = report
            row.append(f"{report.hit1:.2f}/{report.hit3:.2f}/{report.no_answer:.2f}".rjust(22))
        print(f"{k1:<7}" + "".join(row))
    (k1, b), best = max(cells.items(), key=lambda kv: (kv[1].hit3, kv[1].hit1, kv[1].no_answer))
    print(f"\nbest cell: k1={k1} b={b}")
    print(_line("", best))

    present = {n: v for n, v in GRID_THRESHOLDS.items() if hasattr(search_module, n)}
    if not present:
        return
    index = SearchIndex(documents, k1=k1, b=b)
    print(f"\nthresholds at k1={k1} b={b}, one at a time (others at their defaults):")
    for name, values in present.items():
        default = getattr(search_module, name)
        for value in values:
            with thresholds({name: value}):
                report = evaluate(index, questions)
            mark = " (default)" if value == default else ""
            print(_line(f"{name}={value}{mark}", report))
    print("\nMIN_COVERAGE x TITLE_MATCH_WEIGHT (hit@3 / no-answer / false no-answers):")
    weights = present.get(
        "TITLE_MATCH_WEIGHT", (getattr(search_module, "TITLE_MATCH_WEIGHT", 0.5),)
    )
    print("cov \\ title" + "".join(f"{w:>18}" for w in weights))
    for cov, weight in itertools.product(present.get("MIN_COVERAGE", ()), weights):
        if weight == weights[0]:
            print(f"{cov:<11}", end="")
        with thresholds({"MIN_COVERAGE": cov, "TITLE_MATCH_WEIGHT": weight}):
            r = evaluate(index, questions)
        print(f"{r.hit3:.2f}/{r.no_answer:.2f}/{r.false_no_answers}".rjust(18), end="")
        if weight == weights[-1]:
            print()


def _default(name: str, fallback: float) -> float:
    # The search module owns its defaults; fall back only if it stops exposing them.
    return float(getattr(search_module, name, fallback))


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--k1", type=float, default=_default("DEFAULT_K1", 1.2), help="BM25 k1")
    parser.add_argument("--b", type=float, default=_default("DEFAULT_B", 0.5), help="BM25 b")
    parser.add_argument("--grid", action="store_true", help="sweep k1, b and thresholds")
    parser.add_argument("--show-misses", action="store_true", help="list the failing questions")
    args = parser.parse_args(argv)

    documents, rejected = load_documents()
    for name, reason in rejected:
        print(f"rejected: {name}: {reason}", file=sys.stderr)
    questions = load_questions()
    passages = sum(len(d.passages) for d in documents)
    print(f"{len(documents)} documents, {passages} passages, {len(questions)} questions")
    if args.grid:
        _grid(documents, questions)
        return 0
    report = evaluate(SearchIndex(documents, k1=args.k1, b=args.b), questions)
    print(f"{report.answerable} answerable, {report.unanswerable} expect no answer")
    print(_line(f"k1={args.k1} b={args.b}", report))
    if args.show_misses:
        _print_misses(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
