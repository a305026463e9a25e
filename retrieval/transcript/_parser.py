"""The parser: a page's text -> an attributed :class:`~retrieval.passages.Document`.

The steps, each in its own module: :mod:`._page` (clean lines, `Source:` link, chrome cut off,
date line and title), :mod:`._labels` (labelled and plain lines), :mod:`._turns` (speaker turns
and paragraphs), :mod:`._sizing` (passages of a turn); here the document's speakers are settled
and each passage gets its role and the question it answers.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

from retrieval.passages import Document, Language, Passage, Role, passage_id
from retrieval.speakers import (
    UNKNOWN_SPEAKER,
    canonical_speaker,
    is_known_official,
    speaker_from_title,
)
from retrieval.text import label_key, language_of
from retrieval.transcript._dates import title_date
from retrieval.transcript._errors import TranscriptError
from retrieval.transcript._labels import classify
from retrieval.transcript._page import header, prepare, title_place
from retrieval.transcript._sizing import passage_texts
from retrieval.transcript._turns import (
    Turn,
    dash_dialogue,
    group_turns,
    interviewers,
    resolve_initials,
)


def parse_transcript(text: str, doc_id: str, source_url: str | None = None) -> Document:
    """Parse a transcript page's text into a document of attributed passages.

    Args:
        text: The page text (see :mod:`retrieval.transcript` for the format).
        doc_id: Document id, usually the file's stem.
        source_url: Link to the original page, used when the text has no ``Source:`` line.

    Returns:
        The document, with passages in reading order.

    Raises:
        TranscriptError: The text has no title line or no paragraphs of text.
    """
    if not text or not text.strip():
        raise TranscriptError("no text")
    lines, source_line = prepare(text.lstrip("\ufeff"))
    if not any(lines):
        raise TranscriptError("no text")
    page_date, title, body = header(lines)
    title_speaker = speaker_from_title(title)
    found = title_date(title)
    date = found[0] if found else page_date
    place = title_place(title, found[1]) if found else None

    classified = classify(body, label_key(title))
    first_labelled = next(
        (
            canonical_speaker(c.label)
            for c in classified
            if c.label is not None and c.kind not in ("question", "answer")
        ),
        None,
    )
    default_speaker = title_speaker or (
        first_labelled if first_labelled and is_known_official(first_labelled) else None
    )
    turns = group_turns(classified, default_speaker or UNKNOWN_SPEAKER)
    for turn in turns:
        if not turn.labelled:
            turn.speaker = default_speaker or UNKNOWN_SPEAKER
    turns = dash_dialogue(turns)
    resolve_initials(turns, title)
    asking = interviewers(turns, title_speaker)

    language = language_of("\n".join(p for turn in turns for p in turn.paragraphs))
    passages = list(
        _passages(turns, asking, doc_id, title, date, place, language, source_line or source_url)
    )
    if not passages:
        raise TranscriptError("not a transcript: no paragraphs of text")
    return Document(
        id=doc_id,
        title=title,
        date=date,
        place=place,
        language=language,
        speaker=title_speaker,
        source_url=source_line or source_url,
        passages=tuple(passages),
    )


def _passages(
    turns: list[Turn],
    asking: set[str],
    doc_id: str,
    title: str,
    date: dt.date | None,
    place: str | None,
    language: Language,
    source_url: str | None,
) -> Iterator[Passage]:
    seen: Counter[tuple[str, str]] = Counter()
    pending: str | None = None
    index = 0
    for turn in turns:
        texts = passage_texts(turn.paragraphs)
        if turn.reset:
            pending = None
        if not texts:
            continue
        is_question = turn.kind == "question" or (turn.labelled and turn.speaker in asking)
        role: Role
        if is_question:
            role, reply = "question", None
        else:
            role, reply = ("answer", pending) if pending else ("statement", None)
        for number, passage_text in enumerate(texts):
            occurrence = seen[(turn.speaker, passage_text)]
            seen[(turn.speaker, passage_text)] += 1
            yield Passage(
                id=passage_id(title, date, turn.speaker, passage_text, occurrence),
                doc_id=doc_id,
                title=title,
                date=date,
                place=place,
                language=language_of(passage_text, language),
                speaker=turn.speaker,
                role=role,
                turn=index,
                paragraph=number,
                text=passage_text,
                in_reply_to=reply,
                source_url=source_url,
            )
        if is_question:
            pending = "\n\n".join(turn.paragraphs)
        index += 1
