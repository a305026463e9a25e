"""Importing through Telegram, end to end: the real bot against the fake Bot API, fetching from
the local page server. Admins send links and saved pages; others' links are questions; feeds
bring transcripts in by themselves, once, also across a restart."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.conftest import ADMIN_ID, RunningBot, bot_running
from tests.fake_bot_api import FakeBotApi
from tests.page_server import PAGES_DIR, PageServer

USER = 1001
ALLOW = {"IMPORT_ALLOW_PRIVATE": "1", "USER_RATE_LIMIT": "600"}


def fake(bot: RunningBot) -> FakeBotApi:
    assert isinstance(bot.api, FakeBotApi)
    return bot.api


async def say(bot: RunningBot, user: int, text: str, timeout: float = 30) -> str:
    api = fake(bot)
    before = len(api.sent)
    await api.private_text(user, text)
    await api.wait_for(lambda a: len(a.sent) > before, timeout=timeout)
    return api.sent[before].html


async def test_admin_sends_links_gets_a_report_then_an_answer(
    page_server: PageServer, data_dir: Path
) -> None:
    async with bot_running(data_dir, **ALLOW) as bot:
        good, missing = page_server.page_url("mid_new_en"), page_server.url("/status/404")
        report = await say(bot, ADMIN_ID, f"{good}\n{missing}")
        assert "✅ <b>Imported</b> <a href=" in report
        assert "Foreign Minister Sergey Lavrov’s remarks and answers to media questions" in report
        assert "14 Jun 2023 · en · 6 passages · Sergey Lavrov" in report
        assert f"❌ <b>Refused</b> {missing}: HTTP 404 Not Found" in report
        assert "Reloaded in" in report and "10 documents" in report
        assert "Ask about it now" in report
        answer = await say(bot, USER, "What did Lavrov say about the river shipping project?")
        assert answer.splitlines()[1] == "<b>Sergey Lavrov</b>"
        assert "river shipping" in answer and "14 Jun 2023" in answer
        assert f'<a href="{good}">' in answer  # the source line links to the page
        # The same link again is skipped, and nothing is reloaded for it.
        again = await say(bot, ADMIN_ID, good)
        assert "↩️ <b>Skipped</b>" in again and "already imported" in again
        assert "Nothing new was added" in again


async def test_someone_elses_link_is_a_question_or_a_polite_note(
    page_server: PageServer, data_dir: Path
) -> None:
    async with bot_running(data_dir, **ALLOW) as bot:
        files = sorted(p.name for p in data_dir.glob("*.txt"))
        fetched = page_server.hits["/pages/kremlin_en"]
        note = await say(bot, USER, page_server.page_url("kremlin_en"))
        assert "Only the bot's administrators add sources" in note
        answer = await say(bot, USER, "What did Lavrov say about the ICC? https://example.org/a")
        assert answer.splitlines()[1] == "<b>Sergey Lavrov</b>" and "ICC" in answer
        assert sorted(p.name for p in data_dir.glob("*.txt")) == files
        assert page_server.hits["/pages/kremlin_en"] == fetched  # never fetched


async def test_admin_sends_a_saved_page(data_dir: Path) -> None:
    async with bot_running(data_dir, **ALLOW) as bot:
        api = fake(bot)
        before = len(api.sent)
        page = (PAGES_DIR / "embassy_mirror.html").read_bytes()
        await api.document(ADMIN_ID, "saved page.html", page, mime_type="text/html")
        await api.wait_for(lambda a: len(a.sent) > before, timeout=30)
        report = api.sent[before].html
        assert "✅ <b>Imported</b> Foreign Minister Sergey Lavrov’s answers" in report
        assert "5 Dec 2024" in report
        assert (data_dir / "2024-12-05_foreign-minister-sergey-lavrovs-answers-to-media-questions"
                "-on-the-sidelines-of.txt").is_file()  # fmt: skip
        answer = await say(bot, USER, "Lavrov declaration on the safety of journalists")
        assert "<b>Sergey Lavrov</b>" in answer and "5 Dec 2024" in answer
        # A non-admin's saved page is refused and nothing is written.
        before = len(api.sent)
        await api.document(USER, "other.html", page.replace(b"Valletta", b"Vienna"))
        await api.wait_for(lambda a: len(a.sent) > before, timeout=10)
        assert "administrators" in api.sent[before].text
        assert not list(data_dir.glob("*vienna*"))


async def test_help_and_feeds_for_admins(data_dir: Path) -> None:
    async with bot_running(data_dir, **ALLOW) as bot:
        admin_help = await say(bot, ADMIN_ID, "/help")
        assert "For administrators" in admin_help and "/feeds" in admin_help
        user_help = await say(bot, USER, "/help")
        assert "For administrators" not in user_help
        assert "No feeds are configured" in await say(bot, ADMIN_ID, "/feeds")
        assert "administrators" in await say(bot, USER, "/feeds")


async def wait_until(predicate, timeout: float = 30) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(timeout / 0.1)):
        if predicate():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("condition not met in time")


async def test_feeds_bring_transcripts_in_once_across_a_restart(
    page_server: PageServer, data_dir: Path
) -> None:
    feed = page_server.url("/feeds/bot.rss")
    broken = page_server.url("/status/500")
    page_server.add_entry("bot", "kremlin_ru")
    env = {**ALLOW, "FEEDS": f"{broken},{feed}", "FEED_INTERVAL": "0.01"}  # 0.6 s
    async with bot_running(data_dir, **env) as bot:
        poller = bot.app.bot_data.feeds  # type: ignore[attr-defined]
        await wait_until(lambda: any(data_dir.glob("2023-02-15_*.txt")))
        await wait_until(lambda: bot.service.index.document_count == 10)  # type: ignore[attr-defined]
        answer = await say(bot, USER, "Путин внутренний туризм гостиницы")
        assert answer.splitlines()[1] == "<b>Vladimir Putin</b>"
        # The feed gains an entry: it is served within an interval or two.
        page_server.add_entry("bot", "mid_new_ru")
        await wait_until(lambda: bot.service.index.document_count == 11)  # type: ignore[attr-defined]
        rounds = poller.rounds
        await wait_until(lambda: poller.rounds >= rounds + 2)
        status = await say(bot, ADMIN_ID, "/feeds")
        assert "polled every 0.01 min" in status
        assert "last error: HTTP 500 Internal Server Error" in status
        assert "imported in all: 2" in status
    files = sorted(p.name for p in data_dir.glob("*.txt"))
    assert len(files) == 11
    async with bot_running(data_dir, **env) as bot:
        poller = bot.app.bot_data.feeds  # type: ignore[attr-defined]
        await wait_until(lambda: poller.rounds >= 2)
        assert sorted(p.name for p in data_dir.glob("*.txt")) == files
        status = await say(bot, ADMIN_ID, "/feeds")
        assert "new last time: 0 · imported in all: 2" in status
