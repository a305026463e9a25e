"""Watches and alerts as Telegram HTML: what a watch was understood as, the list, the alerts.

Built from the same pieces as answers (:func:`bot.formatting.quote_html`), so an alert's quote
reads exactly like the answer to a question; every piece of corpus or user text is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from bot import texts
from bot.formatting import format_date, quote_html, split_message
from bot.watches import Understood, Watch
from retrieval.passages import Passage

__all__ = [
    "describe_fired",
    "describe_watch",
    "format_quotes_alert",
    "format_speaker_alert",
    "format_watch_added",
    "format_watch_list",
]

#: A watch's description in the list is cut to this many characters, so twenty of them fit
#: one message (a query may be 500 characters long).
LIST_SUMMARY_CHARS = 160


def describe_watch(understood: Understood) -> str:
    """What a watch looks for, in plain words: ``Sergey Lavrov · ICC · in Russian``."""
    parsed = understood.parsed
    phrases = {p.casefold() for p in parsed.phrases}
    inside = " ".join(phrases)
    words = [w for w in understood.topic if w.casefold() not in inside]
    parts: list[str] = list(parsed.speakers)
    if parsed.questions:
        parts.append(texts.WATCH_JOURNALISTS)
    if words:
        parts.append(" ".join(words))
    parts.extend(f"“{p}”" for p in parsed.phrases)
    parts.extend(texts.WATCH_WITHOUT.format(word=w) for w in parsed.excluded)
    if parsed.language:
        parts.append(texts.WATCH_LANGUAGE.get(parsed.language, parsed.language))
    return " · ".join(parts) or parsed.raw


def _summary(text: str, limit: int | None = None) -> str:
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return html.escape(text, quote=False)


def format_watch_added(watch: Watch, understood: Understood, *, new: bool) -> str:
    """The reply to /watch: the watch's number and what it was understood as."""
    summary = _summary(watch.summary)
    if not new:
        return texts.WATCH_EXISTS.format(id=watch.id, summary=summary)
    if understood.parsed.speakers and not understood.topic:
        speaker = html.escape(" or ".join(understood.parsed.speakers), quote=False)
        return texts.WATCH_ADDED_SPEAKER.format(id=watch.id, summary=summary, speaker=speaker)
    return texts.WATCH_ADDED.format(id=watch.id, summary=summary)


def describe_fired(when: float | None) -> str:
    """When a watch last sent something: ``12 Feb 2026 17:30 UTC`` or ``never``."""
    if when is None:
        return texts.NEVER_FIRED
    moment = dt.datetime.fromtimestamp(when, tz=dt.UTC)
    return f"{format_date(moment.date())} {moment:%H:%M} UTC"


def format_watch_list(watches: Sequence[Watch], limit: int) -> list[str]:
    """/watches: each watch with its number and when it last fired."""
    if not watches:
        return [texts.WATCHES_NONE]
    lines = [texts.WATCHES_HEADING.format(count=len(watches), limit=limit)]
    lines.extend(
        texts.WATCH_LINE.format(
            id=w.id,
            summary=_summary(w.summary, LIST_SUMMARY_CHARS),
            fired=describe_fired(w.last_fired),
        )
        for w in watches
    )
    lines.append(texts.WATCHES_FOOTER)
    return split_message(lines, sep="\n")


def format_quotes_alert(
    watch_id: int, summary: str, found: Sequence[tuple[Passage, Sequence[tuple[int, int]]]]
) -> list[str]:
    """New passages that answer a watch, as quotes with their sources."""
    heading = texts.ALERT_HEADING.format(id=watch_id, summary=_summary(summary))
    return split_message([heading, *(quote_html(p, spans) for p, spans in found)])


def format_speaker_alert(watch_id: int, passage: Passage) -> list[str]:
    """A speaker watch: the new document they speak in (its source line carries the title,
    date and link) and the first of their words there."""
    speaker = html.escape(passage.speaker, quote=False)
    heading = texts.ALERT_SPEAKER_HEADING.format(id=watch_id, speaker=speaker)
    return split_message([heading, quote_html(passage)])
