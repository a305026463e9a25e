"""The streaming build gives exactly the index that building from parsed documents gives:
the same passages (ids, speakers after unification), terms, scores and paired versions."""

from __future__ import annotations

import mmap
import pickle
import shutil
from itertools import chain
from pathlib import Path

import numpy as np
import pytest

from retrieval import corpus, indexing
from retrieval.indexing import Packer, Vocabulary, build_from_folder, pack_document
from retrieval.passages import passage_id
from retrieval.search import SearchIndex, document_terms
from retrieval.spelling_variants import customary_first_name
from retrieval.tokenizer import Analyzer
from retrieval.versions import _document_keys, turn_speakers
from tests.conftest import EVAL_TRANSCRIPTS, ROOT

SAMPLE_DATA = ROOT / "data"
TRANSCRIPTS = ROOT / "tests" / "transcripts"
LAYOUTS = TRANSCRIPTS / "layouts"
PAIRED = ROOT / "tests" / "paired"


def assert_same_index(streamed: SearchIndex, built: SearchIndex) -> None:
    """Every stored column, document record, term, posting and derived array is equal."""
    a, b = streamed.store, built.store
    assert sorted(a._c) == sorted(b._c)
    for name, column in b._c.items():
        assert a._c[name].dtype == column.dtype, name
        assert np.array_equal(a._c[name], column), name
    assert a._documents == b._documents
    assert a.speakers == b.speakers
    x, y = streamed.engine, built.engine
    assert x._terms == y._terms
    for name in ("_indptr", "_doc_ids", "_tfs", "_doc_lengths", "_idf", "_norms", "_bounds"):
        assert getattr(x, name).dtype == getattr(y, name).dtype, name
        assert np.array_equal(getattr(x, name), getattr(y, name)), name
    assert np.array_equal(x._impacts, y._impacts)
    assert x.average_idf == y.average_idf and x.avgdl == y.avgdl
    for term in y._terms[:: max(1, len(y._terms) // 50)]:
        assert np.array_equal(x.get_scores([term]), y.get_scores([term])), term
    assert streamed.versions == built.versions


def build_both(folder: Path, **kwargs: object) -> tuple[SearchIndex, SearchIndex]:
    """The streamed index of a folder, and the one built from its loaded documents."""
    streamed, rejected, kept = build_from_folder(folder, **kwargs)  # type: ignore[arg-type]
    loaded = corpus.load_corpus(folder)
    assert rejected == loaded.rejected and kept == ()
    return streamed, SearchIndex(loaded.documents)


def _copies(folder: Path, n_copies: int) -> int:
    """Distinct variants of the evaluation transcripts (enough for the worker pool)."""
    sources = sorted(EVAL_TRANSCRIPTS.glob("*.txt"))
    for i in range(n_copies):
        for source in sources:
            text = source.read_text("utf-8")
            cut = text.index(". ", len(text) // 3)
            (folder / f"{source.stem}_{i:02d}.txt").write_text(
                f"{text[:cut]} (copy {i}){text[cut:]}", "utf-8"
            )
    return n_copies * len(sources)


@pytest.mark.parametrize(
    "folder",
    [SAMPLE_DATA, EVAL_TRANSCRIPTS, TRANSCRIPTS, LAYOUTS, PAIRED],
    ids=["sample", "eval", "transcripts", "layouts", "paired"],
)
def test_streamed_build_equals_building_from_documents(folder: Path) -> None:
    streamed, built = build_both(folder)
    assert_same_index(streamed, built)
    question = "What did Lavrov say about the International Criminal Court?"
    assert streamed.search(question) == built.search(question)


def test_versions_are_paired_as_from_documents(tmp_path: Path) -> None:
    # The paired events among same-day decoys from the other test transcripts.
    for folder in (PAIRED, SAMPLE_DATA, TRANSCRIPTS, EVAL_TRANSCRIPTS):
        for source in folder.glob("*.txt"):
            shutil.copy(source, tmp_path / source.name)
    streamed, built = build_both(tmp_path)
    assert_same_index(streamed, built)
    assert set(streamed.versions.how.values()) == {"url", "content"}
    assert len(streamed.versions.pairs) == 10  # five events, each in two languages


def test_what_pairing_reads_of_a_packed_document() -> None:
    analyzer = Analyzer(names=True)
    documents = [d for f in (PAIRED, TRANSCRIPTS) for d in corpus.load_corpus(f).documents]
    with indexing._Spool() as spool:
        packed = [spool.take(spool.receive(pack_document(d, analyzer))) for d in documents]
        keys = indexing._SpooledKeys(spool, analyzer)
        for document, spooled in zip(documents, packed, strict=True):
            assert keys(spooled) == _document_keys(analyzer, document), document.id
            assert indexing._turn_speakers(spooled) == turn_speakers(document.passages)
            assert spooled.language == document.language and spooled.place == document.place
            assert spooled.source_url == document.source_url


def test_each_vocabulary_is_received_in_packing_order_duplicates_too() -> None:
    analyzer, vocabulary = Analyzer(names=True), Vocabulary()
    documents = corpus.load_corpus(EVAL_TRANSCRIPTS).documents[:3]
    first, skipped, last = (pack_document(d, analyzer, vocabulary=vocabulary) for d in documents)
    expected = list(chain.from_iterable(document_terms(documents[2], analyzer)))
    assert set(skipped.new_terms) & set(expected)  # the last one uses terms it brought
    with indexing._Spool() as spool:
        with pytest.raises(RuntimeError, match="before one packed earlier"):
            spool.receive(skipped)
        spool.take(spool.receive(first))
        spool.receive(skipped)  # a duplicate: received, never taken
        spool.take(spool.receive(last))
        terms = list(spool.ids)
        assert [terms[i] for i in spool.tokens_of(last.id).tolist()] == expected


def _page(title: str, *turns: str) -> str:
    return "\n\n".join((title, *turns))


def test_speakers_are_unified_as_from_documents(tmp_path: Path) -> None:
    ask = "How was the year for the country and for the government, in your own words?"
    answer = "Hard, but we coped with all the main tasks that were set for this year."
    # One page names the interviewer by his initials only, another spells him out.
    (tmp_path / "a.txt").write_text(
        _page(
            "Интервью Дмитрия Медведева, Москва, 5 мая 2020 года",
            "В.Дроздовский: Каким был этот год для страны и для правительства?",
            "Д.Медведев: Трудным, но мы справились со всеми главными задачами.",
            "В.Дроздовский: Каким был этот год для страны и для правительства?",
        ),
        "utf-8",
    )
    (tmp_path / "b.txt").write_text(
        _page(
            "Interview of Dmitry Medvedev, Moscow, May 5, 2021",
            f"Viktor Drozdovsky: {ask}",
            f"Dmitry Medvedev: {answer}",
        ),
        "utf-8",
    )
    # Two people are "S. Petrov": the initials stay as they are.
    for name, date in (("Sergey Petrov", "May 6, 2021"), ("Stanislav Petrov", "May 7, 2021")):
        (tmp_path / f"{name.split()[0].lower()}.txt").write_text(
            _page(
                f"Interview of Dmitry Medvedev, Moscow, {date}",
                f"{name}: {ask}",
                f"Dmitry Medvedev: {answer}",
            ),
            "utf-8",
        )
    (tmp_path / "c.txt").write_text(
        _page(
            "Interview of Dmitry Medvedev, Moscow, May 8, 2021",
            f"S.Petrov: {ask}",
            f"Dmitry Medvedev: {answer}",
        ),
        "utf-8",
    )
    streamed, built = build_both(tmp_path)
    assert_same_index(streamed, built)
    speakers: dict[str, list[str]] = {}
    for passage in streamed.passages:
        speakers.setdefault(passage.doc_id, []).append(passage.speaker)
    assert speakers["a"] == ["Viktor Drozdovsky", "Dmitry Medvedev", "Viktor Drozdovsky"]
    assert speakers["c"] == ["S.Petrov", "Dmitry Medvedev"]
    ids = [p.id for p in streamed.passages]
    assert len(ids) == len(set(ids))  # the question asked twice: its second occurrence
    unified = [p for p in streamed.passages if p.doc_id == "a"]
    assert unified[0].id == passage_id(
        unified[0].title, unified[0].date, "Viktor Drozdovsky", unified[0].text
    )


def test_streamed_build_in_worker_processes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    n = _copies(tmp_path, corpus.PARALLEL_MIN_FILES // 8 + 1)
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01")
    shutil.copy(tmp_path / sorted(p.name for p in tmp_path.glob("*_00.txt"))[0], tmp_path / "z.txt")
    files: list[tuple[int, int]] = []
    streamed, rejected, _ = build_from_folder(
        tmp_path, workers=2, parse_progress=lambda d, t: files.append((d, t))
    )
    loaded = corpus.load_corpus(tmp_path, workers=1)
    assert_same_index(streamed, SearchIndex(loaded.documents))
    assert rejected == loaded.rejected
    assert [r.name for r in rejected] == ["broken.txt", "z.txt"]  # binary; a duplicate
    assert len(streamed.store._documents) == n
    assert files[-1] == (n + 2, n + 2)
    assert "worker processes failed" not in caplog.text  # the pool ran, no fallback


def test_a_broken_file_keeps_its_previous_version(tmp_path: Path) -> None:
    for source in sorted(EVAL_TRANSCRIPTS.glob("*.txt"))[:4]:
        shutil.copy(source, tmp_path / source.name)
    before, _, _ = build_from_folder(tmp_path)
    victim = sorted(tmp_path.glob("*.txt"))[1]
    victim.write_bytes(b"\xff\xfe not utf-8")
    after, rejected, kept = build_from_folder(tmp_path, previous=before)
    assert [r.name for r in rejected] == [victim.name]
    assert kept == (victim.stem,)
    assert_same_index(after, before)


def test_packer_travels_without_its_analyzer() -> None:
    packer = Packer(question_in_all=False)
    packer(corpus.load_corpus(SAMPLE_DATA).documents[0])  # makes its analyzer
    copy = pickle.loads(pickle.dumps(packer))
    assert copy.question_in_all is False and copy._analyzer is None
    # Each process numbers its own terms: a copy starts a vocabulary of its own.
    assert packer.vocabulary.ids and not copy.vocabulary.ids
    assert copy.vocabulary.source != packer.vocabulary.source


def test_streamed_texts_stay_in_a_file_and_save_whole(tmp_path: Path) -> None:
    # The texts of a streamed build are mapped from a file (the build's memory does not hold
    # them); saving writes them slice by slice and lets each slice's pages go, so the saved
    # index must still hold every byte, and loading it must answer as the build did.
    streamed, built = build_both(PAIRED)
    blob = streamed.store._c["text_blob"]
    assert isinstance(blob.base, memoryview) and isinstance(blob.base.obj, mmap.mmap)
    streamed.save(tmp_path / "index", "key")
    loaded = SearchIndex.load(tmp_path / "index", "key")
    assert np.array_equal(loaded.store._c["text_blob"], built.store._c["text_blob"])
    assert [p.text for p in loaded.store] == [p.text for p in built.store]
    question = "What did Lavrov say about the International Criminal Court?"
    assert loaded.search(question) == built.search(question)
    # Still readable after the save let the pages go.
    assert bytes(blob) == bytes(built.store._c["text_blob"])


def test_a_folder_of_no_passages_builds_and_saves(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    index, rejected, kept = build_from_folder(tmp_path / "data")
    assert len(index.store) == 0 and rejected == () and kept == ()
    index.save(tmp_path / "index", "key")
    assert len(SearchIndex.load(tmp_path / "index", "key").store) == 0


def test_one_spelling_per_person_as_from_documents(tmp_path: Path) -> None:
    ask = "What do you expect from the new government in Berlin, Mr Ambassador?"
    answer = "We expect nothing, but we remain open to dialogue when they are ready for it."
    # Someone outside the speaker table, spelt three ways by three English pages: one spelling
    # is shown for all, as most pages write him ("Nikolai Fedorov"). The table's own name wins
    # over a page's spelling.
    pages = {
        "a": ("Nikolai Fyodorov", "May 5, 2021", "Dmitriy Peskov"),
        "b": ("Nikolay Fedorov", "May 6, 2021", "Dmitry Peskov"),
        "c": ("Nikolai Fedorov", "May 7, 2021", "Dmitriy Peskov"),
        "d": ("Nikolai Fedorov", "May 8, 2021", "Dmitriy Peskov"),
    }
    for stem, (name, date, other) in pages.items():
        (tmp_path / f"{stem}.txt").write_text(
            _page(f"Interview of {name}, Moscow, {date}", f"Question: {ask}", f"{name}: {answer}")
            + f"\n\n{other}: We have nothing to add to what the ambassador said on {date}.\n",
            "utf-8",
        )
    streamed, built = build_both(tmp_path)
    assert_same_index(streamed, built)
    speakers = {p.doc_id: [] for p in streamed.passages}
    for passage in streamed.passages:
        speakers[passage.doc_id].append(passage.speaker)
    assert all(names[1:] == ["Nikolai Fedorov", "Dmitry Peskov"] for names in speakers.values())
    ids = [p.id for p in streamed.passages]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("spellings", "shown"),
    [
        # Used as often: the speaker table's customs for the surname ("e" for "ё", "x"); the
        # Russian first name of someone outside the table and diplomacy as English news
        # spells it ("Nikolai", "Alexei", "Yuri").
        (("Nikolai Fyodorov", "Nikolay Fedorov"), "Nikolai Fedorov"),
        (("Aleksei Ivanov", "Alexey Ivanov"), "Alexei Ivanov"),
        (("Yuri Nikitin", "Yury Nikitin", "Yuriy Nikitin"), "Yuri Nikitin"),
        # The surname as most pages write it ("Semenov").
        (("Nikolay Semenov", "Nikolai Semenov", "Nikolai Semyonov"), "Nikolai Semenov"),
        (("Nikolay Semenov", "Nikolai Semyonov"), "Nikolai Semenov"),
    ],
)
def test_the_spelling_shown_between_spellings_used_as_often(
    spellings: tuple[str, ...], shown: str
) -> None:
    renames = corpus.speaker_renames(spellings)
    assert {renames.get(name, name) for name in spellings} == {shown}
    # A diplomat's, as the Foreign Ministry spells it ("Nikolay", "Alexey", "Yury").
    ministry = corpus.speaker_renames(spellings, diplomats=spellings)
    assert {ministry.get(name, name) for name in spellings} == {customary_first_name(shown)}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sergey Ivanov", "Sergey Ivanova"),
        ("Pavel Nikitin", "Pavel Nikitina"),
        ("Li Qiang", "Li Xiang"),
    ],
)
def test_names_that_differ_beyond_spelling_stay_apart(one: str, other: str) -> None:
    renames = corpus.speaker_renames((one, other))
    assert renames.get(one, one) != renames.get(other, other)


@pytest.mark.parametrize(
    ("spellings", "shown"),
    [
        # A Russian page's Cyrillic, transliterated by Russian rules, and the person's own
        # spelling on an English page: one person, shown in his own spelling.
        (("Zhoel Machadu", "Joel Machado"), "Joel Machado"),
        (("Tiagu Ribeyru", "Tiago Ribeiro"), "Tiago Ribeiro"),
        (("Dzhennifer Morales", "Jennifer Morales"), "Jennifer Morales"),
    ],
)
def test_a_foreign_name_from_cyrillic_joins_its_own_spelling(
    spellings: tuple[str, ...], shown: str
) -> None:
    renames = corpus.speaker_renames(spellings)
    assert {renames.get(name, name) for name in spellings} == {shown}


def test_three_names_alike_across_scripts_stay_apart() -> None:
    # With a third name the looser key cannot tell which two are one person.
    assert corpus.speaker_renames(("Zhoel Machadu", "Joel Machado", "Joel Machadu")) == {}


def test_one_foreign_minister_on_a_russian_and_an_english_page(tmp_path: Path) -> None:
    (tmp_path / "ru.txt").write_text(
        _page(
            "Интервью министра иностранных дел Португалии Жоэла Мачаду газете «Известия», "
            "12 мая 2024 года",
            "Вопрос: Как вы оцениваете переговоры в Москве?",
            "Жоэл Мачаду: Мы оцениваем переговоры как трудные, но полезные для обеих сторон.",
        ),
        "utf-8",
    )
    (tmp_path / "en.txt").write_text(
        _page(
            "Interview of Portuguese Foreign Minister Joel Machado, May 20, 2024",
            "Question: How did the talks in Lisbon go?",
            "Joel Machado: The talks were hard, but we found common ground on fisheries.",
        ),
        "utf-8",
    )
    streamed, built = build_both(tmp_path)
    assert_same_index(streamed, built)
    assert {p.speaker for p in streamed.passages} == {"Question", "Joel Machado"}


def test_initials_of_two_letters_join_the_full_name_they_begin() -> None:
    from retrieval.corpus import speaker_renames

    renames = speaker_renames(["Yu.N.Klimenko", "Yury Klimenko", "Ya.Petrov", "Yury Petrov"])
    assert renames["Yu.N.Klimenko"] == "Yury Klimenko"
    assert "Ya.Petrov" not in renames  # Yan or Yakov, not Yuri


def test_a_russian_first_name_is_shown_by_the_ministrys_custom_for_diplomats() -> None:
    from retrieval.corpus import speaker_renames

    names = ["Yuri Orlov", "Sergei Belov", "Elena Gomez", "Sergei Lavrov", "Sergey Popov"]
    # Diplomats (speakers of pages on diplomacy): as the Ministry spells them.
    renames = speaker_renames(names, diplomats={"Yuri Orlov", "Sergei Belov"})
    assert renames["Yuri Orlov"] == "Yury Orlov"
    assert renames["Sergei Belov"] == "Sergey Belov"
    assert renames["Sergei Lavrov"] == "Sergey Lavrov"  # the table's own name
    assert "Elena Gomez" not in renames  # a name other languages share stays as written
    # Anyone else: as English news spells him, even where an English page (his company's
    # site) writes him otherwise ("Alexei Miller", not "Alexey").
    assert renames["Sergey Popov"] == "Sergei Popov"
    assert speaker_renames(names, written={"Sergey Popov"})["Sergey Popov"] == "Sergei Popov"
    # A diplomat is shown as an English page writes him ("Sergei Kuznetsov" in TASS's English).
    assert "Sergey Popov" not in speaker_renames(
        names, written={"Sergey Popov"}, diplomats={"Sergey Popov"}
    )
    # A first name the news spells no way of its own keeps the English page's spelling.
    assert "Evgeny Popov" not in speaker_renames(["Evgeny Popov"], written={"Evgeny Popov"})
