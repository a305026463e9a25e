"""The feed poller: new entries imported once, across restarts; a failing feed never stops
the others; a page that fails for a passing reason is retried a few times, then given up."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from bot.feeds import MAX_ENTRY_ATTEMPTS, FeedPoller
from bot.importer import Importer
from bot.service import AnswerService
from bot.statedb import StateDB
from tests.conftest import SAMPLE_DIR
from tests.page_server import FeedEntry, PageServer


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    for path in SAMPLE_DIR.glob("*.txt"):
        shutil.copy(path, data / path.name)
    return data


def poller_for(feeds: list[str], folder: Path, db: StateDB, service: AnswerService) -> FeedPoller:
    return FeedPoller(feeds, Importer(folder, db, allow_private=True), service, db, interval_s=60)


def transcripts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.txt"))


async def test_new_entries_are_imported_once_also_after_a_restart(
    page_server: PageServer, folder: Path, tmp_path: Path
) -> None:
    feed = page_server.url("/feeds/restart.rss")
    page_server.add_entry("restart", "mid_new_en")
    service = AnswerService(folder)
    service.reload()
    state = tmp_path / "state.sqlite3"
    db = StateDB(state)
    poller = poller_for([feed], folder, db, service)

    first = await poller.poll_round()
    assert [o.title[:30] for o in first.imported] == ["Foreign Minister Sergey Lavrov"]
    assert first.reload is not None and first.reload.documents == 2
    hit = service.ask("Lavrov river shipping project", k=1).hits[0]
    assert hit.passage.speaker == "Sergey Lavrov" and "river shipping" in hit.passage.text

    page_server.add_entry("restart", "kremlin_en")  # the feed gains an entry between polls
    second = await poller.poll_round()
    assert [o.title for o in second.imported] == ["Meeting with Government members"]
    assert service.ask("soft loans small hotels", k=1).hits[0].passage.speaker == "Vladimir Putin"
    third = await poller.poll_round()
    assert third.imported == [] and third.reload is None  # nothing new: no reload
    files = transcripts(folder)
    assert len(files) == 3
    db.close()

    # A restart: a fresh store on the same file, and the same feed, sees nothing new ...
    db = StateDB(state)
    restarted = poller_for([feed], folder, db, AnswerService(folder))
    assert (await restarted.poll_round()).imported == []
    # ... even for an entry whose file was deleted on purpose since.
    (folder / files[-1]).unlink()
    assert (await restarted.poll_round()).imported == []
    [status] = restarted.statuses()
    assert status.total_new == 2 and status.last_new == 0 and status.last_error is None
    db.close()


async def test_a_failing_feed_never_stops_the_others(page_server: PageServer, folder: Path) -> None:
    broken = page_server.url("/status/500")
    not_a_feed = page_server.page_url("mid_new_en")
    working = page_server.url("/feeds/working.atom")
    page_server.add_entry("working", "mid_old_ru")
    service = AnswerService(folder)
    service.reload()
    db = StateDB(":memory:")
    poller = poller_for([broken, not_a_feed, working], folder, db, service)
    report = await poller.poll_round()
    assert report.errors == {
        broken: "HTTP 500 Internal Server Error",
        not_a_feed: "not a feed (content type text/html)",
    }
    assert [o.language for o in report.imported] == ["ru"]
    by_url = {s.url: s for s in poller.statuses()}
    assert by_url[broken].last_error == "HTTP 500 Internal Server Error"
    assert by_url[broken].last_poll is not None and by_url[broken].last_success is None
    assert by_url[working].last_new == 1 and by_url[working].last_error is None
    # The broken feed is tried again next round (and recovers when it does).
    before = page_server.hits["/status/500"]
    await poller.poll_round()
    assert page_server.hits["/status/500"] == before + 1


async def test_an_entry_failing_for_a_passing_reason_is_retried_then_given_up(
    page_server: PageServer, folder: Path
) -> None:
    page_server.feeds["flaky"].append(
        FeedEntry("flaky", page_server.url("/status/503"), "tag:test,2024:flaky")
    )
    page_server.feeds["flaky"].append(
        FeedEntry("gone", page_server.url("/status/404"), "tag:test,2024:gone")
    )
    db = StateDB(":memory:")
    poller = poller_for([page_server.url("/feeds/flaky.rss")], folder, db, AnswerService(folder))
    start_503, start_404 = page_server.hits["/status/503"], page_server.hits["/status/404"]
    for _ in range(MAX_ENTRY_ATTEMPTS + 2):
        assert (await poller.poll_round()).imported == []
    assert page_server.hits["/status/503"] - start_503 == MAX_ENTRY_ATTEMPTS
    assert page_server.hits["/status/404"] - start_404 == 1  # a 404 is final at once


async def test_run_polls_every_interval_and_ends_when_the_bot_stops(
    page_server: PageServer, folder: Path
) -> None:
    db = StateDB(":memory:")
    poller = poller_for([page_server.url("/feeds/idle.rss")], folder, db, AnswerService(folder))
    poller.interval_s = 0.1
    running = True
    task = asyncio.create_task(poller.run(lambda: running))
    for _ in range(100):
        if poller.rounds >= 3:
            break
        await asyncio.sleep(0.05)
    running = False
    await asyncio.wait_for(task, timeout=2)
    assert poller.rounds >= 3
