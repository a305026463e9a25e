"""Importing pages: by link (CLI and library), saved files and folders, what is skipped and
refused, and that a refused page writes nothing."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.datafiles import write_new
from bot.importer import Importer, url_key
from bot.service import AnswerService
from bot.statedb import StateDB
from retrieval.corpus import load_corpus
from tests.conftest import SAMPLE_DIR
from tests.page_server import PAGES_DIR, PageServer
from tests.test_html_page import LAYOUTS


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    for path in SAMPLE_DIR.glob("*.txt"):
        shutil.copy(path, data / path.name)
    return data


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The CLI may reach the local test server; its state lives in the test's folder."""
    monkeypatch.setenv("IMPORT_ALLOW_PRIVATE", "1")
    monkeypatch.setenv("STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("DATA_DIR", raising=False)
    monkeypatch.delenv("INDEX_DIR", raising=False)
    return tmp_path / "state"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


CORPUS_NAMES = {"M.Reshetnikov": "Maxim Reshetnikov"}


def test_cli_imports_every_layout_and_ask_quotes_it(
    page_server: PageServer, folder: Path, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    urls = [page_server.page_url(name) for name in sorted(LAYOUTS)]
    assert main(["import", "--data", str(folder), *urls]) == 0
    out = capsys.readouterr().out
    assert out.count("imported  ") == len(LAYOUTS)
    assert "speakers: Sergey Lavrov" in out and "language: ru" in out and "passages: " in out
    assert 'statements-bot ask "What did' in out

    # Every file the importer wrote loads, with its layout's title, date, link and speakers.
    loaded = load_corpus(folder, workers=1)
    assert not loaded.rejected
    by_title = {d.title: d for d in loaded.documents}
    for name, (title, date, _link, speakers, _q, phrase, speaker) in LAYOUTS.items():
        [doc] = [d for t, d in by_title.items() if t.startswith(title)]
        assert doc.date == date, name
        # A fetched page links to where it was fetched from (not to what it says it is).
        assert doc.source_url == page_server.page_url(name), name
        # Across the corpus one person has one name: the English page spells out the initials
        # the Russian one gives.
        expected = [CORPUS_NAMES.get(s, s) for s in speakers]
        said = [p.speaker for p in doc.passages if p.role != "question"]
        assert list(dict.fromkeys(said)) == expected, name
        speaker = CORPUS_NAMES.get(speaker, speaker)
        assert any(phrase in p.text and p.speaker == speaker for p in doc.passages), name

    # The second command of the README: ask, and the imported page answers.
    assert main(["ask", "--data", str(folder), "--json", "Lavrov river shipping project"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits[0]["speaker"] == "Sergey Lavrov" and "river shipping" in hits[0]["text"]
    assert hits[0]["date"] == "2023-06-14"
    assert hits[0]["source_url"] == page_server.page_url("mid_new_en")


def test_cli_skips_what_was_imported_and_says_so(
    page_server: PageServer, folder: Path, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = page_server.page_url("kremlin_en")
    assert main(["import", "--data", str(folder), url]) == 0
    fetched = page_server.hits["/pages/kremlin_en"]
    before = tree(folder)
    capsys.readouterr()
    # The same link (another spelling of it), then the same text from a saved copy.
    same = url + "/?utm_source=tg#top"
    saved = folder.parent / "copy.html"
    saved.write_bytes(
        (PAGES_DIR / "kremlin_en.html").read_bytes().replace(b"en.kremlin.ru", b"x.org")
    )
    assert main(["import", "--data", str(folder), same, str(saved)]) == 0
    out = capsys.readouterr().out
    assert f"skipped   {same}: already imported (" in out
    assert f"skipped   {saved}: the same text is already imported" in out
    assert tree(folder) == before
    assert page_server.hits["/pages/kremlin_en"] == fetched  # a known link is not fetched again


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/status/404", "HTTP 404 Not Found"),
        ("/status/500", "HTTP 500 Internal Server Error"),
        ("/pdf", "not an HTML page"),
        ("/big", "larger than 8 MB"),
        ("/loop", "redirect loop"),
        ("/hops/5", "too many redirects"),
        ("/no-text", "no statement text"),
        # Link-local stays refused even with IMPORT_ALLOW_PRIVATE (checked before connecting).
        ("/to-private", "169.254.169.254 is a link-local address"),
    ],
)
def test_cli_refuses_bad_pages_with_the_reason_and_writes_nothing(
    page_server: PageServer,
    folder: Path,
    cli_env: Path,
    capsys: pytest.CaptureFixture[str],
    path: str,
    reason: str,
) -> None:
    before = tree(folder)
    url = page_server.url(path)
    good = page_server.page_url("mid_new_ru")
    assert main(["import", "--data", str(folder), url, good]) == 1
    out = capsys.readouterr().out
    assert f"refused   {url}: " in out and reason in out
    assert "imported  " + good in out
    assert len(tree(folder)) == len(before) + 1


def test_cli_refuses_loopback_unless_allowed(
    page_server: PageServer, folder: Path, cli_env: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.delenv("IMPORT_ALLOW_PRIVATE")
    before = tree(folder)
    assert main(["import", "--data", str(folder), page_server.page_url("mid_new_en")]) == 1
    out = capsys.readouterr().out
    assert "127.0.0.1 is a loopback address (set IMPORT_ALLOW_PRIVATE=1 to allow)" in out
    assert tree(folder) == before
    monkeypatch.setenv("IMPORT_ALLOW_PRIVATE", "maybe")
    assert main(["import", "--data", str(folder), page_server.page_url("mid_new_en")]) == 2


def test_cli_saved_files_and_folders(
    folder: Path, cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    for name in ("embassy_mirror", "mid_old_en"):
        shutil.copy(PAGES_DIR / f"{name}.html", saved / f"{name}.HTM")
    (saved / "notes.txt").write_text("not a page")
    single = tmp_path / "one.html"
    shutil.copy(PAGES_DIR / "repost_comments.html", single)
    code = main(
        ["import", "--data", str(folder), str(saved), str(single), str(tmp_path / "missing.html"),
         str(saved / "notes.txt"), "ftp://example.org/x", "http://example.org:99999/"]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    assert out.count("imported  ") == 3
    assert "missing.html: no such file or folder" in out
    assert "notes.txt: not a saved page (.html or .htm)" in out
    assert "ftp://example.org/x: only http and https links" in out
    assert "http://example.org:99999/: not a valid URL" in out
    new = sorted(p.name for p in folder.glob("20*.txt") if not p.name.startswith("2021-03-17"))
    assert [name[:31] for name in new] == [
        "2019-11-20_foreign-minister-ser",
        "2024-04-03_foreign-minister-ser",  # the title's date, not the repost's
        "2024-12-05_foreign-minister-ser",
    ]
    mirror = (folder / new[2]).read_text("utf-8")
    assert mirror.startswith("Foreign Minister Sergey Lavrov’s answers to media questions")


def test_cli_usage_errors(
    cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--data", str(tmp_path / "nowhere"), "https://example.org/"]) == 2
    with pytest.raises(SystemExit) as caught:
        main(["import"])
    assert caught.value.code == 2


async def test_importer_remembers_across_a_restart(
    page_server: PageServer, folder: Path, tmp_path: Path
) -> None:
    state = tmp_path / "state.sqlite3"
    url = page_server.page_url("mid_old_en")
    db = StateDB(state)
    [first] = await Importer(folder, db, allow_private=True).import_urls([url])
    db.close()
    assert first.status == "imported" and first.date == dt.date(2019, 11, 20)
    assert first.speakers == ("Sergey Lavrov",) and first.language == "en"
    assert first.title and first.title.startswith("Foreign Minister") and first.passages >= 3
    db = StateDB(state)
    importer = Importer(folder, db, allow_private=True)
    [again] = await importer.import_urls([url])
    assert again.status == "skipped" and again.file == first.file
    # Deleted on purpose: the link can be imported again.
    (folder / str(first.file)).unlink()
    [third] = await importer.import_urls([url])
    assert third.status == "imported" and third.file == first.file
    db.close()


async def test_a_redirected_link_is_known_by_where_it_led(
    page_server: PageServer, folder: Path
) -> None:
    importer = Importer(folder, StateDB(":memory:"), allow_private=True)
    [direct] = await importer.import_urls([page_server.page_url("mid_new_en")])
    [hops] = await importer.import_urls([page_server.url("/hops/2")])
    assert direct.status == "imported"
    assert hops.status == "skipped" and "redirects to" in (hops.reason or "")


async def test_same_title_and_date_gets_a_new_name_never_overwrites(
    page_server: PageServer, folder: Path
) -> None:
    importer = Importer(folder, StateDB(":memory:"), allow_private=True)
    page = (PAGES_DIR / "kremlin_en.html").read_bytes()
    [one] = [await importer.import_html(page, "a.html")]
    other = page.replace(b"Good. But please", b"Fine. But please")
    two = await importer.import_html(other, "b.html")
    assert one.file == "2023-02-15_meeting-with-government-members.txt"
    assert two.file == "2023-02-15_meeting-with-government-members-2.txt"
    assert b"Good. But" in (folder / one.file).read_bytes()


async def test_imported_files_feed_the_service_reload(
    page_server: PageServer, folder: Path
) -> None:
    service = AnswerService(folder)
    service.reload()
    importer = Importer(folder, StateDB(":memory:"), allow_private=True)
    await importer.import_urls([page_server.page_url("kremlin_en")])
    report = service.reload()
    assert report.documents_added == ("2023-02-15_meeting-with-government-members",)
    hit = service.ask("soft loans for small hotels", k=1).hits[0]
    assert hit.passage.speaker == "Vladimir Putin"


def test_write_new_never_replaces_anything(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("keep")
    (data / "a.txt").symlink_to(outside)  # a planted link at the name the title gives
    (data / "a-2.txt").mkdir()  # and a directory at the next one
    assert write_new(data, "a", b"new") == "a-3.txt"
    assert outside.read_text() == "keep" and (data / "a-3.txt").read_bytes() == b"new"
    assert sorted(p.name for p in data.iterdir()) == ["a-2.txt", "a-3.txt", "a.txt"]
    for bad in ("../x", ".hidden", "", "a/b"):
        with pytest.raises(ValueError):
            write_new(data, bad, b"x")


def test_url_key() -> None:
    assert url_key("https://www.mid.ru/en/news/1/#x") == url_key("http://mid.ru/en/news/1")
    assert url_key("https://mid.ru/a?utm_source=x&b=2&a=1") == url_key("https://mid.ru/a?a=1&b=2")
    assert url_key("https://mid.ru/a/1") != url_key("https://mid.ru/a/2")
    assert url_key("http://example.org:99999/") == "http://example.org:99999/"
