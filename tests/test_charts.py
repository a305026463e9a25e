"""Trend charts: a PNG for a phone for every shape of trend, Russian labels included."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from bot.charts import DPI, FIGURE_SIZE, render_trend_png
from retrieval.corpus import load_corpus
from retrieval.search import SearchIndex
from retrieval.trend import TrendCounter
from tests.trend_corpus import write_trend_corpus


@pytest.fixture(scope="module")
def counter(tmp_path_factory: pytest.TempPathFactory) -> TrendCounter:
    folder = tmp_path_factory.mktemp("charts") / "data"
    write_trend_corpus(folder)
    return TrendCounter(SearchIndex(load_corpus(folder).documents))


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize(
    "query",
    [
        "sanctions",  # one term
        "grain, uranium",  # two
        "grain, uranium, sanctions",  # three
        "uranium",  # a sparse term
        "grain",  # said every month
        "санкции, зерно",  # Russian labels
        "grain speaker:zakharova in 2021",  # filters in the subtitle
    ],
)
def test_every_kind_of_chart_renders(counter: TrendCounter, query: str, tmp_path: Path) -> None:
    trend = counter.count(query)
    assert trend.reason is None
    # Warnings are errors in the suite: a glyph missing from the font would fail here.
    data = render_trend_png(trend)
    assert png_size(data) == (round(FIGURE_SIZE[0] * DPI), round(FIGURE_SIZE[1] * DPI))
    assert 10_000 < len(data) < 250_000


def test_the_same_trend_draws_the_same_picture(counter: TrendCounter) -> None:
    trend = counter.count("grain, uranium")
    assert render_trend_png(trend) == render_trend_png(trend)
    assert render_trend_png(trend) != render_trend_png(counter.count("grain"))


def test_years_without_transcripts_are_gaps_not_zeros(tmp_path: Path) -> None:
    from tests.conftest import EVAL_TRANSCRIPTS, SAMPLE_DIR

    documents = load_corpus(SAMPLE_DIR).documents + load_corpus(EVAL_TRANSCRIPTS).documents
    trend = TrendCounter(SearchIndex(documents)).count("NATO, sanctions")
    assert trend.granularity == "year" and 0 in trend.passages  # 2020 and 2024: no transcripts
    assert png_size(render_trend_png(trend)) == (1200, 750)
