"""Two neighbouring passages of one turn that both answer are shown as one quote.

A wire story's lead says what the minister spoke about and the quote under it says the
detail: a question naming both ("Ryabkov on equal notice for treaty inspections") is answered
by the two paragraphs together, not by one of them first and the other second. The pages in
tests/transcripts/joined_quotes/ are ours, in the layouts of an agency's story and of a
ministry interview whose answer runs over two long paragraphs (too long to join).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import retrieval.search as search_module
from bot.cli import main
from retrieval.search import JOIN_SEPARATOR, JOINED_MAX_WORDS, SearchIndex
from tests.conftest import ROOT, stories_index

PAGES = ROOT / "tests" / "transcripts" / "joined_quotes"
STORY = "2026-03-18_ryabkov_inspections_story"
INTERVIEW = "2026-04-22_lavrov_interview_grain_ports"
QUESTION = "Ryabkov on equal notice for inspections under the arms treaty"


@pytest.fixture(scope="module")
def pages() -> SearchIndex:
    return stories_index("joined_quotes")


def _turn(index: SearchIndex, doc: str, turn: int) -> list[str]:
    """Ids of one turn's passages in reading order."""
    rows = [p for p in index.passages if p.doc_id == doc and p.turn == turn]
    return [p.id for p in sorted(rows, key=lambda p: p.paragraph)]


def test_the_lead_and_the_quote_under_it_are_one_answer(pages: SearchIndex) -> None:
    first = pages.search(QUESTION).hits[0]
    assert [piece.passage.id for piece in first.pieces()] == _turn(pages, STORY, 0)[:2]
    assert first.passage.id == first.pieces()[0].passage.id
    assert first.passage.speaker == "Sergey Ryabkov"
    lead, quote = (piece.passage.text for piece in first.pieces())
    assert "strategic arms treaty cannot resume" in lead and "equal notice" in quote
    assert first.passage.text == lead + JOIN_SEPARATOR + quote
    assert len(first.passage.text.split()) <= JOINED_MAX_WORDS


def test_highlights_of_a_joined_quote_mark_its_words_in_both_parts(pages: SearchIndex) -> None:
    first = pages.search(QUESTION).hits[0]
    text = first.passage.text
    marked = {text[a:b].lower() for a, b in first.highlights}
    assert {"inspections", "treaty", "notice"} <= marked
    second_starts = len(first.pieces()[0].passage.text) + len(JOIN_SEPARATOR)
    assert any(a >= second_starts for a, _ in first.highlights)
    # Each part keeps its own spans, in its own text (the alerts record them so).
    for piece in first.pieces():
        for a, b in piece.highlights:
            assert piece.passage.text[a:b].lower() in marked


def test_without_joining_the_two_paragraphs_come_one_after_the_other(
    pages: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "JOINED_MAX_WORDS", 0)
    hits = pages.search(QUESTION).hits
    assert all(not hit.parts for hit in hits)
    assert sorted(hit.passage.id for hit in hits[:2]) == sorted(_turn(pages, STORY, 0)[:2])


def test_paragraphs_too_long_together_stay_apart(pages: SearchIndex) -> None:
    hits = pages.search("Lavrov on grain deliveries through the southern ports and insurance").hits
    answer = _turn(pages, INTERVIEW, 1)
    assert len(answer) == 2
    assert [hit.passage.id for hit in hits[:2]] == answer or [
        hit.passage.id for hit in hits[:2]
    ] == answer[::-1]
    assert all(not hit.parts for hit in hits)


def test_pages_of_answers_never_show_a_joined_passage_again(pages: SearchIndex) -> None:
    shown: list[str] = []
    offset = 0
    while True:
        result = pages.search(QUESTION, k=1, offset=offset)
        shown += [piece.passage.id for hit in result.hits for piece in hit.pieces()]
        if not result.has_more:
            break
        offset += len(result.hits)
    assert len(shown) == len(set(shown))
    assert set(_turn(pages, STORY, 0)[:2]) <= set(shown)


def test_ask_json_lists_the_passages_of_a_joined_quote(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    for page in [*PAGES.glob("*.txt"), *(ROOT / "tests" / "transcripts" / "xlang").glob("*.txt")]:
        (data / page.name).write_bytes(page.read_bytes())
    assert main(["ask", "--data", str(data), "--json", QUESTION]) == 0
    first = json.loads(capsys.readouterr().out)["hits"][0]
    assert len(first["passages"]) == 2 and first["id"] == first["passages"][0]
    assert "equal notice" in first["text"] and "cannot resume" in first["text"]
