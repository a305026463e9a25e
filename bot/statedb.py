"""The bot's own durable state: one SQLite file (WAL) shared by every feature that must remember.

Feeds remember what they have seen, watches what they have sent, users their language. Each
feature owns its tables and creates them with :meth:`StateDB.ensure_schema`; this module only
owns the file: where it lives, how it is opened, and what happens when it is damaged (set aside
with a logged warning and a fresh one made: a broken state file never stops the bot starting).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["STATE_FILE_NAME", "StateDB", "default_state_dir"]

logger = logging.getLogger(__name__)

STATE_FILE_NAME = "state.sqlite3"
#: A writer waits this long for another connection's lock before giving up (seconds).
_BUSY_TIMEOUT_S = 10.0


def default_state_dir(index_dir: Path) -> Path:
    """Beside the index folder, never inside it: a reload swaps the index folder whole."""
    return index_dir.parent / ".state"


class StateDB:
    """A thread-safe handle on the state file; every call is one short transaction.

    Args:
        path: The SQLite file (its folder is created), or ``":memory:"`` for a throwaway store.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        if self.path == ":memory:":
            return self._connect(":memory:")
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = self._connect(path)
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                conn.close()
                raise sqlite3.DatabaseError("quick_check failed")
            return conn
        except sqlite3.DatabaseError as exc:
            aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
            logger.warning("state file %s is damaged (%s): set aside as %s", path, exc, aside.name)
            for suffix in ("", "-wal", "-shm"):
                part = path.with_name(path.name + suffix)
                if part.exists():
                    part.replace(aside.with_name(aside.name + suffix))
            return self._connect(path)

    @staticmethod
    def _connect(target: Path | str) -> sqlite3.Connection:
        conn = sqlite3.connect(
            target, timeout=_BUSY_TIMEOUT_S, check_same_thread=False, isolation_level=None
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    def ensure_schema(self, ddl: str) -> None:
        """Run a feature's ``CREATE TABLE IF NOT EXISTS …`` script (idempotent)."""
        with self._lock:
            self._conn.executescript(ddl)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: committed on success, rolled back on any exception."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> int:
        """Run one statement in its own transaction; returns the number of rows changed."""
        with self.transaction() as conn:
            return conn.execute(sql, params).rowcount

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        with self.transaction() as conn:
            return conn.executemany(sql, rows).rowcount

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            self._conn.close()
