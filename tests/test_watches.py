"""Watches without Telegram: what a query is understood as, evaluation against new passages,
never twice, the More pages, the outbox and the corpus already evaluated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.keyboards import WatchCallback, decode_watch
from bot.service import AnswerService, ReloadReport
from bot.statedb import STATE_FILE_NAME, StateDB
from bot.watch_formatting import describe_watch
from bot.watches import (
    PASSAGES_PER_CHANGE,
    Kind,
    WatchLimitReached,
    WatchQueryError,
    WatchStore,
    evaluate,
    understand,
)
from tests.conftest import ROOT

WATCH_DIR = ROOT / "tests" / "transcripts" / "watch"
KRILL = WATCH_DIR / "2026-02-12_zakharova_briefing_moscow.txt"
BAKU = WATCH_DIR / "2026-02-19_lavrov_press_conference_baku.txt"
LIGHTHOUSES = WATCH_DIR / "2026-03-05_lavrov_interview_lighthouses.txt"
JOINED = (
    ROOT / "tests" / "transcripts" / "joined_quotes" / "2026-03-18_ryabkov_inspections_story.txt"
)


@pytest.fixture
def service(data_dir: Path) -> AnswerService:
    service = AnswerService(data_dir)
    service.reload()
    return service


@pytest.fixture
def store() -> WatchStore:
    return WatchStore(StateDB(":memory:"))


def watch(store: WatchStore, service: AnswerService, query: str, chat: int = 1) -> int:
    understood = understand(service.index, query)
    added, new = store.add(chat, query, describe_watch(understood), created_by=chat)
    assert new
    return added.id


def add_and_reload(service: AnswerService, *paths: Path) -> ReloadReport:
    for path in paths:
        shutil.copy(path, service.data_dir / path.name)
    return service.reload()


def run(store: WatchStore, service: AnswerService, report: ReloadReport | None = None):  # type: ignore[no-untyped-def]
    known = store.known_documents()
    if known is None:
        known = service.index.document_ids()
    ids = report.added_passage_ids if report else ()
    return evaluate(store, service.corpus_change(ids, known))


def texts_of(service: AnswerService, store: WatchStore) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for item in store.outbox():
        for pid, _ in item.passages:
            passage = service.passage(pid)
            assert passage is not None
            out.setdefault(item.watch_id, []).append(passage.text)
    return out


@pytest.mark.parametrize(
    ("query", "kind", "summary"),
    [
        ("What did Lavrov say about the ICC?", Kind.QUOTES, "Sergey Lavrov · ICC"),
        ("International Criminal Court sanctions", Kind.QUOTES,
         "International Criminal Court sanctions"),
        ("Zakharova", Kind.SPEAKER, "Maria Zakharova"),
        ("speaker:zakharova lang:en", Kind.SPEAKER, "Maria Zakharova · in English"),
        ("what did Zakharova say", Kind.SPEAKER, "Maria Zakharova"),
        ('"Rome Statute" -Libya', Kind.QUOTES, "“Rome Statute” · without Libya"),
        ("what the journalist asked about visas", Kind.QUOTES, "journalists' questions · visas"),
        ("санкции lang:ru", Kind.QUOTES, "санкции · in Russian"),
    ],
)  # fmt: skip
def test_a_query_is_understood_as_a_question_is(
    service: AnswerService, query: str, kind: str, summary: str
) -> None:
    understood = understand(service.index, query)
    assert understood.kind == kind
    assert describe_watch(understood) == summary


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("Lavrov ICC in 2021", WatchQueryError.DATE),
        ("sanctions from:2020-01-01", WatchQueryError.DATE),
        ("speaker:smith sanctions", WatchQueryError.BAD_QUERY),
        ("what did he say", WatchQueryError.NO_TERMS),
        ("speaker:question", WatchQueryError.NO_TERMS),
    ],
)
def test_queries_that_cannot_be_watched(service: AnswerService, query: str, reason: str) -> None:
    with pytest.raises(WatchQueryError) as caught:
        understand(service.index, query)
    assert caught.value.reason == reason


def test_only_new_passages_fire_and_never_twice(service: AnswerService, store: WatchStore) -> None:
    krill = watch(store, service, "krill fishery")
    icc = watch(store, service, "What did Lavrov say about the ICC?")  # an old topic
    first = run(store, service)
    assert first.messages == 0 and store.known_documents() == service.index.document_ids()

    report = add_and_reload(service, KRILL, BAKU)
    evaluation = run(store, service, report)
    assert evaluation.new_passages == len(report.added_passage_ids) == 13
    found = texts_of(service, store)
    assert list(found) == [krill] and icc not in found
    [text] = found[krill]
    assert "catch limits for krill" in text

    # The same change again, or a reload of the same files: nothing.
    assert run(store, service, report).messages == 0
    assert run(store, service, service.reload()).messages == 0
    assert len(store.outbox()) == 1
    # Even if every document counted as new again, the krill passage is not queued again.
    evaluate(store, service.corpus_change((), ()))
    assert len(texts_of(service, store)[krill]) == 1


def test_three_at_once_and_the_rest_behind_more(service: AnswerService, store: WatchStore) -> None:
    lights = watch(store, service, "lighthouses")
    run(store, service)
    run(store, service, add_and_reload(service, LIGHTHOUSES))
    [item] = store.outbox()
    assert len(item.passages) == PASSAGES_PER_CHANGE and item.held == 2
    assert all(spans for _, spans in item.passages)  # the matched words, for underlining
    kind, more, still_held = store.take_held(lights, item.change_no)
    assert kind == Kind.QUOTES and len(more) == 2 and still_held == 0
    assert {pid for pid, _ in more}.isdisjoint(pid for pid, _ in item.passages)
    assert store.take_held(lights, item.change_no)[1] == []
    assert store.counts()["held"] == 0


def test_a_quote_of_two_neighbouring_passages_is_recorded_as_both(
    service: AnswerService, store: WatchStore
) -> None:
    # The lead and the quote under it answer as one quote (search joins them); the watch
    # records each stored passage with the spans of its own text, so neither comes again.
    watch(store, service, "Ryabkov on equal notice for inspections under the arms treaty")
    run(store, service)
    run(store, service, add_and_reload(service, JOINED))
    [item] = store.outbox()
    marked = {}
    for pid, spans in item.passages:
        passage = service.passage(pid)
        assert passage is not None
        assert all(0 <= a < b <= len(passage.text) for a, b in spans)
        marked[passage.text] = {passage.text[a:b] for a, b in spans}
    [lead] = [words for text, words in marked.items() if "cannot resume" in text]
    [quote] = [words for text, words in marked.items() if "equal notice" in text]
    assert "treaty" in lead and "notice" in quote


def test_a_speaker_watch_gets_each_document_they_speak_in(
    service: AnswerService, store: WatchStore, tmp_path: Path
) -> None:
    zakharova = watch(store, service, "speaker:zakharova")
    run(store, service)
    second = tmp_path / "2026-02-26_zakharova_briefing_moscow.txt"
    second.write_text(
        KRILL.read_text("utf-8")
        .replace("February 12, 2026", "February 26, 2026")
        .replace("12 February 2026", "26 February 2026")
        .replace("Paraguay", "Uruguay"),
        "utf-8",
    )
    run(store, service, add_and_reload(service, KRILL, BAKU, second))
    items = store.outbox()
    assert [i.kind for i in items] == [Kind.SPEAKER, Kind.SPEAKER]
    firsts = [service.passage(i.passages[0][0]) for i in items]
    assert [p.doc_id for p in firsts if p] == [KRILL.stem, second.stem]
    assert all(p and p.speaker == "Maria Zakharova" and p.paragraph == 0 for p in firsts)
    assert {i.watch_id for i in items} == {zakharova}
    rest = service.speaker_in_document(items[0].passages[0][0])
    assert len(rest) == 5 and {p.speaker for p in rest} == {"Maria Zakharova"}


def test_documents_the_bot_has_not_seen_are_caught_up(
    service: AnswerService, store: WatchStore
) -> None:
    watch(store, service, "krill")
    run(store, service)
    # Added while the bot was down: no reload report names its passages.
    shutil.copy(KRILL, service.data_dir / KRILL.name)
    fresh = AnswerService(service.data_dir)
    fresh.reload()
    assert run(store, fresh).messages == 1
    assert run(store, fresh).messages == 0


def test_delivery_bookkeeping(service: AnswerService, store: WatchStore) -> None:
    krill = watch(store, service, "krill")
    run(store, service)
    run(store, service, add_and_reload(service, KRILL))
    [item] = store.outbox()
    assert store.get(krill).last_fired is None  # type: ignore[union-attr]
    store.delivered(item)
    assert store.outbox() == [] and store.get(krill).last_fired  # type: ignore[union-attr]
    assert store.counts() == {"watches": 1, "chats": 1, "sent": 1, "held": 0, "outbox": 0}
    [row] = store.overview()
    assert row.sent == 1


def test_limits_duplicates_and_ownership(store: WatchStore) -> None:
    small = WatchStore(store.db, max_per_chat=2)
    first, new = small.add(1, "ICC", "ICC")
    assert new
    assert small.add(1, "ICC", "ICC") == (first, False)
    small.add(1, "NATO", "NATO")
    with pytest.raises(WatchLimitReached):
        small.add(1, "sanctions", "sanctions")
    other, _ = small.add(2, "sanctions", "sanctions")
    assert small.remove(1, other.id) is None  # another chat's watch
    assert small.remove(2, other.id) == other
    assert small.move_chat(1, -1001) == 2 and small.of_chat(1) == []
    assert small.drop_chat(-1001) == 2 and small.of_chat(-1001) == []


def test_a_watch_removed_while_evaluating_is_skipped(
    service: AnswerService, store: WatchStore
) -> None:
    krill = watch(store, service, "krill")
    run(store, service)
    report = add_and_reload(service, KRILL)
    change = service.corpus_change(report.added_passage_ids, store.known_documents() or ())
    store.remove(1, krill)
    assert evaluate(store, change).messages == 0
    assert store.outbox() == []


def test_dropping_a_chat_removes_its_history_and_outbox(
    service: AnswerService, store: WatchStore
) -> None:
    watch(store, service, "krill", chat=5)
    run(store, service)
    run(store, service, add_and_reload(service, KRILL))
    assert store.counts()["outbox"] == 1
    assert store.drop_chat(5) == 1
    assert store.counts() == {"watches": 0, "chats": 0, "sent": 0, "held": 0, "outbox": 0}


def test_watches_survive_reopening_the_state_file(service: AnswerService, tmp_path: Path) -> None:
    path = tmp_path / STATE_FILE_NAME
    store = WatchStore(StateDB(path))
    krill = watch(store, service, "krill")
    run(store, service)
    run(store, service, add_and_reload(service, KRILL))
    [item] = store.outbox()
    store.delivered(item)
    store.db.close()

    again = WatchStore(StateDB(path))
    assert [w.id for w in again.of_chat(1)] == [krill]
    assert again.known_documents() == service.index.document_ids()
    assert run(again, service, service.reload()).messages == 0
    again.db.close()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("wu:12", WatchCallback("unwatch", watch_id=12)),
        ("wm:12:7", WatchCallback("more", watch_id=12, change_no=7)),
        ("wr:0a1b2c3d4e5f", WatchCallback("rest", passage_id="0a1b2c3d4e5f")),
        ("wu:", None),
        ("wu:12:3", None),
        ("wu:²", None),
        ("wm:12", None),
        ("wm:-1:2", None),
        ("wm:1:٣", None),
        ("wr:../etc", None),
        ("wu:" + "9" * 19, None),
        ("wr:" + "a" * 70, None),
        (None, None),
    ],
)
def test_alert_buttons_decode_only_what_we_send(data: str | None, expected: object) -> None:
    assert decode_watch(data) == expected
