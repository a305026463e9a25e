"""The records the parser produces: documents and their attributed passages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

Role = Literal["statement", "question", "answer"]
Language = Literal["en", "ru"]

#: Speaker name given to journalists' question turns that carry no name.
QUESTION_SPEAKER = "Question"
#: Title of a document whose page gives none (a repost that starts with the text).
UNTITLED = "Untitled transcript"


@dataclass(frozen=True, slots=True)
class Passage:
    """One quotable piece of one speaker's turn.

    Attributes:
        id: Stable id derived from the content (see :func:`passage_id`), so a citation
            survives a reload and a re-ordering of files.
        doc_id: Id of the document (the transcript file's stem).
        title: Document title.
        date: Event date (the title's date is preferred over the page's date).
        place: Where it was said, when the title names a place.
        language: Language of the passage text.
        speaker: Canonical speaker name; ``"Question"`` for unnamed journalists.
        role: ``statement`` (no question pending), ``question`` or ``answer``.
        turn: Index of the speaker turn within the document (0-based; opening remarks are turn 0).
        paragraph: Index of this passage within its turn (0-based).
        text: The exact words, as the transcript gives them (normalised whitespace only).
        in_reply_to: For answers, the text of the question turn they reply to.
        source_url: Link to the original page, when the transcript gives one.
        yearless_day: ``(month, day)`` of the event when the page states them but no year
            (an agency's "MOSCOW, March 27. /TASS/."); only when ``date`` is None. A year is
            never guessed: a date filter on a month checks this day, and the source line says
            the year is not stated.
    """

    id: str
    doc_id: str
    title: str
    date: dt.date | None
    place: str | None
    language: Language
    speaker: str
    role: Role
    turn: int
    paragraph: int
    text: str
    in_reply_to: str | None = None
    source_url: str | None = None
    yearless_day: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One transcript: its metadata and its passages in reading order.

    ``yearless_day`` is the event's ``(month, day)`` when the page states no year (see
    :class:`Passage`); ``date`` is then None.
    """

    id: str
    title: str
    date: dt.date | None
    place: str | None
    language: Language
    speaker: str | None
    source_url: str | None
    passages: tuple[Passage, ...] = field(default_factory=tuple)
    yearless_day: tuple[int, int] | None = None


def passage_id(
    title: str, date: dt.date | None, speaker: str, text: str, occurrence: int = 0
) -> str:
    """A 12-hex-digit id from what a passage *is*, not where it sits in a file.

    ``occurrence`` separates identical texts by the same speaker in one document.
    """
    key = "\x1f".join((title, date.isoformat() if date else "", speaker, text, str(occurrence)))
    return hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()


def passage_ids(
    title: str, date: dt.date | None, speakers_and_texts: Iterable[tuple[str, str]]
) -> list[str]:
    """The ids of a document's passages, given in reading order as (speaker, text).

    Each is :func:`passage_id` with its occurrence: how many passages before it in the
    document have the same speaker and text.
    """
    seen: Counter[tuple[str, str]] = Counter()
    ids = []
    for speaker, text in speakers_and_texts:
        ids.append(passage_id(title, date, speaker, text, seen[(speaker, text)]))
        seen[(speaker, text)] += 1
    return ids


def renamed(
    passages: Iterable[Passage], renames: Mapping[str, str], title: str, date: dt.date | None
) -> tuple[Passage, ...]:
    """A document's passages (in reading order) with speakers renamed and their ids made anew
    from the document's ``title`` and ``date`` (an id is derived from the speaker: see
    :func:`passage_ids`)."""
    passages = tuple(passages)
    speakers = [renames.get(p.speaker, p.speaker) for p in passages]
    ids = passage_ids(title, date, zip(speakers, (p.text for p in passages), strict=True))
    return tuple(
        dataclasses.replace(passage, speaker=speaker, id=new_id)
        for passage, speaker, new_id in zip(passages, speakers, ids, strict=True)
    )
