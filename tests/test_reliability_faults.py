"""Telegram misbehaving, reloads under load, and SIGTERM: the bot answers, logs or stops cleanly.

Faults are injected into the fake Bot API; the bot is the real application (in process, or
``statements-bot run`` as a subprocess for the SIGTERM test).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import re
import signal
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.service import AnswerService
from retrieval.corpus import load_corpus
from retrieval.passages import Document
from retrieval.search import SearchIndex
from tests.conftest import ADMIN_ID, TOKEN, RunningBot, bot_running, start_run_process
from tests.fake_bot_api import FakeBotApi
from tests.test_reliability_data import transcript

ICC = "What did Lavrov say about the ICC?"
USER = 1001


def _fake(bot: RunningBot) -> FakeBotApi:
    assert isinstance(bot.api, FakeBotApi)
    return bot.api


def _alive(bot: RunningBot) -> bool:
    app = bot.app
    return bool(app.running and app.updater and app.updater.running)  # type: ignore[attr-defined]


def _update_logged(caplog: pytest.LogCaptureFixture, update_id: int) -> bool:
    """An ERROR record naming the update (its id as a whole number) with its traceback."""
    pattern = re.compile(rf"\bupdate {update_id}\b")
    return any(
        r.levelno >= logging.ERROR and pattern.search(r.getMessage()) and r.exc_info
        for r in caplog.records
    )


# --- Telegram errors on the reply ---------------------------------------------------------------


async def test_flood_control_429_is_waited_out(running_bot: RunningBot) -> None:
    api = _fake(running_bot)
    api.inject("sendMessage", status=429, retry_after=1, times=2)
    await api.private_text(USER, ICC)
    await api.wait_for(lambda a: len(a.sent) >= 1, timeout=20)
    await asyncio.sleep(0.3)  # a duplicate would show up now
    assert len(api.sent) == 1 and "Sergey Lavrov" in api.sent[0].text
    assert [f.error_code for f in api.failures] == [429, 429]
    assert _alive(running_bot)


@pytest.mark.parametrize(
    "fault",
    [{"status": 500}, {"status": 502}, {"drop": True}],
    ids=["500", "502", "dropped"],
)
async def test_a_transient_send_failure_still_gets_the_reply_out(
    running_bot: RunningBot, fault: dict[str, object]
) -> None:
    api = _fake(running_bot)
    api.inject("sendMessage", times=1, **fault)  # type: ignore[arg-type]
    await api.private_text(USER, ICC)
    await api.wait_for(lambda a: len(a.sent) >= 1, timeout=20)
    await asyncio.sleep(0.3)
    assert len(api.sent) == 1 and "Sergey Lavrov" in api.sent[0].text
    assert len(api.failures) == 1
    assert _alive(running_bot)


async def test_a_response_slower_than_the_client_timeout(running_bot: RunningBot) -> None:
    api = _fake(running_bot)
    request = running_bot.app.bot.request  # type: ignore[attr-defined]
    timeout = request.read_timeout or 5.0
    api.inject("sendMessage", delay=timeout + 1.5, times=1)
    await api.private_text(USER, ICC)
    await api.wait_for(lambda a: len(a.sent) >= 1, timeout=timeout + 20)
    assert "Sergey Lavrov" in api.sent[0].text
    assert _alive(running_bot)


async def test_a_lasting_failure_is_logged_with_the_update_id(
    running_bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    api = _fake(running_bot)
    api.inject("sendMessage", status=500, times=None)
    with caplog.at_level(logging.INFO):
        update = await api.private_text(USER, ICC)
        await api.wait_for(lambda a: len(a.failures) >= 1, timeout=10)
        for _ in range(100):  # the retries end and the error reaches the log
            if _update_logged(caplog, update["update_id"]):
                break
            await asyncio.sleep(0.1)
    assert _update_logged(caplog, update["update_id"]), [r.getMessage() for r in caplog.records]
    # Telegram recovers: the process is still there and answers the next question.
    api.clear_faults()
    await api.private_text(USER + 1, ICC)
    await api.wait_for(lambda a: len(a.sent) >= 1, timeout=20)
    assert api.sent[-1].chat_id == USER + 1
    assert _alive(running_bot)


@pytest.mark.parametrize(
    "fault",
    [{"status": 502, "times": 2}, {"drop": True, "times": 2}, {"status": 500, "times": 1}],
    ids=["502 twice", "dropped twice", "500 once"],
)
async def test_get_updates_failing_for_a_while(
    running_bot: RunningBot, fault: dict[str, object]
) -> None:
    """Questions sent while getUpdates fails are all answered once it recovers."""
    api = _fake(running_bot)
    api.inject("getUpdates", **fault)  # type: ignore[arg-type]
    users = list(range(3000, 3010))
    for user in users:
        await api.private_text(user, ICC)
    await api.wait_for(lambda a: len(a.sent) >= len(users), timeout=30)
    assert sorted(s.chat_id for s in api.sent) == users
    assert len(api.failures) >= 1
    assert _alive(running_bot)


# --- a burst of questions while /reload runs again and again -------------------------------------

TOPICS = ("river shipping", "grain exports", "arctic research", "border crossings")


def _write_edition(folder: Path, edition: str) -> None:
    """The same four transcripts; only the edition mark in their titles differs."""
    for day, topic in enumerate(TOPICS, 5):
        text = transcript(topic, day=day).replace(", Moscow,", f" (edition {edition}), Moscow,")
        temp = folder / f".{day}.tmp"
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, folder / f"2022-05-0{day}_{topic.replace(' ', '_')}.txt")


@dataclass(frozen=True)
class _SlowIndex:
    """Builds the real index, slowly, and notes in a file where and when each build ran.

    Picklable: /reload hands it to the builder process, whose notes come back by the file.
    """

    seconds: float
    log: Path

    def __call__(self, documents: list[Document], **kwargs: Any) -> SearchIndex:
        started = time.time()
        time.sleep(self.seconds)
        index = SearchIndex(documents, **kwargs)
        with self.log.open("a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {started} {time.time()}\n")
        return index

    def builds(self) -> list[tuple[int, float, float]]:
        """(process id, start, end) of each build, wall clock."""
        rows = [line.split() for line in self.log.read_text("utf-8").splitlines()]
        return [(int(pid), float(start), float(end)) for pid, start, end in rows]


async def test_burst_while_reloading_repeatedly(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    ids: dict[str, set[str]] = {}
    for edition in "AB":
        _write_edition(folder, edition)
        ids[edition] = {p.id for d in load_corpus(folder).documents for p in d.passages}
    assert not ids["A"] & ids["B"]  # an edition mark changes every passage id
    _write_edition(folder, "A")
    slow = _SlowIndex(seconds=0.6, log=tmp_path / "builds.log")
    # As `statements-bot run` does: a saved index, and /reload builds in a builder process.
    service = AnswerService(folder, index_dir=tmp_path / "index", index_factory=slow)
    service.start()
    question = "progress partners proposals talks"
    reloads = 4
    users: list[int] = []  # a new user for each question, so no rate limit applies

    async with bot_running(folder, service, USER_RATE_LIMIT="0", TELEGRAM_RATE_LIMIT="0") as bot:
        api = _fake(bot)

        reloaded = asyncio.Event()

        async def reload_again_and_again() -> list[str]:
            replies = []
            for n in range(reloads):
                _write_edition(folder, "B" if n % 2 == 0 else "A")
                before = len(api.sent_to(ADMIN_ID))
                await api.private_text(ADMIN_ID, "/reload")
                await api.wait_for(lambda a, b=before: len(a.sent_to(ADMIN_ID)) > b, timeout=60)
                replies.append(api.sent_to(ADMIN_ID)[-1].text)
            reloaded.set()
            return replies

        async def ask() -> None:
            # Questions keep coming for as long as the reloads take (a builder process
            # starts slower on a busy machine), and a few after.
            for user in range(5000, 7000):
                users.append(user)
                await api.private_text(user, question)
                await asyncio.sleep(0.03)
                if reloaded.is_set() and len(users) >= 80:
                    break

        with caplog.at_level(logging.WARNING):
            reload_replies, _ = await asyncio.gather(reload_again_and_again(), ask())
            await api.wait_for(lambda a: len(a.sent) >= len(users) + reloads, timeout=30)

    assert all(r.startswith("Reloaded") for r in reload_replies), reload_replies
    answers = [(s, t) for s, t in zip(api.sent, api.sent_times, strict=True) if s.chat_id in users]
    assert sorted(s.chat_id for s, _ in answers) == users  # one answer each, none lost
    seen = set()
    for sent, _ in answers:
        # A reply names no title any more (its source line is short), but its buttons name
        # its passages, and the two editions share none.
        passage_ids = {d[2:] for d in sent.callback_data if d.startswith(("f:", "c:"))}
        editions = [e for e in ("A", "B") if passage_ids and passage_ids <= ids[e]]
        assert len(editions) == 1, f"one reply quotes two indexes: {sent.text}"
        seen.add(editions[0])
    assert seen == {"A", "B"}, "the reloads never showed"
    # Each /reload built in a process of its own, as in production, and replies went out
    # while it built (the build never blocks answering).
    first, *reload_builds = slow.builds()
    assert first[0] == os.getpid() and len(reload_builds) == reloads
    assert all(pid != os.getpid() for pid, _, _ in reload_builds)
    during = [t for _, t in answers for _, start, end in reload_builds if start < t < end]
    assert during, f"no reply while reloading; builds {reload_builds}"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


# --- SIGTERM mid-burst -----------------------------------------------------------------------


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


async def _start(api: FakeBotApi, folder: Path, index: Path) -> asyncio.subprocess.Process:
    # TELEGRAM_RATE_LIMIT=0: answer the burst as fast as the bot can.
    return await start_run_process(api, folder, TELEGRAM_RATE_LIMIT="0", INDEX_DIR=str(index))


async def test_sigterm_mid_burst_stops_cleanly_and_restarts_the_same(
    data_dir: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    data_before = _digest(data_dir)
    async with FakeBotApi(token=TOKEN) as api:
        proc = await _start(api, data_dir, index)
        try:
            await api.private_text(USER, ICC)
            [first] = await api.wait_sent(1, timeout=60)
            await api.private_text(USER, "/sources")
            sources = (await api.wait_sent(2, timeout=20))[1]
            burst = list(range(6000, 6600))
            for number, user in enumerate(burst):
                await api.private_text(user, ICC)
                if number == 50:  # a reload, which saves the index, in the middle of it all
                    await api.private_text(ADMIN_ID, "/reload")
            await api.wait_for(lambda a: len(a.sent) >= 22, timeout=30)
            proc.send_signal(signal.SIGTERM)
            at_signal = len(api.sent)
            _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
        stderr = err.decode()
        assert proc.returncode == 0, stderr[-2000:]
        assert "Traceback" not in stderr and TOKEN not in stderr
        assert at_signal < len(burst)  # the premise: the signal came mid-burst

        # Nothing in the data folder changed, and the saved index is whole and current.
        assert _digest(data_dir) == data_before
        saved = AnswerService(data_dir, index_dir=index)
        saved.start()
        fresh = AnswerService(data_dir)
        fresh.reload()
        assert saved.loaded_from_disk, "the saved index was not usable after SIGTERM"
        assert {p.id for p in saved.index.passages} == {p.id for p in fresh.index.passages}

        # The next start serves the same corpus: same answer, same sources.
        sent_before = len(api.sent)
        proc = await _start(api, data_dir, index)
        try:
            await api.private_text(USER, ICC)
            await api.wait_for(
                lambda a: any(s.chat_id == USER for s in a.sent[sent_before:]), timeout=60
            )
            await api.private_text(USER, "/sources")
            await api.wait_for(
                lambda a: sum(s.chat_id == USER for s in a.sent[sent_before:]) >= 2, timeout=20
            )
            again = [s for s in api.sent[sent_before:] if s.chat_id == USER]
            assert again[0].html == first.html and again[1].html == sources.html
            with contextlib.suppress(TimeoutError):  # counted below
                await api.wait_for(lambda a: {s.chat_id for s in a.sent} >= set(burst), 30)
        finally:
            proc.terminate()
            await asyncio.wait_for(proc.communicate(), timeout=30)
        assert proc.returncode == 0
        # What the first run did not answer, the second did (Telegram kept the updates), or the
        # first run had finished it: no question is answered twice, none is lost.
        answered = [s.chat_id for s in api.sent if s.chat_id in burst]
        assert sorted(answered) == burst


def _closed_port() -> int:
    """A local port that nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_sigterm_while_telegram_is_unreachable_stops_cleanly(data_dir: Path) -> None:
    # The bot keeps retrying an absent Bot API at start; stopping it then must close its
    # HTTP sessions and rate limiter like any other stop, not leave asyncio to complain.
    nowhere = f"http://127.0.0.1:{_closed_port()}/bot"
    async with FakeBotApi(token=TOKEN) as api:
        proc = await start_run_process(api, data_dir, TELEGRAM_BASE_URL=nowhere)
        try:
            assert proc.stderr is not None
            log = b""
            while b"serving" not in log:
                line = await asyncio.wait_for(proc.stderr.readline(), timeout=60)
                assert line, f"the bot ended before serving: {log.decode()[-2000:]}"
                log += line
            await asyncio.sleep(1.5)  # inside the retry loop by now
            proc.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    stderr = (log + err).decode()
    assert proc.returncode == 0, stderr[-2000:]
    assert not api.calls, "the fake Bot API was asked although the bot pointed elsewhere"
    for complaint in ("Task was destroyed", "Unclosed client session", "Traceback"):
        assert complaint not in stderr, stderr[-2000:]
