"""``statements-bot``: ask, index and run, all over the same answer service."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tqdm import tqdm

from bot.config import data_dir_from_env, index_dir_from_env
from bot.formatting import format_result_text
from bot.service import AnswerService
from retrieval.bm25 import compile_kernels_for_next_time
from retrieval.corpus import CorpusError
from retrieval.search import SearchResult

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _data_dir(value: str | None) -> Path:
    return Path(value).expanduser() if value else data_dir_from_env()


def _hits_json(result: SearchResult) -> dict[str, object]:
    return {
        "query": result.query.raw,
        "hits": [
            {
                "id": h.passage.id,
                "doc": h.passage.doc_id,
                "title": h.passage.title,
                "date": h.passage.date.isoformat() if h.passage.date else None,
                "place": h.passage.place,
                "speaker": h.passage.speaker,
                "role": h.passage.role,
                "text": h.passage.text,
                "score": round(h.score, 6),
                "in_reply_to": h.passage.in_reply_to,
                "highlights": [list(span) for span in h.highlights],
                "source_url": h.passage.source_url,
                "language": h.passage.language,
            }
            for h in result.hits
        ],
        "reason": result.reason,
    }


def cmd_ask(args: argparse.Namespace) -> int:
    question = " ".join(args.question).strip()
    if not question:
        print("statements-bot ask: the question is empty", file=sys.stderr)
        return EXIT_USAGE
    data_dir = _data_dir(args.data)
    service = AnswerService(data_dir, index_dir=index_dir_from_env(data_dir))
    try:
        service.start()
    except CorpusError as exc:
        print(f"statements-bot ask: {exc}", file=sys.stderr)
        return EXIT_USAGE
    result = service.ask(question, k=args.k)
    if args.json:
        print(json.dumps(_hits_json(result), ensure_ascii=False))
    else:
        documents = service.index.document_count
        print(format_result_text(result, documents, ansi=sys.stdout.isatty()))
    # Just installed, numpy answered while numba compiled; have the next command find them.
    compile_kernels_for_next_time()
    return EXIT_OK


def cmd_index(args: argparse.Namespace) -> int:
    data_dir = _data_dir(args.data)
    index_dir = index_dir_from_env(data_dir)
    with (
        tqdm(total=0, unit="file", desc="parsing", file=sys.stderr, disable=args.quiet) as files,
        tqdm(total=0, unit="passage", desc="indexing", file=sys.stderr, disable=args.quiet) as bar,
    ):

        def track(progress_bar: tqdm) -> Callable[[int, int], None]:  # type: ignore[type-arg]
            def update(done: int, total: int) -> None:
                progress_bar.total = total
                progress_bar.n = done
                progress_bar.refresh()

            return update

        service = AnswerService(
            data_dir, index_dir=index_dir, progress=track(bar), parse_progress=track(files)
        )
        try:
            report = service.reload()
        except CorpusError as exc:
            print(f"statements-bot index: {exc}", file=sys.stderr)
            return EXIT_USAGE
    print(f"data:      {data_dir}")
    print(f"index:     {index_dir}")
    print(f"documents: {report.documents}")
    print(f"passages:  {report.passages}")
    print(f"speakers:  {report.speakers}")
    print(f"time:      {report.seconds:.2f} s")
    for rejected in report.rejected:
        print(f"rejected:  {rejected.name}: {rejected.reason}")
    return EXIT_REJECTED if report.rejected else EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    from bot.app import run  # imported here: ask/index must not need Telegram set up

    return run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="statements-bot",
        description="Quote official statements: who said what, when and where.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer one question, as the bot would")
    ask.add_argument("question", nargs="+", metavar="QUESTION", help="the question, in plain words")
    ask.add_argument(
        "--data", metavar="DIR", help="transcripts folder (default: $DATA_DIR or data/)"
    )
    ask.add_argument("-k", type=int, default=3, metavar="N", help="how many passages (default 3)")
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    ask.set_defaults(func=cmd_ask)

    index = sub.add_parser("index", help="parse and index the transcripts, report problems")
    index.add_argument(
        "--data", metavar="DIR", help="transcripts folder (default: $DATA_DIR or data/)"
    )
    index.add_argument("--quiet", action="store_true", help="no progress bar")
    index.set_defaults(func=cmd_index)

    run = sub.add_parser("run", help="run the Telegram bot")
    run.add_argument(
        "--data", metavar="DIR", help="transcripts folder (default: $DATA_DIR or data/)"
    )
    run.add_argument("--webhook", metavar="URL", help="serve a webhook at URL instead of polling")
    run.add_argument(
        "--port", type=int, default=8443, metavar="N", help="webhook port (default 8443)"
    )
    run.add_argument("--listen", default="0.0.0.0", metavar="ADDR", help="webhook listen address")
    run.set_defaults(func=cmd_run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "k", 1) < 1:
        parser.error("-k must be at least 1")
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        return int(args.func(args))
    except BrokenPipeError:  # `statements-bot ask ... | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
