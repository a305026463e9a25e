"""Watches: standing queries a chat follows, run against what each corpus change adds.

A watch is any query the bot understands. After every change of the corpus the new passages
are searched for it by the same rules as a question (:meth:`CorpusChange.search`), and what
answers it is queued for the chat: at most :data:`PASSAGES_PER_CHANGE` at once, the rest held
behind a "More" button. A watch on a speaker alone gets one message per new document in which
that person speaks.

Everything here is durable and Telegram-free (the bot's delivery is ``bot/alerts.py``):

* ``watches``: the chat, the query as typed, what it was understood as, when it last fired;
* ``watch_hits``: every passage a watch has matched, so none is ever sent twice to it, not
  after a restart nor after a reload that re-reads the same file (passage ids are content
  hashes);
* ``watch_outbox``: messages found and not yet delivered: a restart resumes them;
* ``watch_corpus``: the documents already evaluated, so transcripts that arrived while the bot
  was down (``statements-bot index``, a crash after a reload) are evaluated at the next start.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.config import DEFAULT_MAX_WATCHES
from bot.service import CorpusChange
from bot.statedb import StateDB
from retrieval.query import ParsedQuery, QuerySyntaxError
from retrieval.search import NoAnswer, SearchIndex

__all__ = [
    "PASSAGES_PER_CHANGE",
    "Evaluation",
    "Kind",
    "Outgoing",
    "Understood",
    "Watch",
    "WatchLimitReached",
    "WatchQueryError",
    "WatchStore",
    "evaluate",
    "understand",
]

logger = logging.getLogger(__name__)

#: Passages (or, for a speaker watch, documents) sent at once per watch per change; the rest
#: wait behind a "More" button (the issue's figure: a big import must not flood a chat).
PASSAGES_PER_CHANGE = 3
#: Matches one watch may collect from one change (its "More" pages): one per document of the
#: issue's 50-document import for a speaker watch; a broad word watch stops at 17 pages.
MAX_MATCHES_PER_CHANGE = 50
#: SQLite's bound on variables in one statement is 32766 in current builds, 999 in old ones.
_CHUNK = 900

_SCHEMA = """
CREATE TABLE IF NOT EXISTS watches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id INTEGER NOT NULL,
    query TEXT NOT NULL,
    summary TEXT NOT NULL,
    created_by INTEGER,
    created_at REAL NOT NULL,
    last_fired REAL
);
CREATE INDEX IF NOT EXISTS watches_by_chat ON watches (chat_id);
CREATE TABLE IF NOT EXISTS watch_hits (
    watch_id INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
    passage_id TEXT NOT NULL,
    change_no INTEGER NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    -- 0: held behind a More button, 1: queued in the outbox, 2: sent
    state INTEGER NOT NULL,
    highlights TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (watch_id, passage_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS watch_hits_held ON watch_hits (watch_id, change_no, state, position);
CREATE TABLE IF NOT EXISTS watch_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    watch_id INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
    chat_id INTEGER NOT NULL,
    change_no INTEGER NOT NULL,
    kind TEXT NOT NULL,
    passages TEXT NOT NULL,
    held INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS watch_corpus (doc_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS watch_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""

_HELD, _QUEUED, _SENT = 0, 1, 2

Spans = tuple[tuple[int, int], ...]
#: A match: a passage id and where the watch's words are in its text.
Found = tuple[str, Spans]


class Kind:
    """How a watch's finds are shown."""

    QUOTES = "quotes"  # up to three quotes in one message
    SPEAKER = "speaker"  # one message per document the speaker speaks in


class WatchQueryError(ValueError):
    """A query that cannot be watched; ``reason`` says which rule it broke.

    Attributes:
        reason: ``"date"`` (alerts look forward), ``"no_terms"`` (nothing to look for) or
            ``"bad_query"`` (a filter we cannot honour; ``detail`` says why).
        detail: The query parser's explanation, for ``bad_query``.
    """

    DATE, NO_TERMS, BAD_QUERY = "date", "no_terms", "bad_query"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


class WatchLimitReached(RuntimeError):
    """The chat already holds the most watches allowed."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"a chat may hold {limit} watches")
        self.limit = limit


@dataclass(frozen=True, slots=True)
class Watch:
    """One watch, as stored."""

    id: int
    chat_id: int
    query: str
    summary: str
    created_by: int | None
    created_at: float
    last_fired: float | None
    sent: int = 0


@dataclass(frozen=True, slots=True)
class Understood:
    """What a watch's query asks for, read against the serving index."""

    parsed: ParsedQuery
    topic: tuple[str, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message waiting in the outbox.

    Attributes:
        id: Outbox row.
        watch_id: The watch that found it.
        chat_id: Where it goes.
        change_no: The change it came from (names the "More" page).
        kind: :class:`Kind`.
        passages: ``(passage id, highlight spans)`` pairs, best first.
        held: Matches of the same change behind the "More" button.
        attempts: Failed deliveries so far.
        summary: The watch's description, for the message's heading.
    """

    id: int
    watch_id: int
    chat_id: int
    change_no: int
    kind: str
    passages: tuple[Found, ...]
    held: int
    attempts: int
    summary: str


@dataclass(frozen=True, slots=True)
class Evaluation:
    """What one evaluation of every watch against one change did."""

    new_passages: int
    watches: int
    matched_watches: int
    messages: int
    held: int
    seconds: float
    skipped: tuple[tuple[int, str], ...] = field(default=())


def understand(index: SearchIndex, query: str) -> Understood:
    """Read a watch's query the way a question is read, and check it can be watched.

    Raises:
        WatchQueryError: A date filter (alerts look forward), an unknown speaker or other bad
            filter, or nothing to look for (neither words nor a speaker).
    """
    try:
        parsed = index.parse(query)
    except QuerySyntaxError as exc:
        raise WatchQueryError(WatchQueryError.BAD_QUERY, str(exc)) from None
    if parsed.date_from or parsed.date_to:
        raise WatchQueryError(WatchQueryError.DATE)
    topic = index.topic_words(parsed)
    if topic:
        return Understood(parsed, topic, Kind.QUOTES)
    if parsed.speakers and not parsed.questions:
        return Understood(parsed, (), Kind.SPEAKER)
    raise WatchQueryError(WatchQueryError.NO_TERMS)


def _spans(value: object) -> Spans:
    """Highlight spans back from JSON; anything malformed shows no highlights, not an error."""
    try:
        return tuple((int(a), int(b)) for a, b in value)  # type: ignore[attr-defined]
    except (ValueError, TypeError):
        return ()


class WatchStore:
    """Watches and what they have found, in the bot's shared state file.

    Args:
        db: The shared :class:`StateDB`.
        max_per_chat: Watches one chat may hold (``MAX_WATCHES``).
    """

    def __init__(self, db: StateDB, max_per_chat: int = DEFAULT_MAX_WATCHES) -> None:
        self.db = db
        self.max_per_chat = max_per_chat
        db.ensure_schema(_SCHEMA)

    # --- watches ------------------------------------------------------------------------------

    @staticmethod
    def _watch(row: sqlite3.Row) -> Watch:
        keys = row.keys()
        return Watch(
            id=row["id"],
            chat_id=row["chat_id"],
            query=row["query"],
            summary=row["summary"],
            created_by=row["created_by"],
            created_at=row["created_at"],
            last_fired=row["last_fired"],
            sent=row["sent"] if "sent" in keys else 0,
        )

    def add(
        self, chat_id: int, query: str, summary: str, created_by: int | None = None
    ) -> tuple[Watch, bool]:
        """Add a watch; the same query twice in one chat gives back the first one.

        Returns:
            The watch and whether it is new.

        Raises:
            WatchLimitReached: The chat already holds ``max_per_chat`` watches.
        """
        with self.db.transaction() as conn:
            same = conn.execute(
                "SELECT * FROM watches WHERE chat_id = ? AND query = ?", (chat_id, query)
            ).fetchone()
            if same is not None:
                return self._watch(same), False
            count = conn.execute(
                "SELECT count(*) FROM watches WHERE chat_id = ?", (chat_id,)
            ).fetchone()[0]
            if count >= self.max_per_chat:
                raise WatchLimitReached(self.max_per_chat)
            cursor = conn.execute(
                "INSERT INTO watches (chat_id, query, summary, created_by, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (chat_id, query, summary, created_by, time.time()),
            )
            row = conn.execute("SELECT * FROM watches WHERE id = ?", (cursor.lastrowid,)).fetchone()
        return self._watch(row), True

    def get(self, watch_id: int) -> Watch | None:
        rows = self.db.query("SELECT * FROM watches WHERE id = ?", (watch_id,))
        return self._watch(rows[0]) if rows else None

    def of_chat(self, chat_id: int) -> list[Watch]:
        """A chat's watches, oldest first."""
        rows = self.db.query("SELECT * FROM watches WHERE chat_id = ? ORDER BY id", (chat_id,))
        return [self._watch(r) for r in rows]

    def remove(self, chat_id: int, watch_id: int) -> Watch | None:
        """Remove one of the chat's watches (with its history); None if it has no such watch."""
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT * FROM watches WHERE id = ? AND chat_id = ?", (watch_id, chat_id)
            ).fetchone()
            if row is None:
                return None
            conn.execute("DELETE FROM watches WHERE id = ?", (watch_id,))
        return self._watch(row)

    def drop_chat(self, chat_id: int) -> int:
        """Remove every watch of a chat (it blocked the bot or is gone); how many there were."""
        return self.db.execute("DELETE FROM watches WHERE chat_id = ?", (chat_id,))

    def move_chat(self, old_chat_id: int, new_chat_id: int) -> int:
        """A group became a supergroup: its watches follow it to the new id."""
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE watch_outbox SET chat_id = ? WHERE chat_id = ?", (new_chat_id, old_chat_id)
            )
            return conn.execute(
                "UPDATE watches SET chat_id = ? WHERE chat_id = ?", (new_chat_id, old_chat_id)
            ).rowcount

    def overview(self) -> list[Watch]:
        """Every watch with how many passages it has sent, by chat (the admin's view)."""
        rows = self.db.query(
            "SELECT w.*, (SELECT count(*) FROM watch_hits h"
            " WHERE h.watch_id = w.id AND h.state = ?) AS sent"
            " FROM watches w ORDER BY w.chat_id, w.id",
            (_SENT,),
        )
        return [self._watch(r) for r in rows]

    def counts(self) -> dict[str, int]:
        """Totals for the admin's view."""
        one = self.db.query(
            "SELECT (SELECT count(*) FROM watches) AS watches,"
            " (SELECT count(DISTINCT chat_id) FROM watches) AS chats,"
            " (SELECT count(*) FROM watch_hits WHERE state = ?) AS sent,"
            " (SELECT count(*) FROM watch_hits WHERE state = ?) AS held,"
            " (SELECT count(*) FROM watch_outbox) AS outbox",
            (_SENT, _HELD),
        )[0]
        return {key: int(one[key]) for key in ("watches", "chats", "sent", "held", "outbox")}

    # --- the corpus already evaluated ---------------------------------------------------------

    def known_documents(self) -> set[str] | None:
        """Documents already evaluated; None before the first evaluation ever."""
        if not self.db.query("SELECT 1 FROM watch_meta WHERE key = 'corpus'"):
            return None
        return {r[0] for r in self.db.query("SELECT doc_id FROM watch_corpus")}

    @staticmethod
    def _record_corpus(conn: sqlite3.Connection, documents: Iterable[str]) -> None:
        known = {r[0] for r in conn.execute("SELECT doc_id FROM watch_corpus")}
        current = set(documents)
        gone = ((d,) for d in known - current)
        conn.executemany("DELETE FROM watch_corpus WHERE doc_id = ?", gone)
        conn.executemany("INSERT INTO watch_corpus VALUES (?)", ((d,) for d in current - known))
        conn.execute("INSERT OR REPLACE INTO watch_meta VALUES ('corpus', '1')")

    def record_corpus(self, documents: Iterable[str]) -> None:
        """Remember these documents as evaluated (the first start: nothing is new yet)."""
        with self.db.transaction() as conn:
            self._record_corpus(conn, documents)

    # --- the outbox ---------------------------------------------------------------------------

    def outbox(self, limit: int = 500, after: int = 0) -> list[Outgoing]:
        """Undelivered messages, oldest first."""
        rows = self.db.query(
            "SELECT o.*, w.summary FROM watch_outbox o JOIN watches w ON w.id = o.watch_id"
            " WHERE o.id > ? ORDER BY o.id LIMIT ?",
            (after, limit),
        )
        return [
            Outgoing(
                id=r["id"],
                watch_id=r["watch_id"],
                chat_id=r["chat_id"],
                change_no=r["change_no"],
                kind=r["kind"],
                passages=tuple((str(p), _spans(spans)) for p, spans in json.loads(r["passages"])),
                held=r["held"],
                attempts=r["attempts"],
                summary=r["summary"],
            )
            for r in rows
        ]

    def delivered(self, item: Outgoing) -> None:
        """The message arrived: it leaves the outbox, its passages count as sent."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM watch_outbox WHERE id = ?", (item.id,))
            conn.executemany(
                "UPDATE watch_hits SET state = ? WHERE watch_id = ? AND passage_id = ?",
                ((_SENT, item.watch_id, pid) for pid, _ in item.passages),
            )
            conn.execute(
                "UPDATE watches SET last_fired = ? WHERE id = ?", (time.time(), item.watch_id)
            )

    def discard(self, item: Outgoing) -> None:
        """Give up on a message; its passages stay claimed, so they are never sent later."""
        self.db.execute("DELETE FROM watch_outbox WHERE id = ?", (item.id,))

    def failed(self, item: Outgoing) -> int:
        """Count a failed attempt; returns the attempts so far."""
        self.db.execute("UPDATE watch_outbox SET attempts = attempts + 1 WHERE id = ?", (item.id,))
        return item.attempts + 1

    # --- "More" -------------------------------------------------------------------------------

    def take_held(
        self, watch_id: int, change_no: int, n: int = PASSAGES_PER_CHANGE
    ) -> tuple[str, list[Found], int]:
        """The next ``n`` matches held behind a "More" button, now counted as sent.

        Returns:
            The kind, the ``(passage id, highlights)`` pairs, and how many are still held.
        """
        with self.db.transaction() as conn:
            rows = conn.execute(
                "SELECT passage_id, kind, highlights FROM watch_hits"
                " WHERE watch_id = ? AND change_no = ? AND state = ? ORDER BY position",
                (watch_id, change_no, _HELD),
            ).fetchall()
            taken = rows[:n]
            conn.executemany(
                "UPDATE watch_hits SET state = ? WHERE watch_id = ? AND passage_id = ?",
                ((_SENT, watch_id, r["passage_id"]) for r in taken),
            )
            if taken:
                conn.execute(
                    "UPDATE watches SET last_fired = ? WHERE id = ?", (time.time(), watch_id)
                )
        kind = taken[0]["kind"] if taken else Kind.QUOTES
        found = [(r["passage_id"], _spans(json.loads(r["highlights"]))) for r in taken]
        return kind, found, len(rows) - len(taken)

    # --- evaluation ---------------------------------------------------------------------------

    def all(self) -> list[Watch]:
        return [self._watch(r) for r in self.db.query("SELECT * FROM watches ORDER BY id")]

    def record_finds(
        self,
        finds: dict[int, tuple[str, list[Found]]],
        watches: dict[int, Watch],
        documents: Iterable[str],
    ) -> tuple[int, int, int]:
        """Write one evaluation atomically: hits, outbox, and the corpus it saw.

        A passage a watch has matched before is dropped here, inside the transaction, so no
        passage is ever queued twice for one watch. Returns (watches, messages, held).
        """
        matched = messages = held_total = 0
        with self.db.transaction() as conn:
            last = conn.execute("SELECT value FROM watch_meta WHERE key = 'change'").fetchone()
            change_no = (int(last[0]) if last else 0) + 1
            conn.execute("INSERT OR REPLACE INTO watch_meta VALUES ('change', ?)", (change_no,))
            alive = {r[0] for r in conn.execute("SELECT id FROM watches")}
            seen = self._seen(conn, [pid for _, found in finds.values() for pid, _ in found])
            for watch_id, (kind, found) in finds.items():
                if watch_id not in alive:  # removed while the change was evaluated
                    continue
                fresh = [(p, h) for p, h in found if (watch_id, p) not in seen]
                if not fresh:
                    continue
                matched += 1
                now, rest = fresh[:PASSAGES_PER_CHANGE], fresh[PASSAGES_PER_CHANGE:]
                conn.executemany(
                    "INSERT INTO watch_hits VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        (watch_id, p, change_no, i, kind, _QUEUED if i < len(now) else _HELD,
                         json.dumps(h))
                        for i, (p, h) in enumerate(fresh)
                    ),
                )  # fmt: skip
                groups = [now] if kind == Kind.QUOTES else [[one] for one in now]
                for number, group in enumerate(groups, 1):
                    conn.execute(
                        "INSERT INTO watch_outbox (watch_id, chat_id, change_no, kind, passages,"
                        " held) VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            watch_id,
                            watches[watch_id].chat_id,
                            change_no,
                            kind,
                            json.dumps([[p, h] for p, h in group]),
                            len(rest) if number == len(groups) else 0,
                        ),
                    )
                messages += len(groups)
                held_total += len(rest)
            self._record_corpus(conn, documents)
        return matched, messages, held_total

    @staticmethod
    def _seen(conn: sqlite3.Connection, passage_ids: Sequence[str]) -> set[tuple[int, str]]:
        unique = sorted(set(passage_ids))
        seen: set[tuple[int, str]] = set()
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            seen.update(
                (r[0], r[1])
                for r in conn.execute(
                    f"SELECT watch_id, passage_id FROM watch_hits WHERE passage_id IN ({marks})",
                    chunk,
                )
            )
        return seen


def _find(change: CorpusChange, watch: Watch) -> tuple[str, list[Found]] | None:
    """What one watch finds among a change's new passages, best first (None: it is unreadable
    against this corpus, e.g. its speaker is gone)."""
    try:
        understood = understand(change.index, watch.query)
    except WatchQueryError:
        return None
    if understood.kind == Kind.SPEAKER:
        firsts = change.first_passages_by_document(understood.parsed)
        return Kind.SPEAKER, [(p.id, ()) for p in firsts[:MAX_MATCHES_PER_CHANGE]]
    result = change.search(understood.parsed, k=MAX_MATCHES_PER_CHANGE)
    if result.reason not in (None, NoAnswer.NO_MATCH):
        return Kind.QUOTES, []
    # A joined hit is its passages: each is recorded (never sent twice) with its own spans.
    pieces = [piece for h in result.hits for piece in h.pieces()]
    return Kind.QUOTES, [(piece.passage.id, piece.highlights) for piece in pieces]


def evaluate(store: WatchStore, change: CorpusChange) -> Evaluation:
    """Run every watch against a change's new passages and queue what they find.

    The documents the change's index holds are recorded as evaluated in the same transaction,
    so an evaluation either happens whole or is repeated in full at the next start.
    """
    started = time.perf_counter()
    watches = {w.id: w for w in store.all()}
    finds: dict[int, tuple[str, list[Found]]] = {}
    skipped: list[tuple[int, str]] = []
    if change.passages:
        for watch in watches.values():
            found = _find(change, watch)
            if found is None:
                skipped.append((watch.id, watch.query))
            elif found[1]:
                finds[watch.id] = found
    matched, messages, held = store.record_finds(finds, watches, change.documents)
    evaluation = Evaluation(
        new_passages=change.passages,
        watches=len(watches),
        matched_watches=matched,
        messages=messages,
        held=held,
        seconds=time.perf_counter() - started,
        skipped=tuple(skipped),
    )
    if change.passages:
        logger.info(
            "watches: %d new passages, %d watches, %d matched, %d messages queued"
            " (%d more matches held) in %.2fs",
            evaluation.new_passages,
            evaluation.watches,
            evaluation.matched_watches,
            evaluation.messages,
            evaluation.held,
            evaluation.seconds,
        )
    return evaluation
