"""Import reports and feed status as text: Telegram HTML for the bot, plain text for the CLI.

Both renderings take the same fields from an :class:`~bot.importer.ImportOutcome`, so what
``statements-bot import`` prints is what an administrator reads in Telegram.
"""

from __future__ import annotations

import html
import time
from collections.abc import Sequence

from bot.feeds import FeedStatus
from bot.formatting import split_message
from bot.i18n import Language, format_date, plural, texts_for
from bot.importer import ImportOutcome
from bot.service import ReloadReport

__all__ = [
    "format_feeds_html",
    "format_import_html",
    "format_outcome_text",
    "outcome_details",
]

_STATUS = {"imported": "imported", "skipped": "skipped", "refused": "refused"}


def outcome_details(outcome: ImportOutcome) -> list[tuple[str, str]]:
    """(field, value) pairs describing an imported page: title, date, language, speakers..."""
    if outcome.status != "imported":
        return []
    return [
        ("title", outcome.title or "(none)"),
        ("date", outcome.date.isoformat() if outcome.date else "unknown"),
        ("language", outcome.language or "unknown"),
        ("speakers", ", ".join(outcome.speakers) or "unknown"),
        ("passages", str(outcome.passages)),
        ("file", outcome.file or ""),
    ]


def format_outcome_text(outcome: ImportOutcome) -> str:
    """One source's report for the terminal."""
    head = f"{_STATUS[outcome.status]:<9} {outcome.source}"
    if outcome.status == "skipped":
        head += f": {outcome.reason}" + (f" ({outcome.file})" if outcome.file else "")
    elif outcome.status == "refused":
        head += f": {outcome.reason}"
    lines = [head] + [f"  {name + ':':<10}{value}" for name, value in outcome_details(outcome)]
    return "\n".join(lines)


def _outcome_html(outcome: ImportOutcome, lang: Language) -> str:
    t = texts_for(lang)
    source = html.escape(outcome.source, quote=False)
    if outcome.status == "imported":
        title = html.escape(outcome.title or outcome.source, quote=False)
        if outcome.url and outcome.url.startswith(("http://", "https://")):
            title = f'<a href="{html.escape(outcome.url, quote=True)}">{title}</a>'
        line = t.IMPORT_LINE.format(
            date=format_date(outcome.date, lang),
            language=html.escape(outcome.language or "?"),
            passages=plural(lang, t.PASSAGES, outcome.passages),
            speakers=html.escape(", ".join(outcome.speakers) or t.UNKNOWN, quote=False),
        )
        return f"✅ <b>{t.IMPORT_STATUS['imported']}</b> {title}\n{line}"
    reason = html.escape(outcome.reason or "", quote=False)
    mark = "↩️" if outcome.status == "skipped" else "❌"
    return f"{mark} <b>{t.IMPORT_STATUS[outcome.status]}</b> {source}: {reason}"


def format_import_html(
    outcomes: Sequence[ImportOutcome],
    reload: ReloadReport | None = None,
    reload_error: str | None = None,
    lang: Language = "en",
) -> list[str]:
    """The per-link report an administrator gets, with the reload's result and a hint."""
    t = texts_for(lang)
    blocks = [_outcome_html(o, lang) for o in outcomes]
    imported = [o for o in outcomes if o.status == "imported"]
    if reload_error:
        blocks.append(t.IMPORT_RELOAD_FAILED.format(error=html.escape(reload_error)))
    elif reload is not None:
        blocks.append(
            t.IMPORT_RELOADED.format(
                seconds=f"{reload.seconds:.1f}",
                documents=reload.documents,
                passages=reload.passages,
            )
        )
    if imported and not reload_error:
        speaker = next((o.speakers[0] for o in imported if o.speakers), t.THE_SPEAKER)
        blocks.append(t.IMPORT_ASK_HINT.format(speaker=html.escape(speaker)))
    elif not imported:
        blocks.append(t.IMPORT_NOTHING_NEW)
    return split_message(blocks)


def _when(timestamp: float | None, lang: Language) -> str:
    if not timestamp:
        return texts_for(lang).NEVER
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(timestamp))


def format_feeds_html(
    statuses: Sequence[FeedStatus], interval_minutes: float, lang: Language = "en"
) -> list[str]:
    """/feeds: each feed's last poll, new items and last error."""
    t = texts_for(lang)
    if not statuses:
        return [t.NO_FEEDS]
    blocks = [t.FEEDS_HEADING.format(minutes=f"{interval_minutes:g}")]
    for status in statuses:
        lines = [
            f"• {html.escape(status.url, quote=False)}",
            t.FEED_POLLS.format(
                when=_when(status.last_poll, lang), new=status.last_new, total=status.total_new
            ),
        ]
        if status.last_error:
            lines.append(t.FEED_ERROR.format(error=html.escape(status.last_error, quote=False)))
        blocks.append("\n".join(lines))
    return split_message(blocks)
