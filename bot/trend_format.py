"""Trend captions and replies: Telegram HTML for the photo's caption, plain text and CSV for the
command line. The chart itself is drawn by :mod:`bot.charts`."""

from __future__ import annotations

import csv
import html
import io

from bot.formatting import plain_text, telegram_length
from bot.i18n import Language, format_date, plural, texts_for
from retrieval.trend import Mention, Trend, TrendReason, TrendSeries

__all__ = ["MAX_CAPTION_CHARS", "trend_caption_html", "trend_csv", "trend_problem", "trend_text"]

#: Telegram's limit on a photo caption, after entities are parsed.
MAX_CAPTION_CHARS = 1024
#: Longest document title in a caption line, tried in turn until the caption fits.
TITLE_BUDGETS = (90, 60, 40, 20, 0)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


def _mention_html(word: str, mention: Mention, title_chars: int, lang: Language) -> str:
    line = f"{word}: {format_date(mention.date, lang)}"
    if title_chars:
        title = html.escape(_shorten(mention.title, title_chars), quote=False)
        url = mention.source_url or ""
        if url.startswith(("http://", "https://")):
            title = f'<a href="{html.escape(url, quote=True)}">{title}</a>'
        line += f", {title}"
    return line


def _speakers(series: TrendSeries) -> str:
    return " · ".join(f"{name} {count}" for name, count in series.speakers)


def _series_html(series: TrendSeries, title_chars: int, lang: Language) -> str:
    t = texts_for(lang)
    count = plural(lang, t.PASSAGES, series.total)
    lines = [f"<b>“{html.escape(series.label, quote=False)}”</b>: {count}"]
    if series.undated:
        lines[0] += " " + t.TREND_UNDATED.format(undated=series.undated)
    if series.first and series.last:
        lines.append(_mention_html(t.TREND_FIRST, series.first, title_chars, lang))
        if series.last != series.first:
            lines.append(_mention_html(t.TREND_LAST, series.last, title_chars, lang))
    if series.speakers:
        lines.append(f"{t.TREND_MOST}: {html.escape(_speakers(series), quote=False)}")
    return "\n".join(lines)


def _plain_length(caption: str) -> int:
    return telegram_length(plain_text(caption))


def trend_caption_html(trend: Trend, lang: Language = "en") -> str:
    """The photo's caption: per term its total, first and last mention, and top speakers.

    Document titles are shortened (and dropped at worst) so the caption stays within
    Telegram's 1,024 characters.
    """
    footer = html.escape(texts_for(lang).TREND_FOOTER[trend.granularity], quote=False)
    caption = ""
    for budget in TITLE_BUDGETS:
        blocks = [_series_html(s, budget, lang) for s in trend.series]
        caption = "\n\n".join([*blocks, f"<i>{footer}</i>"])
        if _plain_length(caption) <= MAX_CAPTION_CHARS:
            return caption
    # Only labels of hundreds of characters get here: cut the caption's text as a last resort.
    return html.escape(_shorten(plain_text(caption), MAX_CAPTION_CHARS - 24), quote=False)


def trend_text(trend: Trend, lang: Language = "en") -> str:
    """The caption for a terminal, with full titles and links."""
    t = texts_for(lang)
    blocks = []
    for series in trend.series:
        lines = [f"“{series.label}”: {plural(lang, t.PASSAGES, series.total)}"]
        if series.undated:
            lines[0] += " " + t.TREND_UNDATED.format(undated=series.undated)
        for word, mention in ((t.TREND_FIRST, series.first), (t.TREND_LAST, series.last)):
            if mention is not None:
                url = f" {mention.source_url}" if mention.source_url else ""
                date = format_date(mention.date, lang)
                lines.append(f"{word}: {date}, {mention.title}{url}")
        if series.speakers:
            lines.append(f"{t.TREND_MOST}: {_speakers(series)}")
        blocks.append("\n".join(lines))
    blocks.append(t.TREND_FOOTER[trend.granularity])
    return "\n\n".join(blocks)


def trend_problem(trend: Trend, documents: int, lang: Language = "en") -> str:
    """Why there is no chart, as Telegram HTML (plain text once unescaped)."""
    t = texts_for(lang)
    if trend.reason == TrendReason.BAD_QUERY:
        return html.escape(t.TREND_BAD_QUERY.format(error=trend.error), quote=False)
    if trend.reason == TrendReason.NO_DATES:
        return html.escape(t.TREND_NO_DATES, quote=False)
    if trend.reason == TrendReason.NO_TERMS:
        return t.TREND_USAGE
    terms = t.FILTER_OR.join(f"“{s.label}”" for s in trend.series)
    limits = ""
    if trend.speakers:
        limits += " " + t.TREND_BY.format(speakers=t.FILTER_OR.join(trend.speakers))
    if trend.date_from or trend.date_to:
        start = format_date(trend.date_from, lang) if trend.date_from else t.FILTER_SINCE_START
        end = format_date(trend.date_to, lang) if trend.date_to else t.FILTER_UNTIL_NOW
        limits += " " + t.TREND_BETWEEN.format(start=start, end=end)
    held = plural(lang, t.DOCUMENTS_HELD, documents)
    text = t.TREND_NO_MATCH.format(documents=held, terms=terms, limits=limits)
    return html.escape(text, quote=False)


def trend_csv(trend: Trend) -> str:
    """The counts behind the chart: one row per period and term."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["period", "term", "mentions", "passages", "per_1000"])
    for series in trend.series:
        rates = trend.per_thousand(series)
        for period, count, base, rate in zip(
            trend.periods, series.counts, trend.passages, rates, strict=True
        ):
            writer.writerow([trend.period_label(period), series.label, count, base, f"{rate:.2f}"])
    return out.getvalue()
