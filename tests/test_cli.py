"""The command line: ask (text and JSON), index exit codes, usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import ROOT, SAMPLE_DIR

HIT_FIELDS = {
    "id", "doc", "title", "date", "place", "speaker", "role", "text", "score",
    "in_reply_to", "highlights",
}  # fmt: skip


def test_ask_json_contract(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    for f in SAMPLE_DIR.glob("*.txt"):
        (data / f.name).write_bytes(f.read_bytes())
    assert main(["ask", "--data", str(data), "--json", "What did Lavrov say about the ICC?"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["query"] == "What did Lavrov say about the ICC?"
    assert len(out["hits"]) == 3
    first = out["hits"][0]
    assert set(first) >= HIT_FIELDS
    assert first["speaker"] == "Sergey Lavrov" and first["role"] == "answer"
    assert first["date"] == "2021-03-17" and first["place"] == "Moscow"
    for start, end in first["highlights"]:
        assert first["text"][start:end] == "ICC"

    assert main(["ask", "--data", str(data), "--json", "-k", "1", "cryptocurrency"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"] == []


def test_ask_text_reads_like_an_answer(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["ask", "--data", str(SAMPLE_DIR), "ICC"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. Sergey Lavrov (answer)")
    assert "17 Mar 2021 · Moscow" in out


def test_index_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    for f in SAMPLE_DIR.glob("*.txt"):
        (data / f.name).write_bytes(f.read_bytes())
    assert main(["index", "--quiet", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "documents: 1" in out and "passages:" in out and "speakers:  2" in out
    (data / "empty.txt").write_bytes(b"")
    assert main(["index", "--quiet", "--data", str(data)]) == 1
    out = capsys.readouterr().out
    assert "rejected:  empty.txt:" in out and "documents: 1" in out
    assert main(["index", "--data", str(tmp_path / "missing")]) == 2


def test_usage_errors_exit_2() -> None:
    for argv in (["ask"], ["bogus"], ["ask", "-k", "0", "x"], []):
        proc = subprocess.run(
            [sys.executable, "-m", "bot.cli", *argv], capture_output=True, cwd=ROOT, timeout=60
        )
        assert proc.returncode == 2, argv


def test_watches_lists_every_chat(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from bot.config import index_dir_from_env, state_dir_from_env
    from bot.statedb import STATE_FILE_NAME, StateDB
    from bot.watches import WatchStore

    data = tmp_path / "d"
    data.mkdir()
    assert main(["watches", "--data", str(data)]) == 0
    assert "no watches" in capsys.readouterr().out
    db = StateDB(state_dir_from_env(index_dir_from_env(data)) / STATE_FILE_NAME)
    store = WatchStore(db)
    store.add(5, "What did Lavrov say about the ICC?", "Sergey Lavrov · ICC")
    store.add(-100600, "speaker:zakharova", "Maria Zakharova")
    db.close()
    assert main(["watches", "--data", str(data)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("#2  chat -100600  sent 0  last fired never  Maria Zakharova")
    assert "#1  chat 5" in lines[1] and "[What did Lavrov say about the ICC?]" in lines[1]
    assert lines[-1].startswith("2 watches in 2 chats; passages sent: 0")
