"""Data folder faults, through ``AnswerService.reload`` and the admin's ``/reload``.

Every bad file is named with its reason, every other document still loads, and a reload that
meets a broken file never serves less than before. The transcripts here are our own.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.service import AnswerService, ReloadReport
from retrieval import corpus
from retrieval.corpus import CorpusError
from tests.conftest import ADMIN_ID, ROOT, RunningBot
from tests.fake_bot_api import FakeBotApi

#: Big enough that nobody should read it: the loader must refuse it on its size alone.
HUGE_BYTES = 100 * 1024 * 1024
SAMPLE_ID = "2021-03-17_lavrov_ashkenazi_moscow_news_conference"
#: Generous bound on one reload of a few small files; only a hang reaches it.
RELOAD_TIMEOUT = 15.0


def transcript(topic: str, *, speaker: str = "Sergey Lavrov", day: int = 5) -> str:
    """A short transcript in the ministry's page format, about ``topic`` (our own text)."""
    return f"""{day} May 2022 14:10

Foreign Minister {speaker}'s remarks and answers to media questions on {topic}, Moscow, May {day}, 2022

  • en-GB1 ru-RU1

Colleagues,

We have just finished a long round of talks on {topic}. The talks were frank and useful, and both sides set out their positions in detail. We agreed to stay in touch at every level and to prepare the next round of consultations on {topic} before the end of the year.

Question: What is your view on {topic} after today's meeting? Do you see any chance of progress in the coming months, or are the positions still too far apart?

{speaker}: We see a chance, but progress depends on our partners as much as on us. We have made our proposals on {topic} public, and we are waiting for a reply that takes our legitimate interests into account. Dialogue is always better than confrontation, and we are ready for it.

Additional materials

Photos
"""  # noqa: E501


RUSSIAN = """5 мая 2022 14:10

Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова по итогам переговоров, Москва, 5 мая 2022 года

Уважаемые дамы и господа,

Мы только что завершили переговоры, которые прошли в откровенной и деловой атмосфере. Стороны подробно изложили свои позиции и договорились продолжить контакты на всех уровнях, включая консультации экспертов до конца года.

Вопрос: Как Вы оцениваете итоги сегодняшней встречи и есть ли шансы на прогресс в ближайшие месяцы?

С.В.Лавров: Шансы есть, но прогресс зависит от наших партнёров не меньше, чем от нас. Мы опубликовали свои предложения и ждём ответа, который учитывал бы наши законные интересы.
"""  # noqa: E501

# Latin-1 has no bullet: the language line goes, the accented words stay.
LATIN1 = (
    transcript("the café owners' dispute in Zürich, à la carte")
    .replace("Dialogue", "Señor Müller's dialogue")
    .replace("•", "")
)


def good_folder(folder: Path) -> dict[str, str]:
    """Three good transcripts of our own plus the bundled sample; returns name -> topic word."""
    folder.mkdir(parents=True, exist_ok=True)
    topics = {
        "2022-05-05_fisheries.txt": "fisheries quotas in the Barents Sea",
        "2022-05-06_railways.txt": "railway transit through the Caucasus",
        "2022-05-07_satellites.txt": "satellite navigation standards",
    }
    for day, (name, topic) in enumerate(topics.items(), 5):
        (folder / name).write_text(transcript(topic, day=day), encoding="utf-8")
    sample = next((ROOT / "data").glob("2021-03-17*.txt"))
    shutil.copy(sample, folder / sample.name)
    return topics


def served_ids(service: AnswerService) -> set[str]:
    return {p.id for p in service.index.passages}


def served_docs(service: AnswerService) -> set[str]:
    return {d.id for d in service.documents_newest_first()}


def _unblock_fifos(folder: Path) -> None:
    """Give any reader stuck on a FIFO in ``folder`` its end of file."""
    for entry in folder.iterdir():
        if entry.is_fifo():
            with contextlib.suppress(OSError):
                os.close(os.open(entry, os.O_WRONLY | os.O_NONBLOCK))


def reload_within(service: AnswerService, timeout: float = RELOAD_TIMEOUT) -> ReloadReport:
    """``service.reload()``, failing (not hanging the suite) if it never returns."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["report"] = service.reload()
        except BaseException as exc:  # handed to the test thread below
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        _unblock_fifos(service.data_dir)
        worker.join(5)
        pytest.fail(f"reload did not finish within {timeout} s (blocked on a file?)")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    report = box["report"]
    assert isinstance(report, ReloadReport)
    return report


# --- the faults --------------------------------------------------------------------------------


def _sparse(path: Path, size: int = HUGE_BYTES) -> None:
    with path.open("wb") as handle:
        handle.truncate(size)  # sparse: 100 MB of size, no disk and no time


def _symlink_outside(path: Path) -> None:
    # A perfectly good transcript, but outside the folder: it must not be served.
    outside = path.parent.parent / f"outside_{path.stem}.txt"
    outside.write_text(transcript("secret outside topic"), encoding="utf-8")
    path.symlink_to(outside)


def _no_labels(path: Path) -> None:
    path.write_text("notes\n\nmilk eggs bread\n\n" + "just words " * 40, encoding="utf-8")


#: name -> (how to make the bad file, a word its rejection reason must contain)
FAULTS: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty.txt": (lambda p: p.write_bytes(b""), "empty"),
    "blank.txt": (lambda p: p.write_bytes(b" \n\n\t \r\n"), "empty"),
    "binary.txt": (lambda p: p.write_bytes(bytes(range(256)) * 64), "binary"),
    "controls.txt": (lambda p: p.write_bytes(bytes(range(1, 32)) * 200), "binary"),
    "huge.txt": (_sparse, "too large"),
    "cp1251.txt": (lambda p: p.write_bytes(RUSSIAN.encode("cp1251")), "UTF-8"),
    "latin1.txt": (lambda p: p.write_bytes(LATIN1.encode("latin-1")), "UTF-8"),
    "title_only.txt": (lambda p: p.write_text("Just a title line\n", encoding="utf-8"), "no"),
    "directory.txt": (lambda p: p.mkdir(), "not a regular file"),
    "fifo.txt": (lambda p: os.mkfifo(p), "not a regular file"),
    "outside.txt": (_symlink_outside, "outside"),
    "dangling.txt": (lambda p: p.symlink_to(p.parent / "nowhere.txt"), "not found"),
    "loop.txt": (lambda p: p.symlink_to(p), "symlink"),
}


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Names of the files opened through ``Path.open`` (how the loader reads) during a test."""
    names: list[str] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        names.append(self.name)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", spy)
    yield names


@pytest.mark.parametrize("index_dir", [False, True], ids=["memory", "saved-index"])
def test_every_fault_is_named_and_everything_else_loads(
    tmp_path: Path, opened: list[str], index_dir: bool
) -> None:
    folder = tmp_path / "data"
    topics = good_folder(folder)
    for name, (make, _) in FAULTS.items():
        make(folder / name)
    (folder / "duplicate.txt").write_bytes((folder / "2022-05-05_fisheries.txt").read_bytes())
    (folder / "notes.md").write_text("not a transcript at all", encoding="utf-8")
    (folder / ".hidden.txt").write_bytes(b"\x00")
    _no_labels(folder / "no_labels.txt")

    service = AnswerService(folder, index_dir=tmp_path / "index" if index_dir else None)
    opened.clear()  # only what the reload opens counts
    report = reload_within(service)

    reasons = {r.name: r.reason for r in report.rejected}
    for name, (_, word) in FAULTS.items():
        assert name in reasons, f"{name} not reported; rejected: {reasons}"
        assert word.lower() in reasons[name].lower(), f"{name}: {reasons[name]!r}"
    assert reasons["duplicate.txt"] == "duplicate of 2022-05-05_fisheries.txt"
    assert "notes.md" not in reasons and ".hidden.txt" not in reasons
    # Every good document loads, whatever sits beside it.
    good = {Path(name).stem for name in topics} | {
        "2021-03-17_lavrov_ashkenazi_moscow_news_conference"
    }
    assert served_docs(service) == good | {"no_labels"}
    # A file without labels is quoted, but never under a name it does not give.
    no_labels = [p for p in service.index.passages if p.doc_id == "no_labels"]
    assert no_labels and {p.speaker for p in no_labels} == {"Unknown speaker"}
    # The 100 MB file was refused on its size: the loader never opened it.
    assert "huge.txt" not in opened
    assert not any(p.text.startswith("secret") or "secret outside" in p.text for p in no_labels)
    assert "secret outside topic" not in " ".join(p.text for p in service.index.passages)
    assert service.ask("fisheries quotas Barents Sea").hits


def _breakers() -> dict[str, Callable[[Path], None]]:
    """Ways a good file can go bad in place between two reloads."""

    def replace_with_dir(path: Path) -> None:
        path.unlink()
        path.mkdir()

    def replace_with_fifo(path: Path) -> None:
        path.unlink()
        os.mkfifo(path)

    def replace_with_symlink(path: Path) -> None:
        path.unlink()
        _symlink_outside(path)

    return {
        "binary": lambda p: p.write_bytes(b"\x00\x01\x02" * 1000),
        "emptied": lambda p: p.write_bytes(b""),
        "cp1251": lambda p: p.write_bytes(RUSSIAN.encode("cp1251")),
        "grown to 100 MB": _sparse,
        "labels gone": lambda p: p.write_text("A title\n\nAdditional materials\n", "utf-8"),
        "a directory": replace_with_dir,
        "a FIFO": replace_with_fifo,
        "a symlink outside": replace_with_symlink,
    }


@pytest.mark.parametrize("how", list(_breakers()))
def test_a_file_broken_between_reloads_keeps_its_previous_version(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "data"
    good_folder(folder)
    service = AnswerService(folder)
    reload_within(service)
    before_ids, before_docs = served_ids(service), served_docs(service)
    before_answer = service.ask("railway transit Caucasus").hits[0].passage.id

    _breakers()[how](folder / "2022-05-06_railways.txt")
    report = reload_within(service)

    assert [r.name for r in report.rejected] == ["2022-05-06_railways.txt"]
    assert report.kept_previous == ("2022-05-06_railways",)
    assert served_ids(service) == before_ids and served_docs(service) == before_docs
    assert service.ask("railway transit Caucasus").hits[0].passage.id == before_answer

    # Repaired: served from the file again, nothing kept.
    target = folder / "2022-05-06_railways.txt"
    if target.is_dir() and not target.is_symlink():
        target.rmdir()
    else:
        target.unlink()
    target.write_text(transcript("railway transit through the Caucasus", day=6), "utf-8")
    report = reload_within(service)
    assert report.rejected == () and report.kept_previous == ()
    assert served_ids(service) == before_ids


def test_deleted_and_changed_between_reloads(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    good_folder(folder)
    service = AnswerService(folder)
    reload_within(service)
    before = served_ids(service)

    (folder / "2022-05-07_satellites.txt").unlink()
    changed = transcript("deep sea cables and their protection", day=5)
    (folder / "2022-05-05_fisheries.txt").write_text(changed, encoding="utf-8")
    report = reload_within(service)

    # A file removed on purpose is removed; a changed file is served as it is now.
    assert report.documents_removed == ("2022-05-07_satellites",)
    assert report.kept_previous == () and report.rejected == ()
    assert "2022-05-07_satellites" not in served_docs(service)
    assert service.ask("deep sea cables protection").hits
    assert not service.ask("fisheries quotas Barents").hits
    sample_ids = {p.id for p in service.index.passages if p.doc_id.startswith("2021-03-17")}
    assert sample_ids and sample_ids <= before


def test_a_file_that_vanishes_or_empties_during_a_reload(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder changes after it was listed and before a file is read."""
    folder = tmp_path / "data"
    good_folder(folder)
    service = AnswerService(folder)
    reload_within(service)
    before = served_ids(service)

    real_load = corpus.load_transcript

    def racing(path: Path):  # type: ignore[no-untyped-def]
        if path.name == "2022-05-06_railways.txt":
            path.unlink()  # deleted mid-reload
        if path.name == "2022-05-07_satellites.txt":
            path.write_bytes(b"")  # being rewritten mid-reload
        return real_load(path)

    monkeypatch.setattr(corpus, "load_transcript", racing)
    report = reload_within(service)
    reasons = {r.name: r.reason for r in report.rejected}
    assert "not found" in reasons["2022-05-06_railways.txt"]
    assert "empty" in reasons["2022-05-07_satellites.txt"]
    # Neither was removed on purpose when the reload looked: both keep their last good version.
    assert set(report.kept_previous) == {"2022-05-06_railways", "2022-05-07_satellites"}
    assert served_ids(service) == before


def test_the_data_folder_itself_disappearing_keeps_the_index(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    good_folder(folder)
    service = AnswerService(folder)
    reload_within(service)
    before = served_ids(service)
    folder.rename(tmp_path / "moved")
    with pytest.raises(CorpusError):
        reload_within(service)
    assert served_ids(service) == before
    assert service.ask("satellite navigation standards").hits


# --- through the bot ---------------------------------------------------------------------------


def _fake(bot: RunningBot) -> FakeBotApi:
    assert isinstance(bot.api, FakeBotApi)
    return bot.api


async def _admin(bot: RunningBot, text: str) -> str:
    api = _fake(bot)
    before = len(api.sent)
    await api.private_text(ADMIN_ID, text)
    await api.wait_for(lambda a: len(a.sent) > before, timeout=30)
    return api.sent[before].text


async def test_reload_command_names_every_bad_file_and_keeps_serving(
    running_bot: RunningBot,
) -> None:
    folder = running_bot.data_dir
    for name, (make, _) in FAULTS.items():
        make(folder / name)
    sample = folder / "2021-03-17_lavrov_ashkenazi_moscow_news_conference.txt"
    before = served_ids(running_bot.service)  # type: ignore[arg-type]
    before_docs = served_docs(running_bot.service)  # type: ignore[arg-type]
    sample.write_bytes(sample.read_text(encoding="utf-8").encode("cp1251", errors="replace"))
    (folder / "copy.txt").write_bytes(
        next(folder.glob("2016-09-22*.txt")).read_bytes()
    )  # the same transcript twice

    try:
        reply = await _admin(running_bot, "/reload")
    finally:
        _unblock_fifos(folder)
    assert reply.startswith("Reloaded")
    for name in [*FAULTS, "copy.txt", sample.name]:
        assert name in reply, f"{name} missing from the /reload report"
    assert "duplicate of 2016-09-22" in reply
    assert "Kept the previous version of: 2021-03-17" in reply
    # Nothing less is served, and questions are still answered from the sample.
    assert served_docs(running_bot.service) == before_docs  # type: ignore[arg-type]
    assert served_ids(running_bot.service) == before  # type: ignore[arg-type]
    answer = await _admin(running_bot, "What did Lavrov say about the ICC?")
    assert "Sergey Lavrov" in answer


async def test_reload_command_when_the_folder_is_gone(running_bot: RunningBot) -> None:
    folder = running_bot.data_dir
    documents = len(served_docs(running_bot.service))  # type: ignore[arg-type]
    folder.rename(folder.with_name("elsewhere"))
    reply = await _admin(running_bot, "/reload")
    assert reply.startswith("Reload failed") and f"previous {documents} documents" in reply
    answer = await _admin(running_bot, "What did Lavrov say about the ICC?")
    assert "Sergey Lavrov" in answer


def _bytes_name(folder: Path, raw: bytes) -> Path:
    """A path whose file name is the given bytes (not valid UTF-8 on purpose)."""
    return Path(os.fsdecode(os.path.join(os.fsencode(folder), raw)))


@pytest.mark.parametrize("index_dir", [False, True], ids=["memory", "saved-index"])
def test_a_file_name_that_is_not_utf8(tmp_path: Path, index_dir: bool) -> None:
    folder = tmp_path / "data"
    good_folder(folder)
    _bytes_name(folder, b"bad\xff name.txt").write_text(transcript("odd names"), "utf-8")
    service = AnswerService(folder, index_dir=tmp_path / "index" if index_dir else None)
    report = reload_within(service)
    # Served or refused by name, but the reload itself goes through.
    assert report.documents + len(report.rejected) == 5
    assert service.ask("fisheries quotas Barents Sea").hits


async def test_reload_report_with_a_name_that_is_not_utf8(running_bot: RunningBot) -> None:
    folder = running_bot.data_dir
    _bytes_name(folder, b"caf\xe9.txt").write_text(transcript("odd names"), "utf-8")
    _bytes_name(folder, b"\xff\xfe.txt").write_bytes(b"\x00binary")
    reply = await _admin(running_bot, "/reload")
    assert reply.startswith("Reloaded") and "caf" in reply
    reply.encode("utf-8")  # no lone surrogates: Telegram takes only valid UTF-8


async def test_inline_hint_lists_documents_whatever_their_file_names(
    running_bot: RunningBot,
) -> None:
    """An empty inline query lists the newest documents; their ids come from file names."""
    folder = running_bot.data_dir
    long_russian = (
        "2026-01-02_брифинг_официального_представителя_МИД_России_по_текущим_вопросам.txt"
    )
    (folder / long_russian).write_text(transcript("winter navigation", day=2), "utf-8")
    _bytes_name(folder, b"2026-01-01_caf\xe9.txt").write_text(transcript("odd names"), "utf-8")
    await _admin(running_bot, "/reload")
    api = _fake(running_bot)
    await api.inline_query(4242, "")
    await api.wait_for(lambda a: len(a.inline_answers) >= 1, timeout=20)
    results = api.inline_answers[0].results
    ids = [r["id"] for r in results]
    assert len(ids) == len(set(ids)) and all(len(i.encode()) <= 64 for i in ids)
    assert sum(1 for r in results if "winter navigation" in r["title"]) == 1
    assert sum(1 for r in results if "odd names" in r["title"]) == 1
