"""Shared fixtures: a data folder, and the real bot polling a fake Bot API server."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import retrieval.search as search_module
from bot.app import build_application, make_service
from bot.config import settings_from_env
from bot.service import AnswerService
from retrieval import _compiled
from retrieval.bilingual_lexicon import Translations
from retrieval.corpus import load_corpus
from retrieval.search import Hit, SearchIndex
from retrieval.tokenizer import Analyzer
from retrieval.transcript import parse_transcript
from tests.fake_bot_api import FakeBotApi
from tests.page_server import PageServer

# PTB 22 warns when RetryAfter.retry_after is read as an int; warnings are errors in the suite.
os.environ.setdefault("PTB_TIMEDELTA", "true")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data"
EVAL_TRANSCRIPTS = ROOT / "bench" / "eval" / "transcripts"
TOKEN = "123456:TEST-token_value"
ADMIN_ID = 777


@pytest.fixture(scope="session", autouse=True)
def compiled_kernels() -> None:
    """Load (or, on a fresh checkout, compile) the search kernels before any test, so tests
    exercise them rather than the numpy twins that answer while they compile."""
    _compiled.wait()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A writable copy of the bundled sample plus the synthetic evaluation transcripts."""
    folder = tmp_path / "data"
    folder.mkdir()
    for source in (SAMPLE_DIR, EVAL_TRANSCRIPTS):
        for path in sorted(source.glob("*.txt")):
            shutil.copy(path, folder / path.name)
    return folder


@dataclass
class RunningBot:
    api: object  # tests.fake_bot_api.FakeBotApi
    app: object  # telegram.ext.Application
    service: object  # bot.service.AnswerService
    data_dir: Path


@contextlib.asynccontextmanager
async def bot_running(
    folder: Path,
    service: AnswerService | None = None,
    *,
    api: FakeBotApi | None = None,
    **env: str,
) -> AsyncIterator[RunningBot]:
    """The application exactly as ``statements-bot run`` builds it, polling a fresh loopback
    Bot API server (or ``api``, to restart a bot against a server that knows its chats);
    ``env`` adds or overrides settings (e.g. ``USER_RATE_LIMIT="0"``).
    """
    async with contextlib.AsyncExitStack() as stack:
        if api is None:
            api = await stack.enter_async_context(FakeBotApi(token=TOKEN))
        settings = settings_from_env(
            {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "ADMIN_IDS": str(ADMIN_ID),
                "DATA_DIR": str(folder),
                "TELEGRAM_BASE_URL": api.base_url,
                "TELEGRAM_BASE_FILE_URL": api.base_file_url,
                **env,
            }
        )
        if service is None:
            # As `statements-bot run` does: the saved index beside the data, reloads built
            # in a builder process.
            service = make_service(settings)
            service.start()
        app = build_application(settings, service)
        # The order run_polling() follows: post_init, start ... stop, post_stop, shutdown,
        # post_shutdown.
        try:
            async with app:
                if app.post_init:
                    await app.post_init(app)
                await app.start()
                assert app.updater is not None
                await app.updater.start_polling(timeout=1, poll_interval=0)
                try:
                    yield RunningBot(api, app, service, folder)
                finally:
                    await app.updater.stop()
                    await app.stop()
                    if app.post_stop:
                        await app.post_stop(app)
        finally:
            if app.post_shutdown:
                await app.post_shutdown(app)


async def start_run_process(
    api: FakeBotApi, data_dir: Path, *args: str, **env: str
) -> asyncio.subprocess.Process:
    """``statements-bot run [args]`` as its own process, pointed at ``api``; ``env`` adds or
    overrides settings (an empty value removes one)."""
    environ = dict(os.environ)
    environ.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_BASE_URL=api.base_url,
        TELEGRAM_BASE_FILE_URL=api.base_file_url,
        DATA_DIR=str(data_dir),
        ADMIN_IDS=str(ADMIN_ID),
    )
    environ.update(env)
    environ = {k: v for k, v in environ.items() if v}
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        *args,
        env=environ,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


@pytest.fixture
async def running_bot(data_dir: Path) -> AsyncIterator[RunningBot]:
    """The real bot over a copy of the bundled and synthetic transcripts."""
    async with bot_running(data_dir, USER_RATE_LIMIT="600") as bot:
        yield bot


@pytest.fixture
def unjoined(monkeypatch: pytest.MonkeyPatch) -> None:
    """Neighbouring passages of one turn stay separate hits. For tests of the order of the
    passages themselves (which of a lead and the quote under it ranks first): that order gives
    a joined quote its place, and it is the order when the two are too long to join."""
    monkeypatch.setattr(search_module, "JOINED_MAX_WORDS", 0)


@pytest.fixture(scope="session")
def page_server() -> Iterator[PageServer]:
    """A local web server with the test pages, feeds and bad cases (tests/page_server.py)."""
    server = PageServer().start()
    try:
        yield server
    finally:
        server.stop()


def speaker_of(text: str, words: str) -> str:
    """The speaker of the first passage of a page (parsed as given) that holds ``words``."""
    document = parse_transcript(text, "page")
    return next(p.speaker for p in document.passages if words in p.text)


def said_by(text: str, speaker: str) -> str:
    """The passages of a page (parsed as given) that the parser gives to ``speaker``, joined."""
    document = parse_transcript(text, "page")
    return " ".join(p.text for p in document.passages if p.speaker == speaker)


def row_starting(index: SearchIndex, start: str) -> int:
    """The row of the first passage of ``index`` whose text starts with ``start``."""
    return next(n for n, p in enumerate(index.passages) if p.text.startswith(start))


def pages_folder(pages: dict[str, str]) -> Path:
    """A new folder holding ``pages`` (file name -> text), written for one test."""
    folder = Path(tempfile.mkdtemp())
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def index_of(folder: Path, **pages: str) -> SearchIndex:
    """An index of ``pages`` alone (file stem -> text), written into ``folder``."""
    for stem, text in pages.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    return SearchIndex(load_corpus(folder).documents)


def pages_index(pages: dict[str, str]) -> SearchIndex:
    """An index of ``pages`` (file name -> text) with the news stories of
    ``tests/transcripts/xlang/``, so that words weigh as on a corpus of several pages."""
    stories = ROOT / "tests" / "transcripts" / "xlang"
    documents = [*load_corpus(pages_folder(pages)).documents, *load_corpus(stories).documents]
    return SearchIndex(documents)


def stories_index(*folders: str) -> SearchIndex:
    """An index of the pages in ``tests/transcripts/<folder>`` for each folder, with the news
    stories of ``tests/transcripts/xlang/``, so that words weigh as on a corpus of several
    pages."""
    pages = ROOT / "tests" / "transcripts"
    documents = [d for folder in (*folders, "xlang") for d in load_corpus(pages / folder).documents]
    return SearchIndex(documents)


@pytest.fixture(scope="session")
def table() -> Translations:
    """The bilingual lexicon's table, as the analyzer builds it (for the lexicon pass tests)."""
    return Translations(Analyzer())


def plain_terms(text: str, language: str) -> list[str]:
    """The index terms of ``text`` in ``language``, tags (``#...``) left out."""
    return [t for t in Analyzer().terms(text, language) if not t.startswith("#")]  # type: ignore[arg-type]


def crossed_terms(table: Translations, text: str, language: str) -> set[str]:
    """Every term the words of ``text`` cross to in the other language."""
    return {t for ws in table.of(plain_terms(text, language)).values() for w in ws for t in w}


def crosses_both_ways(table: Translations, english: str, russian: str) -> bool:
    """Whether the lexicon takes each wording's terms to the other's, both ways."""
    return bool(
        set(plain_terms(russian, "ru")) & crossed_terms(table, english, "en")
        and set(plain_terms(english, "en")) & crossed_terms(table, russian, "ru")
    )


def first_hit(index: SearchIndex, question: str) -> Hit:
    """The first answer to ``question``; fails (with the reason) if there is none."""
    result = index.search(question)
    assert result.hits, result.reason
    return result.hits[0]


def quote_of(hit: Hit) -> str:
    """A hit's text: every stored passage of a joined quote."""
    return " ".join(part.passage.text for part in hit.pieces())


def first_quote(index: SearchIndex, question: str) -> str:
    """The first answer's text (every stored passage of a joined quote); fails if none."""
    return quote_of(first_hit(index, question))
