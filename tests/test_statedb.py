"""The shared state file: survives reopening, rolls back failed work, and a damaged file never
stops start-up."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from bot.config import settings_from_env
from bot.statedb import STATE_FILE_NAME, StateDB

DDL = "CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, n INTEGER NOT NULL);"


def test_rows_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "s" / STATE_FILE_NAME
    db = StateDB(path)
    db.ensure_schema(DDL)
    assert db.execute("INSERT INTO seen VALUES (?, ?)", ("a", 1)) == 1
    db.close()
    again = StateDB(path)
    again.ensure_schema(DDL)
    assert [tuple(r) for r in again.query("SELECT key, n FROM seen")] == [("a", 1)]
    assert again.query("PRAGMA journal_mode")[0][0] == "wal"


def test_a_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    db = StateDB(tmp_path / STATE_FILE_NAME)
    db.ensure_schema(DDL)
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO seen VALUES ('b', 2)")
        raise RuntimeError("half-way")
    assert db.query("SELECT count(*) FROM seen")[0][0] == 0


def test_a_damaged_file_is_set_aside(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / STATE_FILE_NAME
    path.write_bytes(b"this is not a database" * 100)
    with caplog.at_level(logging.WARNING):
        db = StateDB(path)
    db.ensure_schema(DDL)
    db.execute("INSERT INTO seen VALUES ('c', 3)")
    assert any("damaged" in r.getMessage() for r in caplog.records)
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")


def test_memory_store_works_without_a_folder() -> None:
    db = StateDB(":memory:")
    db.ensure_schema(DDL)
    db.execute("INSERT INTO seen VALUES ('d', 4)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO seen VALUES ('d', 5)")


def test_state_dir_defaults_beside_the_index(tmp_path: Path) -> None:
    env = {"TELEGRAM_BOT_TOKEN": "1:abc", "DATA_DIR": str(tmp_path)}
    assert settings_from_env(env).state_dir == tmp_path / ".state"
    env["STATE_DIR"] = str(tmp_path / "elsewhere")
    assert settings_from_env(env).state_dir == tmp_path / "elsewhere"
