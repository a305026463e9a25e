"""Watches and alerts as Telegram HTML: what a watch was understood as, the list, the alerts.

Built from the same pieces as answers (:func:`bot.formatting.quote_html`), so an alert's quote
reads exactly like the answer to a question; every piece of corpus or user text is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from bot.formatting import quote_html, split_message
from bot.i18n import Language, format_date, texts_for
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


def describe_watch(understood: Understood, lang: Language = "en") -> str:
    """What a watch looks for, in plain words: ``Sergey Lavrov · ICC · in Russian``."""
    t = texts_for(lang)
    parsed = understood.parsed
    phrases = {p.casefold() for p in parsed.phrases}
    inside = " ".join(phrases)
    words = [w for w in understood.topic if w.casefold() not in inside]
    parts: list[str] = list(parsed.speakers)
    if parsed.questions:
        parts.append(t.WATCH_JOURNALISTS)
    if words:
        parts.append(" ".join(words))
    parts.extend(f"“{p}”" for p in parsed.phrases)
    parts.extend(t.WATCH_WITHOUT.format(word=w) for w in parsed.excluded)
    if parsed.language:
        parts.append(t.IN_LANGUAGE.get(parsed.language, parsed.language))
    return " · ".join(parts) or parsed.raw


def _summary(text: str, limit: int | None = None) -> str:
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return html.escape(text, quote=False)


def format_watch_added(
    watch: Watch, understood: Understood, *, new: bool, lang: Language = "en"
) -> str:
    """The reply to /watch: the watch's number and what it was understood as."""
    t = texts_for(lang)
    summary = _summary(watch.summary)
    if not new:
        return t.WATCH_EXISTS.format(id=watch.id, summary=summary)
    if understood.parsed.speakers and not understood.topic:
        speakers = t.FILTER_OR.join(understood.parsed.speakers)
        speaker = html.escape(speakers, quote=False)
        return t.WATCH_ADDED_SPEAKER.format(id=watch.id, summary=summary, speaker=speaker)
    return t.WATCH_ADDED.format(id=watch.id, summary=summary)


def describe_fired(when: float | None, lang: Language = "en") -> str:
    """When a watch last sent something: ``12 Feb 2026 17:30 UTC`` or ``never``."""
    t = texts_for(lang)
    if when is None:
        return t.NEVER
    moment = dt.datetime.fromtimestamp(when, tz=dt.UTC)
    return t.WATCH_FIRED.format(date=format_date(moment.date(), lang), time=f"{moment:%H:%M}")


def format_watch_list(watches: Sequence[Watch], limit: int, lang: Language = "en") -> list[str]:
    """/watches: each watch with its number and when it last fired."""
    t = texts_for(lang)
    if not watches:
        return [t.WATCHES_NONE]
    lines = [t.WATCHES_HEADING.format(count=len(watches), limit=limit)]
    lines.extend(
        t.WATCH_LINE.format(
            id=w.id,
            summary=_summary(w.summary, LIST_SUMMARY_CHARS),
            fired=describe_fired(w.last_fired, lang),
        )
        for w in watches
    )
    lines.append(t.WATCHES_FOOTER)
    return split_message(lines, sep="\n")


def format_quotes_alert(
    watch_id: int,
    summary: str,
    found: Sequence[tuple[Passage, Sequence[tuple[int, int]]]],
    lang: Language = "en",
) -> list[str]:
    """New passages that answer a watch, as quotes with their sources."""
    heading = texts_for(lang).ALERT_HEADING.format(id=watch_id, summary=_summary(summary))
    return split_message([heading, *(quote_html(p, spans, lang) for p, spans in found)])


def format_speaker_alert(watch_id: int, passage: Passage, lang: Language = "en") -> list[str]:
    """A speaker watch: the new document they speak in (its source line carries the date,
    place and link) and the first of their words there."""
    speaker = html.escape(passage.speaker, quote=False)
    heading = texts_for(lang).ALERT_SPEAKER_HEADING.format(id=watch_id, speaker=speaker)
    return split_message([heading, quote_html(passage, (), lang)])
