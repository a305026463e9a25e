"""Trend charts as PNG images, drawn for a phone screen.

matplotlib's object API with the Agg canvas: no display, no pyplot (whose global state is not
safe across threads), so a chart can be drawn in a worker thread while the bot keeps answering.
Fonts are large and ticks few because the picture is read in a chat, about 8 cm wide.
"""

from __future__ import annotations

import datetime as dt
import io
import math

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from matplotlib.ticker import MaxNLocator
from PIL import Image

from bot.i18n import Language, Texts, plural, texts_for
from retrieval.trend import Trend

__all__ = ["render_trend_png"]

#: Inches and dots per inch: 1200 x 750 pixels, sharp on a phone.
FIGURE_SIZE = (8.0, 5.0)
DPI = 150
#: Point sizes: a phone shows the picture at about a third of its size.
TITLE_SIZE = 17
LABEL_SIZE = 15
TICK_SIZE = 14
COUNT_SIZE = 13
#: At most this many labelled ticks on the time axis.
MAX_TICKS = 7
#: Colour-blind-safe colours (Okabe & Ito, "Color Universal Design", 2008), one per series.
COLOURS = ("#0072B2", "#D55E00", "#009E73")
#: Colours kept in the saved PNG (measured: 128 look the same as full colour at 27 KB, not 92).
PALETTE_COLOURS = 128
#: Shade of a period with no transcripts at all (said in the subtitle).
NO_DATA_COLOUR = "#E6E6E6"
# A white outline keeps a count legible where it crosses a line.
_HALO = [withStroke(linewidth=3, foreground="white")]


def _tick_label(period: dt.date, yearly: bool, t: Texts) -> str:
    return str(period.year) if yearly else f"{t.CHART_MONTHS[period.month - 1]}\n{period.year}"


def _title(trend: Trend, t: Texts) -> str:
    return t.CHART_TITLE[trend.granularity]


def _subtitle(trend: Trend, lang: Language) -> str:
    t = texts_for(lang)
    parts = []
    if len(trend.series) == 1:
        only = trend.series[0]
        parts.append(f"“{only.label}”: {plural(lang, t.PASSAGES, only.total)}")
    if trend.speakers:
        parts.append(", ".join(trend.speakers))
    first, last = trend.periods[0], trend.periods[-1]
    span = f"{first.year}–{last.year}" if first.year != last.year else str(first.year)
    parts.append(span)
    if not all(trend.passages):
        parts.append(t.CHART_NO_DATA)
    return " · ".join(parts)


def _place_counts(axes: Axes, labels: list[tuple[int, float, int, str]], top: float) -> float:
    """Write each raw count just above its point, nudging up those that would overlap.

    Returns:
        The highest label position, so the axis can make room for it.
    """
    lift, gap = top * 0.015, top * 0.075  # about one line of COUNT_SIZE text
    highest = 0.0
    by_x: dict[int, list[tuple[float, int, str]]] = {}
    for x, rate, count, colour in labels:
        by_x.setdefault(x, []).append((rate, count, colour))
    for x, points in by_x.items():
        floor = -math.inf
        for rate, count, colour in sorted(points):
            y = max(rate + lift, floor)
            floor = y + gap
            highest = max(highest, y + gap)
            axes.text(
                x, y, str(count), ha="center", va="bottom", fontsize=COUNT_SIZE,
                color=colour, fontweight="bold", path_effects=_HALO,
            )  # fmt: skip
    return highest


def render_trend_png(trend: Trend, lang: Language = "en") -> bytes:
    """Draw a trend: rates per 1,000 passages, each with its raw count written on it.

    One term is drawn as bars, two or three as lines with markers (bars side by side get too
    thin at 36 months). Zero counts are not labelled, so the numbers that matter stand out.

    Args:
        trend: Counts with at least one period and one series.
        lang: The language of the titles and labels.

    Returns:
        The PNG image.
    """
    t = texts_for(lang)
    figure = Figure(figsize=FIGURE_SIZE, dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    yearly = trend.granularity == "year"
    xs = list(range(len(trend.periods)))
    peak = max((max(trend.per_thousand(s), default=0.0) for s in trend.series), default=0.0)
    top = peak * 1.15 if peak > 0 else 1.0  # headroom for the count labels
    single = len(trend.series) == 1
    labels: list[tuple[int, float, int, str]] = []  # x, rate, count, colour
    for number, series in enumerate(trend.series):
        colour = COLOURS[number % len(COLOURS)]
        # A period with no transcripts at all has no rate: a gap, not a zero.
        rates = [
            rate if base else math.nan
            for rate, base in zip(trend.per_thousand(series), trend.passages, strict=True)
        ]
        label = f"{series.label} ({series.total:,})"
        if single:
            axes.bar(xs, rates, color=colour, width=0.8, label=label)
        else:
            axes.plot(xs, rates, color=colour, marker="o", markersize=6, linewidth=2.5, label=label)
        labels.extend(
            (x, rate, count, colour)
            for x, rate, count in zip(xs, rates, series.counts, strict=True)
            if count
        )
    for x, base in zip(xs, trend.passages, strict=True):
        if not base:
            axes.axvspan(x - 0.5, x + 0.5, color=NO_DATA_COLOUR, linewidth=0)
    highest = _place_counts(axes, labels, top)
    axes.set_ylim(0, max(top, highest + top * 0.08))
    axes.set_xlim(-0.6, len(xs) - 0.4)
    step = max(1, math.ceil(len(xs) / MAX_TICKS))
    ticks = xs[::step]
    axes.set_xticks(ticks, [_tick_label(trend.periods[x], yearly, t) for x in ticks])
    axes.tick_params(labelsize=TICK_SIZE)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=4))
    axes.set_ylabel(t.CHART_Y_LABEL, fontsize=LABEL_SIZE)
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", alpha=0.3)
    axes.set_axisbelow(True)
    figure.suptitle(_title(trend, t), fontsize=TITLE_SIZE, fontweight="bold")
    # With a legend under it, the subtitle stands one legend row higher.
    pad = 6 if single else 6 + 2.2 * LABEL_SIZE
    axes.set_title(_subtitle(trend, lang), fontsize=LABEL_SIZE, color="#444444", pad=pad)
    if not single:
        # Above the plot, under the subtitle: a legend inside covers points and their counts.
        axes.legend(
            fontsize=LABEL_SIZE,
            frameon=False,
            loc="lower center",
            bbox_to_anchor=(0.5, 1.0),
            ncols=len(trend.series),
            handlelength=1.5,
            columnspacing=1.2,
            borderaxespad=0.2,
        )
    drawn = io.BytesIO()
    figure.savefig(drawn, format="png")
    drawn.seek(0)
    # A palette PNG: a third of the bytes, no visible change (flat colours, a few shades of
    # anti-aliasing), for ~35 ms with the fast octree (median cut with optimize: ~180 ms).
    with Image.open(drawn) as image:
        small = io.BytesIO()
        palette = image.convert("RGB").quantize(PALETTE_COLOURS, Image.Quantize.FASTOCTREE)
        palette.save(small, "PNG")
    return small.getvalue()
