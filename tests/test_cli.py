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
    assert "not found:" not in out  # the sample gives its title, date and every speaker
    (data / "empty.txt").write_bytes(b"")
    assert main(["index", "--quiet", "--data", str(data)]) == 1
    out = capsys.readouterr().out
    assert "rejected:  empty.txt:" in out and "documents: 1" in out


def test_index_lists_what_each_page_does_not_say(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    # A repost that starts with a turn: no title, no date; loaded, and reported.
    (data / "repost.txt").write_text(
        "Sergey Lavrov: We have agreed on the schedule of consultations for next year.\n\n"
        "Nobody labelled this paragraph, and no title says whose words it holds, so its speaker "
        "is not known.\n",
        encoding="utf-8",
    )
    assert main(["index", "--quiet", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "documents: 1" in out and "rejected:" not in out
    assert "not found: repost: title, date\n" in out
    assert main(["index", "--data", str(tmp_path / "missing")]) == 2


def test_usage_errors_exit_2() -> None:
    for argv in (["ask"], ["bogus"], ["ask", "-k", "0", "x"], []):
        proc = subprocess.run(
            [sys.executable, "-m", "bot.cli", *argv], capture_output=True, cwd=ROOT, timeout=60
        )
        assert proc.returncode == 2, argv
