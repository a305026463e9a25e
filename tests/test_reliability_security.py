"""Hostile users: admin rights by numeric id only, no token in any log, webhook secret checked,
and one user's flood held back while everyone else is answered."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import httpx
import pytest

from bot.config import ConfigError, settings_from_env
from bot.logs import setup_logging
from bot.ratelimit import NOTICES_PER_STREAK, UserRateLimiter
from bot.service import AnswerService
from tests.conftest import ADMIN_ID, TOKEN, RunningBot, bot_running, start_run_process
from tests.fake_bot_api import BOT_USERNAME, FakeBotApi

ICC = "What did Lavrov say about the ICC?"
ATTACKER = 1001
GROUP = -1001234567890
#: Telegram's stand-in sender for anonymous group admins.
ANONYMOUS_ADMIN = {"id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}  # fmt: skip  # noqa: E501


def _fake(bot: RunningBot) -> FakeBotApi:
    assert isinstance(bot.api, FakeBotApi)
    return bot.api


# --- admin rights --------------------------------------------------------------------------------


def _message(user: dict, chat: dict, text: str, **extra: object) -> dict:
    entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"message": {"from": user, "chat": chat, "text": text, "entities": entities, **extra}}


async def test_admin_is_the_numeric_id_never_the_name(
    running_bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    api = _fake(running_bot)
    private = {"id": ATTACKER, "type": "private", "first_name": "Admin"}
    group = {"id": GROUP, "type": "supergroup", "title": "Press room"}
    # Someone who looks like the admin in every way but the id.
    lookalike = {"id": ATTACKER, "is_bot": False, "first_name": "Admin", "username": "boss"}
    admin = {"id": ADMIN_ID, "is_bot": False, "first_name": "Admin", "username": "boss"}
    forwarded_from_admin = {"forward_origin": {"type": "user", "date": 0, "sender_user": admin}}
    attempts = [
        _message(lookalike, private, "/reload"),
        _message(lookalike, private, "/stats"),
        _message(lookalike, group, "/reload"),
        _message(lookalike, group, f"/stats@{BOT_USERNAME}"),
        _message(ANONYMOUS_ADMIN, group, "/reload", sender_chat=group),
        _message(lookalike, private, "/reload", **forwarded_from_admin),
        {"edited_message": _message(lookalike, private, "/reload")["message"]},
    ]
    with caplog.at_level(logging.WARNING, logger="bot.admin"):
        for update in attempts:
            await api.enqueue(update)
        await api.wait_for(lambda a: len(a.sent) >= len(attempts), timeout=20)
        await asyncio.sleep(0.2)
    assert len(api.sent) == len(attempts)
    assert all("administrators" in s.text for s in api.sent), [s.text for s in api.sent]
    refusals = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert len(refusals) == len(attempts)
    assert all(str(ATTACKER) in m or str(ANONYMOUS_ADMIN["id"]) in m for m in refusals)
    stats = running_bot.service.stats  # type: ignore[attr-defined]
    assert stats.last_reload is not None  # the fixture's own load, not the attempts'
    reloaded_at = stats.last_reload

    # The real admin, in private and in a group, whatever their name.
    await api.enqueue(_message({**admin, "username": "renamed"}, group, "/reload"))
    await api.wait_for(lambda a: len(a.sent) > len(attempts), timeout=20)
    assert api.sent[-1].text.startswith("Reloaded") and api.sent[-1].chat_id == GROUP
    await api.enqueue(_message(admin, {**private, "id": ADMIN_ID}, "/stats"))
    await api.wait_for(lambda a: len(a.sent) > len(attempts) + 1, timeout=20)
    assert api.sent[-1].text.startswith("Stats")
    assert stats.last_reload > reloaded_at


def test_admin_ids_must_be_numbers(tmp_path: Path) -> None:
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "DATA_DIR": str(tmp_path)}
    for bad in ("@boss", "boss", "777,@boss", "777 888"):
        with pytest.raises(ConfigError, match="ADMIN_IDS"):
            settings_from_env({**env, "ADMIN_IDS": bad})


# --- the token never reaches a log ---------------------------------------------------------------


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """Every log record of the test, at DEBUG, as ``bot.logs.setup_logging`` configures it."""
    root = logging.getLogger()
    noisy = ("httpx", "httpcore", "aiohttp", "telegram", "tornado")
    saved = (root.level, {h: list(h.filters) for h in root.handlers})
    saved_levels = {name: logging.getLogger(name).level for name in noisy}
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    setup_logging(TOKEN, logging.DEBUG)
    # As someone hunting a bug would: the HTTP clients' own request lines too.
    for name in noisy:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(saved[0])
        for h, filters in saved[1].items():
            h.filters = filters
        for name, level in saved_levels.items():
            logging.getLogger(name).setLevel(level)


async def test_the_token_never_appears_in_logs(
    data_dir: Path, debug_log: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = AnswerService(data_dir)
    service.reload()
    async with bot_running(data_dir, service, USER_RATE_LIMIT="0") as bot:
        api = _fake(bot)
        real_ask = service.ask

        def ask(question: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            if "explode" in question:
                # An error whose text carries a Bot API URL, as network errors can.
                raise RuntimeError(f"request to {api.base_url}{TOKEN}/sendMessage failed")
            return real_ask(question, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(service, "ask", ask)
        steps = [
            ("sendMessage", {"status": 500}),
            ("sendMessage", {"drop": True}),
            ("sendMessage", {"status": 429, "retry_after": 1}),
            ("getUpdates", {"status": 502}),
        ]
        for number, (method, fault) in enumerate(steps):
            api.inject(method, times=1, **fault)  # type: ignore[arg-type]
            await api.private_text(2000 + number, ICC)
        await api.private_text(2100, "please explode")
        api.inject("sendMessage", status=500, times=3)  # a reply that is lost and logged
        await api.private_text(2200, ICC)
        await api.wait_for(lambda a: len(a.sent) >= len(steps) + 1, timeout=30)
        await asyncio.sleep(2.0)  # the lost reply's retries end and reach the log
        # httpx (PTB's default transport) logs each request's full URL, token included.
        async with httpx.AsyncClient() as client:
            assert (await client.get(f"{api.base_url}{TOKEN}/getMe")).status_code == 200
        # Something, somewhere, logs the bot object itself (its repr names the token).
        app_logger = logging.getLogger("telegram.ext.Application")
        app_logger.debug("bot: %r", bot.app.bot)  # type: ignore[attr-defined]

    text = debug_log.getvalue()
    secret = TOKEN.split(":", 1)[1]
    assert TOKEN not in text and secret not in text
    # The run really logged what could have leaked: requests, tracebacks, the redactions.
    assert "Traceback" in text and "RuntimeError" in text and "<token>" in text
    assert "HTTP Request: GET" in text and "/bot<token>/getMe" in text
    assert "error while handling update" in text
    assert text.count("\n") > 50


# --- webhook mode --------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _post(session: aiohttp.ClientSession, url: str, body: bytes, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    async with session.post(url, data=body, headers=headers) as response:
        await response.read()
        return response.status


async def _serving(session: aiohttp.ClientSession, url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            await _post(session, url, b"{}", "probe-without-the-secret")
            return
        except aiohttp.ClientConnectionError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.2)


@pytest.mark.parametrize("secret", ["s3cret_-Token", None], ids=["WEBHOOK_SECRET", "generated"])
async def test_webhook_refuses_requests_without_the_secret(
    data_dir: Path, secret: str | None
) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    async with FakeBotApi(token=TOKEN) as api:
        proc = await start_run_process(
            api,
            data_dir,
            *("--webhook", url, "--port", str(port), "--listen", "127.0.0.1"),
            INDEX_DIR=str(data_dir.parent / "index"),
            WEBHOOK_SECRET=secret or "",  # empty: unset, so a secret is generated
        )
        try:
            async with aiohttp.ClientSession() as session:
                await _serving(session, url)
                [hook] = [c for c in api.calls if c.method == "setWebhook"]
                assert hook.params["url"] == url
                assert hook.params.get("secret_token")  # always set, generated if not given
                if secret:
                    assert hook.params["secret_token"] == secret

                def update(user: int, update_id: int) -> bytes:
                    message = {
                        "message_id": update_id,
                        "date": int(time.time()),
                        "chat": {"id": user, "type": "private", "first_name": "A"},
                        "from": {"id": user, "is_bot": False, "first_name": "A"},
                        "text": ICC,
                    }
                    return json.dumps({"update_id": update_id, "message": message}).encode()

                refused = {
                    "no header": None,
                    "empty": "",
                    "wrong": "wrong-secret",
                    "prefix": (secret or hook.params["secret_token"])[:-1],
                    "TOKEN": TOKEN.replace(":", "_"),
                }
                users = [4000 + n for n in range(len(refused))] + [4100]
                # Each user says /start the normal way first (through the fake Telegram, which
                # knows the secret), so any reply a forged update got would show up below.
                for user in users:
                    await api.private_text(user, "/start")
                await api.wait_for(lambda a: len(a.sent) >= len(users), 30)
                for user, value in zip(users, refused.values(), strict=False):
                    status = await _post(session, url, update(user, 900 + user), value)
                    assert status == 403, (value, status)
                # Telegram, knowing the secret, gets through.
                right = hook.params["secret_token"]
                assert await _post(session, url, update(4100, 999), right) == 200
                await api.wait_for(lambda a: len(a.sent_to(4100)) >= 2, 30)
                # Garbage with the right secret is refused, and the server carries on.
                assert await _post(session, url, b"{not json", right) >= 400
                await api.private_text(4200, ICC)
                await api.wait_for(lambda a: any(s.chat_id == 4200 for s in a.sent), 30)
            assert all(len(api.sent_to(user)) == 1 for user in users[:-1])
            assert proc.returncode is None
        finally:
            proc.terminate()
            _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
        assert TOKEN not in err.decode()


# --- per-user rate limit -------------------------------------------------------------------------


async def test_one_users_flood_is_held_while_others_are_answered(data_dir: Path) -> None:
    service = AnswerService(data_dir)
    service.reload()
    flooder, others = 7000, list(range(7100, 7120))
    per_minute, burst, flood = 20, 5, 80
    async with bot_running(data_dir, service, USER_RATE_LIMIT=str(per_minute)) as bot:
        api = _fake(bot)
        started = time.monotonic()
        for n in range(flood):
            await api.private_text(flooder, ICC)
            if n % 4 == 0 and n // 4 < len(others):
                await api.private_text(others[n // 4], ICC)
        await api.wait_for(lambda a: set(others) <= {s.chat_id for s in a.sent}, timeout=30)
        # Let every flood message be handled (a marker from an idle user comes after them).
        await api.private_text(7999, "/start")
        await api.wait_for(lambda a: any(s.chat_id == 7999 for s in a.sent), timeout=30)
        elapsed = time.monotonic() - started

    to_flooder = api.sent_to(flooder)
    notices = [s for s in to_flooder if "faster than I can answer" in s.text]
    answers = [s for s in to_flooder if s not in notices]
    assert all("Sergey Lavrov" in s.text for s in answers)
    refills = int(elapsed * per_minute / 60) + 1
    assert burst <= len(answers) <= burst + refills
    # Told to slow down for the first few refusals of each streak, not once per message.
    assert 1 <= len(notices) <= NOTICES_PER_STREAK * refills
    assert len(notices) < flood - len(answers)
    for user in others:
        [reply] = api.sent_to(user)
        assert "Sergey Lavrov" in reply.text


def test_slow_down_is_said_a_few_times_per_streak() -> None:
    now = [0.0]
    limiter = UserRateLimiter(per_minute=60, burst=2, clock=lambda: now[0])
    assert [limiter.allow(1), limiter.allow(1)] == [0.0, 0.0]
    for _ in range(NOTICES_PER_STREAK):
        assert limiter.allow(1) > 0 and limiter.should_warn(1)
    assert limiter.allow(1) > 0 and not limiter.should_warn(1)
    assert limiter.should_warn(2)  # another user's streak is their own
    now[0] += 1.0
    assert limiter.allow(1) == 0.0  # let through: the streak is over
    assert limiter.allow(1) > 0 and limiter.should_warn(1)


# --- forged button data and inline offsets -------------------------------------------------------


async def test_forged_buttons_and_inline_offsets_are_harmless(
    running_bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    """A modified client can send any callback data and any inline offset, not only ours."""
    api = _fake(running_bot)
    await api.private_text(ATTACKER, ICC)
    [answer] = await api.wait_sent(1, timeout=20)
    forged = [
        "m:²:abc", "m:٣:abc", "m:99999:abc", "m:1:", "m::", "f:", "c:", "f:zzzzzzzzzzzz",
        "f:../../etc/passwd", "c:" + "a" * 62, "x" * 300, "m:0:" + "k" * 60, "f:abc٣", "",
        "m:-1:abc", "f:\u202e", "\x00", "m:5:deadbeef0000",
    ]  # fmt: skip
    offsets = ["1000000000000", "9" * 64, "-5", "²", "٣", "abc", "1e9", " 7", "0x10"]
    with caplog.at_level(logging.INFO):
        for data in forged:
            query = {
                "id": str(abs(hash(data))),
                "from": {"id": ATTACKER, "is_bot": False, "first_name": "A"},
                "message": answer.message,
                "chat_instance": "1",
                "data": data,
            }
            await api.enqueue({"callback_query": query})
        for offset in offsets:
            await api.inline_query(ATTACKER, "sanctions", offset=offset)
        await api.wait_for(
            lambda a: (
                len(a.callback_answers) >= len(forged) and len(a.inline_answers) >= len(offsets)
            ),
            timeout=30,
        )
        await asyncio.sleep(0.3)
    # Every press got its spinner stopped and every inline query an answer; nothing broke.
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert all(len(a.results) <= 50 for a in api.inline_answers)
    stale = [s for s in api.sent[1:] if "too old" in s.text or "no longer" in s.text]
    assert len(api.sent) - 1 == len(stale)  # forged presses get a polite word at most
    await api.private_text(ATTACKER + 1, ICC)
    await api.wait_for(lambda a: any(s.chat_id == ATTACKER + 1 for s in a.sent), timeout=20)
