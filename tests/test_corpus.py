"""Tests for retrieval.corpus: loading a folder, rejecting each bad file with its reason."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

import retrieval.corpus as corpus
from retrieval.corpus import (
    CorpusError,
    LoadedCorpus,
    Rejected,
    load_corpus,
    load_transcript,
    load_transcript_bytes,
)
from retrieval.transcript import TranscriptError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "2021-03-17_lavrov_ashkenazi_moscow_news_conference.txt"
TRANSCRIPTS = Path(__file__).resolve().parent / "transcripts"


def reasons(loaded: LoadedCorpus) -> dict[str, str]:
    return {r.name: r.reason for r in loaded.rejected}


def test_load_transcript_uses_the_stem_as_id() -> None:
    document = load_transcript(SAMPLE)
    assert document.id == SAMPLE.stem
    assert document.date == dt.date(2021, 3, 17)


def test_load_transcript_accepts_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SAMPLE.read_bytes())
    with_bom, plain = load_transcript(path), load_transcript(SAMPLE)
    assert with_bom.title == plain.title
    assert [p.text for p in with_bom.passages] == [p.text for p in plain.passages]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\n\t ", "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b"Title\n\nText\x00\x01\x02", "binary file"),
        (bytes(range(1, 32)) * 20, "binary file"),
        ("Заголовок\n\nТекст".encode("cp1251"), "not UTF-8 (byte 0xc7 at offset 0)"),
        (b"\xef\xbb\xbfAb\xff", "not UTF-8 (byte 0xff at offset 5)"),
        (b"Just a title line", "not a transcript"),
    ],
)
def test_load_transcript_rejections(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(TranscriptError) as caught:
        load_transcript(path)
    assert str(caught.value).startswith(reason)


def test_oversize_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    shutil.copy(SAMPLE, path)
    monkeypatch.setattr(corpus, "MAX_FILE_BYTES", 1000)
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", spy)
    with pytest.raises(TranscriptError, match=r"too large \(\d+ bytes; the limit is 1000\)"):
        load_transcript(path)
    assert opened == []


def test_load_transcript_bytes_checks_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    data = SAMPLE.read_bytes()
    document = load_transcript_bytes(data, "upload", "https://example.org/page")
    assert (document.id, document.source_url) == ("upload", "https://example.org/page")
    with pytest.raises(TranscriptError, match="not UTF-8"):
        load_transcript_bytes("Брифинг".encode("cp1251"), "upload")
    monkeypatch.setattr(corpus, "MAX_FILE_BYTES", 100)
    with pytest.raises(TranscriptError, match="too large"):
        load_transcript_bytes(data, "upload")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(TranscriptError, match="unreadable"):
        load_transcript(tmp_path / "nope.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(TranscriptError, match="not a regular file"):
        load_transcript(tmp_path / "dir.txt")


@pytest.fixture
def messy_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(SAMPLE, data / "a_sample.txt")
    shutil.copy(TRANSCRIPTS / "ru_lavrov_press.txt", data / "b_russian.txt")
    shutil.copy(TRANSCRIPTS / "en_unknown_opening.txt", data / "c_undated.txt")
    (data / "d_empty.txt").write_bytes(b"")
    (data / "e_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (data / "f_cp1251.txt").write_bytes("Брифинг\n\nВопрос: Да?".encode("cp1251"))
    (data / "g_oversize.txt").write_bytes(b"x" * 10_001)
    shutil.copy(SAMPLE, data / "h_duplicate.txt")
    outside = tmp_path / "outside.txt"
    shutil.copy(TRANSCRIPTS / "en_one_line.txt", outside)
    (data / "i_link_out.txt").symlink_to(outside)
    (data / "j_link_in.txt").symlink_to(data / "b_russian.txt")  # a duplicate, via a link
    (data / "k_broken_link.txt").symlink_to(tmp_path / "gone.txt")
    (data / ".hidden.txt").write_bytes(b"\x00")
    (data / "notes.md").write_text("not a transcript")
    (data / "l_dir.txt").mkdir()
    monkeypatch.setattr(corpus, "MAX_FILE_BYTES", 10_000)  # the sample is ~8.5 kB
    return data


def test_load_corpus_loads_good_files_and_names_every_bad_one(messy_folder: Path) -> None:
    loaded = load_corpus(messy_folder)
    # Sorted by date (undated first), then id.
    assert [d.id for d in loaded.documents] == ["c_undated", "a_sample", "b_russian"]
    got = reasons(loaded)
    assert got.pop("d_empty.txt") == "empty file"
    assert got.pop("e_binary.txt").startswith("binary file")
    assert got.pop("f_cp1251.txt").startswith("not UTF-8 (byte 0xc1 at offset 0)")
    assert got.pop("g_oversize.txt").startswith("too large")
    assert got.pop("h_duplicate.txt") == "duplicate of a_sample.txt"
    assert got.pop("i_link_out.txt") == "symlink points outside the data folder"
    assert got.pop("j_link_in.txt") == "duplicate of b_russian.txt"
    assert got.pop("k_broken_link.txt") == "symlink points outside the data folder"
    assert got.pop("l_dir.txt") == "not a regular file"
    assert got == {}  # hidden files and other extensions are not even looked at
    assert [r.name for r in loaded.rejected] == sorted(r.name for r in loaded.rejected)


def test_unreadable_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    shutil.copy(SAMPLE, path)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod does not stop reading")
        loaded = load_corpus(tmp_path)
        assert loaded.documents == ()
        assert loaded.rejected == (Rejected("secret.txt", loaded.rejected[0].reason),)
        assert loaded.rejected[0].reason.startswith("unreadable")
    finally:
        path.chmod(0o644)


def test_read_error_is_rejected_as_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(SAMPLE, tmp_path / "a.txt")
    shutil.copy(SAMPLE, tmp_path / "b.txt")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", deny)
    loaded = load_corpus(tmp_path)
    assert [d.id for d in loaded.documents] == ["b"]
    assert reasons(loaded) == {"a.txt": "unreadable: Permission denied"}


def test_a_parser_bug_rejects_one_file_not_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(SAMPLE, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text("Boom title\n\nSome text that explodes the parser.")
    real = corpus.parse_transcript

    def fragile(text: str, doc_id: str, source_url: str | None = None) -> object:
        if doc_id == "b":
            raise RuntimeError("bug")
        return real(text, doc_id, source_url)

    monkeypatch.setattr(corpus, "parse_transcript", fragile)
    loaded = load_corpus(tmp_path)
    assert [d.id for d in loaded.documents] == ["a"]
    assert reasons(loaded) == {"b.txt": "could not be parsed (RuntimeError)"}


def test_load_corpus_requires_a_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=str(tmp_path / "missing")):
        load_corpus(tmp_path / "missing")
    file = tmp_path / "file.txt"
    file.write_text("x")
    with pytest.raises(CorpusError, match="not a directory"):
        load_corpus(file)


def test_empty_folder_is_an_empty_corpus(tmp_path: Path) -> None:
    assert load_corpus(tmp_path) == LoadedCorpus(documents=(), rejected=())


def test_bundled_data_folder_loads_cleanly() -> None:
    loaded = load_corpus(ROOT / "data")
    assert loaded.rejected == ()
    assert SAMPLE.stem in {d.id for d in loaded.documents}


def test_our_test_transcripts_all_load() -> None:
    loaded = load_corpus(TRANSCRIPTS)
    assert loaded.rejected == ()
    assert len(loaded.documents) == len(list(TRANSCRIPTS.glob("*.txt")))
    dates = [d.date or dt.date.min for d in loaded.documents]
    assert dates == sorted(dates)


def test_one_name_per_person_across_the_corpus(tmp_path: Path) -> None:
    # One page names the interviewer by initials only, another gives his full name.
    (tmp_path / "a.txt").write_text(
        "Интервью Дмитрия Медведева, Москва, 5 мая 2020 года\n\n"
        "С.Брилёв: Каким был этот год для страны и для правительства?\n\n"
        "Д.Медведев: Трудным, но мы справились со всеми главными задачами.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Interview of Dmitry Medvedev, Moscow, May 5, 2021\n\n"
        "Sergey Brilev: How was the year for the country and for the government?\n\n"
        "Dmitry Medvedev: Hard, but we coped with all the main tasks.",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Interview of Dmitry Medvedev, Moscow, May 5, 2022\n\n"
        "K.Ivanov: How was the year for the country and for the government?\n\n"
        "Dmitry Medvedev: Hard, but we coped with all the main tasks again.",
        encoding="utf-8",
    )
    loaded = load_corpus(tmp_path)
    speakers = {d.id: [p.speaker for p in d.passages] for d in loaded.documents}
    assert speakers["a"] == speakers["b"] == ["Sergey Brilev", "Dmitry Medvedev"]
    assert speakers["c"] == ["K.Ivanov", "Dmitry Medvedev"]  # nobody spells him out
    ids = [p.id for d in loaded.documents for p in d.passages]
    assert len(ids) == len(set(ids))
