"""Import transcript pages into the data folder: by link, from a saved page, or from a feed.

One path for the command line, the bot and the feed poller: fetch (``bot/fetch.py``), extract
(``retrieval/html_page.py``), write the transcript (``bot/datafiles.py``) after the corpus loader
has accepted its bytes, and remember what was imported (``bot/statedb.py``) so that the same
link, or the same text from another link, is skipped next time. Loading the new files into the
serving index is the answer service's reload (:func:`reload_after_import`), as for any change.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit

from bot.datafiles import write_new
from bot.fetch import HTML_TYPES, MAX_PAGE_BYTES, Fetched, Fetcher, FetchError
from bot.service import AnswerService, ReloadInProgress, ReloadReport
from bot.statedb import StateDB
from retrieval.corpus import load_transcript_bytes
from retrieval.html_page import (
    PageError,
    decode_html,
    extract_page,
    page_file_stem,
    text_digest,
    transcript_text,
)
from retrieval.passages import QUESTION_SPEAKER, Document
from retrieval.transcript import TranscriptError

__all__ = [
    "HTML_SUFFIXES",
    "ImportOutcome",
    "Importer",
    "reload_after_import",
    "url_key",
]

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")
#: Seconds between tries when another reload is running; and the longest wait for one
#: (a reload of a million passages takes about 3 minutes on the project's machine).
RELOAD_RETRY_S = 0.5
RELOAD_WAIT_MAX_S = 30 * 60.0

IMPORT_SCHEMA = """
CREATE TABLE IF NOT EXISTS imported_urls (
    url_key TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    imported_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS imported_texts (
    digest TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    url TEXT,
    imported_at REAL NOT NULL
);
"""

Status = Literal["imported", "skipped", "refused"]


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What became of one source.

    Attributes:
        source: The link or file as given.
        status: ``imported``, ``skipped`` (already imported) or ``refused``.
        reason: Why it was skipped or refused.
        file: The transcript file written (or the one that already holds it).
        transient: Refused for a reason that may pass (a timeout, a 5xx): worth a retry.
    """

    source: str
    status: Status
    reason: str | None = None
    file: str | None = None
    url: str | None = None
    title: str | None = None
    date: dt.date | None = None
    language: str | None = None
    speakers: tuple[str, ...] = ()
    passages: int = 0
    transient: bool = False


def url_key(url: str) -> str:
    """A link's identity for "already imported": scheme, ``www.``, fragment, a trailing slash
    and tracking parameters do not make another page."""
    try:
        parts = urlsplit(url.strip())
        number = parts.port
    except ValueError:  # not a URL we could fetch: it is only ever itself
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = f":{number}" if number and number not in (80, 443) else ""
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = sorted((k, v) for k, v in pairs if not k.startswith("utm_"))
    path = parts.path.rstrip("/") or "/"
    return f"{host}{port}{path}" + (f"?{urlencode(query)}" if query else "")


def _speakers(document: Document) -> tuple[str, ...]:
    names = dict.fromkeys(p.speaker for p in document.passages if p.speaker != QUESTION_SPEAKER)
    return tuple(names)


@dataclass(frozen=True, slots=True)
class _Prepared:
    data: bytes
    stem: str
    digest: str
    document: Document


class Importer:
    """Imports pages into one data folder, remembering what it imported in the state store.

    Args:
        data_dir: The transcripts folder (files are written only here).
        db: The shared state store (this class owns the ``imported_*`` tables).
        allow_private: Let the fetcher reach loopback and private addresses.
    """

    def __init__(
        self,
        data_dir: Path,
        db: StateDB,
        *,
        allow_private: bool = False,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.db = db
        self.allow_private = allow_private
        db.ensure_schema(IMPORT_SCHEMA)

    def fetcher(self) -> Fetcher:
        """A fetcher with this importer's settings (use it with ``async with``)."""
        return Fetcher(allow_private=self.allow_private)

    # --- sources ------------------------------------------------------------------------------

    async def import_sources(self, sources: Iterable[str]) -> list[ImportOutcome]:
        """Links, saved ``.html`` files and folders of them, in the order given."""
        outcomes: list[ImportOutcome] = []
        async with self.fetcher() as fetcher:
            for source in sources:
                if source.lower().startswith(("http://", "https://")):
                    outcomes.append(await self.import_url(source, fetcher))
                    continue
                if "://" in source:
                    outcomes.append(_refused(source, "only http and https links can be imported"))
                    continue
                for path, problem in _saved_pages(Path(source).expanduser()):
                    if problem:
                        outcomes.append(_refused(str(path), problem))
                    else:
                        outcomes.append(await self.import_file(path))
        return outcomes

    async def import_urls(self, urls: Iterable[str]) -> list[ImportOutcome]:
        """Import links one after another over one connection pool."""
        async with self.fetcher() as fetcher:
            return [await self.import_url(url, fetcher) for url in urls]

    async def import_url(self, url: str, fetcher: Fetcher) -> ImportOutcome:
        """Fetch a page and import it (skipped when the link was imported before)."""
        if known := self._known_url(url):
            return ImportOutcome(url, "skipped", "already imported", file=known, url=url)
        try:
            fetched: Fetched = await fetcher.fetch(url, HTML_TYPES)
        except FetchError as exc:
            return _refused(url, str(exc), transient=exc.transient)
        if fetched.url != url and (known := self._known_url(fetched.url)):
            reason = f"already imported (redirects to {fetched.url})"
            return ImportOutcome(url, "skipped", reason, file=known, url=fetched.url)
        return await self.import_html(fetched.data, url, url=fetched.url, charset=fetched.charset)

    async def import_file(self, path: Path) -> ImportOutcome:
        """Import a saved page from disk."""
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_PAGE_BYTES + 1)
        except OSError as exc:
            return _refused(str(path), f"cannot read: {exc.strerror or exc}")
        if len(data) > MAX_PAGE_BYTES:
            return _refused(str(path), f"larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
        return await self.import_html(data, str(path))

    async def import_html(
        self, data: bytes, source: str, *, url: str | None = None, charset: str | None = None
    ) -> ImportOutcome:
        """Import a page's bytes (fetched, a saved file, or a document sent to the bot).

        Args:
            data: The page.
            source: How the user named it (a link or a file name), for the report.
            url: Where it came from; a saved page's own canonical address is used when None.
            charset: The charset the server declared.
        """
        try:
            prepared = await asyncio.to_thread(self._prepare, data, url, charset)
        except (PageError, TranscriptError) as exc:
            return _refused(source, str(exc))
        document = prepared.document
        if known := self._known_text(prepared.digest):
            return ImportOutcome(
                source, "skipped", "the same text is already imported", file=known,
                url=document.source_url,
            )  # fmt: skip
        try:
            name = await asyncio.to_thread(write_new, self.data_dir, prepared.stem, prepared.data)
        except OSError as exc:
            return _refused(source, f"could not write the transcript: {exc.strerror or exc}")
        self._remember(name, prepared.digest, [u for u in (source, url, document.source_url) if u])
        logger.info("imported %s as %s", source, name)
        return ImportOutcome(
            source,
            "imported",
            file=name,
            url=document.source_url,
            title=document.title,
            date=document.date,
            language=document.language,
            speakers=_speakers(document),
            passages=len(document.passages),
        )

    # --- work -------------------------------------------------------------------------------

    @staticmethod
    def _prepare(data: bytes, url: str | None, charset: str | None) -> _Prepared:
        """Extract, write as a transcript, and check that the corpus loader accepts it."""
        page = extract_page(decode_html(data, charset), url)
        text = transcript_text(page).encode("utf-8")
        provisional = page_file_stem(page.title, page.date)
        document = load_transcript_bytes(text, provisional)
        if not document.passages:
            raise PageError("no statement text found in the page")
        # Name the file by the date the index will use (the title's event date first).
        stem = page_file_stem(document.title, document.date)
        return _Prepared(text, stem, text_digest(page), replace(document, id=stem))

    def _exists(self, name: str) -> bool:
        return (self.data_dir / name).is_file()

    def _known_url(self, url: str) -> str | None:
        rows = self.db.query("SELECT file FROM imported_urls WHERE url_key = ?", (url_key(url),))
        return rows[0]["file"] if rows and self._exists(rows[0]["file"]) else None

    def _known_text(self, digest: str) -> str | None:
        rows = self.db.query("SELECT file FROM imported_texts WHERE digest = ?", (digest,))
        return rows[0]["file"] if rows and self._exists(rows[0]["file"]) else None

    def _remember(self, name: str, digest: str, urls: list[str]) -> None:
        now = time.time()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO imported_texts (digest, file, url, imported_at) "
                "VALUES (?, ?, ?, ?)",
                (digest, name, urls[-1] if urls else None, now),
            )
            for url in urls:
                if url.lower().startswith(("http://", "https://")):
                    conn.execute(
                        "INSERT OR REPLACE INTO imported_urls (url_key, file, imported_at) "
                        "VALUES (?, ?, ?)",
                        (url_key(url), name, now),
                    )


def _refused(source: str, reason: str, *, transient: bool = False) -> ImportOutcome:
    return ImportOutcome(source, "refused", reason, transient=transient)


def _saved_pages(path: Path) -> list[tuple[Path, str | None]]:
    """The saved pages a command-line source names, each with a problem or None."""
    if path.is_dir():
        pages = sorted(
            p for p in path.iterdir() if p.suffix.lower() in HTML_SUFFIXES and p.is_file()
        )
        return [(p, None) for p in pages] or [(path, "no .html or .htm files in this folder")]
    if not path.exists():
        return [(path, "no such file or folder (a link must start with http:// or https://)")]
    if path.suffix.lower() not in HTML_SUFFIXES:
        return [(path, "not a saved page (.html or .htm)")]
    return [(path, None)]


async def reload_after_import(service: AnswerService) -> ReloadReport:
    """Load new transcripts into the serving index through the service's one reload.

    A reload already running may have listed the folder before the new files were written, so
    this waits for it to finish and then runs its own.

    Raises:
        ReloadInProgress: Other reloads kept running for :data:`RELOAD_WAIT_MAX_S`.
        retrieval.corpus.CorpusError, bot.service.ReloadFailed, OSError: As ``reload()``.
    """
    deadline = time.monotonic() + RELOAD_WAIT_MAX_S
    while True:
        try:
            return await asyncio.to_thread(service.reload)
        except ReloadInProgress:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(RELOAD_RETRY_S)
