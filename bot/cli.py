"""``statements-bot``: ask, index and run, all over the same answer service."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tqdm import tqdm

from bot.config import (
    ConfigError,
    data_dir_from_env,
    import_allow_private_from_env,
    index_dir_from_env,
    state_dir_from_env,
)
from bot.formatting import format_result_text, plain_text
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES
from bot.service import AnswerService
from bot.statedb import STATE_FILE_NAME, StateDB
from bot.trend_format import trend_csv, trend_problem, trend_text
from bot.verify_format import verify_text
from retrieval.bm25 import compile_kernels_for_next_time
from retrieval.corpus import CorpusError, not_found
from retrieval.passages import Passage
from retrieval.search import Hit, SearchResult
from retrieval.verify import Verdict, Verification

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
#: verify and trend: nothing found to quote or to chart.
EXIT_NOT_FOUND = 1


def _data_dir(value: str | None) -> Path:
    return Path(value).expanduser() if value else data_dir_from_env()


def _other_version_json(service: AnswerService, passage: Passage) -> dict[str, str] | None:
    """``{"doc", "passage"}`` of the matching passage in the event's other-language
    transcript, or None when no other version is held."""
    other = service.other_version(passage.id)
    return None if other is None else {"doc": other.doc_id, "passage": other.id}


def _yearless_json(passage: Passage) -> str | None:
    """A day the page states without a year as ISO 8601 writes one: ``--03-27``."""
    day = passage.yearless_day
    return f"--{day[0]:02d}-{day[1]:02d}" if day else None


def _hit_json(h: Hit, service: AnswerService) -> dict[str, object]:
    return {
        "id": h.passage.id,
        # Every stored passage the quote is made of: two when neighbouring passages of one
        # turn are shown as one (their texts joined in "text"; "id" is the first's).
        "passages": [piece.passage.id for piece in h.pieces()],
        "doc": h.passage.doc_id,
        "title": h.passage.title,
        "date": h.passage.date.isoformat() if h.passage.date else None,
        "yearless_day": _yearless_json(h.passage),
        "place": h.passage.place,
        "speaker": h.passage.speaker,
        "role": h.passage.role,
        "text": h.passage.text,
        "score": round(h.score, 6),
        "in_reply_to": h.passage.in_reply_to,
        "highlights": [list(span) for span in h.highlights],
        "source_url": h.passage.source_url,
        "language": h.passage.language,
        "other_version": _other_version_json(service, h.passage),
        # The question's filters this passage could not be checked against: ["date"] for an
        # answer or related passage from a page that states no date, ["speaker"] ...
        "unchecked": list(h.unchecked),
    }


def _hits_json(result: SearchResult, service: AnswerService) -> dict[str, object]:
    return {
        "query": result.query.raw,
        "hits": [_hit_json(h, service) for h in result.hits],
        "reason": result.reason,
        # Passages that are not answers: the closest ones when nothing answers, or ones a
        # date/speaker filter could not be checked against ("unchecked" says which).
        "related": [_hit_json(h, service) for h in result.related],
    }


def _text_and_service(
    words: list[str], data: str | None, command: str, what: str
) -> tuple[str, AnswerService] | None:
    """The command's text and the service with its index loaded or built; None after an
    error line (the text is empty, or the data folder cannot be read)."""
    text = " ".join(words).strip()
    if not text:
        print(f"statements-bot {command}: the {what} is empty", file=sys.stderr)
        return None
    data_dir = _data_dir(data)
    service = AnswerService(data_dir, index_dir=index_dir_from_env(data_dir))
    try:
        service.start()
    except CorpusError as exc:
        print(f"statements-bot {command}: {exc}", file=sys.stderr)
        return None
    return text, service


def cmd_ask(args: argparse.Namespace) -> int:
    started = _text_and_service(args.question, args.data, "ask", "question")
    if started is None:
        return EXIT_USAGE
    question, service = started
    result = service.ask(question, k=args.k)
    if args.json:
        print(json.dumps(_hits_json(result, service), ensure_ascii=False))
    else:
        documents = service.document_count()
        ansi = sys.stdout.isatty()
        print(format_result_text(result, documents, ansi=ansi, language=args.lang))
    # Just installed, numpy answered while numba compiled; have the next command find them.
    compile_kernels_for_next_time()
    return EXIT_OK


def _passage_json(passage: Passage) -> dict[str, object]:
    return {
        "id": passage.id,
        "doc": passage.doc_id,
        "speaker": passage.speaker,
        "role": passage.role,
        "date": passage.date.isoformat() if passage.date else None,
        "yearless_day": _yearless_json(passage),
        "title": passage.title,
        "place": passage.place,
        "source_url": passage.source_url,
        "language": passage.language,
        "text": passage.text,
    }


def _verification_json(verification: Verification) -> dict[str, object]:
    passage = verification.passage
    return {
        "quote": verification.quote,
        "verdict": verification.verdict,
        "reason": verification.reason,
        "quote_words": verification.quote_words,
        "matched_words": verification.matched_words,
        "cuts": verification.cuts,
        "cut_spans": [list(span) for span in verification.cut_spans],
        "passage": _passage_json(passage) if passage else None,
        "passages": [_passage_json(p) for p in verification.passages],
        "text": verification.text if passage else None,
        "span": list(verification.span) if verification.span else None,
        "differences": [
            {
                "kind": d.kind,
                "quote": d.quote,
                "quote_span": list(d.quote_span) if d.quote_span else None,
                "passage": d.passage,
                "passage_span": list(d.passage_span) if d.passage_span else None,
                "words": d.words,
            }
            for d in verification.differences
        ],
        "also": [_passage_json(p) for p in verification.also],
    }


def cmd_verify(args: argparse.Namespace) -> int:
    started = _text_and_service(args.quote, args.data, "verify", "quote")
    if started is None:
        return EXIT_USAGE
    quote, service = started
    verification = service.verify(quote)
    if args.json:
        print(json.dumps(_verification_json(verification), ensure_ascii=False))
    else:
        documents = service.index.document_count
        print(verify_text(verification, documents, ansi=sys.stdout.isatty()))
    return EXIT_NOT_FOUND if verification.verdict == Verdict.NOT_FOUND else EXIT_OK


def cmd_trend(args: argparse.Namespace) -> int:
    started = _text_and_service(args.query, args.data, "trend", "query")
    if started is None:
        return EXIT_USAGE
    query, service = started
    trend = service.trend(query)
    if trend.reason is not None:
        problem = trend_problem(trend, service.index.document_count)
        print(plain_text(problem))
        return EXIT_NOT_FOUND
    try:
        Path(args.png).write_bytes(service.trend_png(trend))
        if args.csv:
            Path(args.csv).write_text(trend_csv(trend), "utf-8")
    except OSError as exc:
        print(f"statements-bot trend: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    print(trend_text(trend))
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
    store = service.index.store
    for d in range(store.document_count):
        document = store.document(d)
        if missing := not_found(document):
            print(f"not found: {document.id}: {', '.join(missing)}")
    return EXIT_REJECTED if report.rejected else EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from bot.import_format import format_outcome_text  # imported here: the extractor is heavy
    from bot.importer import Importer

    data_dir = _data_dir(args.data)
    if not data_dir.is_dir():
        print(f"statements-bot import: data folder '{data_dir}' does not exist", file=sys.stderr)
        return EXIT_USAGE
    try:
        allow_private = import_allow_private_from_env()
    except ConfigError as exc:
        print(f"statements-bot import: {exc}", file=sys.stderr)
        return EXIT_USAGE
    db = StateDB(state_dir_from_env(index_dir_from_env(data_dir)) / STATE_FILE_NAME)
    try:
        importer = Importer(data_dir, db, allow_private=allow_private)
        outcomes = asyncio.run(importer.import_sources(args.sources))
    finally:
        db.close()
    for outcome in outcomes:
        print(format_outcome_text(outcome))
    imported = [o for o in outcomes if o.status == "imported"]
    if imported:
        speaker = next((o.speakers[0] for o in imported if o.speakers), "Lavrov")
        print(f'\nAsk about it: statements-bot ask "What did {speaker} say about ...?"')
    return EXIT_REJECTED if any(o.status == "refused" for o in outcomes) else EXIT_OK


def cmd_watches(args: argparse.Namespace) -> int:
    """The admin's view of every chat's watches, from the bot's state file."""
    from bot.statedb import STATE_FILE_NAME, StateDB
    from bot.watch_formatting import describe_fired
    from bot.watches import WatchStore

    data_dir = _data_dir(args.data)
    state_file = state_dir_from_env(index_dir_from_env(data_dir)) / STATE_FILE_NAME
    if not state_file.exists():
        print(f"no watches: no state file at {state_file}")
        return EXIT_OK
    db = StateDB(state_file)
    try:
        store = WatchStore(db)
        watches, counts = store.overview(), store.counts()
    finally:
        db.close()
    for w in watches:
        print(
            f"#{w.id}  chat {w.chat_id}  sent {w.sent}  last fired {describe_fired(w.last_fired)}"
            f"  {w.summary}  [{w.query}]"
        )
    print(
        f"{counts['watches']} watches in {counts['chats']} chats; passages sent: {counts['sent']}, "
        f"held behind More: {counts['held']}; messages waiting to be sent: {counts['outbox']}"
    )
    return EXIT_OK


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
    ask.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help="the language the bot's own words are in (quotes stay as said; default en)",
    )
    ask.set_defaults(func=cmd_ask)

    verify = sub.add_parser("verify", help="check a quote against the transcripts")
    verify.add_argument("quote", nargs="+", metavar="QUOTE", help="the quote as reported")
    verify.add_argument(
        "--data", metavar="DIR", help="transcripts folder (default: $DATA_DIR or data/)"
    )
    verify.add_argument(
        "--json", action="store_true", help="print one JSON object (verdict, passage, differences)"
    )
    verify.set_defaults(func=cmd_verify)

    trend = sub.add_parser("trend", help="chart how often something was said, per month or year")
    trend.add_argument(
        "query", nargs="+", metavar="QUERY", help="up to 3 comma-separated terms, with filters"
    )
    trend.add_argument("--png", required=True, metavar="FILE", help="write the chart here (PNG)")
    trend.add_argument("--csv", metavar="FILE", help="also write the counts here (CSV)")
    trend.add_argument(
        "--data", metavar="DIR", help="transcripts folder (default: $DATA_DIR or data/)"
    )
    trend.set_defaults(func=cmd_trend)

    index = sub.add_parser("index", help="parse and index the transcripts, report problems")
    index.add_argument(
        "--data", metavar="DIR", help="transcripts folder (default: $DATA_DIR or data/)"
    )
    index.add_argument("--quiet", action="store_true", help="no progress bar")
    index.set_defaults(func=cmd_index)

    imp = sub.add_parser(
        "import", help="import transcript pages by link, saved .html files or folders of them"
    )
    imp.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="an http(s) link, a saved .html file, a folder"
    )
    imp.add_argument(
        "--data", metavar="DIR", help="transcripts folder (default: $DATA_DIR or data/)"
    )
    imp.set_defaults(func=cmd_import)
    watches = sub.add_parser("watches", help="list every chat's watches and what they sent")
    watches.add_argument(
        "--data", metavar="DIR", help="transcripts folder (default: $DATA_DIR or data/)"
    )
    watches.set_defaults(func=cmd_watches)

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
