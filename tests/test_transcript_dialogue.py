"""Interviews written as a dash dialogue, with no speaker labels."""

from __future__ import annotations

from pathlib import Path

from retrieval.corpus import load_transcript
from retrieval.transcript import parse_transcript

HERE = Path(__file__).parent / "transcripts"


def test_dash_dialogue_alternates_questions_and_answers() -> None:
    doc = load_transcript(HERE / "ru_dash_dialogue_interview.txt")
    turns = [(p.turn, p.speaker, p.role) for p in doc.passages if p.paragraph == 0]
    assert turns == [
        (0, "Question", "question"),
        (1, "Sergey Lavrov", "answer"),
        (2, "Question", "question"),
        # Ends on a rhetorical question, but it answers the one before it.
        (3, "Sergey Lavrov", "answer"),
    ]
    first_answer = next(p for p in doc.passages if p.turn == 1)
    assert first_answer.in_reply_to and first_answer.in_reply_to.startswith("— Сергей Викторович")
    # The undashed paragraph after a reply belongs to that reply.
    assert any("мы не закрываем дверь" in p.text and p.turn == 1 for p in doc.passages)


def test_labelled_pages_keep_their_dash_bullets() -> None:
    page = (
        "Foreign Minister Sergey Lavrov's remarks, Moscow, March 3, 2021\n\n"
        "We discussed three things:\n\n- sanctions?\n\n- visas?\n\n"
        "Question: What next?\n\nSergey Lavrov: We will see."
    )
    doc = parse_transcript(page, "bullets")
    assert [p.speaker for p in doc.passages if p.role != "answer"] == ["Sergey Lavrov", "Question"]
    assert "- sanctions?" in doc.passages[0].text


def test_unlabelled_statement_without_dialogue_stays_with_the_speaker() -> None:
    page = (
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, May 5, 2022\n\n"
        "— Why do they do this? one might ask. Because they can.\n\n"
        "We will answer in kind."
    )
    doc = parse_transcript(page, "one-dash")
    assert {p.speaker for p in doc.passages} == {"Maria Zakharova"}
