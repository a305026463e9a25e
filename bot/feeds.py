"""Poll RSS/Atom feeds and import the pages their new entries link to.

Each round fetches every configured feed, imports the entries not seen before (through the
:class:`~bot.importer.Importer`, so the same link or text is never imported twice), and reloads
the index once if anything came in. What was seen, and each feed's last poll and error, is kept
in the shared state store, so a restart neither re-imports nor forgets. A feed that fails is
recorded and tried again next round; it never stops the other feeds or the bot.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import feedparser

from bot.fetch import FEED_TYPES, Fetcher, FetchError
from bot.importer import Importer, ImportOutcome, reload_after_import
from bot.service import AnswerService, ReloadReport
from bot.statedb import StateDB

__all__ = ["FEED_SCHEMA", "FeedPoller", "FeedStatus", "RoundReport"]

logger = logging.getLogger(__name__)

#: Entries looked at per feed per round (feeds list 10-60; the newest are first).
MAX_ENTRIES_PER_ROUND = 50
#: Rounds an entry whose page failed for a passing reason (timeout, 5xx) is tried before it is
#: given up on.
MAX_ENTRY_ATTEMPTS = 3
#: Longest pause between checks that the bot is still running, seconds.
_IDLE_STEP_S = 1.0

FEED_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    last_poll REAL,
    last_success REAL,
    last_error TEXT,
    last_new INTEGER NOT NULL DEFAULT 0,
    total_new INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS feed_entries (
    feed TEXT NOT NULL,
    entry TEXT NOT NULL,
    link TEXT,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    seen_at REAL NOT NULL,
    PRIMARY KEY (feed, entry)
);
"""


@dataclass(frozen=True, slots=True)
class FeedStatus:
    """One feed as ``/feeds`` shows it."""

    url: str
    last_poll: float | None = None
    last_success: float | None = None
    last_error: str | None = None
    last_new: int = 0
    total_new: int = 0


@dataclass(slots=True)
class RoundReport:
    """What one polling round did."""

    imported: list[ImportOutcome] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    reload: ReloadReport | None = None
    reload_error: str | None = None


class FeedPoller:
    """Polls ``feeds`` every ``interval_s`` seconds while the bot runs.

    Args:
        feeds: Feed URLs (RSS or Atom).
        importer: Imports the entries' pages into the data folder.
        service: Reloaded once per round that imported something.
        db: The shared state store (this class owns the ``feeds`` and ``feed_entries`` tables).
        interval_s: Pause between rounds.
    """

    def __init__(
        self,
        feeds: Sequence[str],
        importer: Importer,
        service: AnswerService,
        db: StateDB,
        interval_s: float,
    ) -> None:
        self.feeds = tuple(feeds)
        self.importer = importer
        self.service = service
        self.db = db
        self.interval_s = interval_s
        self.rounds = 0
        db.ensure_schema(FEED_SCHEMA)

    async def run(self, running: Callable[[], bool]) -> None:
        """Poll, pause, repeat, for as long as ``running()`` says the bot runs."""
        loop = asyncio.get_running_loop()
        while running():
            try:
                await self.poll_round(running)
            except Exception:  # a bug in one round must not end polling for good
                logger.exception("feed polling round failed")
            wake = loop.time() + self.interval_s
            while running() and loop.time() < wake:
                await asyncio.sleep(min(_IDLE_STEP_S, self.interval_s, wake - loop.time()))

    async def poll_round(self, running: Callable[[], bool] = lambda: True) -> RoundReport:
        """Poll every feed once; reload once if anything was imported."""
        report = RoundReport()
        async with self.importer.fetcher() as fetcher:
            for feed in self.feeds:
                if not running():
                    break
                try:
                    report.imported += await self._poll(feed, fetcher, running)
                except FetchError as exc:
                    report.errors[feed] = str(exc)
                except Exception as exc:  # a broken feed never stops the others
                    logger.exception("feed %s failed", feed)
                    report.errors[feed] = f"{type(exc).__name__}: {exc}"
                if feed in report.errors:
                    logger.warning("feed %s: %s", feed, report.errors[feed])
                    self._record_error(feed, report.errors[feed])
        self.rounds += 1
        if report.imported:
            try:
                report.reload = await reload_after_import(self.service)
            except Exception as exc:  # the files are in place: the next reload serves them
                logger.error("reload after feed import failed: %s", exc)
                report.reload_error = str(exc)
        return report

    async def _poll(
        self, feed: str, fetcher: Fetcher, running: Callable[[], bool]
    ) -> list[ImportOutcome]:
        fetched = await fetcher.fetch(feed, FEED_TYPES)
        parsed = await asyncio.to_thread(feedparser.parse, fetched.data)
        if parsed.get("bozo") and not parsed.entries:
            raise FetchError(f"not a readable feed ({parsed.get('bozo_exception')})")
        imported: list[ImportOutcome] = []
        # Oldest first, so a round cut short still leaves the newest for the next one in order.
        for entry in reversed(parsed.entries[:MAX_ENTRIES_PER_ROUND]):
            if not running():
                break
            link = entry.get("link")
            if not link:
                continue
            link = urljoin(fetched.url, str(link))
            key = str(entry.get("id") or link)
            attempts = self._attempts(feed, key)
            if attempts is None:
                continue
            outcome = await self.importer.import_url(link, fetcher)
            retry = outcome.transient and attempts + 1 < MAX_ENTRY_ATTEMPTS
            self._record_entry(feed, key, link, "retry" if retry else outcome.status, attempts + 1)
            if outcome.status == "imported":
                imported.append(outcome)
            elif outcome.status == "refused":
                logger.info("feed %s: entry %s refused: %s", feed, link, outcome.reason)
        self._record_success(feed, len(imported))
        return imported

    # --- state ------------------------------------------------------------------------------

    def _attempts(self, feed: str, key: str) -> int | None:
        """Tries so far for an entry still to import, or None when it is done with."""
        rows = self.db.query(
            "SELECT status, attempts FROM feed_entries WHERE feed = ? AND entry = ?", (feed, key)
        )
        if not rows:
            return 0
        return int(rows[0]["attempts"]) if rows[0]["status"] == "retry" else None

    def _record_entry(self, feed: str, key: str, link: str, status: str, attempts: int) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO feed_entries (feed, entry, link, status, attempts, seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (feed, key, link, status, attempts, time.time()),
        )

    def _record_success(self, feed: str, new: int) -> None:
        now = time.time()
        self.db.execute(
            "INSERT INTO feeds (url, last_poll, last_success, last_error, last_new, total_new) "
            "VALUES (?, ?, ?, NULL, ?, ?) ON CONFLICT(url) DO UPDATE SET "
            "last_poll = excluded.last_poll, last_success = excluded.last_success, "
            "last_error = NULL, last_new = excluded.last_new, "
            "total_new = feeds.total_new + excluded.last_new",
            (feed, now, now, new, new),
        )

    def _record_error(self, feed: str, error: str) -> None:
        self.db.execute(
            "INSERT INTO feeds (url, last_poll, last_error, last_new) VALUES (?, ?, ?, 0) "
            "ON CONFLICT(url) DO UPDATE SET last_poll = excluded.last_poll, "
            "last_error = excluded.last_error, last_new = 0",
            (feed, time.time(), error),
        )

    def statuses(self) -> list[FeedStatus]:
        """Every configured feed's last poll, new items and last error, in configured order."""
        rows: dict[str, Any] = {
            row["url"]: row for row in self.db.query("SELECT * FROM feeds") if row["url"]
        }
        out: list[FeedStatus] = []
        for feed in self.feeds:
            row = rows.get(feed)
            if row is None:
                out.append(FeedStatus(feed))
                continue
            out.append(
                FeedStatus(
                    feed,
                    last_poll=row["last_poll"],
                    last_success=row["last_success"],
                    last_error=row["last_error"],
                    last_new=int(row["last_new"]),
                    total_new=int(row["total_new"]),
                )
            )
        return out
