"""Paired versions: which transcripts are one event in two languages, and matching passages.

The paired set (tests/paired/) is written for these tests in the ministry's layouts: five events
in English and Russian (Russian labels, glued dates, a paragraph split differently, one pair
linked by its Source pages, the rest by their content) and three decoys on the same days and
in the same places. The other test transcripts add more same-day decoys.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from retrieval.corpus import load_corpus
from retrieval.passages import Document
from retrieval.search import SavedIndexError, SearchIndex
from retrieval.tokenizer import Analyzer
from retrieval.versions import (
    Versions,
    VersionsFormatError,
    matching_passage,
    pair_documents,
    url_key,
)
from tests.conftest import ROOT, SAMPLE_DIR

PAIRED = ROOT / "tests" / "paired"
OTHERS = (SAMPLE_DIR, ROOT / "tests" / "transcripts", ROOT / "bench" / "eval" / "transcripts")
EVENTS = (
    "2022-09-24_lavrov_unga_news_conference",
    "2023-11-02_zakharova_briefing",
    "2024-04-18_lavrov_interview_arctic",
    "2024-04-18_lavrov_uruguay_news_conference",
    "2025-02-11_lavrov_riyadh_remarks",
)


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(names=True)


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    docs: dict[str, Document] = {}
    for folder in (PAIRED, *OTHERS):
        docs.update((d.id, d) for d in load_corpus(folder).documents)
    return docs


def test_url_key_drops_the_language_part() -> None:
    en = "https://mid.ru/en/foreign_policy/news/1945123/"
    ru = "https://www.mid.ru/ru/foreign_policy/news/1945123/"
    assert url_key(en) == url_key(ru) == "mid.ru/foreign_policy/news/1945123"
    assert url_key("http://en.kremlin.ru/events/president/news/70811") == url_key(
        "http://kremlin.ru/events/president/news/70811"
    )
    assert url_key("https://mid.ru/en/news/1/") != url_key("https://mid.ru/ru/news/2/")
    assert url_key("https://example.org/entry/1") != url_key("https://example.org/en/try/1")
    assert url_key(None) is None and url_key("not a link") is None


def test_every_event_is_paired_and_nothing_else(
    analyzer: Analyzer, documents: dict[str, Document]
) -> None:
    versions = pair_documents(list(documents.values()), analyzer)
    expected = {f"{e}_en": f"{e}_ru" for e in EVENTS}
    found = {a: b for a, b in versions.pairs.items() if versions.languages[a] == "en"}
    assert found == expected
    assert versions.other_language(f"{EVENTS[0]}_en") == "ru"
    assert versions.other_language(f"{EVENTS[0]}_ru") == "en"
    assert versions.how[f"{EVENTS[3]}_en"] == "url"  # the same Source page
    assert versions.how[f"{EVENTS[2]}_en"] == "content"  # different page ids per language


def test_two_events_on_one_day_in_one_place_do_not_cross_pair(
    analyzer: Analyzer, documents: dict[str, Document]
) -> None:
    # Take each event's English version away: its Russian one must not pair with a decoy or
    # with the other event of that day in Moscow.
    for event in EVENTS:
        rest = [d for doc_id, d in documents.items() if doc_id != f"{event}_en"]
        versions = pair_documents(rest, analyzer)
        assert versions.other(f"{event}_ru") is None, event


def test_documents_without_dates_or_in_one_language_are_never_paired(
    analyzer: Analyzer, documents: dict[str, Document]
) -> None:
    en, ru = documents[f"{EVENTS[1]}_en"], documents[f"{EVENTS[1]}_ru"]
    assert not pair_documents([en, dataclasses.replace(ru, date=None)], analyzer).pairs
    assert not pair_documents([en, dataclasses.replace(ru, language="en")], analyzer).pairs


@pytest.mark.parametrize("event", EVENTS)
def test_each_passage_meets_its_translation(
    analyzer: Analyzer, documents: dict[str, Document], event: str
) -> None:
    en, ru = documents[f"{event}_en"], documents[f"{event}_ru"]
    for source, target in ((en, ru), (ru, en)):
        for passage in source.passages:
            match = matching_passage(analyzer, passage, source.passages, target.passages)
            assert match is not None and match.turn == passage.turn, passage.text[:60]


def test_a_paragraph_split_differently_meets_the_passage_holding_it(
    analyzer: Analyzer, documents: dict[str, Document]
) -> None:
    en, ru = (documents[f"2024-04-18_lavrov_interview_arctic_{lang}"] for lang in ("en", "ru"))
    [norway] = [p for p in en.passages if p.text.startswith("Norway remains")]
    match = matching_passage(analyzer, norway, en.passages, ru.passages)
    assert match is not None and "Норвегия остаётся нашим соседом" in match.text


def test_the_pairs_are_saved_with_the_index_and_survive_a_load(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(PAIRED, data)
    index = SearchIndex(load_corpus(data).documents)
    assert len(index.versions.pairs) == 2 * len(EVENTS)
    index.save(tmp_path / "index", "key")
    loaded = SearchIndex.load(tmp_path / "index", "key")
    assert loaded.versions == index.versions
    (tmp_path / "index" / "versions.json").write_text("{not json", "utf-8")
    with pytest.raises(SavedIndexError):
        SearchIndex.load(tmp_path / "index", "key")


def test_a_damaged_or_foreign_pairs_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "versions.json"
    Versions({"a": "b", "b": "a"}, {"a": "en", "b": "ru"}, {"a": "url", "b": "url"}).save(path)
    assert Versions.load(path).other("a") == "b"
    path.write_text('{"format": "something else"}', "utf-8")
    with pytest.raises(VersionsFormatError):
        Versions.load(path)
    path.write_text(
        '{"format": "statements-bot/versions/1", "pairs": {}, "languages": {"a": "de"}, "how": {}}',
        "utf-8",
    )
    with pytest.raises(VersionsFormatError):
        Versions.load(path)
