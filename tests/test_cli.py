"""The command line: ask (text and JSON), index exit codes, usage errors."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import ROOT, SAMPLE_DIR
from tests.trend_corpus import write_trend_corpus

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
    # Grouped as the bot groups them: the document's source line once, then its quotes.
    first, second = out.splitlines()[:2]
    assert first.startswith("17 Mar 2021 · Moscow · Foreign Minister Sergey Lavrov's remarks")
    assert second == "1. Sergey Lavrov (answer)"
    assert out.count("17 Mar 2021 · Moscow") == 1


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


VERIFY_FIELDS = {
    "quote", "verdict", "reason", "quote_words", "matched_words", "cuts", "cut_spans", "passage",
    "passages", "text", "span", "differences", "also",
}  # fmt: skip
PASSAGE_FIELDS = {"id", "speaker", "date", "title", "source_url", "text"}


@pytest.fixture
def quote_data(tmp_path: Path) -> Path:
    data = tmp_path / "d"
    data.mkdir()
    for f in (ROOT / "tests" / "verify_transcripts").glob("*.txt"):
        (data / f.name).write_bytes(f.read_bytes())
    return data


def test_verify_json_contract(capsys: pytest.CaptureFixture[str], quote_data: Path) -> None:
    quote = "We will never tolerate attempts to dictate to us from abroad how we should live."
    assert main(["verify", "--data", str(quote_data), "--json", quote]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == VERIFY_FIELDS
    assert out["verdict"] == "close" and out["quote"] == quote
    passage = out["passage"]
    assert set(passage) >= PASSAGE_FIELDS
    assert passage["speaker"] == "Sergey Lavrov" and passage["date"] == "2019-04-12"
    assert passage["source_url"].startswith("https://example.invalid/")
    assert [(d["kind"], d["quote"], d["passage"]) for d in out["differences"]] == [
        ("replaced", "tolerate", "accept"),
        ("replaced", "abroad", "outside"),
    ]
    assert out["text"] == passage["text"] and out["passages"] == [passage]
    for d in out["differences"]:
        assert quote[slice(*d["quote_span"])] == d["quote"]
        assert out["text"][slice(*d["passage_span"])] == d["passage"]
    start, end = out["span"]
    assert passage["text"][start:end].endswith("how we should live")

    assert main(["verify", "--data", str(quote_data), "--json", "Grain prices rose sharply"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == "not_found" and out["passage"] is None and out["differences"] == []
    assert out["passages"] == [] and out["text"] is None

    # A quote that runs into the next paragraph: both passages, positions in their joined text.
    across = "at the United Nations. This is not a new debate. For years we have proposed"
    assert main(["verify", "--data", str(quote_data), "--json", across]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == "exact" and len(out["passages"]) == 2
    assert out["passage"] == out["passages"][0]
    assert out["text"] == "\n\n".join(p["text"] for p in out["passages"])
    start, end = out["span"]
    assert (
        out["text"][start:end]
        == "at the United Nations.\n\nThis is not a new debate. For years we have proposed"
    )


def test_verify_text(capsys: pytest.CaptureFixture[str], quote_data: Path) -> None:
    assert main(["verify", "--data", str(quote_data), "расширение НАТО на восток не усилит"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("≈ Close: 1 word differs")
    assert "не [укрепит] ничью" in out and "“усилит” instead of “укрепит”" in out
    assert "8 Oct 2020 · Москва" in out


def test_trend_writes_png_and_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    write_trend_corpus(data)
    png, table = tmp_path / "chart.png", tmp_path / "counts.csv"
    argv = ["trend", "--data", str(data), "grain,", "uranium", "--png", str(png)]
    assert main([*argv, "--csv", str(table)]) == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    rows = list(csv.DictReader(table.read_text("utf-8").splitlines()))
    assert len(rows) == 2 * 24 and rows[0]["period"] == "2020-01"
    uranium = [int(r["mentions"]) for r in rows if r["term"] == "uranium"]
    assert sum(uranium) == 2
    for row in rows:
        base, count = int(row["passages"]), int(row["mentions"])
        assert float(row["per_1000"]) == pytest.approx(1000 * count / base if base else 0, abs=0.01)
    out = capsys.readouterr().out
    assert "“uranium”: 2 passages" in out and "First: " in out

    missing = tmp_path / "none.png"
    assert main(["trend", "--data", str(data), "cryptocurrency", "--png", str(missing)]) == 1
    assert "No passage in the" in capsys.readouterr().out and not missing.exists()


def test_trend_and_verify_usage_errors_exit_2(tmp_path: Path) -> None:
    for argv in (["trend", "sanctions"], ["verify"], ["trend", "--png", "x.png"]):
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
