"""The answer service: saved index use, rebuilds, and reloads that never serve less."""

from __future__ import annotations

import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import bot.service
from bot.service import AnswerService, data_key
from retrieval.corpus import CorpusError
from retrieval.passages import Document
from retrieval.search import SearchIndex
from tests.test_indexing import assert_same_index

ICC = "What did Lavrov say about the ICC?"


def test_first_start_builds_and_saves_then_loads(data_dir: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    first = AnswerService(data_dir, index_dir=index_dir)
    report = first.start()
    assert not first.loaded_from_disk and report.documents == 9
    assert (index_dir / "index.json").exists()

    second = AnswerService(data_dir, index_dir=index_dir)
    second.start()
    assert second.loaded_from_disk
    a, b = first.ask(ICC), second.ask(ICC)
    assert [h.passage for h in a.hits] == [h.passage for h in b.hits]
    assert [h.score for h in a.hits] == pytest.approx([h.score for h in b.hits], rel=1e-6)


def test_changed_data_is_rebuilt(data_dir: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    AnswerService(data_dir, index_dir=index_dir).start()
    key = data_key(data_dir)
    victim = next(data_dir.glob("2021-03-17*.txt"))
    victim.write_text(victim.read_text("utf-8").replace("ICC", "Tribunal"), "utf-8")
    assert data_key(data_dir) != key
    service = AnswerService(data_dir, index_dir=index_dir)
    service.start()
    assert not service.loaded_from_disk
    assert not any("ICC" in h.passage.text for h in service.ask("ICC Rome Statute").hits)


@pytest.mark.parametrize("damage", ["manifest", "engine", "passages", "foreign"])
def test_corrupt_saved_index_is_rebuilt_not_trusted(
    data_dir: Path, tmp_path: Path, damage: str
) -> None:
    index_dir = tmp_path / "index"
    AnswerService(data_dir, index_dir=index_dir).start()
    if damage == "manifest":
        (index_dir / "index.json").write_text("{not json")
    elif damage == "engine":
        for f in (index_dir / "engine").iterdir():
            if f.suffix == ".npy":
                f.write_bytes(f.read_bytes()[:-7])
    elif damage == "passages":
        shutil.rmtree(index_dir / "passages")
    else:
        (index_dir / "index.json").write_text('{"format": "someone-else", "key": "x"}')
    service = AnswerService(data_dir, index_dir=index_dir)
    service.start()
    assert not service.loaded_from_disk
    assert service.ask(ICC).hits[0].passage.speaker == "Sergey Lavrov"
    # ...and the rebuilt index was saved again, whole.
    again = AnswerService(data_dir, index_dir=index_dir)
    again.start()
    assert again.loaded_from_disk


def test_reload_keeps_previous_version_of_a_broken_file(data_dir: Path) -> None:
    service = AnswerService(data_dir)
    service.reload()
    before = service.index.passage_ids()
    victim = next(data_dir.glob("2021-03-17*.txt"))
    victim.write_bytes(b"\x00\x01binary now")
    report = service.reload()
    assert victim.stem in report.kept_previous
    assert any(r.name == victim.name for r in report.rejected)
    assert service.index.passage_ids() == before
    assert service.ask(ICC).hits


def test_reload_reports_added_and_removed(data_dir: Path) -> None:
    service = AnswerService(data_dir)
    service.reload()
    gone = next(data_dir.glob("2021-03-17*.txt"))
    gone.unlink()
    report = service.reload()
    assert report.documents_removed == (gone.stem,) and report.passages_removed > 0
    assert report.documents == 8
    (data_dir / gone.name).write_text(
        (Path(__file__).parent.parent / "data" / gone.name).read_text("utf-8"), "utf-8"
    )
    report = service.reload()
    assert report.documents_added == (gone.stem,) and report.passages_added > 0


def test_missing_folder_keeps_serving(data_dir: Path) -> None:
    service = AnswerService(data_dir)
    service.reload()
    shutil.rmtree(data_dir)
    with pytest.raises(CorpusError):
        service.reload()
    assert service.ask(ICC).hits  # the index that served before keeps serving


def test_stats_count_queries(data_dir: Path) -> None:
    service = AnswerService(data_dir)
    service.ask(ICC)
    service.ask("cryptocurrency mining")
    assert service.stats.queries == 2 and service.stats.answered == 1
    assert service.stats.percentile(50) is not None


@dataclass(frozen=True)
class _NotingFactory:
    """Builds the real index and notes the process that built it (picklable: a builder
    process is handed it)."""

    log: Path

    def __call__(self, documents: list[Document], **kwargs: Any) -> SearchIndex:
        with self.log.open("a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
        return SearchIndex(documents, **kwargs)

    def builders(self) -> list[int]:
        return [int(line) for line in self.log.read_text("utf-8").split()]


def test_reload_while_serving_builds_in_another_process(data_dir: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    factory = _NotingFactory(tmp_path / "builders.log")
    service = AnswerService(data_dir, index_dir=index_dir, index_factory=factory)
    service.start()
    before = service.index.passage_ids()
    broken = next(data_dir.glob("2021-03-17*.txt"))
    broken.write_bytes(b"\x00binary now")
    gone = next(data_dir.glob("2016-*.txt"))
    gone.unlink()

    answers: list[int] = []
    report_box: list = []
    worker = threading.Thread(target=lambda: report_box.append(service.reload()))
    worker.start()
    while worker.is_alive():  # questions keep being answered from the old index meanwhile
        answers.append(len(service.ask(ICC).hits))
    worker.join()
    [report] = report_box

    # The first build served no one and ran here; the reload ran in a process of its own.
    first, reload = factory.builders()
    assert first == os.getpid() and reload != os.getpid()
    assert answers and all(n > 0 for n in answers)
    assert service._builder is None and not service.loaded_from_disk
    assert report.kept_previous == (broken.stem,)
    assert report.documents_removed == (gone.stem,)
    assert any(r.name == broken.name for r in report.rejected)
    # The kept document is served as before; the removed one is gone.
    after = service.index.passage_ids()
    assert after < before
    assert service.ask(ICC).hits[0].passage.speaker == "Sergey Lavrov"
    # What the builder saved is what now serves, and a restart loads it as is.
    again = AnswerService(data_dir, index_dir=index_dir)
    again.start()
    assert again.loaded_from_disk and again.index.passage_ids() == after


def test_builder_reports_a_missing_folder(data_dir: Path, tmp_path: Path) -> None:
    service = AnswerService(data_dir, index_dir=tmp_path / "index")
    service.start()
    shutil.rmtree(data_dir)
    with pytest.raises(CorpusError):
        service.reload()
    assert service.ask(ICC).hits


def test_data_key_with_known_digests_matches_a_full_read(data_dir: Path) -> None:
    digests: dict = {}
    full = data_key(data_dir, digests=digests)
    assert len(digests) == len(list(data_dir.glob("*.txt")))
    assert data_key(data_dir, digests=digests) == full == data_key(data_dir)
    victim = next(data_dir.glob("2021-03-17*.txt"))
    victim.write_text(victim.read_text("utf-8") + "\n", "utf-8")  # new size and mtime
    assert data_key(data_dir, digests=digests) == data_key(data_dir) != full


def test_the_service_streams_its_builds_and_they_equal_the_document_build(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    streamed_here: list[Path] = []
    real = bot.service.build_from_folder

    def noting(folder: Path, **kwargs: Any) -> Any:
        streamed_here.append(folder)
        return real(folder, **kwargs)

    monkeypatch.setattr(bot.service, "build_from_folder", noting)
    service = AnswerService(data_dir, index_dir=tmp_path / "streamed")
    documents = AnswerService(data_dir, index_dir=tmp_path / "built", index_factory=SearchIndex)
    service.start()
    documents.start()
    assert streamed_here == [data_dir]  # the first build, here; the other built from documents
    assert_same_index(service.index, documents.index)

    # A reload while serving (in a builder process): a broken file keeps its version.
    broken = next(data_dir.glob("2021-03-17*.txt"))
    broken.write_bytes(b"\x00binary now")
    next(data_dir.glob("2016-*.txt")).unlink()
    report, expected = service.reload(), documents.reload()
    assert report.kept_previous == expected.kept_previous == (broken.stem,)
    assert (report.passages_added, report.passages_removed) == (
        expected.passages_added,
        expected.passages_removed,
    )
    assert_same_index(service.index, documents.index)
