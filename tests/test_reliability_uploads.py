"""Transcripts uploaded by admins: hostile names and contents are refused or sanitised, and
nothing is ever written outside the data folder."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.admin import MAX_UPLOAD_BYTES
from bot.config import index_dir_from_env
from bot.service import AnswerService
from tests.conftest import ADMIN_ID, ROOT, RunningBot, bot_running
from tests.fake_bot_api import FakeBotApi
from tests.test_reliability_data import transcript

USER = 1001


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A small data folder (the sample only), so each upload's reload is quick."""
    folder = tmp_path / "data"
    folder.mkdir()
    sample = next((ROOT / "data").glob("2021-03-17*.txt"))
    shutil.copy(sample, folder / sample.name)
    return folder


@pytest.fixture
async def bot_reloading_in_thread(data_dir: Path) -> AsyncIterator[RunningBot]:
    """The bot with the saved index beside the data as ``run`` has it, but reloads built in
    this thread: a test of many uploads would otherwise start an interpreter per upload (the
    builder process is tested in test_reliability_faults)."""
    service = AnswerService(
        data_dir, index_dir=index_dir_from_env(data_dir, {}), build_in_process=False
    )
    service.start()
    async with bot_running(data_dir, service, USER_RATE_LIMIT="600") as bot:
        yield bot


def _fake(bot: RunningBot) -> FakeBotApi:
    assert isinstance(bot.api, FakeBotApi)
    return bot.api


def _tree(root: Path, skip: Path) -> dict[str, bytes | str]:
    """Every file and link under ``root`` (outside ``skip``) with its content or target."""
    found: dict[str, bytes | str] = {}
    for path in root.rglob("*"):
        if path == skip or skip in path.parents:
            continue
        if path.is_symlink():
            found[str(path)] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[str(path)] = path.read_bytes()
    return found


async def _upload(bot: RunningBot, name: str, data: bytes, user: int = ADMIN_ID) -> str:
    api = _fake(bot)
    before = len(api.sent)
    await api.document(user, name, data)
    await api.wait_for(lambda a: len(a.sent) > before, timeout=30)
    return api.sent[before].text


#: Uploaded name -> the name it is saved under, or None when it is refused.
NAMES: dict[str, str | None] = {
    "../../escape.txt": "escape.txt",
    "..\\..\\windows.txt": "windows.txt",
    "a/../../b.txt": "b.txt",
    "/etc/cron.d/cron.txt": "cron.txt",
    "~/.ssh/authorized_keys.txt": "authorized_keys.txt",
    "nul\x00byte.txt": "nulbyte.txt",
    "line\nbreak.txt": "line_break.txt",
    "%2e%2e%2fencoded.txt": "2e_2e_2fencoded.txt",
    ".hidden.txt": "hidden.txt",
    "LOUD.TXT": "LOUD.txt",
    "x" * 5000 + ".txt": "x" * 100 + ".txt",
    "брифинг.txt": "upload-",  # a prefix: the rest is a hash of the name
    "....txt": "upload-",
    "cut.txt\x00.png": None,
    "photo.png": None,
    "no_extension": None,
    "archive.txt.zip": None,
    "trailing.txt ": None,
    "": None,
}


async def test_hostile_names_are_sanitised_or_refused(
    bot_reloading_in_thread: RunningBot, tmp_path: Path
) -> None:
    running_bot = bot_reloading_in_thread
    folder = running_bot.data_dir
    outside_before = _tree(tmp_path, skip=folder)
    absolute = tmp_path / "absolute_target.txt"
    names = {**NAMES, str(absolute): "absolute_target.txt"}

    for number, (name, saved) in enumerate(names.items()):
        # A distinct transcript each time, so no upload is a duplicate of another.
        body = transcript(f"upload number {number} about river shipping").encode()
        reply = await _upload(running_bot, name, body)
        if saved is None:
            assert reply.startswith("Refused"), f"{name!r}: {reply}"
            continue
        assert reply.startswith("Saved "), f"{name!r}: {reply}"
        shown = reply.split("\n", 1)[0].removeprefix("Saved ").removesuffix(".")
        assert shown.startswith(saved) and shown.endswith(".txt"), f"{name!r} -> {shown}"
        path = folder / shown
        assert path.parent == folder and path.read_bytes() == body
        assert "Reloaded" in reply

    assert _tree(tmp_path, skip=folder) == outside_before, "something was written outside"
    assert not absolute.exists()
    assert not any(p.name.endswith(".upload") for p in folder.iterdir()), "temp file left"
    served = {d.id for d in running_bot.service.documents_newest_first()}  # type: ignore[attr-defined]
    assert "escape" in served and "hidden" in served


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("binary.txt", b"\x00\x01\x02\xff" * 100, "binary"),
        ("cp1251.txt", "Вопрос: что?\n\nС.В.Лавров: ничего.".encode("cp1251"), "not UTF-8"),
        ("latin1.txt", "Café Zürich\n\nQuestion: où?".encode("latin-1"), "not UTF-8"),
        ("notes.txt", b"just a few words and no transcript", "not a transcript"),
        ("big.txt", b"word " * (MAX_UPLOAD_BYTES // 5 + 1), "larger than"),
    ],
)
async def test_bad_contents_are_refused_and_nothing_is_saved(
    running_bot: RunningBot, name: str, data: bytes, reason: str
) -> None:
    api = _fake(running_bot)
    reply = await _upload(running_bot, name, data)
    assert reply.startswith("Refused") and reason in reply, reply
    assert not (running_bot.data_dir / name).exists()
    if reason == "larger than":
        # Refused on the size Telegram announces: never downloaded.
        assert not [c for c in api.calls if c.method == "getFile"]


async def test_a_lying_file_size_is_caught_after_download(running_bot: RunningBot) -> None:
    api = _fake(running_bot)
    # Telegram's own server will not hand out a file over the limit; a self-hosted Bot API
    # server (TELEGRAM_BASE_FILE_URL) in --local mode will.
    api.max_download_bytes = None
    data = transcript("oversize").encode() + b"padding " * (MAX_UPLOAD_BYTES // 8 + 1)
    stored = api.add_file(data, "liar.txt")
    document = {
        "file_name": "liar.txt",
        "mime_type": "text/plain",
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": 1000,  # what a hostile client claims
    }
    user = {"id": ADMIN_ID, "is_bot": False, "first_name": "Admin"}
    chat = {"id": ADMIN_ID, "type": "private", "first_name": "Admin"}
    await api.enqueue({"message": {"from": user, "chat": chat, "document": document}})
    [reply] = await api.wait_sent(1, timeout=30)
    assert reply.text.startswith("Refused liar.txt") and "too large" in reply.text
    assert not (running_bot.data_dir / "liar.txt").exists()


async def test_uploads_by_others_or_in_groups_write_nothing(
    running_bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    api = _fake(running_bot)
    body = transcript("a stranger's upload").encode()
    with caplog.at_level(logging.WARNING, logger="bot.admin"):
        reply = await _upload(running_bot, "stranger.txt", body, user=USER)
    assert "administrators" in reply
    assert any(str(USER) in r.getMessage() and "refused" in r.getMessage() for r in caplog.records)
    # An admin's document in a group is not an upload: ignored, nothing saved.
    await api.document(ADMIN_ID, "group.txt", body, chat_id=-100777)
    await api.private_text(USER, "/start")  # a marker: once it is answered, the group was seen
    await api.wait_for(lambda a: len(a.sent) >= 2, timeout=10)
    await asyncio.sleep(0.2)
    assert [s.chat_id for s in api.sent] == [USER, USER]
    assert not (running_bot.data_dir / "stranger.txt").exists()
    assert not (running_bot.data_dir / "group.txt").exists()


async def test_planted_symlinks_are_not_followed(running_bot: RunningBot, tmp_path: Path) -> None:
    """Links placed in the folder beforehand, at the target and at the old temporary name."""
    folder = running_bot.data_dir
    victims = {n: tmp_path / f"victim_{n}.txt" for n in ("target", "temp")}
    for victim in victims.values():
        victim.write_text("do not overwrite", encoding="utf-8")
    (folder / "linked.txt").symlink_to(victims["target"])
    (folder / ".planted.txt.upload").symlink_to(victims["temp"])

    for name in ("linked.txt", "planted.txt"):
        body = transcript(f"{name} contents").encode()
        reply = await _upload(running_bot, name, body)
        assert reply.startswith(f"Saved {name}"), reply
        assert (folder / name).read_bytes() == body and not (folder / name).is_symlink()
    assert all(v.read_text(encoding="utf-8") == "do not overwrite" for v in victims.values())


async def test_two_uploads_of_one_name_at_once(running_bot: RunningBot) -> None:
    api = _fake(running_bot)
    bodies = [transcript(f"concurrent version {n}").encode() for n in range(2)]
    for body in bodies:
        await api.document(ADMIN_ID, "same.txt", body)
    await api.wait_for(lambda a: len(a.sent) >= 2, timeout=30)
    replies = [s.text for s in api.sent]
    assert all(r.startswith("Saved same.txt") for r in replies), replies
    assert (running_bot.data_dir / "same.txt").read_bytes() in bodies


async def test_a_directory_in_the_way_is_reported(running_bot: RunningBot) -> None:
    (running_bot.data_dir / "occupied.txt").mkdir()
    reply = await _upload(running_bot, "occupied.txt", transcript("occupied").encode())
    assert reply.startswith("Could not save occupied.txt"), reply
    assert not any(p.name.endswith(".upload") for p in running_bot.data_dir.iterdir())
